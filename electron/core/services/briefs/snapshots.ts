// Snapshots: a generated brief frozen in the library with the figures it showed, so a board paper
// can be reproduced later, and the diff of those figures with the brief worked out now. Storing and
// removing one records the change history (the file's bytes stay out of it: a removed snapshot is
// kept, marked with its change, until that change is undone).
import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../../../shared/errors';
import type {
  BriefDiff,
  BriefFile,
  BriefFormat,
  BriefSnapshotSummary,
  FigureChange,
} from '../../../../shared/model/brief';
import type { BriefDocument, BriefFigure } from '../../../../shared/model/brief-document';
import type { DeleteOutcome } from '../../../../shared/model/editing';
import type { Library } from '../../library';
import { briefExists } from '../../repos/briefs';
import {
  deleteSnapshotRow,
  getSnapshotSummary,
  insertSnapshot,
  listSnapshots,
  removeSnapshots,
  restoreRemovedSnapshots,
  snapshotFigures,
  snapshotFile,
} from '../../repos/brief-snapshots';
import { type ChangeEntry, recordChange } from '../../repos/change-history';
import { newId } from '../../repos/record-ids';
import { interventionName } from '../../repos/shortlist';
import { getBriefOrFail } from './briefs';
import { buildBriefDocument, formerName } from './document';

export const BRIEF_SNAPSHOT_ENTITY = 'brief_snapshot';

function snapshotOrFail(db: Database, id: string): BriefSnapshotSummary {
  const summary = getSnapshotSummary(db, id);
  if (summary === null) throw new ApiFailure('NOT_FOUND', `No snapshot with id "${id}".`, 'id');
  return summary;
}

/** Freezes a generated file and the figures it showed; called by brief-snapshots/create after rendering. */
export function storeSnapshot(
  library: Library,
  input: {
    briefId: string;
    format: BriefFormat;
    file: { fileName: string; mediaType: string; bytes: Buffer };
    figures: BriefFigure[];
    by: string;
  },
): BriefSnapshotSummary {
  return library.write(() => {
    const db = library.db;
    if (!briefExists(db, input.briefId))
      throw new ApiFailure('NOT_FOUND', `No brief with id "${input.briefId}".`, 'briefId');
    const createdAt = new Date().toISOString();
    const id = newId(db, 'brief_snapshots', `${input.briefId}-${input.format}-${createdAt.slice(0, 10)}`);
    insertSnapshot(db, {
      id,
      briefId: input.briefId,
      format: input.format,
      fileName: input.file.fileName,
      mediaType: input.file.mediaType,
      bytes: input.file.bytes,
      figures: input.figures,
      createdAt,
      createdBy: input.by,
    });
    const summary = snapshotOrFail(db, id);
    recordChange(db, {
      userName: input.by,
      entityType: BRIEF_SNAPSHOT_ENTITY,
      entityId: id,
      action: 'create',
      before: null,
      after: summary,
    });
    return summary;
  });
}

export function listBriefSnapshots(library: Library, briefId: string): BriefSnapshotSummary[] {
  getBriefOrFail(library.db, briefId);
  return listSnapshots(library.db, briefId);
}

export function snapshotFileOf(library: Library, id: string): BriefFile {
  const file = snapshotFile(library.db, id);
  if (file === null) throw new ApiFailure('NOT_FOUND', `No snapshot with id "${id}".`, 'id');
  return file;
}

export function deleteSnapshot(library: Library, input: { id: string; by: string }): DeleteOutcome {
  return library.write(() => {
    const db = library.db;
    const before = snapshotOrFail(db, input.id);
    const changeId = recordChange(db, {
      userName: input.by,
      entityType: BRIEF_SNAPSHOT_ENTITY,
      entityId: input.id,
      action: 'delete',
      before,
      after: null,
    });
    removeSnapshots(db, changeId, { id: input.id });
    return { deleted: true, dependents: [] };
  });
}

/** Undoing a snapshot's creation deletes it; undoing its removal brings it back. */
export function restoreSnapshot(db: Database, change: ChangeEntry, state: unknown): void {
  if (state === null) deleteSnapshotRow(db, change.entityId);
  else restoreRemovedSnapshots(db, change.id);
}

/** Each option's name by id, as the document now names it (or the library last did). */
function optionNames(library: Library, doc: BriefDocument, keys: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const s of doc.sections) {
    if (s.kind === 'options') for (const r of s.rows) names.set(r.intervention.id, r.intervention.name);
    if (s.kind === 'option-pages') for (const p of s.pages) names.set(p.intervention.id, p.intervention.name);
  }
  for (const key of keys) {
    const id = key.split('/')[0] ?? '';
    if (id !== 'brief' && !names.has(id))
      names.set(id, interventionName(library.db, id) ?? formerName(library, id));
  }
  return names;
}

/** The snapshot's figures against the brief worked out now, by key. */
export function diffSnapshot(
  library: Library,
  id: string,
  options: { appVersion: string; now: Date },
): BriefDiff {
  const db = library.db;
  const snapshot = snapshotOrFail(db, id);
  const before = new Map((snapshotFigures(db, id) ?? []).map((f) => [f.key, f]));
  const doc = buildBriefDocument(library, getBriefOrFail(db, snapshot.briefId), options);
  const after = new Map(doc.figures.map((f) => [f.key, f]));
  const keys = [...after.keys(), ...[...before.keys()].filter((k) => !after.has(k))];
  const names = optionNames(library, doc, keys);
  let unchanged = 0;
  const changes: FigureChange[] = [];
  for (const key of keys) {
    const was = before.get(key);
    const now = after.get(key);
    if (was !== undefined && now !== undefined && was.text === now.text) {
      unchanged += 1;
      continue;
    }
    const owner = key.split('/')[0] ?? '';
    changes.push({
      key,
      intervention: owner === 'brief' ? null : (names.get(owner) ?? owner),
      label: now?.label ?? was?.label ?? key,
      change: was === undefined ? 'added' : now === undefined ? 'removed' : 'changed',
      before: was?.text ?? null,
      after: now?.text ?? null,
    });
  }
  return { snapshot, comparedAt: options.now.toISOString(), unchanged, changes };
}
