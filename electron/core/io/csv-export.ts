// A table as a CSV file through the one CSV writer (RFC 4180, formula guard), with a byte-order
// mark so spreadsheet programs read it as UTF-8 (names with accents, "£").
import { toCsv } from '../../../shared/format/csv';
import type { ExportTable } from './export-table';

export function writeCsv(table: ExportTable): Buffer {
  return Buffer.from(`\uFEFF${toCsv([table.headers, ...table.rows])}`, 'utf8');
}
