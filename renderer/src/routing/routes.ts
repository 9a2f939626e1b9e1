// Hash routes, so every record has a stable link (`#/interventions/kickz`) that works the same in
// the desktop window and the browser, and the browser's back button moves between screens.
// Evaluations and outcome results live on their intervention's page: their links open it at them
// (`#/interventions/kickz/evaluations/kickz-2009`, `…/kickz-2009/results/kickz-2009-offending`).
import { useSyncExternalStore } from 'react';

/** The tabs of an intervention's page; the overview is the page's plain address. */
export const INTERVENTION_TABS = ['overview', 'evidence', 'value', 'standards'] as const;
export type InterventionTab = (typeof INTERVENTION_TABS)[number];

/** The tabs of the reference data screen; the outcome taxonomy is the screen's plain address. */
export const REFERENCE_TABS = ['outcomes', 'approach-types', 'areas'] as const;
export type ReferenceTab = (typeof REFERENCE_TABS)[number];

/** The tabs of a saved brief's page; the builder is the page's plain address. */
export const BRIEF_TABS = ['builder', 'preview', 'snapshots'] as const;
export type BriefTab = (typeof BRIEF_TABS)[number];

export type Route =
  | { screen: 'catalogue' }
  | { screen: 'intervention'; id: string; tab?: InterventionTab; focus?: RecordFocus }
  /** The need, the chosen interventions and the outcome in the query: `#/compare?outcome=…&ids=a,b` (a deep link). */
  | { screen: 'compare'; query?: string }
  | { screen: 'toolkit' }
  /** The evidence gap map: approaches or interventions against outcome domains. */
  | { screen: 'gap-map' }
  | { screen: 'briefs' }
  /**
   * A brief's page (`#/briefs/<id>`, `…/preview`, `…/snapshots`), or a new brief (no id) started
   * from the shortlist, optionally for an outcome: `#/briefs/new?outcome=<id>`.
   */
  | { screen: 'brief'; id?: string; tab: BriefTab; outcomeId?: string }
  | { screen: 'library' }
  /** Importing rows from a CSV or XLSX file. */
  | { screen: 'import' }
  /** The Library settings page: price year, discount rate and the value reference data. */
  | { screen: 'settings' }
  /** The editable reference data: `#/reference-data`, `#/reference-data/areas`, … */
  | { screen: 'reference-data'; tab: ReferenceTab }
  | { screen: 'evaluations' }
  | { screen: 'outcome-results' }
  | { screen: 'organisations' }
  | { screen: 'organisation'; id: string }
  /** A form: a new intervention or organisation (no id), or the edit form of one. */
  | { screen: 'edit'; entity: 'intervention' | 'organisation'; id?: string }
  /** Search results: `#/search/<query>` (or `#/search?q=<query>`). */
  | { screen: 'search'; query: string }
  | { screen: 'not-found'; path: string };

/** A study on an intervention's overview to bring into view, and optionally one of its results. */
export interface RecordFocus {
  evaluationId: string;
  outcomeResultId?: string;
}

export type ScreenName = Route['screen'];

const SIMPLE_SCREENS = [
  'catalogue',
  'compare',
  'toolkit',
  'gap-map',
  'briefs',
  'library',
  'import',
  'settings',
  'evaluations',
  'outcome-results',
  'organisations',
] as const;
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

/** `evaluations/<id>` or `evaluations/<id>/results/<id>` after an intervention's address. */
function parseFocus(segments: string[]): RecordFocus | null {
  const [kind, evaluation, results, result, ...extra] = segments;
  if (kind !== 'evaluations' || evaluation === undefined || evaluation === '' || extra.length > 0)
    return null;
  const evaluationId = decode(evaluation);
  if (evaluationId === null) return null;
  if (results === undefined) return { evaluationId };
  const outcomeResultId =
    results === 'results' && result !== undefined && result !== '' ? decode(result) : null;
  return outcomeResultId === null ? null : { evaluationId, outcomeResultId };
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '').replace(/\/+$/, '');
  if (path === '') return { screen: 'catalogue' };
  const search = parseSearch(path);
  if (search !== null) return search;
  const compare = /^compare\?(.*)$/s.exec(path);
  if (compare !== null) return { screen: 'compare', query: compare[1] ?? '' };
  const newBrief = /^briefs\/new(?:\?(.*))?$/s.exec(path);
  if (newBrief !== null) {
    const outcomeId = new URLSearchParams(newBrief[1] ?? '').get('outcome');
    return outcomeId === null || outcomeId === ''
      ? { screen: 'brief', tab: 'builder' }
      : { screen: 'brief', tab: 'builder', outcomeId };
  }
  const [first, ...rest] = path.split('/');
  if (rest.length === 0 && (SIMPLE_SCREENS as readonly string[]).includes(first ?? '')) {
    return { screen: first as SimpleScreen };
  }
  if (first === 'reference-data' && rest.length <= 1) {
    const tab = rest[0] ?? 'outcomes';
    if ((REFERENCE_TABS as readonly string[]).includes(tab))
      return { screen: 'reference-data', tab: tab as ReferenceTab };
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
  if (first === 'briefs' && rest[0] !== undefined && rest[0] !== '' && rest.length <= 2) {
    const id = decode(rest[0]);
    const tab = rest[1] ?? 'builder';
    if (id !== null && tab !== 'builder' && (BRIEF_TABS as readonly string[]).includes(tab))
      return { screen: 'brief', id, tab: tab as BriefTab };
    if (id !== null && rest.length === 1) return { screen: 'brief', id, tab: 'builder' };
  }
  if (first === 'interventions' && rest.length === 1 && rest[0] === 'new') {
    return { screen: 'edit', entity: 'intervention' };
  }
  if (first === 'interventions' && rest[0] !== undefined && rest[0] !== '') {
    const id = decode(rest[0]);
    if (id !== null && rest.length === 1) return { screen: 'intervention', id, tab: 'overview' };
    const tab = INTERVENTION_TABS.find((t) => t !== 'overview' && t === rest[1]);
    if (id !== null && rest.length === 2 && tab !== undefined) return { screen: 'intervention', id, tab };
    if (id !== null && rest.length === 2 && rest[1] === 'edit') {
      return { screen: 'edit', entity: 'intervention', id };
    }
    const focus = parseFocus(rest.slice(1));
    if (id !== null && focus !== null) return { screen: 'intervention', id, tab: 'overview', focus };
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
  if (route.screen === 'reference-data') {
    return route.tab === 'outcomes' ? '#/reference-data' : `#/reference-data/${route.tab}`;
  }
  if (route.screen === 'organisation') return organisationHref(route.id);
  if (route.screen === 'brief') return briefHref(route.id, route.tab, route.outcomeId);
  if (route.screen === 'compare') {
    return route.query === undefined || route.query === '' ? '#/compare' : `#/compare?${route.query}`;
  }
  if (route.screen !== 'intervention') return `#/${route.screen}`;
  const base = `#/interventions/${encodeURIComponent(route.id)}`;
  if (route.focus !== undefined) {
    const study = `${base}/evaluations/${encodeURIComponent(route.focus.evaluationId)}`;
    const result = route.focus.outcomeResultId;
    return result === undefined ? study : `${study}/results/${encodeURIComponent(result)}`;
  }
  return route.tab === undefined || route.tab === 'overview' ? base : `${base}/${route.tab}`;
}

/** A screen of the navigation, at its plain address (its first tab). */
export type NavScreen = SimpleScreen | 'reference-data';

export function screenHref(screen: NavScreen): string {
  return screen === 'reference-data' ? hrefFor({ screen, tab: 'outcomes' }) : hrefFor({ screen });
}

export function interventionHref(id: string, tab: InterventionTab = 'overview'): string {
  return hrefFor({ screen: 'intervention', id, tab });
}

/** An evaluation's link: its intervention's page, at the evaluation. */
export function evaluationHref(interventionId: string, evaluationId: string): string {
  return hrefFor({ screen: 'intervention', id: interventionId, focus: { evaluationId } });
}

/** An outcome result's link: its intervention's page, at the result in its evaluation. */
export function outcomeResultHref(
  interventionId: string,
  evaluationId: string,
  outcomeResultId: string,
): string {
  return hrefFor({ screen: 'intervention', id: interventionId, focus: { evaluationId, outcomeResultId } });
}

/** A saved brief's tab, or a new brief (id undefined) for an outcome. */
export function briefHref(id: string | undefined, tab: BriefTab = 'builder', outcomeId?: string): string {
  if (id === undefined)
    return outcomeId === undefined ? '#/briefs/new' : `#/briefs/new?outcome=${encodeURIComponent(outcomeId)}`;
  const base = `#/briefs/${encodeURIComponent(id)}`;
  return tab === 'builder' ? base : `${base}/${tab}`;
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
