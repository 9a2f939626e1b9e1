// The price index series of the library's reference data, year by year, each value with its source.
import type { Database } from 'better-sqlite3';
import type { PriceIndex } from '../../../shared/analysis/costs/price-index';
import type { PriceIndexRow } from '../../../shared/model/value';

export function priceIndexRows(db: Database, series: string): PriceIndexRow[] {
  return (
    db
      .prepare('SELECT year, value, source, source_date FROM price_index WHERE series = ? ORDER BY year')
      .all(series) as { year: number; value: number; source: string; source_date: string | null }[]
  ).map((r) => ({ year: r.year, value: r.value, source: r.source, sourceDate: r.source_date }));
}

/** The series as the conversion functions take it: year → value. */
export function priceIndexOf(rows: readonly PriceIndexRow[]): PriceIndex {
  return Object.fromEntries(rows.map((r) => [r.year, r.value]));
}

/** Replaces the whole series with these rows. */
export function replacePriceIndexRows(db: Database, series: string, rows: readonly PriceIndexRow[]): void {
  db.prepare('DELETE FROM price_index WHERE series = ?').run(series);
  const insert = db.prepare(
    'INSERT INTO price_index (series, year, value, source, source_date) VALUES (?, ?, ?, ?, ?)',
  );
  for (const r of rows) insert.run(series, r.year, r.value, r.source, r.sourceDate);
}
