// Library files: creation never overwrites, a failed creation leaves nothing behind, and every
// write is one transaction.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countRecords } from '../../electron/core/repos/library-counts';
import { importBundle } from '../../electron/core/services/bundle-import';
import { parseBundle } from '../../shared/model/bundle-versions';
import { ensureLibrary } from '../../electron/core/services/sample-library';
import { Library, MINI_BUNDLE, miniLibrary, tempDir, type TempDir } from '../helpers/libraries';

let dir: TempDir;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

const miniJson = () =>
  JSON.parse(readFileSync(MINI_BUNDLE, 'utf8')) as { interventions: Record<string, unknown>[] };

describe('Library', () => {
  it('creates a library from a bundle with everything in it', async () => {
    const library = await miniLibrary(dir);
    expect(countRecords(library.db)).toEqual({
      interventions: 3,
      evaluations: 4,
      outcomeResults: 6,
      costItems: 4,
      organisations: 2,
    });
    library.close();
  });

  it('never overwrites an existing file', async () => {
    writeFileSync(dir.file('taken.ewb'), 'precious');
    await expect(Library.create(dir.file('taken.ewb'), { name: 'x' })).rejects.toThrow(/already exists/);
    expect(readFileSync(dir.file('taken.ewb'), 'utf8')).toBe('precious');
  });

  it('leaves no half-made file when filling it fails', async () => {
    const bad = miniJson();
    (bad.interventions[1] as { approachTypeId: string }).approachTypeId = 'juggling';
    const bundle = parseBundle(bad);
    await expect(
      Library.create(dir.file('half.ewb'), { name: 'x' }, { fill: (l) => importBundle(l, bundle) }),
    ).rejects.toThrow('interventions.1.approachTypeId: unknown approach type "juggling"');
    expect(existsSync(dir.file('half.ewb'))).toBe(false);
  });

  it('imports a bundle all or nothing, naming the record and field at fault', async () => {
    const library = await miniLibrary(dir);
    const before = countRecords(library.db);
    const extra = miniJson();
    extra.interventions = [
      { ...extra.interventions[2], id: 'delta-new', name: 'Delta' },
      { ...extra.interventions[2], id: 'alpha-mentoring' }, // clashes with an existing record
    ];
    expect(() => importBundle(library, parseBundle({ ...extra, organisations: [], documents: [] }))).toThrow(
      /UNIQUE constraint failed: interventions.id/,
    );
    expect(countRecords(library.db)).toEqual(before);
    library.close();
  });

  it('names the field of an invalid bundle', () => {
    const bad = miniJson();
    (bad.interventions[0] as { ageMin: number }).ageMin = 19;
    expect(() => parseBundle(bad)).toThrow(
      'interventions.0.ageMin: the minimum age must not exceed the maximum',
    );
  });

  it('puts the sample library in place once and never over an existing library', async () => {
    const path = dir.file('user', 'Evidence library.ewb');
    expect(await ensureLibrary(path, MINI_BUNDLE)).toEqual({ created: true });
    const library = await Library.open(path);
    library.write(() => library.db.prepare("DELETE FROM interventions WHERE id = 'gamma-triage'").run());
    library.close();
    expect(await ensureLibrary(path, MINI_BUNDLE)).toEqual({ created: false });
    const reopened = await Library.open(path);
    expect(countRecords(reopened.db).interventions).toBe(2);
    reopened.close();
  });
});
