// Hash routes, so every record has a stable link (`#/interventions/kickz`) that works the same in
// the desktop window and the browser, and the browser's back button moves between screens.
import { useSyncExternalStore } from 'react';

/** The tabs of an intervention's page; the overview is the page's plain address. */
export const INTERVENTION_TABS = ['overview', 'evidence'] as const;
export type InterventionTab = (typeof INTERVENTION_TABS)[number];

export type Route =
  | { screen: 'catalogue' }
  | { screen: 'intervention'; id: string; tab?: InterventionTab }
  | { screen: 'compare' }
  | { screen: 'toolkit' }
  | { screen: 'briefs' }
  | { screen: 'library' }
  | { screen: 'organisations' }
  | { screen: 'organisation'; id: string }
  /** A form: a new intervention or organisation (no id), or the edit form of one. */
  | { screen: 'edit'; entity: 'intervention' | 'organisation'; id?: string }
  /** Search results: `#/search/<query>` (or `#/search?q=<query>`). */
  | { screen: 'search'; query: string }
  | { screen: 'not-found'; path: string };

export type ScreenName = Route['screen'];

const SIMPLE_SCREENS = ['catalogue', 'compare', 'toolkit', 'briefs', 'library', 'organisations'] as const;
type SimpleScreen = (typeof SIMPLE_SCREENS)[number];

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function parseSearch(path: string): Route | null {
  const match = /^search(?:\/(.*)|\?(.*))?$/s.exec(path);
  if (match === null) return null;
  const query = match[1] !== undefined ? decode(match[1]) : new URLSearchParams(match[2] ?? '').get('q');
  return { screen: 'search', query: query ?? '' };
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '').replace(/\/+$/, '');
  if (path === '') return { screen: 'catalogue' };
  const search = parseSearch(path);
  if (search !== null) return search;
  const [first, ...rest] = path.split('/');
  if (rest.length === 0 && (SIMPLE_SCREENS as readonly string[]).includes(first ?? '')) {
    return { screen: first as SimpleScreen };
  }
  if (first === 'organisations' && rest.length === 1 && rest[0] === 'new') {
    return { screen: 'edit', entity: 'organisation' };
  }
  if (first === 'organisations' && rest[0] !== undefined && rest[0] !== '') {
    const id = decode(rest[0]);
    if (id !== null && rest.length === 1) return { screen: 'organisation', id };
    if (id !== null && rest.length === 2 && rest[1] === 'edit')
      return { screen: 'edit', entity: 'organisation', id };
  }
  if (first === 'interventions' && rest.length === 1 && rest[0] === 'new') {
    return { screen: 'edit', entity: 'intervention' };
  }
  if (first === 'interventions' && rest[0] !== undefined && rest[0] !== '') {
    const id = decode(rest[0]);
    if (id !== null && rest.length === 1) return { screen: 'intervention', id, tab: 'overview' };
    if (id !== null && rest.length === 2 && rest[1] === 'evidence') {
      return { screen: 'intervention', id, tab: 'evidence' };
    }
    if (id !== null && rest.length === 2 && rest[1] === 'edit') {
      return { screen: 'edit', entity: 'intervention', id };
    }
  }
  return { screen: 'not-found', path: `/${path}` };
}

export function hrefFor(route: Exclude<Route, { screen: 'not-found' }>): string {
  if (route.screen === 'edit') {
    const base = `#/${route.entity}s`;
    return route.id === undefined ? `${base}/new` : `${base}/${encodeURIComponent(route.id)}/edit`;
  }
  if (route.screen === 'search') {
    return route.query === '' ? '#/search' : `#/search/${encodeURIComponent(route.query)}`;
  }
  if (route.screen === 'organisation') return organisationHref(route.id);
  if (route.screen !== 'intervention') return `#/${route.screen}`;
  const base = `#/interventions/${encodeURIComponent(route.id)}`;
  return route.tab === undefined || route.tab === 'overview' ? base : `${base}/${route.tab}`;
}

export function interventionHref(id: string, tab: InterventionTab = 'overview'): string {
  return hrefFor({ screen: 'intervention', id, tab });
}

export function organisationHref(id: string): string {
  return `#/organisations/${encodeURIComponent(id)}`;
}

export function navigate(href: string): void {
  if (window.location.hash !== href) window.location.hash = href;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = () => window.location.hash;

/** The current hash (re-rendering on change); parse it with parseRoute. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, getHash);
}

/** Gives an address with no route the catalogue's, without adding a history entry. */
export function normaliseInitialHash(): void {
  if (window.location.hash === '' || window.location.hash === '#' || window.location.hash === '#/') {
    const url = new URL(window.location.href);
    url.hash = hrefFor({ screen: 'catalogue' });
    window.history.replaceState(window.history.state, '', url.href);
  }
}
