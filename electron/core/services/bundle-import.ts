// Loads a library bundle (the sample library, later exchanged bundles) into an open library in
// one transaction. Every reference is checked first so an error names the record and field.
import { ApiFailure } from '../../../shared/errors';
import type { Database } from 'better-sqlite3';
import {
  type BundleBaselineRate,
  type BundleIntervention,
  LibraryBundleSchema,
  type LibraryBundle,
} from '../../../shared/model/bundle';
import type { Library } from '../library';
import { insertBaselineRate } from '../repos/baseline-rates';
import { insertCostItem } from '../repos/cost-items';
import { insertEvaluation } from '../repos/evaluations';
import { insertIntervention } from '../repos/interventions';
import { insertOrganisation } from '../repos/organisations';
import { insertSourceDocument } from '../repos/reference-data';
import { refreshCostSummary } from './cost-summary';

/** Parses untrusted JSON into a bundle, with the first problem named by its path. */
export function parseBundle(json: unknown): LibraryBundle {
  const parsed = LibraryBundleSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    throw new ApiFailure(
      'INVALID_INPUT',
      `${field || 'bundle'}: ${issue?.message ?? 'invalid bundle'}`,
      field,
    );
  }
  return parsed.data;
}

function idsOf(
  library: Library,
  table: 'approach_types' | 'areas' | 'outcome_domains' | 'organisations' | 'source_documents',
) {
  return new Set((library.db.prepare(`SELECT id FROM ${table}`).all() as { id: string }[]).map((r) => r.id));
}

/** The ids a bundle or an edit may refer to: those in the library plus those arriving with it. */
export interface KnownIds {
  approaches: Set<string>;
  areas: Set<string>;
  outcomes: Set<string>;
  organisations: Set<string>;
  documents: Set<string>;
}

export function knownIds(
  library: Library,
  arriving: { organisations?: string[]; documents?: string[] } = {},
): KnownIds {
  return {
    approaches: idsOf(library, 'approach_types'),
    areas: idsOf(library, 'areas'),
    outcomes: idsOf(library, 'outcome_domains'),
    organisations: new Set([...idsOf(library, 'organisations'), ...(arriving.organisations ?? [])]),
    documents: new Set([...idsOf(library, 'source_documents'), ...(arriving.documents ?? [])]),
  };
}

const fail = (field: string, message: string): never => {
  throw new ApiFailure('INVALID_INPUT', `${field}: ${message}`, field);
};

/** Checks an intervention's references; `at` prefixes field paths ("" for a single record). */
export function checkInterventionReferences(
  known: KnownIds,
  i: Pick<BundleIntervention, 'approachTypeId' | 'areaIds' | 'organisations' | 'sources'> &
    Partial<Pick<BundleIntervention, 'evaluations' | 'costItems'>>,
  at: string,
): void {
  const path = (field: string) => (at === '' ? field : `${at}.${field}`);
  const checkSources = (prefix: string, sources: readonly { document: string }[]) =>
    sources.forEach((s, k) => {
      if (!known.documents.has(s.document))
        fail(path(`${prefix}sources.${k}.document`), `unknown source document "${s.document}"`);
    });
  if (!known.approaches.has(i.approachTypeId))
    fail(path('approachTypeId'), `unknown approach type "${i.approachTypeId}"`);
  i.areaIds.forEach((a, k) => known.areas.has(a) || fail(path(`areaIds.${k}`), `unknown area "${a}"`));
  i.organisations.forEach(
    (o, k) =>
      known.organisations.has(o.organisationId) ||
      fail(path(`organisations.${k}.organisationId`), `unknown organisation "${o.organisationId}"`),
  );
  checkSources('', i.sources);
  (i.evaluations ?? []).forEach((e, m) => {
    const ev = `evaluations.${m}.`;
    if (e.evaluatorOrganisationId !== undefined && !known.organisations.has(e.evaluatorOrganisationId)) {
      fail(path(`${ev}evaluatorOrganisationId`), `unknown organisation "${e.evaluatorOrganisationId}"`);
    }
    checkSources(ev, e.sources);
    e.outcomeResults.forEach(
      (r, k) =>
        known.outcomes.has(r.outcomeId) ||
        fail(path(`${ev}outcomeResults.${k}.outcomeId`), `unknown outcome "${r.outcomeId}"`),
    );
  });
  (i.costItems ?? []).forEach((c, k) => checkSources(`costItems.${k}.`, c.sources));
}

function checkReferences(library: Library, bundle: LibraryBundle): void {
  const known = knownIds(library, {
    organisations: bundle.organisations.map((o) => o.id),
    documents: bundle.documents.map((d) => d.id),
  });
  bundle.interventions.forEach((i, n) => checkInterventionReferences(known, i, `interventions.${n}`));
  bundle.baselineRates.forEach((b, n) => {
    const at = `baselineRates.${n}`;
    if (!known.outcomes.has(b.outcomeId)) fail(`${at}.outcomeId`, `unknown outcome "${b.outcomeId}"`);
    if (b.areaId !== undefined && !known.areas.has(b.areaId))
      fail(`${at}.areaId`, `unknown area "${b.areaId}"`);
    if (!known.documents.has(b.source.document))
      fail(`${at}.source.document`, `unknown source document "${b.source.document}"`);
  });
}

/** A baseline rate's source as the library keeps it: the document, then the passage quoted. */
function insertBundleBaselineRate(
  db: Database,
  b: BundleBaselineRate,
  documents: LibraryBundle['documents'],
): void {
  const doc = documents.find((d) => d.id === b.source.document);
  const title =
    doc === undefined ? b.source.document : [doc.title, doc.publisher, doc.date].filter(Boolean).join(', ');
  insertBaselineRate(db, {
    id: b.id,
    outcomeDomainId: b.outcomeId,
    areaId: b.areaId ?? null,
    rate: b.rate,
    population: b.population ?? null,
    year: b.year ?? null,
    source: `${title}: “${b.source.passage}”`,
    sourceDate: doc?.date ?? null,
  });
}

/** One intervention with its evaluations, outcome results and costs. */
export function insertInterventionTree(db: Database, i: BundleIntervention): void {
  insertIntervention(db, i);
  for (const e of i.evaluations) insertEvaluation(db, i.id, e);
  for (const c of i.costItems) insertCostItem(db, i.id, c);
  refreshCostSummary(db, i.id);
}

/** Adds everything in the bundle to the library, all or nothing. */
export function importBundle(library: Library, bundle: LibraryBundle): void {
  library.write(() => {
    checkReferences(library, bundle);
    const db = library.db;
    for (const d of bundle.documents) insertSourceDocument(db, d);
    for (const o of bundle.organisations) insertOrganisation(db, o);
    for (const i of bundle.interventions) insertInterventionTree(db, i);
    for (const b of bundle.baselineRates) insertBundleBaselineRate(db, b, bundle.documents);
  });
}
