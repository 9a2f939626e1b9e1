// Loads a library bundle (the sample library, later exchanged bundles) into an open library in
// one transaction. Every reference is checked first so an error names the record and field.
import { ApiFailure } from '../../../shared/errors';
import { LibraryBundleSchema, type LibraryBundle } from '../../../shared/model/bundle';
import type { Library } from '../library';
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

function checkReferences(library: Library, bundle: LibraryBundle): void {
  const approaches = idsOf(library, 'approach_types');
  const areas = idsOf(library, 'areas');
  const outcomes = idsOf(library, 'outcome_domains');
  const organisations = new Set([
    ...idsOf(library, 'organisations'),
    ...bundle.organisations.map((o) => o.id),
  ]);
  const documents = new Set([...idsOf(library, 'source_documents'), ...bundle.documents.map((d) => d.id)]);
  const fail = (field: string, message: string): never => {
    throw new ApiFailure('INVALID_INPUT', `${field}: ${message}`, field);
  };
  const checkSources = (path: string, sources: readonly { document: string }[]) =>
    sources.forEach((s, k) => {
      if (!documents.has(s.document))
        fail(`${path}.sources.${k}.document`, `unknown source document "${s.document}"`);
    });
  bundle.interventions.forEach((i, n) => {
    const at = `interventions.${n}`;
    if (!approaches.has(i.approachTypeId))
      fail(`${at}.approachTypeId`, `unknown approach type "${i.approachTypeId}"`);
    i.areaIds.forEach((a, k) => areas.has(a) || fail(`${at}.areaIds.${k}`, `unknown area "${a}"`));
    i.organisations.forEach(
      (o, k) =>
        organisations.has(o.organisationId) ||
        fail(`${at}.organisations.${k}.organisationId`, `unknown organisation "${o.organisationId}"`),
    );
    checkSources(at, i.sources);
    i.evaluations.forEach((e, m) => {
      const ev = `${at}.evaluations.${m}`;
      if (e.evaluatorOrganisationId !== undefined && !organisations.has(e.evaluatorOrganisationId)) {
        fail(`${ev}.evaluatorOrganisationId`, `unknown organisation "${e.evaluatorOrganisationId}"`);
      }
      checkSources(ev, e.sources);
      e.outcomeResults.forEach(
        (r, k) =>
          outcomes.has(r.outcomeId) ||
          fail(`${ev}.outcomeResults.${k}.outcomeId`, `unknown outcome "${r.outcomeId}"`),
      );
    });
    i.costItems.forEach((c, k) => checkSources(`${at}.costItems.${k}`, c.sources));
  });
}

/** Adds everything in the bundle to the library, all or nothing. */
export function importBundle(library: Library, bundle: LibraryBundle): void {
  library.write(() => {
    checkReferences(library, bundle);
    const db = library.db;
    for (const d of bundle.documents) insertSourceDocument(db, d);
    for (const o of bundle.organisations) insertOrganisation(db, o);
    for (const i of bundle.interventions) {
      insertIntervention(db, i);
      for (const e of i.evaluations) insertEvaluation(db, i.id, e);
      for (const c of i.costItems) insertCostItem(db, i.id, c);
      refreshCostSummary(db, i.id);
    }
  });
}
