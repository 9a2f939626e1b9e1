// Library files and backups on real files in temporary folders: New, Open, Save a copy and the
// recent list by typed path (the browser-served mode), backups checked with integrity_check, kept
// to the limit, taken daily by an injected clock, a damaged one discarded, and restore round trips.
import { closeSync, openSync, readdirSync, writeFileSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../shared/errors';
import type {
  BackupList,
  BackupMade,
  LibrarySwitched,
  RecentLibrary,
  RestoreOutcome,
} from '../../shared/model/library-files';
import type { LibraryInfo } from '../../shared/model/library';
import { createDispatch } from '../../electron/core/api/dispatch';
import { backupFolder, backupPath } from '../../electron/core/db/backups';
import { APPLICATION_ID } from '../../electron/core/db/migrate';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { LibrarySession, type LibrarySessionOptions } from '../../electron/core/library-session';
import { RECENT_LIBRARIES_FILE, recentLibraries } from '../../electron/core/recent-libraries';
import { expectOk } from '../helpers/api';
import {
  Library,
  libraryChecksum,
  MINI_BUNDLE,
  SAMPLE_BUNDLE,
  tempDir,
  type TempDir,
} from '../helpers/libraries';

const BY = 'Test Runner';
const HOUR = 60 * 60 * 1000;

let dir: TempDir;
let sessions: LibrarySession[] = [];
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => {
  for (const s of sessions) s.close();
  sessions = [];
  dir.remove();
});

/** A session on a copy of the mini library, with a clock the test moves. */
async function session(options: LibrarySessionOptions & { bundle?: string } = {}) {
  const clock = { now: new Date('2026-11-20T09:00:00.000Z') };
  const s = new LibrarySession({
    typedPaths: true,
    recent: recentLibraries(dir.file('user', RECENT_LIBRARIES_FILE)),
    now: () => clock.now,
    ...options,
  });
  sessions.push(s);
  const path = dir.file('Main.ewb');
  await s.createFromSample(path, options.bundle ?? MINI_BUNDLE);
  const advance = (ms: number) => {
    clock.now = new Date(clock.now.getTime() + ms);
  };
  return {
    s,
    path,
    clock,
    advance,
    ok: <T>(method: string, input: unknown = {}) => expectOk<T>(s.dispatch, method, input),
  };
}

async function refused(s: LibrarySession, method: string, input: unknown) {
  const result: ApiResult<unknown> = await s.dispatch(method, input);
  if (result.ok) throw new Error(`${method} was expected to fail`);
  return result.error;
}

function integrity(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

function count(library: Library, table: string): number {
  return (library.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

describe('backups', () => {
  it('takes the first daily backup on open, and one written by hand passes integrity_check', async () => {
    const { ok, path, advance } = await session();
    let list = await ok<BackupList>('backups/list');
    // A library with no backup gets one when it is opened.
    expect(list.backups.map((b) => b.kind)).toEqual(['daily']);
    advance(60_000);
    const made = await ok<BackupMade>('backups/create');
    expect(made.backup).toMatchObject({ kind: 'manual', schemaVersion: LATEST_SCHEMA_VERSION });
    const file = join(backupFolder(path), made.backup.fileName);
    expect(integrity(file)).toBe('ok');
    // One self-contained file: no WAL beside it, so it can be copied or e-mailed as it is.
    expect(readdirSync(backupFolder(path)).filter((f) => f.endsWith('-wal'))).toEqual([]);
    list = await ok<BackupList>('backups/list');
    expect(list.backups.map((b) => b.fileName)).toEqual([made.backup.fileName, list.backups[1]?.fileName]);
    expect(list.backups[0]).toMatchObject({
      sizeBytes: made.backup.sizeBytes,
      verifiedAt: expect.any(String),
    });
    expect(list.limit).toBe(10);
    expect(list.discarded).toEqual([]);
  });

  it('keeps the newest backups up to the limit', async () => {
    const { ok, path, advance } = await session({ backupLimit: 3 });
    const names: string[] = [];
    for (let i = 0; i < 5; i++) {
      advance(60_000);
      names.push((await ok<BackupMade>('backups/create')).backup.fileName);
    }
    const list = await ok<BackupList>('backups/list');
    expect(list.backups.map((b) => b.fileName)).toEqual(names.slice(2).reverse());
    expect(readdirSync(backupFolder(path)).sort()).toEqual(names.slice(2).sort());
  });

  it('takes a daily backup only when the newest is a day old, while the library is open', async () => {
    const { s, ok, advance } = await session();
    expect((await ok<BackupList>('backups/list')).backups).toHaveLength(1);
    advance(23 * HOUR);
    expect(await s.checkDailyBackup()).toBeNull();
    advance(1 * HOUR);
    const made = await s.checkDailyBackup();
    expect(made?.backup.kind).toBe('daily');
    expect(made?.backup.createdAt).toBe('2026-11-21T09:00:00.000Z');
    expect(await s.checkDailyBackup()).toBeNull();
    expect((await ok<BackupList>('backups/list')).backups).toHaveLength(2);
  });

  it('takes the daily backup when a library whose newest backup is over a day old is opened', async () => {
    const { s, ok, path, advance } = await session();
    const other = dir.file('Other.ewb');
    await ok('library-files/create', { path: other });
    advance(25 * HOUR);
    await ok('library-files/open', { path });
    const list = await ok<BackupList>('backups/list');
    expect(list.backups.map((b) => b.createdAt)).toEqual([
      '2026-11-21T10:00:00.000Z',
      '2026-11-20T09:00:00.000Z',
    ]);
    expect(s.library?.path).toBe(path);
  });

  it('removes and reports a damaged backup, never counting it', async () => {
    const { ok, path, advance } = await session({ backupLimit: 2 });
    advance(60_000);
    const damaged = (await ok<BackupMade>('backups/create')).backup.fileName;
    const file = join(backupFolder(path), damaged);
    // Scribble over every page after the first: the header still says SQLite, the tree is gone.
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(8192, 0xa5), 0, 8192, 4096);
    closeSync(fd);
    const list = await ok<BackupList>('backups/list');
    expect(list.discarded.map((d) => d.fileName)).toEqual([damaged]);
    expect(list.discarded[0]?.problem).not.toBe('');
    expect(list.backups.map((b) => b.fileName)).not.toContain(damaged);
    expect(readdirSync(backupFolder(path))).not.toContain(damaged);
    // Reported once.
    expect((await ok<BackupList>('backups/list')).discarded).toEqual([]);
  });

  it('restores a backup into the open library, after backing up the state it replaces', async () => {
    const { s, ok, advance } = await session();
    const before = libraryChecksum(s.library as Library);
    advance(60_000);
    const backup = (await ok<BackupMade>('backups/create')).backup;
    await ok('interventions/delete', { id: 'alpha-mentoring', by: BY, confirm: true });
    const changed = libraryChecksum(s.library as Library);
    expect(changed).not.toBe(before);

    advance(60_000);
    const restoring = ok<RestoreOutcome>('backups/restore', { fileName: backup.fileName });
    // A call made while the library is closed for the restore waits, then reads the restored one.
    const old = s.library;
    while (s.library === old) await new Promise((r) => setImmediate(r));
    expect(s.library).toBeNull();
    const during = ok<LibraryInfo>('library/info');
    const restored = await restoring;
    expect((await during).counts.interventions).toBe(3);
    expect(restored.restored.fileName).toBe(backup.fileName);
    expect(restored.safetyBackup?.kind).toBe('before-restore');
    expect(restored.damagedFile).toBeNull();
    expect(libraryChecksum(s.library as Library)).toBe(before);
    expect((await ok<LibraryInfo>('library/info')).counts.interventions).toBe(3);

    // The restore can itself be undone from the backup taken before it.
    advance(60_000);
    await ok('backups/restore', { fileName: restored.safetyBackup?.fileName });
    expect(libraryChecksum(s.library as Library)).toBe(changed);
    expect(integrity(s.library?.path as string)).toBe('ok');
  });

  it('refuses to restore a backup that is not in the list', async () => {
    const { s } = await session();
    expect(await refused(s, 'backups/restore', { fileName: 'nothing.ewb' })).toMatchObject({
      code: 'NOT_FOUND',
      field: 'fileName',
    });
    expect(await refused(s, 'backups/restore', { fileName: '../Main.ewb' })).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'fileName',
    });
  });

  it('lists a backup from a newer version but will not restore it', async () => {
    const { s, ok, path } = await session();
    const newer = backupPath(path, LATEST_SCHEMA_VERSION + 1, new Date('2026-11-19T00:00:00.000Z'), 'manual');
    (await Library.create(newer, { name: 'Newer' })).close();
    const db = new Database(newer);
    db.pragma('journal_mode = DELETE');
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const listed = (await ok<BackupList>('backups/list')).backups.find(
      (b) => b.schemaVersion > LATEST_SCHEMA_VERSION,
    );
    expect(listed?.fileName).toBe(basename(newer));
    expect(await refused(s, 'backups/restore', { fileName: basename(newer) })).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/newer version/),
    });
  });

  it('checks the backup taken before a migration', async () => {
    const { s, path } = await session();
    s.close();
    const old = new Database(path);
    old.pragma(`user_version = ${LATEST_SCHEMA_VERSION - 1}`);
    old.close();
    // Reopening migrates (the last migration is re-runnable on this data) after a checked backup.
    const reopened = new LibrarySession({ now: () => new Date('2026-11-22T00:00:00.000Z') });
    sessions.push(reopened);
    await reopened.open(path).catch(() => undefined);
    const names = readdirSync(backupFolder(path));
    const migration = names.find(
      (n) => n.includes(`-v${LATEST_SCHEMA_VERSION - 1}-`) && n.endsWith('-migration.ewb'),
    );
    expect(migration).toBeDefined();
    expect(integrity(join(backupFolder(path), migration as string))).toBe('ok');
  });
});

describe('library files by typed path', () => {
  it('creates an empty library, opens the previous one from the recent list, and marks the current one', async () => {
    const { ok, path } = await session();
    const created = await ok<LibrarySwitched>('library-files/create', { path: dir.file('Empty') });
    expect(created.fileName).toBe('Empty.ewb');
    const info = await ok<LibraryInfo>('library/info');
    expect(info.name).toBe('Empty');
    expect(info.counts.interventions).toBe(0);
    const recent = await ok<RecentLibrary[]>('library-files/recent');
    expect(recent.map((r) => [r.fileName, r.current])).toEqual([
      ['Empty.ewb', true],
      ['Main.ewb', false],
    ]);
    await ok('library-files/open', { path: recent[1]?.path });
    expect((await ok<LibraryInfo>('library/info')).counts.interventions).toBe(3);
    expect(path).toBe(recent[1]?.path);
  });

  it('saves a copy while the library is being written, and the copy is a whole library', async () => {
    const { s, ok } = await session({ bundle: SAMPLE_BUNDLE });
    const library = s.library as Library;
    const before = count(library, 'organisations');
    const target = dir.file('Copy.ewb');
    const copying = ok<{ path: string; sizeBytes: number }>('library-files/save-copy', { path: target });
    // Writes keep coming while the copy is made, between the backup's steps.
    let written = 0;
    const writing = (async () => {
      for (let i = 0; i < 40; i++) {
        await ok('organisations/save', { name: `Copy test trust ${i}`, kind: 'voluntary', by: BY });
        written++;
        await new Promise((r) => setImmediate(r));
      }
    })();
    let writtenWhileCopying = 0;
    const [saved] = await Promise.all([copying.finally(() => (writtenWhileCopying = written)), writing]);
    expect(writtenWhileCopying).toBeGreaterThan(0);
    expect(saved.path).toBe(target);
    expect(integrity(target)).toBe('ok');
    const copy = await Library.open(target);
    try {
      const copied = count(copy, 'organisations');
      expect(copied).toBeGreaterThanOrEqual(before);
      expect(copied).toBeLessThanOrEqual(before + written);
      expect(copy.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    } finally {
      copy.close();
    }
    // The open library is still the original, with every write.
    expect(s.library?.path).toBe(dir.file('Main.ewb'));
    expect(count(library, 'organisations')).toBe(before + 40);
  });

  it('refuses to overwrite, names missing or unusable folders, and refuses files that are not libraries', async () => {
    const { s, path } = await session();
    for (const method of ['library-files/create', 'library-files/save-copy']) {
      expect(await refused(s, method, { path })).toMatchObject({ code: 'CONFLICT', field: 'path' });
      expect(await refused(s, method, { path: dir.file('no', 'such', 'x.ewb') })).toMatchObject({
        code: 'NOT_FOUND',
        field: 'path',
      });
      expect(await refused(s, method, { path: join(path, 'inside.ewb') })).toMatchObject({
        code: 'INVALID_INPUT',
        field: 'path',
      });
      expect(await refused(s, method, { path: 'relative.ewb' })).toMatchObject({ field: 'path' });
    }
    const notes = dir.file('notes.ewb');
    writeFileSync(notes, 'plain text, not SQLite');
    expect(await refused(s, 'library-files/open', { path: notes })).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'path',
      message: expect.stringMatching(/not an Evidence Workbench library/),
    });
    expect(await refused(s, 'library-files/open', { path: dir.file('gone.ewb') })).toMatchObject({
      code: 'NOT_FOUND',
      field: 'path',
    });
    expect(s.library?.path).toBe(path);
  });

  it('opens a library from a newer version read-only, saying why', async () => {
    const { s, ok } = await session();
    const newer = dir.file('Newer.ewb');
    await (await Library.create(newer, { name: 'Newer' })).close();
    const db = new Database(newer);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const switched = await ok<LibrarySwitched>('library-files/open', { path: newer });
    expect(switched.readOnlyReason).toMatch(/newer version/);
    expect(await refused(s, 'backups/restore', { fileName: 'x.ewb' })).toMatchObject({ code: 'READ_ONLY' });
  });

  it('takes no typed path in the desktop app, which asks in its own dialogs', async () => {
    const { s } = await session({ typedPaths: false });
    for (const method of ['library-files/open', 'library-files/create', 'library-files/save-copy']) {
      expect(await refused(s, method, { path: dir.file('x.ewb') })).toMatchObject({ code: 'FORBIDDEN' });
    }
    // Backups name no path, so the desktop app offers them too.
    expect((await expectOk<BackupList>(s.dispatch, 'backups/list', {})).backups).toHaveLength(1);
  });

  it('is refused where no session owns the library (the CLI)', async () => {
    const library = await Library.create(dir.file('Cli.ewb'), { name: 'Cli' });
    const result = await createDispatch({ library })('backups/list', {});
    library.close();
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
