// Adding to and removing from the shortlist, each in one transaction that records the change
// history, so the history shows it and "Undo last change" takes it back.
import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../../shared/errors';
import type { ShortlistEntry } from '../../../shared/model/compare';
import type { Library } from '../library';
import { recordChange } from '../repos/change-history';
import { interventionExists } from '../repos/interventions';
import { getOutcomeDomain } from '../repos/reference-data';
import {
  deleteShortlistEntry,
  getShortlistEntry,
  interventionName,
  listShortlist,
  putShortlistEntry,
  type ShortlistRecord,
} from '../repos/shortlist';

export const SHORTLIST_ENTITY = 'shortlist_entry';

/** An entry as the history keeps it: with the intervention's name, so the history and undo can name it. */
function named(db: Database, entry: ShortlistRecord | null) {
  return entry === null ? null : { ...entry, name: interventionName(db, entry.interventionId) };
}

export function addToShortlist(
  library: Library,
  input: { interventionId: string; outcomeId: string | null; note: string | null; by: string },
): ShortlistEntry[] {
  return library.write(() => {
    const db = library.db;
    if (!interventionExists(db, input.interventionId)) {
      throw new ApiFailure(
        'NOT_FOUND',
        `No intervention with id "${input.interventionId}".`,
        'interventionId',
      );
    }
    if (input.outcomeId !== null && getOutcomeDomain(db, input.outcomeId) === null) {
      throw new ApiFailure('NOT_FOUND', `No outcome with id "${input.outcomeId}".`, 'outcomeId');
    }
    const before = getShortlistEntry(db, input.interventionId);
    const after: ShortlistRecord = {
      interventionId: input.interventionId,
      outcomeId: input.outcomeId,
      note: input.note,
      addedBy: before?.addedBy ?? input.by,
      addedAt: before?.addedAt ?? new Date().toISOString(),
    };
    putShortlistEntry(db, after);
    recordChange(db, {
      userName: input.by,
      entityType: SHORTLIST_ENTITY,
      entityId: input.interventionId,
      action: before === null ? 'create' : 'update',
      before: named(db, before),
      after: named(db, after),
    });
    return listShortlist(db);
  });
}

export function removeFromShortlist(
  library: Library,
  input: { interventionId: string; by: string },
): ShortlistEntry[] {
  return library.write(() => {
    const db = library.db;
    const before = getShortlistEntry(db, input.interventionId);
    if (before !== null) {
      deleteShortlistEntry(db, input.interventionId);
      recordChange(db, {
        userName: input.by,
        entityType: SHORTLIST_ENTITY,
        entityId: input.interventionId,
        action: 'delete',
        before: named(db, before),
        after: null,
      });
    }
    return listShortlist(db);
  });
}

/** Puts an entry back as a history entry saw it (null: it was not on the shortlist). */
export function restoreShortlistEntry(db: Database, interventionId: string, state: unknown): void {
  if (state === null) {
    deleteShortlistEntry(db, interventionId);
    return;
  }
  const entry = state as ShortlistRecord;
  // The outcome may have been deleted since: the entry comes back without it.
  putShortlistEntry(db, {
    ...entry,
    outcomeId:
      entry.outcomeId !== null && getOutcomeDomain(db, entry.outcomeId) !== null ? entry.outcomeId : null,
  });
}
