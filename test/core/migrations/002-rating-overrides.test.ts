// Migration 2 adds rating overrides to a version-1 library that already holds data, after a backup.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { initialSchema } from '../../../electron/core/db/migrations/001-initial-schema';
import { ratingOverrides } from '../../../electron/core/db/migrations/002-rating-overrides';
import { tempDir, type TempDir } from '../../helpers/libraries';

let dir: TempDir;
let db: Database.Database;
const path = () => dir.file('v1.ewb');

beforeEach(async () => {
  dir = tempDir();
  db = new Database(path());
  db.pragma('foreign_keys = ON');
  await migrate(db, path(), 0, new Date(), [initialSchema]);
  db.exec(`INSERT INTO approach_types (id, name) VALUES ('m', 'Mentoring');
    INSERT INTO interventions (id, name, approach_type_id, tier, strand, status)
    VALUES ('i1', 'Kickz', 'm', 'universal', 'engagement', 'active');`);
});
afterEach(() => {
  db.close();
  dir.remove();
});

describe('migration 002: rating overrides', () => {
  it('upgrades a version-1 library in place, keeping its data and a backup of it', async () => {
    const backups = await migrate(db, path(), 1, new Date(), [initialSchema, ratingOverrides]);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(backups).toHaveLength(1);
    expect(existsSync(backups[0] as string)).toBe(true);
    expect(db.prepare('SELECT name FROM interventions').all()).toEqual([{ name: 'Kickz' }]);
  });

  it('keeps one override per rating, needs a reason, and goes with its intervention', async () => {
    await migrate(db, path(), 1, new Date(), [initialSchema, ratingOverrides]);
    const insert = db.prepare(
      `INSERT INTO rating_overrides (intervention_id, framework_id, subject_id, level, computed_level, reason, overridden_by)
       VALUES ('i1', 'project-oracle', '', ?, '2', ?, 'A. Researcher')`,
    );
    insert.run('3', 'Validated at interview');
    expect(() => insert.run('4', 'again')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO rating_overrides (intervention_id, framework_id, level, computed_level, reason, overridden_by)
           VALUES ('i1', 'eif', '3', '2', '  ', 'A. Researcher')`,
        )
        .run(),
    ).toThrow(/CHECK constraint failed/);
    db.prepare("DELETE FROM interventions WHERE id = 'i1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM rating_overrides').get()).toEqual({ n: 0 });
  });
});
