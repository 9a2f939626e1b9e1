// Migration 9 adds the shortlist to a library of the version before it, keeping its data; an entry
// goes with its intervention and outlives its outcome.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { tempDir, type TempDir } from '../../helpers/libraries';

const earlier = MIGRATIONS.filter((m) => m.version < 9);
const previous = Math.max(...earlier.map((m) => m.version));
const upToNine = MIGRATIONS.filter((m) => m.version <= 9);

let dir: TempDir;
let db: Database.Database;

beforeEach(async () => {
  dir = tempDir();
  db = new Database(dir.file('previous.ewb'));
  db.pragma('foreign_keys = ON');
  await migrate(db, dir.file('previous.ewb'), 0, new Date(), earlier);
  db.exec(`
    INSERT INTO library_settings (key, value) VALUES ('name', 'Kept');
    INSERT INTO approach_types (id, name) VALUES ('mentoring', 'Mentoring');
    INSERT INTO interventions (id, name, approach_type_id, tier, strand, status)
      VALUES ('a', 'A', 'mentoring', 'targeted', 'engagement', 'active');
    INSERT INTO outcome_groups (id, name, position) VALUES ('crime', 'Crime', 0);
    INSERT INTO outcome_domains (id, group_id, name, position) VALUES ('offending', 'crime', 'Offending', 0);`);
});
afterEach(() => {
  db.close();
  dir.remove();
});

describe('migration 009: shortlist', () => {
  it('upgrades a library of the version before, keeping its data; entries follow their records', async () => {
    await migrate(db, dir.file('previous.ewb'), previous, new Date(), upToNine);
    expect(db.pragma('user_version', { simple: true })).toBe(9);
    expect(db.prepare("SELECT value FROM library_settings WHERE key = 'name'").get()).toEqual({
      value: 'Kept',
    });
    const add = db.prepare(
      "INSERT INTO shortlist (intervention_id, outcome_domain_id, added_by) VALUES (?, 'offending', 'me')",
    );
    expect(() =>
      db.prepare("INSERT INTO shortlist (intervention_id, added_by) VALUES ('a', ' ')").run(),
    ).toThrow(/CHECK/);
    add.run('a');
    expect(() => add.run('a')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => add.run('missing')).toThrow(/FOREIGN KEY/);
    db.exec("DELETE FROM outcome_domains WHERE id = 'offending'");
    expect(db.prepare('SELECT outcome_domain_id FROM shortlist').get()).toEqual({ outcome_domain_id: null });
    db.exec("DELETE FROM interventions WHERE id = 'a'");
    expect(db.prepare('SELECT count(*) AS n FROM shortlist').get()).toEqual({ n: 0 });
  });
});
