// Each kind of record a merge handles: how a bundle lists it, its id, the name and key fields it
// is matched by when ids differ, how its references follow records matched by name, how it is
// written, and its state as the change history keeps it (the same state editing keeps, so undo
// puts it back with the same code).
import type { Database } from 'better-sqlite3';
import type { BundleCostItem, BundleOutcomeResult, LibraryBundle } from '../../../../shared/model/bundle';
import type { MergeKind } from '../../../../shared/model/merge';
import {
  archiveAttachments,
  deleteAttachmentRow,
  getAttachment,
  insertAttachment,
} from '../../repos/attachments';
import { getBaselineRate, insertBaselineRate, updateBaselineRate } from '../../repos/baseline-rates';
import { deleteCostItem, insertCostItem } from '../../repos/cost-items';
import {
  deleteOutcomeResult,
  type EvaluationRecord,
  insertEvaluation,
  insertOutcomeResult,
  updateEvaluation,
} from '../../repos/evaluations';
import {
  insertIntervention,
  interventionExists,
  type InterventionRecord,
  updateIntervention,
} from '../../repos/interventions';
import { putOverride, putSourceDocument, sourceDocumentsById } from '../../repos/library-rows';
import { getOrganisation, insertOrganisation, updateOrganisation } from '../../repos/organisations';
import { priceIndexRows, replacePriceIndexRows } from '../../repos/price-index';
import { findOverride } from '../../repos/rating-overrides';
import {
  getApproachType,
  getArea,
  getOutcomeDomain,
  getOutcomeGroup,
  putApproachType,
  putArea,
  putOutcomeDomain,
  putOutcomeGroup,
} from '../../repos/reference-data';
import { writeSelfAssessment } from '../../repos/self-assessments';
import { getUnitCost, insertUnitCost, updateUnitCost } from '../../repos/unit-costs';
import { bundleAttachment } from '../attachments';
import { interventionToBundle } from '../bundle-export';
import { costItemSnapshot, evaluationSnapshot, outcomeResultSnapshot } from '../editing';
import { selfAssessmentSnapshot } from '../self-assessments';
import { settingsState, writeSettingsState } from '../value-settings';

/** Maps an incoming id of a kind to the open library's id of the record it matched (else itself). */
export type Remap = (kind: MergeKind, id: string) => string;

export interface KindSpec<R extends object> {
  kind: MergeKind;
  records: (b: LibraryBundle) => R[];
  id: (r: R) => string;
  /** The record with the open library's id (for kinds whose id is their own field). */
  withId: (r: R, id: string) => R;
  label: (r: R) => string;
  /** The name and key fields it is matched by when no record has its id; null: by id only. */
  nameKey: (r: R) => string | null;
  remap: (r: R, m: Remap) => R;
  /** What is compared (the record, less what another field stands for). */
  compared?: (r: R) => object;
  /** Writes the record: inserted, or over the existing one. */
  write: (db: Database, r: R, existing: boolean, changeId: number | null) => void;
  /** Its state as the change history keeps it; null when it does not exist. */
  snapshot: (db: Database, id: string) => unknown;
  /** When set, the history entry is written first (with this state after) and its id passed to `write`. */
  stateOf?: (r: R) => unknown;
}

const key = (...parts: (string | number | null | undefined)[]) =>
  parts
    .map((p) =>
      String(p ?? '')
        .trim()
        .toLowerCase(),
    )
    .join('\u0000');
const ownId = <R extends { id: string }>(r: R) => r.id;
const sameId = <R extends { id: string }>(r: R, id: string): R => ({ ...r, id });
const unchanged = <R>(r: R) => r;

type EvaluationRow = EvaluationRecord & { interventionId: string };
type OutcomeResultRow = BundleOutcomeResult & { evaluationId: string };
type CostItemRow = BundleCostItem & { interventionId: string };
type ReferenceRow<K extends keyof LibraryBundle['reference']> = LibraryBundle['reference'][K][number];
type Of<K extends keyof LibraryBundle> = LibraryBundle[K] extends readonly (infer T)[] ? T : never;

/** Defines a kind; the table below holds kinds of different record types side by side. */
function kind<R extends object>(spec: KindSpec<R>): KindSpec<object> {
  return spec as unknown as KindSpec<object>;
}

/** The organisation an intervention is known by: its lead, else the first named. */
function leadOrganisation(i: InterventionRecord): string | undefined {
  return (i.organisations.find((o) => o.role === 'lead') ?? i.organisations[0])?.organisationId;
}

const remapSources = <S extends { document: string }>(sources: readonly S[], m: Remap): S[] =>
  sources.map((s) => ({ ...s, document: m('source_document', s.document) }));

export const MERGE_KIND_SPECS: readonly KindSpec<object>[] = [
  kind<ReferenceRow<'outcomeGroups'>>({
    kind: 'outcome_group',
    records: (b) => b.reference.outcomeGroups,
    id: ownId,
    withId: sameId,
    label: (r) => r.name,
    nameKey: (r) => key(r.name),
    remap: unchanged,
    write: (db, r) => putOutcomeGroup(db, r),
    snapshot: getOutcomeGroup,
  }),
  kind<ReferenceRow<'outcomeDomains'>>({
    kind: 'outcome_domain',
    records: (b) => b.reference.outcomeDomains,
    id: ownId,
    withId: sameId,
    label: (r) => r.name,
    nameKey: (r) => key(r.groupId, r.name),
    remap: (r, m) => ({ ...r, groupId: m('outcome_group', r.groupId) }),
    write: (db, r) => putOutcomeDomain(db, r),
    snapshot: getOutcomeDomain,
  }),
  kind<ReferenceRow<'approachTypes'>>({
    kind: 'approach_type',
    records: (b) => b.reference.approachTypes,
    id: ownId,
    withId: sameId,
    label: (r) => r.name,
    nameKey: (r) => key(r.name),
    remap: unchanged,
    write: (db, r) => putApproachType(db, r),
    snapshot: getApproachType,
  }),
  kind<ReferenceRow<'areas'>>({
    kind: 'area',
    records: (b) => b.reference.areas,
    id: ownId,
    withId: sameId,
    label: (r) => r.name,
    nameKey: (r) => key(r.name),
    remap: (r, m) => ({ ...r, parentId: r.parentId === null ? null : m('area', r.parentId) }),
    write: (db, r) => putArea(db, r),
    snapshot: getArea,
  }),
  kind<Of<'documents'>>({
    kind: 'source_document',
    records: (b) => b.documents,
    id: ownId,
    withId: sameId,
    label: (r) => r.title,
    nameKey: (r) => key(r.title),
    remap: unchanged,
    write: (db, r) => putSourceDocument(db, r),
    snapshot: (db, id) => sourceDocumentsById(db, [id])[0] ?? null,
  }),
  kind<Of<'organisations'>>({
    kind: 'organisation',
    records: (b) => b.organisations,
    id: ownId,
    withId: sameId,
    label: (r) => r.name,
    nameKey: (r) => key(r.name),
    remap: unchanged,
    write: (db, r, existing) => (existing ? updateOrganisation(db, r) : insertOrganisation(db, r)),
    snapshot: getOrganisation,
  }),
  kind<InterventionRecord>({
    kind: 'intervention',
    records: (b) => b.interventions.map(({ evaluations: _e, costItems: _c, ...i }) => i),
    id: ownId,
    withId: sameId,
    label: (r) => r.name,
    nameKey: (r) => key(r.name, leadOrganisation(r)),
    remap: (r, m) => ({
      ...r,
      approachTypeId: m('approach_type', r.approachTypeId),
      areaIds: r.areaIds.map((a) => m('area', a)),
      organisations: r.organisations.map((o) => ({
        ...o,
        organisationId: m('organisation', o.organisationId),
      })),
      sources: remapSources(r.sources, m),
    }),
    write: (db, r, existing) => (existing ? updateIntervention(db, r) : insertIntervention(db, r)),
    snapshot: (db, id) => (interventionExists(db, id) ? interventionToBundle(db, id) : null),
  }),
  kind<EvaluationRow>({
    kind: 'evaluation',
    records: (b) =>
      b.interventions.flatMap((i) =>
        i.evaluations.map(({ outcomeResults: _r, ...e }) => ({ ...e, interventionId: i.id })),
      ),
    id: ownId,
    withId: sameId,
    label: (r) => (r.year === undefined ? r.title : `${r.title} (${r.year})`),
    nameKey: (r) => key(r.interventionId, r.title, r.year),
    remap: (r, m) => {
      const { evaluatorOrganisationId: evaluator, ...rest } = r;
      return {
        ...rest,
        interventionId: m('intervention', r.interventionId),
        ...(evaluator === undefined ? {} : { evaluatorOrganisationId: m('organisation', evaluator) }),
        sources: remapSources(r.sources, m),
      };
    },
    write: (db, { interventionId, ...e }, existing) =>
      existing
        ? updateEvaluation(db, interventionId, e)
        : insertEvaluation(db, interventionId, { ...e, outcomeResults: [] }),
    snapshot: evaluationSnapshot,
  }),
  kind<OutcomeResultRow>({
    kind: 'outcome_result',
    records: (b) =>
      b.interventions.flatMap((i) =>
        i.evaluations.flatMap((e) => e.outcomeResults.map((r) => ({ ...r, evaluationId: e.id }))),
      ),
    id: ownId,
    withId: sameId,
    label: (r) => r.measureName,
    nameKey: (r) => key(r.evaluationId, r.outcomeId, r.measureName, r.timePointMonths),
    remap: (r, m) => ({
      ...r,
      evaluationId: m('evaluation', r.evaluationId),
      outcomeId: m('outcome_domain', r.outcomeId),
    }),
    write: (db, { evaluationId, ...r }, existing) => {
      // A result's statistics change shape with its data type: it is rewritten whole.
      if (existing) deleteOutcomeResult(db, r.id);
      insertOutcomeResult(db, evaluationId, r as BundleOutcomeResult);
    },
    snapshot: outcomeResultSnapshot,
  }),
  kind<CostItemRow>({
    kind: 'cost_item',
    records: (b) => b.interventions.flatMap((i) => i.costItems.map((c) => ({ ...c, interventionId: i.id }))),
    id: ownId,
    withId: sameId,
    label: (r) => r.description,
    nameKey: (r) => key(r.interventionId, r.description, r.priceYear),
    remap: (r, m) => ({
      ...r,
      interventionId: m('intervention', r.interventionId),
      sources: remapSources(r.sources, m),
    }),
    write: (db, { interventionId, ...c }, existing) => {
      if (existing) deleteCostItem(db, c.id);
      insertCostItem(db, interventionId, c);
    },
    snapshot: costItemSnapshot,
  }),
  kind<Of<'baselineRates'>>({
    kind: 'baseline_rate',
    records: (b) => b.baselineRates,
    id: ownId,
    withId: sameId,
    label: (r) => [r.outcomeDomainId, r.areaId, r.year].filter((x) => x !== null).join(', '),
    // The library holds one rate per outcome, area and year.
    nameKey: (r) => key(r.outcomeDomainId, r.areaId, r.year),
    remap: (r, m) => ({
      ...r,
      outcomeDomainId: m('outcome_domain', r.outcomeDomainId),
      areaId: r.areaId === null ? null : m('area', r.areaId),
    }),
    write: (db, r, existing) => (existing ? updateBaselineRate(db, r) : insertBaselineRate(db, r)),
    snapshot: getBaselineRate,
  }),
  kind<Of<'unitCosts'>>({
    kind: 'unit_cost',
    records: (b) => b.unitCosts,
    id: ownId,
    withId: sameId,
    label: (r) => r.name,
    nameKey: (r) => key(r.name, r.outcomeDomainId),
    remap: (r, m) => ({
      ...r,
      outcomeDomainId: r.outcomeDomainId === null ? null : m('outcome_domain', r.outcomeDomainId),
    }),
    write: (db, r, existing) => (existing ? updateUnitCost(db, r) : insertUnitCost(db, r)),
    snapshot: getUnitCost,
  }),
  kind<Of<'priceIndex'>>({
    kind: 'price_index',
    records: (b) => b.priceIndex,
    id: (r) => r.series,
    withId: unchanged,
    label: (r) => r.series,
    nameKey: () => null,
    remap: unchanged,
    write: (db, r) => replacePriceIndexRows(db, r.series, r.rows),
    snapshot: (db, series) => {
      const rows = priceIndexRows(db, series);
      return rows.length === 0 ? null : { series, rows };
    },
  }),
  kind<NonNullable<LibraryBundle['valueSettings']>>({
    kind: 'value_settings',
    records: (b) => (b.valueSettings === undefined ? [] : [b.valueSettings]),
    // The library's one set of value settings, as its history names it.
    id: () => 'value',
    withId: unchanged,
    label: () => 'Price year and discount rate',
    nameKey: () => null,
    remap: unchanged,
    write: (db, r) => writeSettingsState(db, r),
    snapshot: (db) => settingsState(db),
  }),
  kind<Of<'selfAssessments'>>({
    kind: 'self_assessment',
    records: (b) => b.selfAssessments,
    id: (r) => `${r.interventionId}/${r.frameworkId}`,
    withId: unchanged,
    label: (r) => `${r.interventionId}: ${r.frameworkId}`,
    nameKey: () => null,
    remap: (r, m) => ({
      ...r,
      interventionId: m('intervention', r.interventionId),
      evidence: r.evidence.map((e) => ({
        ...e,
        evaluationId: e.evaluationId === null ? null : m('evaluation', e.evaluationId),
      })),
    }),
    write: (db, r) => writeSelfAssessment(db, r),
    snapshot: (db, id) => {
      const [interventionId = '', frameworkId = ''] = id.split('/');
      return selfAssessmentSnapshot(db, { interventionId, frameworkId });
    },
  }),
  kind<Of<'ratingOverrides'>>({
    kind: 'rating_override',
    records: (b) => b.ratingOverrides,
    id: (r) => `${r.interventionId}/${r.frameworkId}/${r.subjectId}`,
    withId: unchanged,
    label: (r) => `${r.interventionId}: ${r.frameworkId} ${r.level}`,
    nameKey: () => null,
    remap: (r, m) => ({ ...r, interventionId: m('intervention', r.interventionId) }),
    write: (db, r) => putOverride(db, r),
    snapshot: (db, id) => {
      const [interventionId = '', frameworkId = '', subjectId = ''] = id.split('/');
      return findOverride(db, { interventionId, frameworkId, subjectId });
    },
  }),
  kind<Of<'attachments'>>({
    kind: 'attachment',
    records: (b) => b.attachments,
    id: ownId,
    withId: sameId,
    label: (r) => r.fileName,
    nameKey: (r) => key(r.interventionId, r.evaluationId, r.fileName, r.sha256),
    remap: (r, m) => ({
      ...r,
      interventionId: r.interventionId === null ? null : m('intervention', r.interventionId),
      evaluationId: r.evaluationId === null ? null : m('evaluation', r.evaluationId),
    }),
    // The SHA-256 stands for the bytes.
    compared: ({ content: _content, ...r }) => r,
    stateOf: (r) => bundleAttachment(r, 'attachments').attachment,
    write: (db, r, existing, changeId) => {
      const { attachment, bytes } = bundleAttachment(r, 'attachments');
      if (existing) {
        // Kept with the change, so that undoing the merge brings the replaced file back.
        if (changeId !== null) archiveAttachments(db, changeId, { attachmentId: r.id });
        deleteAttachmentRow(db, r.id);
      }
      insertAttachment(db, attachment, bytes);
    },
    snapshot: getAttachment,
  }),
];
