// Damaged library files, on real copies of the sample library damaged the ways disks and crashes do
// (cut short; bytes flipped in the header, the schema page, interior and leaf b-tree pages, the
// freelist; a damaged write-ahead log beside it): each is found on opening, opened read-only (or,
// unreadable, stood in for by an empty read-only library), refuses every write, is never written
// (not by opening, writes, backups or the daily backup), never becomes a backup, and a good backup
// restores in its place while the damaged file is kept aside.
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../electron/core/api/dispatch';
import { backupFolder, writeVerifiedBackup } from '../../electron/core/db/backups';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { LibrarySession } from '../../electron/core/library-session';
import { checkLibraryFile } from '../../electron/core/services/check-library';
import { createLibraryFromBundle } from '../../electron/core/services/sample-library';
import type { ApiResult } from '../../shared/errors';
import type { LibraryInfo } from '../../shared/model/library';
import type { BackupList, RestoreOutcome } from '../../shared/model/library-files';
import { expectOk } from '../helpers/api';
import { ewb } from '../helpers/cli';
import {
  btreeHeaderOffset,
  copyLibrary,
  fileState,
  flipBytes,
  type PageMap,
  pageMap,
  pageOffset,
  sha256,
  truncateTo,
  WAL_FRAME_HEADER_BYTES,
  WAL_HEADER_BYTES,
} from '../helpers/damage';
import { Library, libraryChecksum, SAMPLE_BUNDLE, tempDir, type TempDir } from '../helpers/libraries';

const BY = 'Test Runner';
const BACKED_UP_AT = new Date('2026-11-20T09:00:00.000Z');

let dir: TempDir;
/** The sample library, closed, with some free pages (a dropped table) so it has a freelist. */
let healthy: string;
let map: PageMap;
let healthyChecksum: string;
/** The sample library closed with a write-ahead log still beside it, as after a crash. */
let crashed: string;

beforeAll(async () => {
  dir = tempDir();
  healthy = dir.file('healthy', 'Library.ewb');
  const library = await createLibraryFromBundle(healthy, SAMPLE_BUNDLE);
  library.db.exec(
    'CREATE TABLE scratch (x); INSERT INTO scratch SELECT randomblob(3000) FROM interventions; DROP TABLE scratch;',
  );
  healthyChecksum = libraryChecksum(library);
  library.close();
  map = pageMap(healthy);

  // Changes committed to the log and not yet to the file: the log is copied while they are there.
  crashed = dir.file('crashed', 'Library.ewb');
  copyLibrary(healthy, crashed);
  const writer = await Library.open(crashed);
  writer.db.pragma('wal_autocheckpoint = 0');
  const dispatch = createDispatch({ library: writer });
  for (let i = 0; i < 3; i++) {
    await expectOk(dispatch, 'organisations/save', {
      name: `Crash test trust ${i}`,
      kind: 'voluntary',
      by: BY,
    });
  }
  const frozen = dir.file('crashed', 'frozen.ewb');
  copyLibrary(crashed, frozen);
  writer.close();
  rmSync(crashed);
  copyLibrary(frozen, crashed);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${frozen}${suffix}`, { force: true });
  rmSync(`${crashed}-shm`, { force: true });
});
afterAll(() => dir.remove());

interface Damage {
  name: string;
  /** The file damaged: the healthy one, or the one with a write-ahead log beside it. */
  from: () => string;
  damage: (path: string) => void;
  /** Whether every table and index can still be read (else an empty library stands in for it). */
  readable: boolean;
}

const walFrameOffset = (frame: number) => WAL_HEADER_BYTES + frame * (WAL_FRAME_HEADER_BYTES + map.pageSize);

const DAMAGES: Damage[] = [
  {
    name: 'truncated at a page boundary',
    readable: false,
    from: () => healthy,
    damage: (p) => truncateTo(p, Math.floor(map.pageCount / 2) * map.pageSize),
  },
  {
    name: 'truncated mid-page',
    readable: true,
    from: () => healthy,
    damage: (p) => truncateTo(p, map.pageCount * map.pageSize - 1000),
  },
  // The page size field (bytes 16-17): SQLite cannot read the file at all.
  {
    name: 'header: page size',
    readable: false,
    from: () => healthy,
    damage: (p) => flipBytes(p, 16, 2, 0x5a),
  },
  // The freelist trunk page and count (bytes 32-39).
  { name: 'header: freelist', readable: true, from: () => healthy, damage: (p) => flipBytes(p, 32, 8, 0x33) },
  // Page 1's b-tree header, after the 100-byte file header: the schema itself.
  {
    name: 'schema page',
    readable: false,
    from: () => healthy,
    damage: (p) => flipBytes(p, btreeHeaderOffset(map, 1), 8, 0xff),
  },
  {
    name: 'b-tree interior page',
    readable: false,
    from: () => healthy,
    damage: (p) => flipBytes(p, btreeHeaderOffset(map, map.interior[0] as number), 12, 0xff),
  },
  {
    // The cell pointer array of a leaf in the middle of the file.
    name: 'b-tree leaf page',
    readable: false,
    from: () => healthy,
    damage: (p) =>
      flipBytes(p, pageOffset(map, map.leaf[Math.floor(map.leaf.length / 2)] as number) + 8, 6, 0xff),
  },
  {
    name: 'freelist trunk page',
    readable: true,
    from: () => healthy,
    damage: (p) => flipBytes(p, pageOffset(map, map.freelistTrunk as number) + 4, 4, 0x7f),
  },
  {
    // Page data of the first frame; commits follow it, so SQLite would drop them silently.
    name: 'write-ahead log: a frame',
    readable: true,
    from: () => crashed,
    damage: (p) => flipBytes(`${p}-wal`, walFrameOffset(0) + WAL_FRAME_HEADER_BYTES + 200, 4, 0xff),
  },
  {
    name: 'write-ahead log: its header',
    readable: true,
    from: () => crashed,
    damage: (p) => flipBytes(`${p}-wal`, 16, 4, 0xff),
  },
];

/** A copy of `from` with one verified backup of it (taken before the damage), then damaged. */
async function damagedCopy(damage: Damage, name = damage.name): Promise<{ path: string; backup: string }> {
  const folder = dir.file(name.replace(/[^a-z]+/g, '-'));
  const path = join(folder, 'Library.ewb');
  copyLibrary(damage.from(), path);
  const source = new Database(damage.from(), { readonly: true });
  try {
    const backup = await writeVerifiedBackup(source, path, 'daily', BACKED_UP_AT);
    damage.damage(path);
    return { path, backup: backup.fileName };
  } finally {
    source.close();
  }
}

/** Writes of every kind of record and file, with input valid for the sample library (read from it). */
async function writeCases(dispatch: Dispatch): Promise<[string, unknown][]> {
  const ok = <T>(method: string, input: unknown = {}) => expectOk<T>(dispatch, method, input);
  const interventions = (await ok<{ rows: { id: string }[] }>('interventions/list', { limit: 5 })).rows;
  const [first, second] = interventions.map((r) => r.id);
  const evaluation = (await ok<{ rows: { id: string }[] }>('evaluations/list', { limit: 1 })).rows[0]?.id;
  const result = (await ok<{ rows: { id: string }[] }>('outcome-results/list', { limit: 1 })).rows[0]?.id;
  const reference = await ok<{
    outcomeDomains: { id: string; groupId: string }[];
    outcomeGroups: { id: string }[];
  }>('reference/list');
  const [domain, other] = reference.outcomeDomains;
  const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n', 'latin1').toString(
    'base64',
  );
  return [
    ['organisations/save', { name: 'A new trust', kind: 'voluntary', by: BY }],
    ['outcome-groups/save', { name: 'Community', by: BY }],
    ['outcome-groups/move', { id: reference.outcomeGroups[1]?.id, position: 0, by: BY }],
    ['outcome-domains/move', { id: domain?.id, groupId: domain?.groupId, position: 1, by: BY }],
    ['approach-types/save', { name: 'Detached youth work', by: BY }],
    ['areas/save', { name: 'Kent', kind: 'region', by: BY }],
    ['value-settings/save', { priceYear: 2020, by: BY }],
    [
      'price-index/replace',
      {
        rows: [
          { year: 2010, value: 90 },
          { year: 2011, value: 92 },
        ],
        source: 'Test index',
        by: BY,
      },
    ],
    ['baseline-rates/save', { outcomeDomainId: domain?.id, rate: 0.3, source: 'A survey (test)', by: BY }],
    ['views/save', { screen: 'catalogue', name: 'Mine', state: {} }],
    ['shortlist/add', { interventionId: first, by: BY }],
    [
      'ratings/override',
      { interventionId: first, frameworkId: 'project-oracle', level: '2', reason: 'Tested', by: BY },
    ],
    ['ratings/clear-override', { interventionId: first, frameworkId: 'project-oracle', by: BY }],
    ['shortlist/remove', { interventionId: first, by: BY }],
    [
      'unit-costs/save',
      { name: 'A day in school', amount: 40, currency: 'GBP', priceYear: 2020, source: 'A test', by: BY },
    ],
    [
      'attachments/add',
      { owner: { kind: 'intervention', id: first }, fileName: 'a.pdf', content: pdf, by: BY },
    ],
    ['outcome-domains/merge', { id: domain?.id, intoId: other?.id, by: BY }],
    ['outcome-results/delete', { id: result, by: BY, confirm: true }],
    ['evaluations/delete', { id: evaluation, by: BY, confirm: true }],
    ['interventions/delete', { id: second, by: BY, confirm: true }],
    ['history/undo', { by: BY }],
  ];
}

function session(): LibrarySession {
  const clock = { now: new Date('2026-11-26T09:00:00.000Z') };
  return new LibrarySession({ typedPaths: true, now: () => clock.now });
}

async function refusal(dispatch: Dispatch, method: string, input: unknown) {
  const result: ApiResult<unknown> = await dispatch(method, input);
  if (result.ok) throw new Error(`${method} was expected to be refused`);
  return result.error;
}

let writes: [string, unknown][];
beforeAll(async () => {
  const copy = copyLibrary(healthy, dir.file('writable', 'Library.ewb'));
  const s = session();
  try {
    await s.open(copy);
    writes = await writeCases(s.dispatch);
  } finally {
    s.close();
  }
});

describe('the write cases', () => {
  it('are each accepted by a healthy copy, so their refusal below is the damage at work', async () => {
    const s = session();
    try {
      await s.open(dir.file('writable', 'Library.ewb'));
      for (const [method, input] of writes) await expectOk(s.dispatch, method, input);
    } finally {
      s.close();
    }
  });
});

describe.each(DAMAGES)('a library file damaged: $name', (damage) => {
  let path: string;
  let backup: string;
  let before: string;
  beforeAll(async () => {
    ({ path, backup } = await damagedCopy(damage));
    before = fileState(path);
  });

  it('is reported by ewb check, which writes nothing', () => {
    const report = checkLibraryFile(path);
    expect(report.ok).toBe(false);
    expect(report.problems.length).toBeGreaterThan(0);
    expect(fileState(path)).toBe(before);
  });

  it('is found on opening, opened read-only and left exactly as it was', async () => {
    const library = await Library.open(path);
    try {
      expect(library.damage?.problems.length).toBeGreaterThan(0);
      expect(library.damage?.readable).toBe(damage.readable);
      expect(library.readOnlyReason).toMatch(/Library\.ewb is damaged .*has not been changed/);
      expect(() => library.write(() => library.db.prepare('DELETE FROM interventions').run())).toThrow(
        expect.objectContaining({ code: 'READ_ONLY' }) as Error,
      );
      expect(() => library.db.prepare('DELETE FROM interventions').run()).toThrow();
    } finally {
      library.close();
    }
    expect(fileState(path)).toBe(before);
  });

  it('refuses every write, backup and copy, takes no daily backup, and is never written', async () => {
    const s = session();
    try {
      await s.open(path);
      const info = await expectOk<LibraryInfo>(s.dispatch, 'library/info', {});
      expect(info.damage).toEqual(s.library?.damage);
      expect(info.readOnlyReason).toMatch(/damaged/);
      for (const [method, input] of writes) {
        expect.soft(await refusal(s.dispatch, method, input), method).toMatchObject({ code: 'READ_ONLY' });
      }
      expect(await refusal(s.dispatch, 'backups/create', {})).toMatchObject({ code: 'READ_ONLY' });
      expect(
        await refusal(s.dispatch, 'library-files/save-copy', { path: join(dirname(path), 'Copy.ewb') }),
      ).toMatchObject({ code: 'READ_ONLY' });
      expect(existsSync(join(dirname(path), 'Copy.ewb'))).toBe(false);
      // The newest backup is days old, so a healthy library would be backed up now.
      expect(await s.checkDailyBackup()).toBeNull();
      const list = await expectOk<BackupList>(s.dispatch, 'backups/list', {});
      expect(list.backups.map((b) => b.fileName)).toEqual([backup]);
      expect(readdirSync(backupFolder(path))).toEqual([backup]);
    } finally {
      s.close();
    }
    expect(fileState(path)).toBe(before);
  });

  it('restores a good backup in its place, keeping the damaged file aside unchanged', async () => {
    const damagedBytes = sha256(path);
    const s = session();
    try {
      await s.open(path);
      const outcome = await expectOk<RestoreOutcome>(s.dispatch, 'backups/restore', { fileName: backup });
      expect(outcome.safetyBackup).toBeNull();
      expect(outcome.restored.fileName).toBe(backup);
      const aside = outcome.damagedFile as string;
      expect(basename(aside)).toBe('Library.ewb.damaged-2026-11-26T09-00-00-000Z');
      expect(sha256(aside)).toBe(damagedBytes);
      if (damage.from() === crashed) expect(existsSync(`${aside}-wal`)).toBe(true);
      const info = await expectOk<LibraryInfo>(s.dispatch, 'library/info', {});
      expect(info.damage).toBeNull();
      expect(info.readOnlyReason).toBeNull();
      expect(s.library?.damage).toBeNull();
      if (damage.from() === healthy) expect(libraryChecksum(s.library as Library)).toBe(healthyChecksum);
      // The restored library takes writes again; the damaged file never became a backup.
      await expectOk(s.dispatch, 'organisations/save', {
        name: 'After the restore',
        kind: 'voluntary',
        by: BY,
      });
      const backups = readdirSync(backupFolder(path));
      expect(backups.every((name) => !name.includes('damaged'))).toBe(true);
    } finally {
      s.close();
    }
  });
});

describe('a damaged library of an older format', () => {
  it('is not migrated: no backup is taken of it and it is not written', async () => {
    const older = dir.file('older', 'Library.ewb');
    copyLibrary(healthy, older);
    const raw = new Database(older);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION - 1}`);
    raw.close();
    (DAMAGES.find((d) => d.name === 'freelist trunk page') as Damage).damage(older);
    const before = fileState(older);
    const library = await Library.open(older);
    try {
      expect(library.damage).not.toBeNull();
      expect(library.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION - 1);
    } finally {
      library.close();
    }
    expect(existsSync(backupFolder(older))).toBe(false);
    expect(fileState(older)).toBe(before);
  });
});

describe('a library closed with its write-ahead log intact (a crash, no damage)', () => {
  it('opens normally and keeps the changes in the log', async () => {
    const path = copyLibrary(crashed, dir.file('intact-wal', 'Library.ewb'));
    expect(checkLibraryFile(path).problems).toEqual([]);
    const library = await Library.open(path);
    try {
      expect(library.damage).toBeNull();
      expect(library.readOnlyReason).toBeNull();
      const names = library.db
        .prepare("SELECT name FROM organisations WHERE name LIKE 'Crash test%'")
        .pluck()
        .all();
      expect(names).toHaveLength(3);
    } finally {
      library.close();
    }
  });
});

describe('a file SQLite cannot read at all', () => {
  it('is stood in for by an empty read-only library that still lists the file’s backups', async () => {
    const { path, backup } = await damagedCopy(DAMAGES[2] as Damage, 'unreadable');
    const before = fileState(path);
    const s = session();
    try {
      await s.open(path);
      expect(s.library?.damage?.readable).toBe(false);
      const info = await expectOk<LibraryInfo>(s.dispatch, 'library/info', {});
      expect(info).toMatchObject({ fileName: 'Library.ewb', counts: { interventions: 0 } });
      expect(info.readOnlyReason).toMatch(/cannot be read/);
      const list = await expectOk<BackupList>(s.dispatch, 'backups/list', {});
      expect(list.backups.map((b) => b.fileName)).toEqual([backup]);
    } finally {
      s.close();
    }
    expect(fileState(path)).toBe(before);
  });
});

describe('the ewb command on a damaged library', () => {
  const byName = (name: string) => DAMAGES.find((d) => d.name === name) as Damage;

  it('check reports the damage with a non-zero exit and writes nothing', async () => {
    const { path } = await damagedCopy(byName('write-ahead log: a frame'), 'cli check');
    const before = fileState(path);
    const run = ewb('check', '--library', path);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^problem: damaged write-ahead log: frame 1 of \d+ fails its checksum/m);
    expect(fileState(path)).toBe(before);
  });

  it('a command that writes refuses in one line; one that reads goes on where the file can be read', async () => {
    const { path } = await damagedCopy(byName('freelist trunk page'), 'cli import');
    const before = fileState(path);
    const csv = join(dirname(path), 'new.csv');
    writeFileSync(csv, 'name\nA new programme\n');
    const imported = ewb('import', '--library', path, '--format', 'csv', csv);
    expect(imported.status).toBe(1);
    expect(imported.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^ewb import: Library\.ewb is damaged \(integrity: .*\); it was left unchanged and nothing was written/,
      ),
    ]);
    const info = ewb('info', '--library', path);
    expect(info.status).toBe(0);
    expect(info.stdout).toMatch(/interventions: \d+/);
    expect(info.stderr).toMatch(/^warning: Library\.ewb is damaged/);
    expect(fileState(path)).toBe(before);
  });

  it('a file that cannot be read at all is refused by every command but check', async () => {
    const { path } = await damagedCopy(byName('header: page size'), 'cli unreadable');
    const before = fileState(path);
    const info = ewb('info', '--library', path);
    expect(info.status).toBe(1);
    expect(info.stderr).toMatch(/^ewb info: Library\.ewb is damaged .*nothing was read/);
    expect(fileState(path)).toBe(before);
  });
});
