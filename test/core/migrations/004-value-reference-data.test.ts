// Migration 4 gives each price index, unit cost and baseline rate row the date of its source and
// ships the Home Office unit costs of crime, linked to the taxonomy where an outcome matches.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { insertDefaultReferenceData } from '../../../electron/core/repos/reference-data';
import { Library, tempDir, type TempDir } from '../../helpers/libraries';

let dir: TempDir;
let db: Database.Database;

beforeEach(async () => {
  dir = tempDir();
  db = new Database(dir.file('v3.ewb'));
  db.pragma('foreign_keys = ON');
  await migrate(db, dir.file('v3.ewb'), 0, new Date(), MIGRATIONS.slice(0, 3));
  insertDefaultReferenceData(db);
  db.exec(`
INSERT INTO unit_costs (id, name, amount, price_year, source) VALUES ('ho-2018-robbery', 'My robbery figure', 9000, 2019, 'Local study');
INSERT INTO baseline_rates (id, outcome_domain_id, rate, source) VALUES ('mine', 'proven-reoffending', 0.3, 'Local YOT');
INSERT INTO price_index (series, year, value, source) VALUES ('gdp-deflator', 2015, 98.1, 'Pasted');
`);
});
afterEach(() => {
  db.close();
  dir.remove();
});

const unitCost = (id: string) =>
  db
    .prepare(
      'SELECT name, amount, price_year, bearer, outcome_domain_id, source, source_date FROM unit_costs WHERE id = ?',
    )
    .get(id);

describe('migration 004: value reference data', () => {
  it('upgrades a version-3 library: sourced unit costs added, its own rows kept, dates of sources added', async () => {
    await migrate(
      db,
      dir.file('v3.ewb'),
      3,
      new Date(),
      MIGRATIONS.filter((m) => m.version <= 4),
    );
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    expect(unitCost('ho-2018-violence-with-injury')).toEqual({
      name: 'Violence with injury',
      amount: 14050,
      price_year: 2015,
      bearer: null,
      outcome_domain_id: 'serious-violence',
      source: expect.stringContaining('The economic and social costs of crime'),
      source_date: '2018-07',
    });
    expect(unitCost('ho-2018-homicide-police')).toMatchObject({ amount: 11960, bearer: 'Police' });
    // A row the user already had under a shipped id is theirs: left as it was.
    expect(unitCost('ho-2018-robbery')).toMatchObject({
      name: 'My robbery figure',
      amount: 9000,
      source_date: null,
    });
    expect(db.prepare('SELECT rate, source_date FROM baseline_rates').all()).toEqual([
      { rate: 0.3, source_date: null },
    ]);
    expect(db.prepare('SELECT value, source_date FROM price_index').all()).toEqual([
      { value: 98.1, source_date: null },
    ]);
  });

  it('links the shipped unit costs in a new library, whose taxonomy is seeded after its migrations', async () => {
    const library = await Library.create(dir.file('new.ewb'), { name: 'New' });
    const linked = library.db.prepare('SELECT id FROM unit_costs WHERE outcome_domain_id IS NOT NULL').all();
    library.close();
    expect(linked).toEqual([{ id: 'ho-2018-violence-with-injury' }]);
  });
});
