// Unit costs of outcomes (what one outcome event costs, and who bears it), with their sources.
import type { Database } from 'better-sqlite3';
import type { UnitCost } from '../../../shared/model/value';

/** A unit cost as stored (and as the change history keeps it): its outcome by id. */
export type UnitCostRecord = Omit<UnitCost, 'outcomeDomain'> & { outcomeDomainId: string | null };

interface UnitCostRow {
  id: string;
  outcome_domain_id: string | null;
  domain_name: string | null;
  higher_is_better: number | null;
  name: string;
  amount: number;
  currency: string;
  price_year: number;
  bearer: string | null;
  source: string;
  source_date: string | null;
}

const SELECT = `SELECT u.id, u.outcome_domain_id, d.name AS domain_name, d.higher_is_better, u.name, u.amount,
    u.currency, u.price_year, u.bearer, u.source, u.source_date
  FROM unit_costs u LEFT JOIN outcome_domains d ON d.id = u.outcome_domain_id`;

function toView(r: UnitCostRow): UnitCost {
  return {
    id: r.id,
    outcomeDomain:
      r.outcome_domain_id === null
        ? null
        : {
            id: r.outcome_domain_id,
            name: r.domain_name ?? r.outcome_domain_id,
            higherIsBetter: r.higher_is_better === 1,
          },
    name: r.name,
    amount: r.amount,
    currency: r.currency,
    priceYear: r.price_year,
    bearer: r.bearer,
    source: r.source,
    sourceDate: r.source_date,
  };
}

export function listUnitCosts(db: Database): UnitCost[] {
  return (db.prepare(`${SELECT} ORDER BY u.name COLLATE NOCASE, u.id`).all() as UnitCostRow[]).map(toView);
}

/** The unit costs that value an outcome, by name. */
export function unitCostsOf(db: Database, outcomeId: string): UnitCost[] {
  return (
    db
      .prepare(`${SELECT} WHERE u.outcome_domain_id = ? ORDER BY u.name COLLATE NOCASE, u.id`)
      .all(outcomeId) as UnitCostRow[]
  ).map(toView);
}

export function getUnitCost(db: Database, id: string): UnitCostRecord | null {
  const row = db.prepare(`${SELECT} WHERE u.id = ?`).get(id) as UnitCostRow | undefined;
  if (row === undefined) return null;
  const { outcomeDomain, ...rest } = toView(row);
  return { ...rest, outcomeDomainId: outcomeDomain?.id ?? null };
}

export function insertUnitCost(db: Database, r: UnitCostRecord): void {
  db.prepare(
    `INSERT INTO unit_costs (id, outcome_domain_id, name, amount, currency, price_year, bearer, source, source_date)
     VALUES (@id, @outcomeDomainId, @name, @amount, @currency, @priceYear, @bearer, @source, @sourceDate)`,
  ).run(r);
}

export function updateUnitCost(db: Database, r: UnitCostRecord): void {
  db.prepare(
    `UPDATE unit_costs SET outcome_domain_id = @outcomeDomainId, name = @name, amount = @amount, currency = @currency,
       price_year = @priceYear, bearer = @bearer, source = @source, source_date = @sourceDate,
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
     WHERE id = @id`,
  ).run(r);
}

export function deleteUnitCostRow(db: Database, id: string): void {
  db.prepare('DELETE FROM unit_costs WHERE id = ?').run(id);
}
