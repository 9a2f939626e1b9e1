// `ewb generate`: a synthetic library of realistic shape, the same for the same seed, sound
// (`ewb check`), marked synthetic throughout, and never written over an existing file.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/core/api/dispatch';
import { generateSyntheticLibrary } from '../../electron/core/services/synthetic-library';
import type { ApproachSummary } from '../../shared/model/evidence';
import { expectOk } from '../helpers/api';
import { ewb } from '../helpers/cli';
import { Library, tempDir, type TempDir } from '../helpers/libraries';

let dir: TempDir;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => dir.remove());

/**
 * Every row of every table, without the moments rows were written (which no seed decides):
 * the timestamp columns and the library's own creation time.
 */
async function contentChecksum(path: string): Promise<string> {
  const library = await Library.open(path, { readOnly: true });
  try {
    const db = library.db;
    const hash = createHash('sha256');
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'search_index%' ORDER BY name",
      )
      .all() as { name: string }[];
    for (const { name } of tables) {
      const columns = (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(name) as { name: string }[])
        .map((c) => c.name)
        .filter((c) => c !== 'created_at' && c !== 'updated_at');
      const where = name === 'library_settings' ? "WHERE key <> 'created_at'" : '';
      hash.update(name);
      hash.update(
        JSON.stringify(
          db
            .prepare(`SELECT ${columns.join(', ')} FROM ${name} ${where} ORDER BY 1`)
            .raw()
            .all(),
        ),
      );
    }
    return hash.digest('hex');
  } finally {
    library.close();
  }
}

describe('ewb generate', () => {
  it('makes the same library for the same seed, another for another seed, and ewb check passes', async () => {
    const first = ewb('generate', '--out', dir.file('a.ewb'), '--interventions', '60', '--seed', '42');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/60 interventions, [\d,]+ evaluations, [\d,]+ outcome results/);
    await generateSyntheticLibrary(dir.file('b.ewb'), { interventions: 60, seed: 42 });
    await generateSyntheticLibrary(dir.file('c.ewb'), { interventions: 60, seed: 43 });
    const a = await contentChecksum(dir.file('a.ewb'));
    expect(await contentChecksum(dir.file('b.ewb'))).toBe(a);
    expect(await contentChecksum(dir.file('c.ewb'))).not.toBe(a);
    const check = ewb('check', '--library', dir.file('a.ewb'));
    expect(check.status, check.stderr).toBe(0);
  });

  it('has the shape of a real library, every record synthetic, with figures that compute', async () => {
    const counts = await generateSyntheticLibrary(dir.file('shape.ewb'), { interventions: 200, seed: 7 });
    // About 5 evaluations per intervention, 10 results per evaluation and 5 cost items per intervention.
    expect(counts.evaluations / counts.interventions).toBeGreaterThan(4);
    expect(counts.evaluations / counts.interventions).toBeLessThan(6);
    expect(counts.outcomeResults / counts.evaluations).toBeGreaterThan(8.5);
    expect(counts.outcomeResults / counts.evaluations).toBeLessThan(11.5);
    expect(counts.costItems / counts.interventions).toBeGreaterThan(4);
    expect(counts.costItems / counts.interventions).toBeLessThan(6);
    const library = await Library.open(dir.file('shape.ewb'), { readOnly: true });
    try {
      const db = library.db;
      const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
      expect(count('SELECT count(*) AS n FROM evaluations WHERE illustrative = 0')).toBe(0);
      expect(count('SELECT count(*) AS n FROM outcome_results WHERE illustrative = 0')).toBe(0);
      expect(count('SELECT count(*) AS n FROM cost_items WHERE illustrative = 0')).toBe(0);
      expect(count("SELECT count(*) AS n FROM interventions WHERE name NOT LIKE 'Synthetic %'")).toBe(0);
      expect(count('SELECT count(*) AS n FROM interventions WHERE cost_per_participant IS NULL')).toBe(0);
      // Searchable as written: every intervention, evaluation and organisation is in the full-text index.
      expect(count('SELECT count(*) AS n FROM search_index')).toBe(
        counts.interventions + counts.evaluations + counts.organisations,
      );
      expect(
        count(`SELECT count(*) AS n FROM search_index WHERE search_index MATCH '"synthetic"*'`),
      ).toBeGreaterThan(counts.interventions);
      // Drawn from the real taxonomy: several approaches and outcome domains in use.
      expect(count('SELECT count(DISTINCT approach_type_id) AS n FROM interventions')).toBeGreaterThan(5);
      expect(count('SELECT count(DISTINCT outcome_domain_id) AS n FROM outcome_results')).toBeGreaterThan(15);
      // The statistics standardise and pool: every approach has pooled estimates, impact bands and a cost band.
      const approaches = await expectOk<ApproachSummary[]>(
        createDispatch({ library }),
        'ratings/approaches',
        {},
      );
      const outcomes = approaches.flatMap((a) => a.outcomes);
      expect(outcomes.every((o) => o.pooled.studies.length === o.studyCount)).toBe(true);
      expect(outcomes.filter((o) => o.pooled.model !== null).length).toBeGreaterThan(outcomes.length / 2);
      expect(outcomes.some((o) => o.impactBand !== null)).toBe(true);
      expect(approaches.every((a) => a.cost !== null)).toBe(true);
    } finally {
      library.close();
    }
  });

  it('refuses to overwrite a file, and bad numbers, naming the option', () => {
    writeFileSync(dir.file('taken.ewb'), 'not a library');
    const taken = ewb('generate', '--out', dir.file('taken.ewb'), '--interventions', '5');
    expect(taken.status).toBe(1);
    expect(taken.stderr).toMatch(/already exists/);
    const bad = ewb('generate', '--out', dir.file('new.ewb'), '--interventions', 'lots');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--interventions must be a whole number/);
  });
});
