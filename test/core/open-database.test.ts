// Opening library files: pragmas, refusing newer or foreign files without touching them, and
// migrating after a backup, one transaction per version.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, migrate } from '../../electron/core/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/core/db/migrations';
import { openDatabase } from '../../electron/core/db/open-database';
import type { ApiFailure } from '../../shared/errors';
import { Library, miniLibrary, tempDir, type TempDir } from '../helpers/libraries';

let dir: TempDir;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

async function libraryAtVersion(version: number): Promise<string> {
  const library = await miniLibrary(dir);
  library.close();
  const raw = new Database(library.path);
  raw.pragma(`user_version = ${version}`);
  raw.close();
  return library.path;
}

describe('openDatabase', () => {
  it('sets WAL, full synchronous writes and foreign keys', async () => {
    const { db } = await openDatabase(dir.file('new.ewb'), { create: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('does not create a file unless asked to', async () => {
    await expect(openDatabase(dir.file('absent.ewb'))).rejects.toThrow(/no library file/);
    expect(existsSync(dir.file('absent.ewb'))).toBe(false);
  });

  it('refuses to write to a library from a newer version and leaves it untouched', async () => {
    const path = await libraryAtVersion(LATEST_SCHEMA_VERSION + 1);
    const before = sha256(path);
    const library = await Library.open(path);
    expect(library.readOnlyReason).toMatch(/newer version of Evidence Workbench/);
    expect(() => library.write(() => library.db.prepare('DELETE FROM interventions').run())).toThrow(
      expect.objectContaining({ code: 'READ_ONLY' }) as ApiFailure,
    );
    // Even a raw statement cannot write through this connection.
    expect(() => library.db.prepare('DELETE FROM interventions').run()).toThrow();
    library.close();
    expect(sha256(path)).toBe(before);
  });

  it('refuses files that are not libraries, naming the file', async () => {
    writeFileSync(dir.file('notes.ewb'), 'these are not the tables you are looking for');
    await expect(Library.open(dir.file('notes.ewb'))).rejects.toThrow(
      /notes\.ewb is not an Evidence Workbench library/,
    );
    const other = new Database(dir.file('other.db'));
    other.exec('CREATE TABLE t (x)');
    other.close();
    const before = sha256(dir.file('other.db'));
    await expect(Library.open(dir.file('other.db'))).rejects.toThrow(
      /SQLite file but not an Evidence Workbench library/,
    );
    expect(sha256(dir.file('other.db'))).toBe(before);
  });
});

describe('migrate', () => {
  const addNotes = {
    version: LATEST_SCHEMA_VERSION + 1,
    name: 'test: notes column',
    up: (db: Database.Database) => db.exec('ALTER TABLE interventions ADD COLUMN notes TEXT'),
  };

  it('backs the file up with the online backup API before migrating it', async () => {
    const path = await libraryAtVersion(LATEST_SCHEMA_VERSION);
    const db = new Database(path);
    const backups = await migrate(db, path, LATEST_SCHEMA_VERSION, new Date('2026-01-02T03:04:05Z'), [
      ...MIGRATIONS,
      addNotes,
    ]);
    expect(db.pragma('user_version', { simple: true })).toBe(addNotes.version);
    db.close();
    expect(backups).toHaveLength(1);
    const backup = new Database(backups[0] as string, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((backup.prepare('SELECT count(*) AS n FROM interventions').get() as { n: number }).n).toBe(3);
    backup.close();
  });

  it('rolls a failing migration back completely, keeping the previous version', async () => {
    const path = await libraryAtVersion(LATEST_SCHEMA_VERSION);
    const db = new Database(path);
    const failing = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'test: fails half-way',
      up: (d: Database.Database) => {
        d.exec('ALTER TABLE interventions ADD COLUMN notes TEXT');
        d.exec('DELETE FROM interventions');
        throw new Error('boom');
      },
    };
    await expect(
      migrate(db, path, LATEST_SCHEMA_VERSION, new Date(), [...MIGRATIONS, failing]),
    ).rejects.toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect((db.prepare('SELECT count(*) AS n FROM interventions').get() as { n: number }).n).toBe(3);
    const columns = (db.prepare('PRAGMA table_info(interventions)').all() as { name: string }[]).map(
      (c) => c.name,
    );
    expect(columns).not.toContain('notes');
    db.close();
  });

  it('needs no backup for a brand-new file', async () => {
    const db = new Database(dir.file('fresh.ewb'));
    expect(await migrate(db, dir.file('fresh.ewb'), 0, new Date(), MIGRATIONS)).toEqual([]);
    db.close();
  });
});
