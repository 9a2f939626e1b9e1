// Tabs whose each tab is a link to its own hash route (so each has an address and Back moves
// between them), as a WAI-ARIA tablist: arrow keys, Home and End move between tabs and open the
// one reached (automatic activation). Only the open tab's panel exists.
import type { KeyboardEvent, ReactNode } from 'react';
import { navigate } from '../routing/routes';

export interface RouteTab<T extends string> {
  key: T;
  label: string;
  href: string;
}

const tabId = (idPrefix: string, key: string) => `${idPrefix}-tab-${key}`;
const panelId = (idPrefix: string) => `${idPrefix}-tabpanel`;

export function RouteTabs<T extends string>({
  tabs,
  current,
  label,
  idPrefix,
}: {
  tabs: readonly RouteTab<T>[];
  current: T;
  /** The tablist's accessible name. */
  label: string;
  /** Makes the ids of the tabs and their panel unique on the page. */
  idPrefix: string;
}) {
  const open = (tab: RouteTab<T>) => {
    navigate(tab.href);
    document.getElementById(tabId(idPrefix, tab.key))?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLAnchorElement>) => {
    const index = tabs.findIndex((t) => t.key === current);
    const last = tabs.length - 1;
    const target: Record<string, number | undefined> = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    const next = target[event.key];
    if (next !== undefined) {
      event.preventDefault();
      const tab = tabs[next];
      if (tab !== undefined) open(tab);
    } else if (event.key === ' ') {
      // Links open on Enter only; a tab opens on Space too.
      event.preventDefault();
      event.currentTarget.click();
    }
  };

  return (
    <div className="tabs" role="tablist" aria-label={label}>
      {tabs.map((tab) => {
        const selected = tab.key === current;
        return (
          <a
            key={tab.key}
            id={tabId(idPrefix, tab.key)}
            role="tab"
            className="tabs__tab"
            href={tab.href}
            aria-selected={selected}
            // Only the open tab's panel exists, so only it names a panel.
            aria-controls={selected ? panelId(idPrefix) : undefined}
            tabIndex={selected ? 0 : -1}
            onKeyDown={onKeyDown}
          >
            {tab.label}
          </a>
        );
      })}
    </div>
  );
}

export function RouteTabPanel({
  idPrefix,
  current,
  children,
}: {
  idPrefix: string;
  current: string;
  children: ReactNode;
}) {
  return (
    <div
      id={panelId(idPrefix)}
      role="tabpanel"
      aria-labelledby={tabId(idPrefix, current)}
      className="tabs__panel"
    >
      {children}
    </div>
  );
}
