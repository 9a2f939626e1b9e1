// Migration 7 adds the study grids' indexes to a version-6 library, keeping its data.
import { describe, expect, it } from 'vitest';
import { useLibraryBefore } from '../../helpers/migration-library';

const library = useLibraryBefore(
  7,
  "INSERT INTO saved_views (id, screen, name, state) VALUES ('v', 'catalogue', 'Kept', '{}')",
);

describe('migration 007: study grid indexes', () => {
  it('upgrades a version-6 library, keeping its data, with an index per grid filter and default order', async () => {
    await library.upgrade();
    expect(library.db.pragma('user_version', { simple: true })).toBe(7);
    expect(library.db.prepare('SELECT name FROM saved_views').all()).toEqual([{ name: 'Kept' }]);
    const indexes = (
      library.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL").all() as {
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
