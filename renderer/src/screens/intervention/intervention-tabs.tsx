// The intervention page's tabs (Overview, Evidence, Value, Standards): a WAI-ARIA tablist whose tabs are links to
// their own hash routes, so each tab has an address, and Back moves between them. Arrow keys,
// Home and End move between tabs and open the one reached (automatic activation).
import type { KeyboardEvent, ReactNode } from 'react';
import { INTERVENTION_TABS, type InterventionTab, interventionHref, navigate } from '../../routing/routes';

const TAB_LABELS: Record<InterventionTab, string> = {
  overview: 'Overview',
  evidence: 'Evidence',
  value: 'Value',
  standards: 'Standards',
};

export const TAB_PANEL_ID = 'intervention-tabpanel';
export const tabId = (tab: InterventionTab) => `intervention-tab-${tab}`;

export function InterventionTabs({ id, current }: { id: string; current: InterventionTab }) {
  const open = (tab: InterventionTab) => {
    navigate(interventionHref(id, tab));
    document.getElementById(tabId(tab))?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLAnchorElement>) => {
    const index = INTERVENTION_TABS.indexOf(current);
    const last = INTERVENTION_TABS.length - 1;
    const target: Record<string, number | undefined> = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    const next = target[event.key];
    if (next !== undefined) {
      event.preventDefault();
      const tab = INTERVENTION_TABS[next];
      if (tab !== undefined) open(tab);
    } else if (event.key === ' ') {
      // Links open on Enter only; a tab opens on Space too.
      event.preventDefault();
      event.currentTarget.click();
    }
  };

  return (
    <div className="tabs" role="tablist" aria-label="Parts of this record">
      {INTERVENTION_TABS.map((tab) => {
        const selected = tab === current;
        return (
          <a
            key={tab}
            id={tabId(tab)}
            role="tab"
            className="tabs__tab"
            href={interventionHref(id, tab)}
            aria-selected={selected}
            // Only the open tab's panel exists, so only it names a panel.
            aria-controls={selected ? TAB_PANEL_ID : undefined}
            tabIndex={selected ? 0 : -1}
            onKeyDown={onKeyDown}
          >
            {TAB_LABELS[tab]}
          </a>
        );
      })}
    </div>
  );
}

export function InterventionTabPanel({ tab, children }: { tab: InterventionTab; children: ReactNode }) {
  return (
    <div id={TAB_PANEL_ID} role="tabpanel" aria-labelledby={tabId(tab)} className="tabs__panel">
      {children}
    </div>
  );
}
