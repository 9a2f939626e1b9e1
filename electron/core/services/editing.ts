// Creating, changing and deleting records, each in one transaction that also writes the change
// history (who, when, before and after), and undoing the last change from that history.
import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../../shared/errors';
import {
  type BundleCostItem,
  type BundleEvaluation,
  type BundleIntervention,
  type BundleOutcomeResult,
  CostItemSchema,
  EvaluationSchema,
  InterventionSchema,
  OrganisationSchema,
  OutcomeResultSchema,
} from '../../../shared/model/bundle';
import type { DeleteOutcome, HistoryEntry, UndoOutcome } from '../../../shared/model/editing';
import { MERGE_ENTITY_TYPE, type MergeState } from '../../../shared/model/merge';
import type { OrganisationDetail } from '../../../shared/model/organisations';
import type { Library } from '../library';
import {
  archiveAttachments,
  countAttachments,
  deleteAttachmentRow,
  keepingAttachments,
  restoreArchivedAttachments,
} from '../repos/attachments';
import {
  type ChangeEntry,
  changeById,
  lastUndoableChange,
  recordChange,
  undoNote,
} from '../repos/change-history';
import { deleteSourceDocumentRow, putSourceDocument } from '../repos/library-rows';
import { newId } from '../repos/record-ids';
import {
  costItemsOf,
  deleteCostItem as deleteCostItemRow,
  insertCostItem,
  interventionOfCostItem,
} from '../repos/cost-items';
import {
  deleteEvaluation as deleteEvaluationRow,
  deleteOutcomeResult as deleteOutcomeResultRow,
  evaluationOfOutcomeResult,
  evaluationsOf,
  type EvaluationRecord,
  insertEvaluation,
  insertOutcomeResult,
  interventionOfEvaluation,
  updateEvaluation,
} from '../repos/evaluations';
import {
  deleteInterventionRow,
  interventionDependents,
  interventionExists,
  type InterventionRecord,
  updateIntervention,
} from '../repos/interventions';
import {
  deleteOrganisation as deleteOrganisationRow,
  getOrganisation,
  insertOrganisation,
  organisationDetail,
  type OrganisationRecord,
  organisationDependents,
  updateOrganisation,
} from '../repos/organisations';
import { deleteOverride, type RatingOverride, saveOverride } from '../repos/rating-overrides';
import { undoImport } from '../io/import/write-records';
import { checkInterventionReferences, insertInterventionTree, knownIds } from './bundle-import';
import { interventionToBundle, toBundleCostItem, toBundleEvaluation } from './bundle-export';
import { restoreAttachment } from './attachments';
import { refreshCostSummary } from './cost-summary';
import { restoreReferenceRow } from './reference-editing';
import { REFERENCE_IMPORT_ENTITY, removeImportedEvaluations } from './reference-import';
import { restoreShortlistEntry, SHORTLIST_ENTITY } from './shortlist';
import { BRANDING_ENTITY, restoreBranding } from './briefs/branding';
import { BRIEF_ENTITY, restoreBrief } from './briefs/briefs';
import { BRIEF_SNAPSHOT_ENTITY, restoreSnapshot } from './briefs/snapshots';
import { restoreSelfAssessment, restoreSelfAssessmentsOf, withSelfAssessments } from './self-assessments';
import { isValueEntityType, restoreValueReference } from './value-settings';

export function saveIntervention(
  library: Library,
  input: Omit<InterventionRecord, 'id'> & { id?: string | undefined; by: string },
): { id: string } {
  return library.write(() => {
    const db = library.db;
    const { by, ...fields } = input;
    const known = knownIds(library);
    checkInterventionReferences(known, fields, '');
    if (fields.id !== undefined && !interventionExists(db, fields.id)) {
      throw new ApiFailure('NOT_FOUND', `No intervention with id "${fields.id}".`, 'id');
    }
    const id = fields.id ?? newId(db, 'interventions', fields.name);
    const record: InterventionRecord = { ...fields, id };
    const before = fields.id === undefined ? null : interventionToBundle(db, id);
    if (before === null) insertInterventionTree(db, { ...record, evaluations: [], costItems: [] });
    else updateIntervention(db, record);
    recordChange(db, {
      userName: by,
      entityType: 'intervention',
      entityId: id,
      action: before === null ? 'create' : 'update',
      before,
      after: interventionToBundle(db, id),
    });
    return { id };
  });
}

export function deleteIntervention(
  library: Library,
  input: { id: string; by: string; confirm: boolean },
): DeleteOutcome {
  return library.write(() => {
    const db = library.db;
    if (!interventionExists(db, input.id))
      throw new ApiFailure('NOT_FOUND', `No intervention with id "${input.id}".`, 'id');
    const dependents = interventionDependents(db, input.id);
    if (dependents.length > 0 && !input.confirm) return { deleted: false, dependents };
    const changeId = recordChange(db, {
      userName: input.by,
      entityType: 'intervention',
      entityId: input.id,
      action: 'delete',
      before: withSelfAssessments(db, input.id, interventionToBundle(db, input.id)),
      after: null,
    });
    archiveAttachments(db, changeId, { kind: 'intervention', id: input.id });
    deleteInterventionRow(db, input.id);
    return { deleted: true, dependents };
  });
}

export function saveOrganisation(
  library: Library,
  input: Omit<OrganisationRecord, 'id'> & { id?: string | undefined; by: string },
): { id: string } {
  return library.write(() => {
    const db = library.db;
    const { by, ...fields } = input;
    const before = fields.id === undefined ? null : getOrganisation(db, fields.id);
    if (fields.id !== undefined && before === null) {
      throw new ApiFailure('NOT_FOUND', `No organisation with id "${fields.id}".`, 'id');
    }
    const id = fields.id ?? newId(db, 'organisations', fields.name);
    const record: OrganisationRecord = { ...fields, id };
    if (before === null) insertOrganisation(db, record);
    else updateOrganisation(db, record);
    recordChange(db, {
      userName: by,
      entityType: 'organisation',
      entityId: id,
      action: before === null ? 'create' : 'update',
      before,
      after: getOrganisation(db, id),
    });
    return { id };
  });
}

/** An organisation's page: its record and what relates to it. */
export function getOrganisationDetail(db: Database, id: string): OrganisationDetail {
  const detail = organisationDetail(db, id);
  if (detail === null) throw new ApiFailure('NOT_FOUND', `No organisation with id "${id}".`, 'id');
  return detail;
}

export function deleteOrganisation(
  library: Library,
  input: { id: string; by: string; confirm: boolean },
): DeleteOutcome {
  return library.write(() => {
    const db = library.db;
    const before = getOrganisation(db, input.id);
    if (before === null) throw new ApiFailure('NOT_FOUND', `No organisation with id "${input.id}".`, 'id');
    const uses = organisationDependents(db, input.id);
    const dependents = [
      { label: 'interventions it works on', count: uses.interventions },
      { label: 'evaluations it carried out', count: uses.evaluations },
    ].filter((d) => d.count > 0);
    if (uses.interventions > 0) {
      throw new ApiFailure(
        'CONFLICT',
        `${before.name} works on ${uses.interventions} intervention${uses.interventions === 1 ? '' : 's'}: remove it from them first.`,
        'id',
      );
    }
    if (dependents.length > 0 && !input.confirm) return { deleted: false, dependents };
    deleteOrganisationRow(db, input.id); // evaluations it carried out keep their data, without an evaluator
    recordChange(db, {
      userName: input.by,
      entityType: 'organisation',
      entityId: input.id,
      action: 'delete',
      before,
      after: null,
    });
    return { deleted: true, dependents };
  });
}

// ---------------------------------------------------------------------------------------------
// Evaluations, outcome results and cost items: history keeps each with the id of its parent.

interface EvaluationSnapshot {
  interventionId: string;
  evaluation: BundleEvaluation;
}
interface OutcomeResultSnapshot {
  evaluationId: string;
  result: BundleOutcomeResult;
}
interface CostItemSnapshot {
  interventionId: string;
  item: BundleCostItem;
}

export function evaluationSnapshot(db: Database, id: string): EvaluationSnapshot | null {
  const interventionId = interventionOfEvaluation(db, id);
  const view =
    interventionId === null ? undefined : evaluationsOf(db, interventionId).find((e) => e.id === id);
  return interventionId === null || view === undefined
    ? null
    : { interventionId, evaluation: toBundleEvaluation(view) };
}

export function outcomeResultSnapshot(db: Database, id: string): OutcomeResultSnapshot | null {
  const evaluationId = evaluationOfOutcomeResult(db, id);
  const evaluation = evaluationId === null ? null : evaluationSnapshot(db, evaluationId);
  const result = evaluation?.evaluation.outcomeResults.find((r) => r.id === id);
  return evaluationId === null || result === undefined ? null : { evaluationId, result };
}

export function costItemSnapshot(db: Database, id: string): CostItemSnapshot | null {
  const interventionId = interventionOfCostItem(db, id);
  const view = interventionId === null ? undefined : costItemsOf(db, interventionId).find((c) => c.id === id);
  return interventionId === null || view === undefined
    ? null
    : { interventionId, item: toBundleCostItem(view) };
}

function checkSourceDocuments(
  documents: ReadonlySet<string>,
  sources: readonly { document: string }[],
): void {
  sources.forEach((c, k) => {
    if (!documents.has(c.document)) {
      const field = `sources.${k}.document`;
      throw new ApiFailure('INVALID_INPUT', `${field}: unknown source document "${c.document}"`, field);
    }
  });
}

function requireParent(exists: boolean, what: string, id: string, field: string): void {
  if (!exists) throw new ApiFailure('INVALID_INPUT', `${field}: there is no ${what} "${id}"`, field);
}

export function saveEvaluation(
  library: Library,
  input: Omit<EvaluationRecord, 'id'> & { id?: string | undefined; interventionId: string; by: string },
): { id: string } {
  return library.write(() => {
    const db = library.db;
    const { by, interventionId, ...fields } = input;
    requireParent(interventionExists(db, interventionId), 'intervention', interventionId, 'interventionId');
    const known = knownIds(library);
    if (
      fields.evaluatorOrganisationId !== undefined &&
      !known.organisations.has(fields.evaluatorOrganisationId)
    ) {
      throw new ApiFailure(
        'INVALID_INPUT',
        `evaluatorOrganisationId: unknown organisation "${fields.evaluatorOrganisationId}"`,
        'evaluatorOrganisationId',
      );
    }
    checkSourceDocuments(known.documents, fields.sources);
    const before = fields.id === undefined ? null : evaluationSnapshot(db, fields.id);
    if (fields.id !== undefined && before === null)
      throw new ApiFailure('NOT_FOUND', `No evaluation with id "${fields.id}".`, 'id');
    const id = fields.id ?? newId(db, 'evaluations', `${interventionId}-${fields.title}`);
    if (before === null) insertEvaluation(db, interventionId, { ...fields, id, outcomeResults: [] });
    else updateEvaluation(db, interventionId, { ...fields, id });
    recordChange(db, {
      userName: by,
      entityType: 'evaluation',
      entityId: id,
      action: before === null ? 'create' : 'update',
      before,
      after: evaluationSnapshot(db, id),
    });
    return { id };
  });
}

export function deleteEvaluation(
  library: Library,
  input: { id: string; by: string; confirm: boolean },
): DeleteOutcome {
  return library.write(() => {
    const db = library.db;
    const before = evaluationSnapshot(db, input.id);
    if (before === null) throw new ApiFailure('NOT_FOUND', `No evaluation with id "${input.id}".`, 'id');
    const owner = { kind: 'evaluation', id: input.id } as const;
    const dependents = [
      { label: 'outcome results', count: before.evaluation.outcomeResults.length },
      { label: 'attachments', count: countAttachments(db, owner) },
    ].filter((d) => d.count > 0);
    if (dependents.length > 0 && !input.confirm) return { deleted: false, dependents };
    const changeId = recordChange(db, {
      userName: input.by,
      entityType: 'evaluation',
      entityId: input.id,
      action: 'delete',
      before,
      after: null,
    });
    archiveAttachments(db, changeId, owner);
    deleteEvaluationRow(db, input.id);
    return { deleted: true, dependents };
  });
}

export function saveOutcomeResult(
  library: Library,
  input: Omit<BundleOutcomeResult, 'id'> & { id?: string | undefined; evaluationId: string; by: string },
): { id: string } {
  return library.write(() => {
    const db = library.db;
    const { by, evaluationId, ...fields } = input;
    requireParent(
      interventionOfEvaluation(db, evaluationId) !== null,
      'evaluation',
      evaluationId,
      'evaluationId',
    );
    if (!knownIds(library).outcomes.has(fields.outcomeId)) {
      throw new ApiFailure('INVALID_INPUT', `outcomeId: unknown outcome "${fields.outcomeId}"`, 'outcomeId');
    }
    const before = fields.id === undefined ? null : outcomeResultSnapshot(db, fields.id);
    if (fields.id !== undefined && before === null)
      throw new ApiFailure('NOT_FOUND', `No outcome result with id "${fields.id}".`, 'id');
    const id = fields.id ?? newId(db, 'outcome_results', `${evaluationId}-${fields.measureName}`);
    // A result's statistics change shape with its data type: it is rewritten whole.
    if (before !== null) deleteOutcomeResultRow(db, id);
    insertOutcomeResult(db, evaluationId, { ...fields, id } as BundleOutcomeResult);
    recordChange(db, {
      userName: by,
      entityType: 'outcome_result',
      entityId: id,
      action: before === null ? 'create' : 'update',
      before,
      after: outcomeResultSnapshot(db, id),
    });
    return { id };
  });
}

export function deleteOutcomeResult(library: Library, input: { id: string; by: string }): DeleteOutcome {
  return library.write(() => {
    const before = outcomeResultSnapshot(library.db, input.id);
    if (before === null) throw new ApiFailure('NOT_FOUND', `No outcome result with id "${input.id}".`, 'id');
    deleteOutcomeResultRow(library.db, input.id);
    recordChange(library.db, {
      userName: input.by,
      entityType: 'outcome_result',
      entityId: input.id,
      action: 'delete',
      before,
      after: null,
    });
    return { deleted: true, dependents: [] };
  });
}

export function saveCostItem(
  library: Library,
  input: Omit<BundleCostItem, 'id'> & { id?: string | undefined; interventionId: string; by: string },
): { id: string } {
  return library.write(() => {
    const db = library.db;
    const { by, interventionId, ...fields } = input;
    requireParent(interventionExists(db, interventionId), 'intervention', interventionId, 'interventionId');
    checkSourceDocuments(knownIds(library).documents, fields.sources);
    const before = fields.id === undefined ? null : costItemSnapshot(db, fields.id);
    if (fields.id !== undefined && before === null)
      throw new ApiFailure('NOT_FOUND', `No cost item with id "${fields.id}".`, 'id');
    const id = fields.id ?? newId(db, 'cost_items', `${interventionId}-cost-${fields.description}`);
    if (before !== null) deleteCostItemRow(db, id);
    insertCostItem(db, interventionId, { ...fields, id });
    refreshCostSummary(db, interventionId);
    recordChange(db, {
      userName: by,
      entityType: 'cost_item',
      entityId: id,
      action: before === null ? 'create' : 'update',
      before,
      after: costItemSnapshot(db, id),
    });
    return { id };
  });
}

export function deleteCostItem(library: Library, input: { id: string; by: string }): DeleteOutcome {
  return library.write(() => {
    const db = library.db;
    const before = costItemSnapshot(db, input.id);
    if (before === null) throw new ApiFailure('NOT_FOUND', `No cost item with id "${input.id}".`, 'id');
    deleteCostItemRow(db, input.id);
    refreshCostSummary(db, before.interventionId);
    recordChange(db, {
      userName: input.by,
      entityType: 'cost_item',
      entityId: input.id,
      action: 'delete',
      before,
      after: null,
    });
    return { deleted: true, dependents: [] };
  });
}

/** Puts one record back as a history entry saw it (null: the record did not exist). */
function restore(db: Database, change: ChangeEntry, state: unknown): void {
  switch (change.entityType) {
    case 'intervention': {
      const exists = interventionExists(db, change.entityId);
      if (state === null) {
        if (exists) deleteInterventionRow(db, change.entityId);
        return;
      }
      const record: BundleIntervention = InterventionSchema.parse(state);
      if (exists) {
        updateIntervention(db, record);
        refreshCostSummary(db, record.id);
      } else {
        insertInterventionTree(db, record);
        restoreArchivedAttachments(db, change.id);
        restoreSelfAssessmentsOf(db, state);
      }
      return;
    }
    case 'organisation': {
      const exists = getOrganisation(db, change.entityId) !== null;
      if (state === null) {
        if (exists) deleteOrganisationRow(db, change.entityId);
        return;
      }
      const record = OrganisationSchema.parse(state);
      if (exists) updateOrganisation(db, record);
      else insertOrganisation(db, record);
      return;
    }
    case 'evaluation': {
      const exists = interventionOfEvaluation(db, change.entityId) !== null;
      if (state === null) {
        if (exists) deleteEvaluationRow(db, change.entityId);
        return;
      }
      const { interventionId, evaluation } = state as EvaluationSnapshot;
      // The evaluation is written whole again; its files stay, and a deleted one's come back.
      keepingAttachments(db, change.entityId, () => {
        if (exists) deleteEvaluationRow(db, change.entityId);
        insertEvaluation(db, interventionId, EvaluationSchema.parse(evaluation));
      });
      restoreArchivedAttachments(db, change.id);
      return;
    }
    case 'outcome_result': {
      if (evaluationOfOutcomeResult(db, change.entityId) !== null)
        deleteOutcomeResultRow(db, change.entityId);
      if (state === null) return;
      const { evaluationId, result } = state as OutcomeResultSnapshot;
      insertOutcomeResult(db, evaluationId, OutcomeResultSchema.parse(result));
      return;
    }
    case 'cost_item': {
      const owner = interventionOfCostItem(db, change.entityId);
      if (owner !== null) deleteCostItemRow(db, change.entityId);
      if (state !== null) {
        const { interventionId, item } = state as CostItemSnapshot;
        insertCostItem(db, interventionId, CostItemSchema.parse(item));
        refreshCostSummary(db, interventionId);
      }
      if (owner !== null) refreshCostSummary(db, owner);
      return;
    }
    case 'attachment':
      restoreAttachment(db, change, state);
      return;
    case REFERENCE_IMPORT_ENTITY:
      // Only an import's own undo comes here: it takes back the evaluations the import created.
      if (state === null) removeImportedEvaluations(db, change.after);
      return;
    case 'rating_override': {
      const [interventionId = '', frameworkId = '', subjectId = ''] = change.entityId.split('/');
      if (state === null) deleteOverride(db, { interventionId, frameworkId, subjectId });
      else saveOverride(db, state as RatingOverride);
      return;
    }
    case 'self_assessment':
      restoreSelfAssessment(db, change.entityId, state);
      return;
    case 'source_document':
      if (state === null) deleteSourceDocumentRow(db, change.entityId);
      else putSourceDocument(db, state as { id: string; title: string });
      return;
    case SHORTLIST_ENTITY:
      restoreShortlistEntry(db, change.entityId, state);
      return;
    case BRIEF_ENTITY:
      restoreBrief(db, change, state);
      return;
    case BRIEF_SNAPSHOT_ENTITY:
      restoreSnapshot(db, change, state);
      return;
    case BRANDING_ENTITY:
      restoreBranding(db, change, state);
      return;
    case 'import':
      undoImport(db, change, state);
      return;
    case 'outcome_group':
    case 'outcome_domain':
    case 'approach_type':
    case 'area':
      restoreReferenceRow(db, change.entityType, change.entityId, state);
      return;
    default:
      if (isValueEntityType(change.entityType)) {
        restoreValueReference(db, { ...change, entityType: change.entityType }, state);
        return;
      }
      throw new ApiFailure('CONFLICT', `Changes to ${change.entityType} records cannot be undone yet.`);
  }
}

/** Puts the record of `change` back as it was before, and records that as a change of its own. */
function undoChange(db: Database, change: ChangeEntry, by: string): void {
  if (change.entityType === MERGE_ENTITY_TYPE) {
    // A merge is undone record by record, last first; each of its entries is marked undone.
    for (const id of [...(change.after as MergeState).changes].reverse()) {
      const member = changeById(db, id);
      if (member !== null) undoChange(db, member, by);
    }
  } else {
    // A file a merge replaced comes back from the archive in place of the one that replaced it.
    if (change.entityType === 'attachment' && change.action === 'import' && change.before !== null)
      deleteAttachmentRow(db, change.entityId);
    restore(db, change, change.before);
  }
  recordChange(db, {
    userName: by,
    entityType: change.entityType,
    entityId: change.entityId,
    action: change.before === null ? 'delete' : change.after === null ? 'create' : 'update',
    before: change.after,
    after: change.before,
    note: undoNote(change.id),
  });
}

/** Undoes the most recent change not yet undone, and records the undo as a change of its own. */
export function undoLastChange(library: Library, by: string): UndoOutcome {
  return library.write(() => {
    const change = lastUndoableChange(library.db);
    if (change === null) return { undone: null };
    undoChange(library.db, change, by);
    return { undone: change satisfies HistoryEntry };
  });
}
