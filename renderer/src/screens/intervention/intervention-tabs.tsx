// The intervention page's tabs (Overview, Evidence, Value, Standards), each at its own address.
import type { ReactNode } from 'react';
import { RouteTabPanel, RouteTabs } from '../../components/route-tabs';
import { INTERVENTION_TABS, type InterventionTab, interventionHref } from '../../routing/routes';

const TAB_LABELS: Record<InterventionTab, string> = {
  overview: 'Overview',
  evidence: 'Evidence',
  value: 'Value',
  standards: 'Standards',
};

const ID_PREFIX = 'intervention';

export function InterventionTabs({ id, current }: { id: string; current: InterventionTab }) {
  return (
    <RouteTabs
      idPrefix={ID_PREFIX}
      label="Parts of this record"
      current={current}
      tabs={INTERVENTION_TABS.map((tab) => ({
        key: tab,
        label: TAB_LABELS[tab],
        href: interventionHref(id, tab),
      }))}
    />
  );
}

export function InterventionTabPanel({ tab, children }: { tab: InterventionTab; children: ReactNode }) {
  return (
    <RouteTabPanel idPrefix={ID_PREFIX} current={tab}>
      {children}
    </RouteTabPanel>
  );
}
