// Saving and deleting briefs, each in one transaction that records the change history, so the
// history shows it and "Undo last change" takes it back (a deleted brief comes back with its
// snapshots). A brief names an outcome, an area and interventions that must exist when it is saved;
// an intervention deleted since stays in it, and its document says so.
import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../../../shared/errors';
import type { Brief, BriefFields } from '../../../../shared/model/brief';
import type { DeleteOutcome } from '../../../../shared/model/editing';
import type { Library } from '../../library';
import { deleteBriefRow, getBrief, putBrief } from '../../repos/briefs';
import { listSnapshots, removeSnapshots, restoreRemovedSnapshots } from '../../repos/brief-snapshots';
import type { ChangeEntry } from '../../repos/change-history';
import { recordChange } from '../../repos/change-history';
import { interventionExists } from '../../repos/interventions';
import { newId } from '../../repos/record-ids';
import { getArea, getOutcomeDomain } from '../../repos/reference-data';

export const BRIEF_ENTITY = 'brief';

const invalid = (field: string, message: string) =>
  new ApiFailure('INVALID_INPUT', `${field}: ${message}`, field);

export function getBriefOrFail(db: Database, id: string): Brief {
  const brief = getBrief(db, id);
  if (brief === null) throw new ApiFailure('NOT_FOUND', `No brief with id "${id}".`, 'id');
  return brief;
}

/**
 * Refuses a brief naming records the library does not hold, naming the field (an intervention
 * deleted since `before` was saved may stay). Also for unsaved briefs (before = null).
 */
export function checkBriefReferences(db: Database, fields: BriefFields, before: Brief | null): void {
  if (getOutcomeDomain(db, fields.outcomeId) === null)
    throw invalid('outcomeId', `there is no outcome "${fields.outcomeId}"`);
  if (fields.areaId !== null && getArea(db, fields.areaId) === null)
    throw invalid('areaId', `there is no area "${fields.areaId}"`);
  fields.interventionIds.forEach((id, k) => {
    if (!interventionExists(db, id) && !(before?.interventionIds.includes(id) ?? false))
      throw invalid(`interventionIds.${k}`, `there is no intervention "${id}"`);
  });
  fields.optionNotes.forEach((note, k) => {
    if (!fields.interventionIds.includes(note.interventionId))
      throw invalid(
        `optionNotes.${k}.interventionId`,
        `"${note.interventionId}" is not one of the brief's interventions`,
      );
  });
  if (new Set(fields.optionNotes.map((n) => n.interventionId)).size !== fields.optionNotes.length)
    throw invalid('optionNotes', 'give each intervention one note');
}

export function saveBrief(
  library: Library,
  input: BriefFields & { id?: string | undefined; by: string },
): { id: string } {
  return library.write(() => {
    const db = library.db;
    const { by, id: givenId, ...fields } = input;
    const before = givenId === undefined ? null : getBrief(db, givenId);
    if (givenId !== undefined && before === null)
      throw new ApiFailure('NOT_FOUND', `No brief with id "${givenId}".`, 'id');
    checkBriefReferences(db, fields, before);
    const id = givenId ?? newId(db, 'briefs', fields.title);
    const now = new Date().toISOString();
    putBrief(db, {
      ...fields,
      id,
      createdAt: before?.createdAt ?? now,
      createdBy: before?.createdBy ?? by,
      updatedAt: now,
      updatedBy: by,
    });
    recordChange(db, {
      userName: by,
      entityType: BRIEF_ENTITY,
      entityId: id,
      action: before === null ? 'create' : 'update',
      before,
      after: getBrief(db, id),
    });
    return { id };
  });
}

export function deleteBrief(
  library: Library,
  input: { id: string; by: string; confirm: boolean },
): DeleteOutcome {
  return library.write(() => {
    const db = library.db;
    const before = getBriefOrFail(db, input.id);
    const snapshots = listSnapshots(db, input.id).length;
    const dependents = snapshots === 0 ? [] : [{ label: 'snapshots', count: snapshots }];
    if (dependents.length > 0 && !input.confirm) return { deleted: false, dependents };
    const changeId = recordChange(db, {
      userName: input.by,
      entityType: BRIEF_ENTITY,
      entityId: input.id,
      action: 'delete',
      before,
      after: null,
    });
    // Its snapshots are kept with the change, so undoing it brings them back.
    removeSnapshots(db, changeId, { briefId: input.id });
    deleteBriefRow(db, input.id);
    return { deleted: true, dependents };
  });
}

/** Puts a brief back as a history entry saw it (null: it did not exist), with the snapshots the change removed. */
export function restoreBrief(db: Database, change: ChangeEntry, state: unknown): void {
  if (state === null) {
    deleteBriefRow(db, change.entityId);
    return;
  }
  putBrief(db, state as Brief);
  restoreRemovedSnapshots(db, change.id);
}
