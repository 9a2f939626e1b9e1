// The set-up most core integration tests share: a fresh copy of the mini library in its own
// temporary folder, with a dispatch over it, for every test (or once for a file whose tests only
// read), closed and removed afterwards.
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createDispatch, type Dispatch } from '../../electron/core/api/dispatch';
import { type Library, miniLibrary, tempDir, type TempDir } from './libraries';

export interface MiniLibraryFixture {
  readonly dir: TempDir;
  readonly library: Library;
  readonly dispatch: Dispatch;
}

/** Registers the set-up and tear-down; read the fields inside a test or hook. */
export function useMiniLibrary(scope: 'each test' | 'file' = 'each test'): MiniLibraryFixture {
  let current: { dir: TempDir; library: Library; dispatch: Dispatch } | null = null;
  const [before, after] = scope === 'file' ? [beforeAll, afterAll] : [beforeEach, afterEach];
  before(async () => {
    const dir = tempDir();
    const library = await miniLibrary(dir);
    current = { dir, library, dispatch: createDispatch({ library }) };
  });
  after(() => {
    current?.library.close();
    current?.dir.remove();
    current = null;
  });
  const now = () => {
    if (current === null) throw new Error('the mini library exists only while its tests run');
    return current;
  };
  return {
    get dir() {
      return now().dir;
    },
    get library() {
      return now().library;
    },
    get dispatch() {
      return now().dispatch;
    },
  };
}
