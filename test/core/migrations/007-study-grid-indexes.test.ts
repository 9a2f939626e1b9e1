// Migration 7 adds the study grids' indexes to a version-6 library, keeping its data.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { tempDir, type TempDir } from '../../helpers/libraries';

let dir: TempDir;
let db: Database.Database;

beforeEach(async () => {
  dir = tempDir();
  db = new Database(dir.file('v6.ewb'));
  await migrate(
    db,
    dir.file('v6.ewb'),
    0,
    new Date(),
    MIGRATIONS.filter((m) => m.version <= 6),
  );
  db.exec("INSERT INTO saved_views (id, screen, name, state) VALUES ('v', 'catalogue', 'Kept', '{}')");
});
afterEach(() => {
  db.close();
  dir.remove();
});

describe('migration 007: study grid indexes', () => {
  it('upgrades a version-6 library, keeping its data, with an index per grid filter and default order', async () => {
    await migrate(
      db,
      dir.file('v6.ewb'),
      6,
      new Date(),
      MIGRATIONS.filter((m) => m.version <= 7),
    );
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(db.prepare('SELECT name FROM saved_views').all()).toEqual([{ name: 'Kept' }]);
    const indexes = (
      db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL").all() as {
        name: string;
      }[]
    ).map((r) => r.name);
    expect(indexes).toEqual(
      expect.arrayContaining([
        'evaluations_title',
        'evaluations_design',
        'evaluations_year',
        'evaluations_sms',
        'evaluations_country',
        'evaluations_place',
        'outcome_results_measure',
        'outcome_results_data_type',
        'outcome_results_time_point',
      ]),
    );
  });
});
