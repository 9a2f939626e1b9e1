// Real library files in a fresh temporary folder for integration tests.
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

export { Library };
