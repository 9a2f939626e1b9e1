// Creating, changing and deleting records, each in one transaction that also writes the change
// history (who, when, before and after), and undoing the last change from that history.
import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../../shared/errors';
import {
  type BundleIntervention,
  InterventionSchema,
  OrganisationSchema,
} from '../../../shared/model/bundle';
import type { DeleteOutcome, HistoryEntry, UndoOutcome } from '../../../shared/model/editing';
import { slugify } from '../../../shared/taxonomy/areas';
import type { Library } from '../library';
import { type ChangeEntry, lastUndoableChange, recordChange, undoNote } from '../repos/change-history';
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
  type OrganisationRecord,
  organisationDependents,
  updateOrganisation,
} from '../repos/organisations';
import { deleteOverride, type RatingOverride, saveOverride } from '../repos/rating-overrides';
import { checkInterventionReferences, insertInterventionTree, knownIds } from './bundle-import';
import { interventionToBundle } from './bundle-export';
import { refreshCostSummary } from './cost-summary';

/** A readable id from the name, made unique in its table ("kickz", "kickz-2", …). */
function newId(db: Database, table: 'interventions' | 'organisations', name: string): string {
  const base = slugify(name).slice(0, 80) || 'record';
  const taken = db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`);
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (taken.get(id) === undefined) return id;
  }
}

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
    const before = interventionToBundle(db, input.id);
    deleteInterventionRow(db, input.id);
    recordChange(db, {
      userName: input.by,
      entityType: 'intervention',
      entityId: input.id,
      action: 'delete',
      before,
      after: null,
    });
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
      } else insertInterventionTree(db, record);
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
    case 'rating_override': {
      const [interventionId = '', frameworkId = '', subjectId = ''] = change.entityId.split('/');
      if (state === null) deleteOverride(db, { interventionId, frameworkId, subjectId });
      else saveOverride(db, state as RatingOverride);
      return;
    }
    default:
      throw new ApiFailure('CONFLICT', `Changes to ${change.entityType} records cannot be undone yet.`);
  }
}

/** Undoes the most recent change not yet undone, and records the undo as a change of its own. */
export function undoLastChange(library: Library, by: string): UndoOutcome {
  return library.write(() => {
    const db = library.db;
    const change = lastUndoableChange(db);
    if (change === null) return { undone: null };
    restore(db, change, change.before);
    recordChange(db, {
      userName: by,
      entityType: change.entityType,
      entityId: change.entityId,
      action: change.before === null ? 'delete' : change.after === null ? 'create' : 'update',
      before: change.after,
      after: change.before,
      note: undoNote(change.id),
    });
    return { undone: change satisfies HistoryEntry };
  });
}
