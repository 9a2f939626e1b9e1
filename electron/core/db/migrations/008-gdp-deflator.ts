// Version 8: the UK GDP deflator ships with every library (issue 5), so costs recorded in different
// price years convert without the user first finding a series. It is written only into a library
// whose deflator series is empty: a series the user pasted is theirs and is never overwritten.
// And a per-year cost item now counts once for each of its recorded years (costSchedule), so the
// cost per participant stored on each intervention for the catalogue adds the years it left out.
//
// Provenance: the values are the ONS GDP deflator at market prices (series YBGB), calendar years,
// 2024 = 100, as bundled in the open-source R package "greenbook"
// (github.com/charlescoverdale/greenbook, inst/extdata/gdp_deflator.csv), whose data_versions.csv
// gives their release as HM Treasury's "GDP deflators at market prices, and money GDP", December
// 2025 Quarterly National Accounts, calendar-year series. They were cross-checked against Knoema's
// UK GDP deflator (2020 = 100: 2010 81.5, 2015 88.1, 2020 100.0, 2022 105.5, 2024 117.3), which
// agrees within 1% after rebasing (the gaps are revisions between vintages).
//
// Year convention: a year is a calendar year here, while the library records a financial year by
// the year it starts (2015/16 prices as 2015, as the Home Office unit costs of migration 4 are). A
// 2015/16 cost is therefore converted with calendar 2015's value, up to a quarter-year out; HM
// Treasury's financial-year series, pasted in Library settings, removes that.
import type { Database } from 'better-sqlite3';
import type { Migration } from './migration';

/** The series id the value report reads (GDP_DEFLATOR_SERIES), fixed here as this version wrote it. */
const SERIES = 'gdp-deflator';

const GDP_DEFLATOR_SOURCE =
  'UK GDP deflator at market prices, calendar years, 2024 = 100 (ONS series YBGB), as bundled in the ' +
  'open-source R package "greenbook" (github.com/charlescoverdale/greenbook, inst/extdata/gdp_deflator.csv), ' +
  'which takes it from HM Treasury, "GDP deflators at market prices, and money GDP", December 2025 ' +
  "(Quarterly National Accounts), calendar-year series; cross-checked against Knoema's UK GDP deflator " +
  '(within 1% after rebasing). For an appraisal, replace it with HM Treasury\'s latest "GDP deflators at ' +
  'market prices, and money GDP" release (financial years, each recorded by the year it starts).';

/** Calendar year → index value, 2024 = 100. */
const GDP_DEFLATOR: readonly (readonly [number, number])[] = [
  [1990, 42.7537],
  [1991, 45.6203],
  [1992, 47.1096],
  [1993, 48.5208],
  [1994, 49.4168],
  [1995, 50.7097],
  [1996, 52.8097],
  [1997, 52.8303],
  [1998, 53.5326],
  [1999, 54.2793],
  [2000, 54.8102],
  [2001, 55.7479],
  [2002, 56.911],
  [2003, 58.266],
  [2004, 59.8584],
  [2005, 61.5718],
  [2006, 63.4682],
  [2007, 64.7322],
  [2008, 66.89],
  [2009, 68.217],
  [2010, 69.1217],
  [2011, 70.834],
  [2012, 71.9294],
  [2013, 73.4795],
  [2014, 74.6524],
  [2015, 75.1536],
  [2016, 76.4554],
  [2017, 77.6367],
  [2018, 79.1606],
  [2019, 81.1085],
  [2020, 85.2137],
  [2021, 85.6358],
  [2022, 90.5005],
  [2023, 96.2507],
  [2024, 100],
];

function seedDeflator(db: Database): void {
  const { n } = db.prepare('SELECT count(*) AS n FROM price_index WHERE series = ?').get(SERIES) as {
    n: number;
  };
  if (n > 0) return;
  const insert = db.prepare(
    `INSERT INTO price_index (series, year, value, source, source_date) VALUES (?, ?, ?, ?, '2025-12')`,
  );
  for (const [year, value] of GDP_DEFLATOR) insert.run(SERIES, year, value, GDP_DEFLATOR_SOURCE);
}

export const gdpDeflator: Migration = {
  version: 8,
  name: 'gdp deflator; per-year costs over their years',
  up: (db) => {
    // As stored: Σ amount ÷ participants over the items; a per-year item now adds (years − 1) more.
    db.exec(`
UPDATE interventions SET cost_per_participant = cost_per_participant + (
  SELECT sum(amount * (years - 1) / participants) FROM cost_items c
  WHERE c.intervention_id = interventions.id AND c.basis = 'per-year' AND c.years > 1
)
WHERE cost_per_participant IS NOT NULL
  AND id IN (SELECT intervention_id FROM cost_items WHERE basis = 'per-year' AND years > 1);
`);
    seedDeflator(db);
  },
};
