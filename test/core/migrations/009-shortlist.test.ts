// Migration 9 adds the shortlist to a library of the version before it, keeping its data; an entry
// goes with its intervention and outlives its outcome.
import { describe, expect, it } from 'vitest';
import { useLibraryBefore } from '../../helpers/migration-library';

const library = useLibraryBefore(
  9,
  `
    INSERT INTO library_settings (key, value) VALUES ('name', 'Kept');
    INSERT INTO approach_types (id, name) VALUES ('mentoring', 'Mentoring');
    INSERT INTO interventions (id, name, approach_type_id, tier, strand, status)
      VALUES ('a', 'A', 'mentoring', 'targeted', 'engagement', 'active');
    INSERT INTO outcome_groups (id, name, position) VALUES ('crime', 'Crime', 0);
    INSERT INTO outcome_domains (id, group_id, name, position) VALUES ('offending', 'crime', 'Offending', 0);`,
);

describe('migration 009: shortlist', () => {
  it('upgrades a library of the version before, keeping its data; entries follow their records', async () => {
    await library.upgrade();
    expect(library.db.pragma('user_version', { simple: true })).toBe(9);
    expect(library.db.prepare("SELECT value FROM library_settings WHERE key = 'name'").get()).toEqual({
      value: 'Kept',
    });
    const add = library.db.prepare(
      "INSERT INTO shortlist (intervention_id, outcome_domain_id, added_by) VALUES (?, 'offending', 'me')",
    );
    expect(() =>
      library.db.prepare("INSERT INTO shortlist (intervention_id, added_by) VALUES ('a', ' ')").run(),
    ).toThrow(/CHECK/);
    add.run('a');
    expect(() => add.run('a')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => add.run('missing')).toThrow(/FOREIGN KEY/);
    library.db.exec("DELETE FROM outcome_domains WHERE id = 'offending'");
    expect(library.db.prepare('SELECT outcome_domain_id FROM shortlist').get()).toEqual({
      outcome_domain_id: null,
    });
    library.db.exec("DELETE FROM interventions WHERE id = 'a'");
    expect(library.db.prepare('SELECT count(*) AS n FROM shortlist').get()).toEqual({ n: 0 });
  });
});
