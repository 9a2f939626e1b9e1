// Hash routes, so every record has a stable link (`#/interventions/kickz`) that works the same in
// the desktop window and the browser, and the browser's back button moves between screens.
import { useSyncExternalStore } from 'react';

export type Route =
  | { screen: 'catalogue' }
  | { screen: 'intervention'; id: string }
  | { screen: 'compare' }
  | { screen: 'toolkit' }
  | { screen: 'briefs' }
  | { screen: 'library' }
  | { screen: 'not-found'; path: string };

export type ScreenName = Route['screen'];

const SIMPLE_SCREENS = ['catalogue', 'compare', 'toolkit', 'briefs', 'library'] as const;
type SimpleScreen = (typeof SIMPLE_SCREENS)[number];

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '').replace(/\/+$/, '');
  if (path === '') return { screen: 'catalogue' };
  const [first, ...rest] = path.split('/');
  if (rest.length === 0 && (SIMPLE_SCREENS as readonly string[]).includes(first ?? '')) {
    return { screen: first as SimpleScreen };
  }
  if (first === 'interventions' && rest.length === 1 && rest[0] !== undefined && rest[0] !== '') {
    const id = decode(rest[0]);
    if (id !== null) return { screen: 'intervention', id };
  }
  return { screen: 'not-found', path: `/${path}` };
}

export function hrefFor(route: Exclude<Route, { screen: 'not-found' }>): string {
  return route.screen === 'intervention'
    ? `#/interventions/${encodeURIComponent(route.id)}`
    : `#/${route.screen}`;
}

export function interventionHref(id: string): string {
  return hrefFor({ screen: 'intervention', id });
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
