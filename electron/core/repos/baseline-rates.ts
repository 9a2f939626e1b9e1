// Local baseline rates of outcomes, from the library's reference data.
import type { Database } from 'better-sqlite3';
import { statement } from './statements';
import type { BaselineRateRow } from '../../../shared/model/value';

export interface BaselineRate {
  rate: number;
  source: string;
  population: string | null;
  year: number | null;
  areaName: string | null;
}

/** A baseline rate as stored (and as the change history keeps it). */
export interface BaselineRateRecord {
  id: string;
  outcomeDomainId: string;
  areaId: string | null;
  rate: number;
  population: string | null;
  year: number | null;
  source: string;
  sourceDate: string | null;
}

/**
 * The rate of an outcome to translate effects at: the given area's own rate when there is one, else
 * the library-wide rate, else any area's; the newest first.
 */
export function baselineRateOf(
  db: Database,
  outcomeId: string,
  areaId: string | null = null,
): BaselineRate | null {
  const row = statement(
    db,
    `SELECT b.rate, b.source, b.population, b.year, a.name AS area_name
       FROM baseline_rates b LEFT JOIN areas a ON a.id = b.area_id
       WHERE b.outcome_domain_id = ?
       ORDER BY b.area_id IS ? DESC, b.area_id IS NOT NULL, b.year DESC LIMIT 1`,
  ).get(outcomeId, areaId) as
    | {
        rate: number;
        source: string;
        population: string | null;
        year: number | null;
        area_name: string | null;
      }
    | undefined;
  return row === undefined
    ? null
    : {
        rate: row.rate,
        source: row.source,
        population: row.population,
        year: row.year,
        areaName: row.area_name,
      };
}

interface BaselineRow {
  id: string;
  outcome_domain_id: string;
  domain_name: string;
  area_id: string | null;
  area_name: string | null;
  rate: number;
  population: string | null;
  year: number | null;
  source: string;
  source_date: string | null;
}

const SELECT = `SELECT b.id, b.outcome_domain_id, d.name AS domain_name, b.area_id, a.name AS area_name, b.rate,
    b.population, b.year, b.source, b.source_date
  FROM baseline_rates b JOIN outcome_domains d ON d.id = b.outcome_domain_id LEFT JOIN areas a ON a.id = b.area_id`;

export function listBaselineRates(db: Database): BaselineRateRow[] {
  return (db.prepare(`${SELECT} ORDER BY d.position, a.name, b.year DESC`).all() as BaselineRow[]).map(
    (r) => ({
      id: r.id,
      outcomeDomain: { id: r.outcome_domain_id, name: r.domain_name },
      area: r.area_id === null ? null : { id: r.area_id, name: r.area_name ?? r.area_id },
      rate: r.rate,
      population: r.population,
      year: r.year,
      source: r.source,
      sourceDate: r.source_date,
    }),
  );
}

export function getBaselineRate(db: Database, id: string): BaselineRateRecord | null {
  const r = db.prepare(`${SELECT} WHERE b.id = ?`).get(id) as BaselineRow | undefined;
  return r === undefined
    ? null
    : {
        id: r.id,
        outcomeDomainId: r.outcome_domain_id,
        areaId: r.area_id,
        rate: r.rate,
        population: r.population,
        year: r.year,
        source: r.source,
        sourceDate: r.source_date,
      };
}

export function insertBaselineRate(db: Database, r: BaselineRateRecord): void {
  db.prepare(
    `INSERT INTO baseline_rates (id, outcome_domain_id, area_id, rate, population, year, source, source_date)
     VALUES (@id, @outcomeDomainId, @areaId, @rate, @population, @year, @source, @sourceDate)`,
  ).run(r);
}

export function updateBaselineRate(db: Database, r: BaselineRateRecord): void {
  db.prepare(
    `UPDATE baseline_rates SET outcome_domain_id = @outcomeDomainId, area_id = @areaId, rate = @rate,
       population = @population, year = @year, source = @source, source_date = @sourceDate
     WHERE id = @id`,
  ).run(r);
}

export function deleteBaselineRateRow(db: Database, id: string): void {
  db.prepare('DELETE FROM baseline_rates WHERE id = ?').run(id);
}
