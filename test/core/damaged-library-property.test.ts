// Random damage (seeded, so a failure can be replayed): a few bytes flipped anywhere in a random page
// of a real library, past the 100-byte file header (whose fields damaged-library.test.ts damages one
// by one). Opening either finds the damage, or passes quick_check and reads every row; it never
// throws and never changes the file.
import { copyFileSync, rmSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/core/api/dispatch';
import { createLibraryFromBundle } from '../../electron/core/services/sample-library';
import type { LibraryInfo } from '../../shared/model/library';
import { expectOk } from '../helpers/api';
import { flipBytes, type PageMap, pageMap, pageOffset, sha256 } from '../helpers/damage';
import { Library, SAMPLE_BUNDLE, tempDir, type TempDir } from '../helpers/libraries';

const FILE_HEADER_BYTES = 100;

let dir: TempDir;
let healthy: string;
let map: PageMap;

beforeAll(async () => {
  dir = tempDir();
  healthy = dir.file('healthy.ewb');
  const library = await createLibraryFromBundle(healthy, SAMPLE_BUNDLE);
  // Some free pages, so the freelist can be hit too.
  library.db.exec(
    'CREATE TABLE scratch (x); INSERT INTO scratch SELECT randomblob(3000) FROM interventions; DROP TABLE scratch;',
  );
  library.close();
  map = pageMap(healthy);
});
afterAll(() => dir.remove());

/** Every row of every table, read: what "the data is readable" means. */
function readEveryRow(library: Library): number {
  const tables = library.db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")
    .pluck()
    .all() as string[];
  let rows = 0;
  for (const table of tables) rows += library.db.prepare(`SELECT * FROM "${table}"`).all().length;
  return rows;
}

describe('random bytes flipped in random pages', () => {
  it('are found on opening, or leave a library that passes quick_check and reads whole; the file never changes', async () => {
    let run = 0;
    const found = { damaged: 0, unreadable: 0, unnoticed: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: map.pageCount }),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 255 }),
        async (page, where, length, mask) => {
          const path = dir.file(`random-${run++}.ewb`);
          copyFileSync(healthy, path);
          const start = page === 1 ? FILE_HEADER_BYTES : 0;
          const within = start + Math.floor(where * (map.pageSize - start - length));
          flipBytes(path, pageOffset(map, page) + within, length, mask);
          const before = sha256(path);
          const library = await Library.open(path);
          try {
            if (library.damage === null) {
              found.unnoticed++;
              expect(library.db.pragma('quick_check', { simple: true })).toBe('ok');
              expect(readEveryRow(library)).toBeGreaterThan(0);
              const info = await expectOk<LibraryInfo>(createDispatch({ library }), 'library/info', {});
              expect(info.readOnlyReason).toBeNull();
            } else {
              found[library.damage.readable ? 'damaged' : 'unreadable']++;
              expect(library.readOnlyReason).toMatch(/is damaged/);
              await expectOk<LibraryInfo>(createDispatch({ library }), 'library/info', {});
            }
          } finally {
            library.close();
          }
          expect(sha256(path)).toBe(before);
          for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
        },
      ),
      { seed: 20261126, numRuns: 120 },
    );
    // The seed reaches both outcomes: a test of detection that never detects proves nothing.
    expect(found.damaged + found.unreadable).toBeGreaterThan(0);
    expect(found.unnoticed).toBeGreaterThan(0);
  }, 120_000);
});
