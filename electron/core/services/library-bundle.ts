// A library as a bundle: the whole of it, or chosen interventions with everything they refer to
// (their evaluations, results and costs, organisations, source documents and reference data).
import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../../shared/errors';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  type BundleIntervention,
  type LibraryBundle,
  type ReferenceBundle,
} from '../../../shared/model/bundle';
import { getSetting } from '../repos/library-settings';
import { allIds, frameworksAssessed, priceIndexSeries, sourceDocumentsById } from '../repos/library-rows';
import { attachmentsOfInterventions } from '../repos/attachments';
import { getBaselineRate } from '../repos/baseline-rates';
import { interventionExists } from '../repos/interventions';
import { getOrganisation } from '../repos/organisations';
import { priceIndexRows } from '../repos/price-index';
import { overridesOf } from '../repos/rating-overrides';
import { getApproachType, getArea, getOutcomeDomain, getOutcomeGroup } from '../repos/reference-data';
import { findSelfAssessment } from '../repos/self-assessments';
import { getUnitCost } from '../repos/unit-costs';
import { interventionToBundle } from './bundle-export';
import { settingsState } from './value-settings';

const present = <T>(rows: (T | null)[]): T[] => rows.filter((r): r is T => r !== null);

/** The ids `interventions` refer to, by kind (areas with the areas that contain them). */
function referencedIds(db: Database, interventions: readonly BundleIntervention[]) {
  const organisations = new Set<string>();
  const documents = new Set<string>();
  const approaches = new Set<string>();
  const areas = new Set<string>();
  const outcomes = new Set<string>();
  const cite = (sources: readonly { document: string }[]) =>
    sources.forEach((s) => documents.add(s.document));
  for (const i of interventions) {
    approaches.add(i.approachTypeId);
    i.areaIds.forEach((a) => areas.add(a));
    i.organisations.forEach((o) => organisations.add(o.organisationId));
    cite(i.sources);
    for (const e of i.evaluations) {
      if (e.evaluatorOrganisationId !== undefined) organisations.add(e.evaluatorOrganisationId);
      cite(e.sources);
      e.outcomeResults.forEach((r) => outcomes.add(r.outcomeId));
    }
    i.costItems.forEach((c) => cite(c.sources));
  }
  for (const a of [...areas]) {
    for (
      let parent = getArea(db, a)?.parentId ?? null;
      parent !== null;
      parent = getArea(db, parent)?.parentId ?? null
    )
      areas.add(parent);
  }
  return { organisations, documents, approaches, areas, outcomes };
}

function referenceRows(
  db: Database,
  ids: { approaches: Iterable<string>; areas: Iterable<string>; outcomes: Iterable<string> },
): ReferenceBundle {
  const outcomeDomains = present([...ids.outcomes].map((id) => getOutcomeDomain(db, id)));
  const groups = new Set(outcomeDomains.map((d) => d.groupId));
  return {
    outcomeGroups: present([...groups].map((id) => getOutcomeGroup(db, id))),
    outcomeDomains,
    approachTypes: present([...ids.approaches].map((id) => getApproachType(db, id))),
    areas: present([...ids.areas].map((id) => getArea(db, id))),
  };
}

function organisationRecords(db: Database, ids: Iterable<string>) {
  return present([...ids].map((id) => getOrganisation(db, id))).map((o) => ({
    id: o.id,
    name: o.name,
    kind: o.kind,
    ...(o.website === undefined ? {} : { website: o.website }),
    ...(o.description === undefined ? {} : { description: o.description }),
  }));
}

/** Self-assessments without the database's own timestamps. */
function selfAssessmentsOf(db: Database, interventionIds: readonly string[]) {
  return interventionIds.flatMap((interventionId) =>
    frameworksAssessed(db, interventionId).flatMap((frameworkId) => {
      const found = findSelfAssessment(db, { interventionId, frameworkId });
      if (found === null) return [];
      const { createdAt: _created, updatedAt: _updated, ...fields } = found;
      return [fields];
    }),
  );
}

/**
 * The library as a bundle; with `interventionIds`, only those interventions and what they refer
 * to (library-wide value data, which no intervention refers to, stays out of a selection).
 */
export function exportLibraryBundle(
  db: Database,
  options: { interventionIds?: readonly string[] } = {},
): LibraryBundle {
  const chosen = options.interventionIds;
  chosen?.forEach((id, k) => {
    if (!interventionExists(db, id))
      throw new ApiFailure(
        'NOT_FOUND',
        `interventionIds.${k}: no intervention with id "${id}"`,
        `interventionIds.${k}`,
      );
  });
  const interventionIds = chosen === undefined ? allIds(db, 'interventions') : [...new Set(chosen)];
  const interventions = interventionIds.map((id) => interventionToBundle(db, id));
  const whole = chosen === undefined;
  const refs = referencedIds(db, interventions);
  const description = getSetting(db, 'description');
  return {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    library: {
      name: getSetting(db, 'name') ?? 'Library',
      ...(description === null ? {} : { description }),
    },
    exportedAt: new Date().toISOString(),
    ...(whole ? {} : { selection: { interventionIds } }),
    reference: whole
      ? {
          ...referenceRows(db, {
            approaches: allIds(db, 'approach_types'),
            areas: allIds(db, 'areas'),
            outcomes: allIds(db, 'outcome_domains'),
          }),
          // Every group, including those with no outcome yet.
          outcomeGroups: present(allIds(db, 'outcome_groups').map((id) => getOutcomeGroup(db, id))),
        }
      : referenceRows(db, refs),
    documents: sourceDocumentsById(db, whole ? allIds(db, 'source_documents') : [...refs.documents].sort()),
    organisations: organisationRecords(
      db,
      whole ? allIds(db, 'organisations') : [...refs.organisations].sort(),
    ),
    interventions,
    baselineRates: whole ? present(allIds(db, 'baseline_rates').map((id) => getBaselineRate(db, id))) : [],
    unitCosts: whole ? present(allIds(db, 'unit_costs').map((id) => getUnitCost(db, id))) : [],
    priceIndex: whole
      ? priceIndexSeries(db).map((series) => ({ series, rows: priceIndexRows(db, series) }))
      : [],
    ...(whole ? { valueSettings: settingsState(db) } : {}),
    selfAssessments: selfAssessmentsOf(db, interventionIds),
    ratingOverrides: interventionIds.flatMap((id) => overridesOf(db, id)),
    attachments: attachmentsOfInterventions(db, interventionIds),
  };
}
