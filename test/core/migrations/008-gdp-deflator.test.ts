// Migration 8 ships the UK GDP deflator (2024 = 100) with its source, but only into a library whose
// deflator series is empty: a series the user pasted is kept as it was.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { Library, tempDir, type TempDir } from '../../helpers/libraries';

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
});
afterEach(() => {
  db.close();
  dir.remove();
});

const series = () =>
  db
    .prepare(
      "SELECT year, value, source, source_date FROM price_index WHERE series = 'gdp-deflator' ORDER BY year",
    )
    .all() as {
    year: number;
    value: number;
    source: string;
    source_date: string | null;
  }[];

describe('migration 008: GDP deflator', () => {
  it('fills an empty series: 1990–2024, 2024 = 100, each year with its source and date', async () => {
    await migrate(
      db,
      dir.file('v7.ewb'),
      7,
      new Date(),
      MIGRATIONS.filter((m) => m.version <= 8),
    );
    expect(db.pragma('user_version', { simple: true })).toBe(8);
    const rows = series();
    expect(rows.map((r) => r.year)).toEqual(Array.from({ length: 35 }, (_, i) => 1990 + i));
    expect(rows.find((r) => r.year === 1990)?.value).toBe(42.7537);
    expect(rows.find((r) => r.year === 2015)?.value).toBe(75.1536);
    expect(rows.find((r) => r.year === 2024)?.value).toBe(100);
    for (const r of rows) {
      expect(r.source).toContain('ONS series YBGB');
      expect(r.source).toContain('github.com/charlescoverdale/greenbook');
      expect(r.source).toContain('replace it with HM Treasury');
      expect(r.source_date).toBe('2025-12');
    }
  });

  it('leaves a series the user pasted as it was', async () => {
    db.exec(`
INSERT INTO price_index (series, year, value, source) VALUES ('gdp-deflator', 2015, 98.1, 'Pasted');
INSERT INTO price_index (series, year, value, source) VALUES ('gdp-deflator', 2016, 99.7, 'Pasted');
`);
    await migrate(
      db,
      dir.file('v7.ewb'),
      7,
      new Date(),
      MIGRATIONS.filter((m) => m.version <= 8),
    );
    expect(db.pragma('user_version', { simple: true })).toBe(8);
    expect(series()).toEqual([
      { year: 2015, value: 98.1, source: 'Pasted', source_date: null },
      { year: 2016, value: 99.7, source: 'Pasted', source_date: null },
    ]);
  });

  it('adds the later years of a per-year cost item to the stored cost per participant', async () => {
    db.exec(`
INSERT INTO approach_types (id, name) VALUES ('m', 'Mentoring');
INSERT INTO interventions (id, name, approach_type_id, tier, strand, status, cost_per_participant, cost_currency, cost_price_year)
  VALUES ('multi', 'Multi-year', 'm', 'universal', 'engagement', 'active', 75, 'GBP', 2009),
         ('single', 'One year', 'm', 'universal', 'engagement', 'active', 75, 'GBP', 2009);
INSERT INTO cost_items (id, intervention_id, description, category, amount, price_year, basis, participants, years)
  VALUES ('a', 'multi', 'Staff', 'staff', 10000, 2009, 'per-year', 400, 3),
         ('b', 'multi', 'Kit', 'materials', 50, 2009, 'per-participant', NULL, 2),
         ('c', 'single', 'Staff', 'staff', 30000, 2009, 'per-year', 400, NULL);
`);
    await migrate(
      db,
      dir.file('v7.ewb'),
      7,
      new Date(),
      MIGRATIONS.filter((m) => m.version <= 8),
    );
    // Stored as 10,000 ÷ 400 + 50 = 75; the staff now count for 3 years: 30,000 ÷ 400 + 50 = 125.
    expect(
      db.prepare('SELECT id, cost_per_participant AS cost FROM interventions ORDER BY id').all(),
    ).toEqual([
      { id: 'multi', cost: 125 },
      { id: 'single', cost: 75 },
    ]);
  });

  it('gives new libraries the series', async () => {
    const library = await Library.create(dir.file('new.ewb'), { name: 'New' });
    const count = library.db.prepare('SELECT count(*) AS n FROM price_index').get();
    library.close();
    expect(count).toEqual({ n: 35 });
  });
});
