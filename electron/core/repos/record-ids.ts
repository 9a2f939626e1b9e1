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
  | 'areas'
  | 'briefs'
  | 'brief_snapshots';

/**
 * Gives ids for many new records of one table ("kickz", "kickz-2", …), remembering where each
 * name's numbering reached so that thousands of rows with one name do not search from 1 each time;
 * `reserved` ids (given explicitly by other new records) are never handed out.
 */
export function idAllocator(
  db: Database,
  table: RecordTable,
  reserved: ReadonlySet<string> = new Set(),
): (name: string) => string {
  const taken = db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`);
  const next = new Map<string, number>();
  return (name) => {
    const base = slugify(name).slice(0, 80) || 'record';
    for (let n = next.get(base) ?? 1; ; n++) {
      const id = n === 1 ? base : `${base}-${n}`;
      if (!reserved.has(id) && taken.get(id) === undefined) {
        next.set(base, n + 1);
        return id;
      }
    }
  };
}

/** A readable id from the name, made unique in its table. */
export function newId(db: Database, table: RecordTable, name: string): string {
  return idAllocator(db, table)(name);
}
