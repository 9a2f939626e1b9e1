// The shortlist: interventions chosen from a comparison for a commissioning brief.
import type { Database } from 'better-sqlite3';
import type { ShortlistEntry } from '../../../shared/model/compare';

/** An entry as stored (and as the change history keeps it). */
export interface ShortlistRecord {
  interventionId: string;
  outcomeId: string | null;
  note: string | null;
  addedBy: string;
  addedAt: string;
}

interface Row {
  intervention_id: string;
  intervention_name: string;
  approach_type_id: string;
  approach_name: string;
  outcome_domain_id: string | null;
  outcome_name: string | null;
  note: string | null;
  added_by: string;
  added_at: string;
}

export function listShortlist(db: Database): ShortlistEntry[] {
  const rows = db
    .prepare(
      `SELECT s.intervention_id, i.name AS intervention_name, i.approach_type_id, a.name AS approach_name,
         s.outcome_domain_id, d.name AS outcome_name, s.note, s.added_by, s.added_at
       FROM shortlist s JOIN interventions i ON i.id = s.intervention_id
         JOIN approach_types a ON a.id = i.approach_type_id
         LEFT JOIN outcome_domains d ON d.id = s.outcome_domain_id
       ORDER BY s.added_at, i.name COLLATE NOCASE`,
    )
    .all() as Row[];
  return rows.map((r) => ({
    intervention: {
      id: r.intervention_id,
      name: r.intervention_name,
      approachType: { id: r.approach_type_id, name: r.approach_name },
    },
    outcome: r.outcome_domain_id === null ? null : { id: r.outcome_domain_id, name: r.outcome_name ?? '' },
    note: r.note,
    addedBy: r.added_by,
    addedAt: r.added_at,
  }));
}

export function getShortlistEntry(db: Database, interventionId: string): ShortlistRecord | null {
  const r = db
    .prepare(
      'SELECT intervention_id, outcome_domain_id, note, added_by, added_at FROM shortlist WHERE intervention_id = ?',
    )
    .get(interventionId) as
    Pick<Row, 'intervention_id' | 'outcome_domain_id' | 'note' | 'added_by' | 'added_at'> | undefined;
  return r === undefined
    ? null
    : {
        interventionId: r.intervention_id,
        outcomeId: r.outcome_domain_id,
        note: r.note,
        addedBy: r.added_by,
        addedAt: r.added_at,
      };
}

/** Adds or replaces an entry; `addedAt` is kept as given (an undo puts the entry back as it was). */
export function putShortlistEntry(db: Database, r: ShortlistRecord): void {
  db.prepare(
    `INSERT OR REPLACE INTO shortlist (intervention_id, outcome_domain_id, note, added_by, added_at)
     VALUES (@interventionId, @outcomeId, @note, @addedBy, @addedAt)`,
  ).run(r);
}

export function deleteShortlistEntry(db: Database, interventionId: string): void {
  db.prepare('DELETE FROM shortlist WHERE intervention_id = ?').run(interventionId);
}

/** An intervention's name, for the history's record of an entry (null: no such intervention). */
export function interventionName(db: Database, id: string): string | null {
  const row = db.prepare('SELECT name FROM interventions WHERE id = ?').get(id) as
    { name: string } | undefined;
  return row?.name ?? null;
}
