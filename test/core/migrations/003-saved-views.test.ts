// Migration 3 adds saved views to a version-2 library, keeping its data.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { tempDir, type TempDir } from '../../helpers/libraries';

let dir: TempDir;
let db: Database.Database;

beforeEach(async () => {
  dir = tempDir();
  db = new Database(dir.file('v2.ewb'));
  await migrate(db, dir.file('v2.ewb'), 0, new Date(), MIGRATIONS.slice(0, 2));
  db.exec("INSERT INTO library_settings (key, value) VALUES ('name', 'Kept')");
});
afterEach(() => {
  db.close();
  dir.remove();
});

describe('migration 003: saved views', () => {
  it('upgrades a version-2 library, keeping its data, with one name per view and screen', async () => {
    await migrate(db, dir.file('v2.ewb'), 2, new Date(), MIGRATIONS.slice(0, 3));
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(db.prepare("SELECT value FROM library_settings WHERE key = 'name'").get()).toEqual({
      value: 'Kept',
    });
    const insert = db.prepare(
      "INSERT INTO saved_views (id, screen, name, state) VALUES (?, 'catalogue', ?, ?)",
    );
    insert.run('a', 'Mine', '{}');
    expect(() => insert.run('b', 'Mine', '{}')).toThrow(/UNIQUE/);
    expect(() => insert.run('c', 'Broken', 'not json')).toThrow(/CHECK/);
  });
});
