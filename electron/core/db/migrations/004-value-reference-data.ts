// Version 4: reference data for value for money (issue 5). Each price index, unit cost and
// baseline rate row gains the date of its source, and every library gets the starter table of
// unit costs of crime, with its source. The data is written out here, not imported, so this
// migration does the same thing whenever it runs.
//
// No GDP deflator values are shipped: the only published copy the project could quote from
// (HM Treasury, "GDP deflators at market prices, and money GDP November 2017 (Autumn Budget
// 2017)") was available for 1955-56 to 1963-64 alone, which no cost in a library needs. The
// Library settings page takes a pasted series; until then, figures that need one say so. (Version 8
// later ships a series from another source: 008-gdp-deflator.ts.)
import type { Database } from 'better-sqlite3';
import type { Migration } from './migration';

const HOME_OFFICE_2018 =
  'Home Office, "The economic and social costs of crime", second edition (Heeks, Reed, Tafsiri and Prince, ' +
  'Research Report 99, July 2018), 2015/16 prices, as reported in "Revealed: the cost of crime", South Wales ' +
  'Echo, 2 August 2019, https://www.pressreader.com/uk/south-wales-echo/20190802/282020443907609';

interface ShippedUnitCost {
  id: string;
  name: string;
  amount: number;
  bearer: string | null;
  /** The outcome domain of the default taxonomy it values, where one matches. */
  outcomeDomainId: string | null;
}

/** Unit costs of crime in 2015/16 prices (price year 2015), per crime. */
const HOME_OFFICE_UNIT_COSTS: readonly ShippedUnitCost[] = [
  {
    id: 'ho-2018-homicide',
    name: 'Homicide (reported as £3.2m)',
    amount: 3_200_000,
    bearer: null,
    outcomeDomainId: null,
  },
  { id: 'ho-2018-rape', name: 'Rape', amount: 39_360, bearer: null, outcomeDomainId: null },
  {
    id: 'ho-2018-violence-with-injury',
    name: 'Violence with injury',
    amount: 14_050,
    bearer: null,
    outcomeDomainId: 'serious-violence',
  },
  { id: 'ho-2018-robbery', name: 'Robbery', amount: 11_320, bearer: null, outcomeDomainId: null },
  {
    id: 'ho-2018-theft-of-vehicle',
    name: 'Theft of a vehicle',
    amount: 10_290,
    bearer: null,
    outcomeDomainId: null,
  },
  { id: 'ho-2018-arson', name: 'Criminal damage: arson', amount: 8_420, bearer: null, outcomeDomainId: null },
  {
    id: 'ho-2018-other-sexual-offences',
    name: 'Sexual offences other than rape',
    amount: 6_520,
    bearer: null,
    outcomeDomainId: null,
  },
  {
    id: 'ho-2018-criminal-damage-other',
    name: 'Criminal damage other than arson',
    amount: 1_350,
    bearer: null,
    outcomeDomainId: null,
  },
  {
    id: 'ho-2018-theft-from-vehicle',
    name: 'Theft from a vehicle',
    amount: 870,
    bearer: null,
    outcomeDomainId: null,
  },
  {
    id: 'ho-2018-cyber-crime',
    name: 'Cyber crime (computer virus or unauthorised access to personal information)',
    amount: 550,
    bearer: null,
    outcomeDomainId: null,
  },
  {
    id: 'ho-2018-homicide-police',
    name: 'Homicide: police costs',
    amount: 11_960,
    bearer: 'Police',
    outcomeDomainId: null,
  },
  {
    id: 'ho-2018-rape-police',
    name: 'Rape: police costs',
    amount: 6_360,
    bearer: 'Police',
    outcomeDomainId: null,
  },
  {
    id: 'ho-2018-theft-of-vehicle-police',
    name: 'Theft of a vehicle: police costs',
    amount: 2_030,
    bearer: 'Police',
    outcomeDomainId: null,
  },
  {
    id: 'ho-2018-homicide-criminal-justice',
    name: 'Homicide: criminal justice system costs',
    amount: 800_980,
    bearer: 'Criminal justice system',
    outcomeDomainId: null,
  },
  {
    id: 'ho-2018-homicide-prison',
    name: 'Homicide: prison service costs (part of the criminal justice system costs)',
    amount: 318_240,
    bearer: 'Prison service',
    outcomeDomainId: null,
  },
];

/**
 * Links the shipped unit costs to their outcome domains where the library has them and the link is
 * unset. A new library runs its migrations before its taxonomy is seeded, so seeding calls this too.
 */
export function linkShippedUnitCosts(db: Database): void {
  const link = db.prepare(
    `UPDATE unit_costs SET outcome_domain_id = @domain
     WHERE id = @id AND outcome_domain_id IS NULL AND EXISTS (SELECT 1 FROM outcome_domains WHERE id = @domain)`,
  );
  for (const cost of HOME_OFFICE_UNIT_COSTS) {
    if (cost.outcomeDomainId !== null) link.run({ id: cost.id, domain: cost.outcomeDomainId });
  }
}

export const valueReferenceData: Migration = {
  version: 4,
  name: 'value reference data',
  up: (db) => {
    db.exec(`
ALTER TABLE price_index ADD COLUMN source_date TEXT;
ALTER TABLE unit_costs ADD COLUMN source_date TEXT;
ALTER TABLE baseline_rates ADD COLUMN source_date TEXT;
`);
    const insert = db.prepare(
      `INSERT OR IGNORE INTO unit_costs (id, name, amount, currency, price_year, bearer, source, source_date)
       VALUES (@id, @name, @amount, 'GBP', 2015, @bearer, @source, '2018-07')`,
    );
    for (const cost of HOME_OFFICE_UNIT_COSTS) {
      insert.run({
        id: cost.id,
        name: cost.name,
        amount: cost.amount,
        bearer: cost.bearer,
        source: HOME_OFFICE_2018,
      });
    }
    linkShippedUnitCosts(db);
  },
};
