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
