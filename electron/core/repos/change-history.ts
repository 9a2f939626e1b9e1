// The change history: who changed what and when, with the record before and after.
import type { Database } from 'better-sqlite3';

export interface ChangeRecord {
  userName: string;
  entityType: string;
  entityId: string;
  action: 'create' | 'update' | 'delete' | 'import';
  before: unknown;
  after: unknown;
  note?: string;
}

export interface ChangeEntry extends Omit<ChangeRecord, 'note'> {
  id: number;
  at: string;
  note: string | null;
}

/** Records one change; its id (files the change removes are kept under it, for undo). */
export function recordChange(db: Database, change: ChangeRecord): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO change_history (user_name, entity_type, entity_id, action, before_json, after_json, note)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      change.userName,
      change.entityType,
      change.entityId,
      change.action,
      change.before === undefined || change.before === null ? null : JSON.stringify(change.before),
      change.after === undefined || change.after === null ? null : JSON.stringify(change.after),
      change.note ?? null,
    );
  return Number(lastInsertRowid);
}

export function historyOf(db: Database, entityType: string, entityId: string): ChangeEntry[] {
  const rows = db
    .prepare(
      `SELECT id, at, user_name, entity_type, entity_id, action, before_json, after_json, note
       FROM change_history WHERE entity_type = ? AND entity_id = ? ORDER BY id DESC`,
    )
    .all(entityType, entityId) as {
    id: number;
    at: string;
    user_name: string;
    entity_type: string;
    entity_id: string;
    action: ChangeRecord['action'];
    before_json: string | null;
    after_json: string | null;
    note: string | null;
  }[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    userName: r.user_name,
    entityType: r.entity_type,
    entityId: r.entity_id,
    action: r.action,
    before: r.before_json === null ? null : (JSON.parse(r.before_json) as unknown),
    after: r.after_json === null ? null : (JSON.parse(r.after_json) as unknown),
    note: r.note,
  }));
}

const UNDO_NOTE = 'Undo of change #';

export function undoNote(changeId: number): string {
  return `${UNDO_NOTE}${changeId}`;
}

/** The most recent change that is neither an undo nor already undone. */
export function lastUndoableChange(db: Database): ChangeEntry | null {
  const row = db
    .prepare(
      // The pattern is a literal so the undone changes are found by the note index, not a scan.
      `SELECT id FROM change_history
       WHERE coalesce(note, '') NOT LIKE '${UNDO_NOTE}%'
         AND id NOT IN (SELECT CAST(substr(note, length(@prefix) + 1) AS INTEGER) FROM change_history
                        WHERE note LIKE '${UNDO_NOTE}%')
       ORDER BY id DESC LIMIT 1`,
    )
    .get({ prefix: UNDO_NOTE }) as { id: number } | undefined;
  return row === undefined ? null : changeById(db, row.id);
}

export function changeById(db: Database, id: number): ChangeEntry | null {
  const row = db.prepare('SELECT entity_type, entity_id FROM change_history WHERE id = ?').get(id) as
    { entity_type: string; entity_id: string } | undefined;
  return row === undefined
    ? null
    : (historyOf(db, row.entity_type, row.entity_id).find((e) => e.id === id) ?? null);
}
