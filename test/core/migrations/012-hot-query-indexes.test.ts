// Migration 12 adds the hot queries' indexes to a library of the version before it, keeping its data.
import { describe, expect, it } from 'vitest';
import { useLibraryBefore } from '../../helpers/migration-library';

const library = useLibraryBefore(
  12,
  "INSERT INTO saved_views (id, screen, name, state) VALUES ('v', 'catalogue', 'Kept', '{}')",
);

describe('migration 012: hot query indexes', () => {
  it('upgrades a library of the version before, keeping its data, with the hot queries’ indexes', async () => {
    await library.upgrade();
    expect(library.db.pragma('user_version', { simple: true })).toBe(12);
    expect(library.db.prepare('SELECT name FROM saved_views').all()).toEqual([{ name: 'Kept' }]);
    const indexes = (
      library.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL").all() as {
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
