// Migration 12 adds the hot queries' indexes to a version-10 library, keeping its data.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { tempDir, type TempDir } from '../../helpers/libraries';

let dir: TempDir;
let db: Database.Database;

beforeEach(async () => {
  dir = tempDir();
  db = new Database(dir.file('v10.ewb'));
  await migrate(
    db,
    dir.file('v10.ewb'),
    0,
    new Date(),
    MIGRATIONS.filter((m) => m.version <= 10),
  );
  db.exec("INSERT INTO saved_views (id, screen, name, state) VALUES ('v', 'catalogue', 'Kept', '{}')");
});
afterEach(() => {
  db.close();
  dir.remove();
});

describe('migration 012: hot query indexes', () => {
  it('upgrades a version-10 library, keeping its data, with the hot queries’ indexes', async () => {
    await migrate(
      db,
      dir.file('v10.ewb'),
      10,
      new Date(),
      MIGRATIONS.filter((m) => m.version <= 12),
    );
    expect(db.pragma('user_version', { simple: true })).toBe(12);
    expect(db.prepare('SELECT name FROM saved_views').all()).toEqual([{ name: 'Kept' }]);
    const indexes = (
      db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL").all() as {
        name: string;
      }[]
    ).map((r) => r.name);
    expect(indexes).toEqual(
      expect.arrayContaining([
        'interventions_cost_blank_last',
        'interventions_evidence_best_first',
        'outcome_results_evaluation_outcome',
        'change_history_note',
      ]),
    );
  });
});
