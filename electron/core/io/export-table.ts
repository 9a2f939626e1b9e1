// What every exporter writes: a table of headings and cells (text, numbers or nothing) with notes
// about how it was chosen. The CSV and XLSX writers take this shape; each grid builds it.
import type { CsvCell } from '../../../shared/format/csv';

export interface ExportTable {
  /** The sheet's name in a workbook, e.g. "Evaluations". */
  title: string;
  headers: string[];
  rows: CsvCell[][];
  /** Label and value pairs: the search, filters and sort the rows were chosen by. */
  notes: { label: string; value: string }[];
}
