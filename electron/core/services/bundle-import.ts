// Loads a library bundle into a new library (the sample library, `init`) in one transaction.
// Every reference is checked first so an error names the record and field. Bundles arriving in
// an open library are merged instead (services/merge).
import { ApiFailure } from '../../../shared/errors';
import type { Database } from 'better-sqlite3';
import type { BundleIntervention, LibraryBundle } from '../../../shared/model/bundle';
import type { Library } from '../library';
import { insertBaselineRate } from '../repos/baseline-rates';
import { insertCostItem } from '../repos/cost-items';
import { insertEvaluation } from '../repos/evaluations';
import { insertIntervention } from '../repos/interventions';
import { insertOrganisation } from '../repos/organisations';
import { putOverride, putSourceDocument } from '../repos/library-rows';
import { replacePriceIndexRows } from '../repos/price-index';
import { putApproachType, putArea, putOutcomeDomain, putOutcomeGroup } from '../repos/reference-data';
import { writeSelfAssessment } from '../repos/self-assessments';
import { deleteUnitCostRow, insertUnitCost } from '../repos/unit-costs';
import { insertAttachment } from '../repos/attachments';
import { bundleAttachment } from './attachments';
import { refreshCostSummary } from './cost-summary';
import { writeSettingsState } from './value-settings';

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
  arriving: Partial<Record<keyof KnownIds, string[]>> = {},
): KnownIds {
  return {
    approaches: new Set([...idsOf(library, 'approach_types'), ...(arriving.approaches ?? [])]),
    areas: new Set([...idsOf(library, 'areas'), ...(arriving.areas ?? [])]),
    outcomes: new Set([...idsOf(library, 'outcome_domains'), ...(arriving.outcomes ?? [])]),
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

/** Checks every reference of a bundle resolves in the bundle or the library, naming the first that does not. */
export function checkBundleReferences(library: Library, bundle: LibraryBundle): void {
  const known = knownIds(library, {
    approaches: bundle.reference.approachTypes.map((a) => a.id),
    areas: bundle.reference.areas.map((a) => a.id),
    outcomes: bundle.reference.outcomeDomains.map((d) => d.id),
    organisations: bundle.organisations.map((o) => o.id),
    documents: bundle.documents.map((d) => d.id),
  });
  bundle.interventions.forEach((i, n) => checkInterventionReferences(known, i, `interventions.${n}`));
  bundle.baselineRates.forEach((b, n) => {
    const at = `baselineRates.${n}`;
    if (!known.outcomes.has(b.outcomeDomainId))
      fail(`${at}.outcomeDomainId`, `unknown outcome "${b.outcomeDomainId}"`);
    if (b.areaId !== null && !known.areas.has(b.areaId)) fail(`${at}.areaId`, `unknown area "${b.areaId}"`);
  });
}

/** One intervention with its evaluations, outcome results and costs. */
export function insertInterventionTree(db: Database, i: BundleIntervention): void {
  insertIntervention(db, i);
  for (const e of i.evaluations) insertEvaluation(db, i.id, e);
  for (const c of i.costItems) insertCostItem(db, i.id, c);
  refreshCostSummary(db, i.id);
}

/**
 * Adds everything in the bundle to a new library, all or nothing. Reference rows and value data
 * replace the defaults the new library was seeded with.
 */
export function importBundle(library: Library, bundle: LibraryBundle): void {
  library.write(() => {
    checkBundleReferences(library, bundle);
    const db = library.db;
    const { reference } = bundle;
    for (const g of reference.outcomeGroups) putOutcomeGroup(db, g);
    for (const d of reference.outcomeDomains) putOutcomeDomain(db, d);
    for (const a of reference.approachTypes) putApproachType(db, a);
    for (const a of reference.areas) putArea(db, a);
    for (const d of bundle.documents) putSourceDocument(db, d);
    for (const o of bundle.organisations) insertOrganisation(db, o);
    for (const i of bundle.interventions) insertInterventionTree(db, i);
    for (const b of bundle.baselineRates) insertBaselineRate(db, b);
    for (const u of bundle.unitCosts) {
      deleteUnitCostRow(db, u.id);
      insertUnitCost(db, u);
    }
    for (const p of bundle.priceIndex) replacePriceIndexRows(db, p.series, p.rows);
    if (bundle.valueSettings !== undefined) writeSettingsState(db, bundle.valueSettings);
    for (const a of bundle.selfAssessments) writeSelfAssessment(db, a);
    for (const o of bundle.ratingOverrides) putOverride(db, o);
    bundle.attachments.forEach((a, k) => {
      const { attachment, bytes } = bundleAttachment(a, `attachments.${k}`);
      insertAttachment(db, attachment, bytes);
    });
  });
}
