// Local baseline rates of outcomes, from the library's reference data.
import type { Database } from 'better-sqlite3';

export interface BaselineRate {
  rate: number;
  source: string;
  population: string | null;
  year: number | null;
  areaName: string | null;
}

/** The library-wide rate of an outcome (or, failing that, an area's), newest first. */
export function baselineRateOf(db: Database, outcomeId: string): BaselineRate | null {
  const row = db
    .prepare(
      `SELECT b.rate, b.source, b.population, b.year, a.name AS area_name
       FROM baseline_rates b LEFT JOIN areas a ON a.id = b.area_id
       WHERE b.outcome_domain_id = ? ORDER BY b.area_id IS NOT NULL, b.year DESC LIMIT 1`,
    )
    .get(outcomeId) as
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
