// A table as an XLSX workbook (exceljs): a header row, numbers as numbers, every text cell through
// the same formula guard as CSV, columns sized to their contents, and a second sheet saying how
// the rows were chosen (search, filters, sort) and when.
import ExcelJS from 'exceljs';
import { type CsvCell, neutraliseFormula } from '../../../shared/format/csv';
import type { ExportTable } from './export-table';

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
/** Widths are judged on the first rows: enough to be sensible, cheap on 500,000 rows. */
const ROWS_MEASURED = 1000;

/** A cell as the workbook holds it: text neutralised, numbers kept, blanks empty. */
export function xlsxCell(cell: CsvCell): string | number | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  return neutraliseFormula(cell);
}

const textWidth = (cell: CsvCell) =>
  cell === null || cell === undefined
    ? 0
    : Math.max(
        ...String(cell)
          .split('\n')
          .map((l) => l.length),
      );

export async function writeXlsx(table: ExportTable): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Evidence Workbench';
  const sheet = book.addWorksheet(table.title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.headers.map((header, i) => ({
    header: neutraliseFormula(header),
    width: Math.min(
      MAX_WIDTH,
      Math.max(
        MIN_WIDTH,
        header.length + 2,
        ...table.rows.slice(0, ROWS_MEASURED).map((r) => textWidth(r[i]) + 2),
      ),
    ),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map(xlsxCell));

  const about = book.addWorksheet('About this export');
  about.columns = [
    { header: 'About this export', width: 24 },
    { header: '', width: 80 },
  ];
  about.getRow(1).font = { bold: true };
  for (const note of table.notes) about.addRow([xlsxCell(note.label), xlsxCell(note.value)]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
