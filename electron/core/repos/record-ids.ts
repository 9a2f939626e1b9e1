// New record ids: readable, from the record's name, and unique in their table.
import type { Database } from 'better-sqlite3';
import { slugify } from '../../../shared/taxonomy/areas';

export type RecordTable =
  | 'interventions'
  | 'organisations'
  | 'evaluations'
  | 'outcome_results'
  | 'cost_items'
  | 'unit_costs'
  | 'baseline_rates'
  | 'outcome_groups'
  | 'outcome_domains'
  | 'approach_types'
  | 'areas';

/** A readable id from the name, made unique in its table ("kickz", "kickz-2", …). */
export function newId(db: Database, table: RecordTable, name: string): string {
  const base = slugify(name).slice(0, 80) || 'record';
  const taken = db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`);
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (taken.get(id) === undefined) return id;
  }
}
