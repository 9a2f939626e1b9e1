// Migration 10 adds the remembered import mappings to a version-7 library, keeping its data.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { tempDir, type TempDir } from '../../helpers/libraries';

let dir: TempDir;
let db: Database.Database;

beforeEach(async () => {
  dir = tempDir();
  db = new Database(dir.file('v7.ewb'));
  await migrate(
    db,
    dir.file('v7.ewb'),
    0,
    new Date(),
    MIGRATIONS.filter((m) => m.version <= 7),
  );
  db.exec("INSERT INTO saved_views (id, screen, name, state) VALUES ('v', 'catalogue', 'Kept', '{}')");
});
afterEach(() => {
  db.close();
  dir.remove();
});

describe('migration 010: import mappings', () => {
  it('upgrades a version-7 library, keeping its data, with one mapping per entity and header set', async () => {
    await migrate(db, dir.file('v7.ewb'), 7, new Date(), MIGRATIONS);
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(10);
    expect(db.prepare('SELECT name FROM saved_views').all()).toEqual([{ name: 'Kept' }]);
    const insert = db.prepare('INSERT INTO import_mappings (entity, header_key, mapping) VALUES (?, ?, ?)');
    insert.run('interventions', 'name|summary', '{"Name":"name"}');
    expect(() => insert.run('interventions', 'name|summary', '{}')).toThrow(/UNIQUE/);
    expect(() => insert.run('organisations', 'name', 'not json')).toThrow(/CHECK/);
  });
});
