// Real library files in a fresh temporary folder for integration tests.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Library } from '../../electron/core/library';
import { createLibraryFromBundle } from '../../electron/core/services/sample-library';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
export const MINI_BUNDLE = join(REPO_ROOT, 'test', 'fixtures', 'bundles', 'mini-library.json');
export const SAMPLE_BUNDLE = join(REPO_ROOT, 'resources', 'sample-library', 'sample-library.json');

export interface TempDir {
  path: string;
  file: (...names: string[]) => string;
  remove: () => void;
}

export function tempDir(): TempDir {
  const path = mkdtempSync(join(tmpdir(), 'ewb-test-'));
  return {
    path,
    file: (...names) => join(path, ...names),
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}

/** A new library file holding the mini test bundle. */
export function miniLibrary(dir: TempDir, name = 'mini.ewb'): Promise<Library> {
  return createLibraryFromBundle(dir.file(name), MINI_BUNDLE);
}

/** Every row of every table, hashed: proof that a refused write changed nothing. */
export function libraryChecksum(library: Library): string {
  const tables = (
    library.db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'search_index%'")
      .all() as { name: string }[]
  ).map((t) => t.name);
  const hash = createHash('sha256');
  for (const t of tables.sort())
    hash.update(JSON.stringify(library.db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()));
  return hash.digest('hex');
}

export { Library };

/** Row timestamps and rowid keys say when and in what order rows were written, not what they hold. */
const INCIDENTAL_COLUMNS = new Set(['created_at', 'updated_at']);
const ROWID_KEYED = new Set([
  'contacts',
  'intervention_links',
  'source_citations',
  'self_assessment_evidence',
]);
/** The library's own name and birth, and its history, are not records a bundle carries. */
const NOT_CARRIED = new Set(['change_history', 'removed_attachments', 'library_settings']);

/**
 * Every record of every table a bundle carries, field by field, as sorted JSON lines per table:
 * two libraries holding the same records give equal results.
 */
export function libraryRecords(library: Library): Record<string, string[]> {
  const tables = (
    library.db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'search_index%' ORDER BY name",
      )
      .all() as { name: string }[]
  )
    .map((t) => t.name)
    .filter((t) => !NOT_CARRIED.has(t));
  const records: Record<string, string[]> = {};
  for (const table of tables) {
    const rows = library.db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[];
    records[table] = rows
      .map((row) => {
        const kept = Object.entries(row).filter(
          ([column]) =>
            !(INCIDENTAL_COLUMNS.has(column) && table !== 'attachments') &&
            !(column === 'id' && ROWID_KEYED.has(table)),
        );
        return JSON.stringify(kept.map(([k, v]) => [k, Buffer.isBuffer(v) ? v.toString('base64') : v]));
      })
      .sort();
  }
  records.library_settings = (
    library.db
      .prepare("SELECT key, value FROM library_settings WHERE key LIKE 'value_%' ORDER BY key")
      .all() as {
      key: string;
      value: string;
    }[]
  ).map((r) => `${r.key}=${r.value}`);
  return records;
}
