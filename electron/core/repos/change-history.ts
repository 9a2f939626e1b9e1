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

export function recordChange(db: Database, change: ChangeRecord): void {
  db.prepare(
    `INSERT INTO change_history (user_name, entity_type, entity_id, action, before_json, after_json, note)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    change.userName,
    change.entityType,
    change.entityId,
    change.action,
    change.before === undefined || change.before === null ? null : JSON.stringify(change.before),
    change.after === undefined || change.after === null ? null : JSON.stringify(change.after),
    change.note ?? null,
  );
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
