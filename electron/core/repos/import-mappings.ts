// Remembered column mappings of imports, and the names an imported row may refer to records by.
import type { Database } from 'better-sqlite3';
import type { ColumnMapping, ImportEntity } from '../../../shared/model/import';
import type { RecordTable } from './record-ids';

export function rememberedMapping(
  db: Database,
  entity: ImportEntity,
  headerKey: string,
): ColumnMapping | null {
  const row = db
    .prepare('SELECT mapping FROM import_mappings WHERE entity = ? AND header_key = ?')
    .get(entity, headerKey) as { mapping: string } | undefined;
  return row === undefined ? null : (JSON.parse(row.mapping) as ColumnMapping);
}

export function rememberMapping(
  db: Database,
  entity: ImportEntity,
  headerKey: string,
  mapping: ColumnMapping,
): void {
  db.prepare(
    `INSERT INTO import_mappings (entity, header_key, mapping) VALUES (?, ?, ?)
     ON CONFLICT (entity, header_key) DO UPDATE SET mapping = excluded.mapping,
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  ).run(entity, headerKey, JSON.stringify(mapping));
}

export interface NamedRow {
  id: string;
  name: string;
}

const NAME_QUERIES = {
  approachTypes: 'SELECT id, name FROM approach_types',
  areas: 'SELECT id, name FROM areas',
  outcomes: 'SELECT id, name FROM outcome_domains',
  organisations: 'SELECT id, name FROM organisations',
  interventions: 'SELECT id, name FROM interventions',
  evaluations: 'SELECT id, title AS name FROM evaluations',
} as const;

export function namedRows(db: Database, list: keyof typeof NAME_QUERIES): NamedRow[] {
  return db.prepare(NAME_QUERIES[list]).all() as NamedRow[];
}

/** Outcome domains whose higher values are the good ones. */
export function outcomeDirections(db: Database): Map<string, boolean> {
  const rows = db.prepare('SELECT id, higher_is_better FROM outcome_domains').all() as {
    id: string;
    higher_is_better: number;
  }[];
  return new Map(rows.map((r) => [r.id, r.higher_is_better === 1]));
}

export function recordIds(db: Database, table: RecordTable): Set<string> {
  return new Set((db.prepare(`SELECT id FROM ${table}`).all() as { id: string }[]).map((r) => r.id));
}
