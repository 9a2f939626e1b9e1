// The app's main navigation: its screens, the current one marked with aria-current.
import type { ReactNode } from 'react';
import { useShortlist } from '../data/use-shortlist';
import { openCommandPalette, paletteShortcutLabel } from '../components/command-palette';
import { type NavScreen, type Route, screenHref } from '../routing/routes';
import {
  BrandMark,
  BriefsIcon,
  CatalogueIcon,
  CompareIcon,
  EvaluationsIcon,
  GapMapIcon,
  ImportIcon,
  LibraryIcon,
  OrganisationsIcon,
  OutcomeResultsIcon,
  ReferenceDataIcon,
  SettingsIcon,
  ToolkitIcon,
} from './icons';

interface NavItem {
  screen: NavScreen;
  label: string;
  icon: ReactNode;
}

const AVAILABLE: NavItem[] = [
  { screen: 'catalogue', label: 'Catalogue', icon: <CatalogueIcon /> },
  { screen: 'evaluations', label: 'Evaluations', icon: <EvaluationsIcon /> },
  { screen: 'outcome-results', label: 'Outcome results', icon: <OutcomeResultsIcon /> },
  { screen: 'organisations', label: 'Organisations', icon: <OrganisationsIcon /> },
  { screen: 'compare', label: 'Compare', icon: <CompareIcon /> },
  { screen: 'toolkit', label: 'Toolkit', icon: <ToolkitIcon /> },
  { screen: 'gap-map', label: 'Gap map', icon: <GapMapIcon /> },
  { screen: 'briefs', label: 'Briefs', icon: <BriefsIcon /> },
];
const LIBRARY: NavItem[] = [
  { screen: 'library', label: 'Library', icon: <LibraryIcon /> },
  { screen: 'import', label: 'Import', icon: <ImportIcon /> },
  { screen: 'settings', label: 'Settings', icon: <SettingsIcon /> },
  { screen: 'reference-data', label: 'Reference data', icon: <ReferenceDataIcon /> },
];

/** Which nav item a route belongs to: intervention pages are part of the catalogue. */
function sectionOf(route: Route): NavScreen | null {
  if (route.screen === 'organisation' || (route.screen === 'edit' && route.entity === 'organisation'))
    return 'organisations';
  if (route.screen === 'intervention' || route.screen === 'edit') return 'catalogue';
  if (route.screen === 'brief') return 'briefs';
  return route.screen === 'not-found' || route.screen === 'search' ? null : route.screen;
}

/** How many interventions are on the shortlist, beside Compare (where it is kept). */
function ShortlistCount() {
  const shortlist = useShortlist();
  const count = shortlist.status === 'ok' ? shortlist.value.length : 0;
  if (count === 0) return null;
  return (
    <span className="nav-link__count" data-field="shortlist-count">
      {count}
      <span className="visually-hidden"> shortlisted</span>
    </span>
  );
}

function NavLink({ item, route }: { item: NavItem; route: Route }) {
  const exact = route.screen === item.screen;
  const within = !exact && sectionOf(route) === item.screen;
  return (
    <li>
      <a
        className="nav-link"
        href={screenHref(item.screen)}
        aria-current={exact ? 'page' : within ? 'true' : undefined}
      >
        {item.icon}
        <span className="nav-link__label">{item.label}</span>
        {item.screen === 'compare' && <ShortlistCount />}
      </a>
    </li>
  );
}

export function Sidebar({ route }: { route: Route }) {
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">
        <BrandMark />
        <span className="brand__text">
          <span className="brand__name">Evidence Workbench</span>
          <span className="brand__tagline">What works for young people</span>
        </span>
      </div>
      <button type="button" className="nav-search" aria-haspopup="dialog" onClick={openCommandPalette}>
        <span className="nav-search__label">Search…</span>
        <kbd className="nav-search__key">{paletteShortcutLabel()}</kbd>
      </button>
      <ul className="nav-list">
        {AVAILABLE.map((item) => (
          <NavLink key={item.screen} item={item} route={route} />
        ))}
      </ul>
      <ul className="nav-list nav-list--bottom">
        {LIBRARY.map((item) => (
          <NavLink key={item.screen} item={item} route={route} />
        ))}
      </ul>
    </nav>
  );
}
