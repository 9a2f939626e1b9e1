// Reads the first worksheet of an XLSX workbook with exceljs, after zip-limits has proved the file
// safe to inflate. Cells become the text a user would type: numbers as written, dates as ISO.
import type ExcelJS from 'exceljs';
import { IMPORT_LIMITS } from '../../../../shared/model/import';
import {
  checkHeaders,
  ImportProblem,
  isSkippedRow,
  type SourceTable,
  type TableReader,
} from './source-table';
import { checkWorkbookZip } from './zip-limits';

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as { result?: ExcelJS.CellValue }).result);
  if ('text' in value) return typeof value.text === 'string' ? value.text : cellText(value.text);
  return '';
}

function rowCells(row: ExcelJS.Row, width: number): string[] {
  const cells: string[] = [];
  for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value).trim());
  return cells;
}

export const readXlsx: TableReader = async (bytes) => {
  await checkWorkbookZip(bytes);
  // Loaded when first needed: exceljs is large, and most runs of the app or CLI never read a workbook.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new ImportProblem(
      `the file is not a readable XLSX workbook (${error instanceof Error ? error.message : 'unreadable'})`,
    );
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new ImportProblem('the workbook has no worksheet');
  const width = Math.min(sheet.columnCount, IMPORT_LIMITS.columns + 1);
  const headerRow = rowCells(sheet.getRow(1), width);
  while (headerRow.length > 0 && headerRow[headerRow.length - 1] === '') headerRow.pop();
  const table: SourceTable = { headers: checkHeaders(headerRow, IMPORT_LIMITS.columns), rows: [] };
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = rowCells(row, Math.max(width, table.headers.length));
    if (!isSkippedRow(cells)) table.rows.push({ row: rowNumber, cells });
  });
  if (table.rows.length > IMPORT_LIMITS.rows) {
    throw new ImportProblem(`the sheet has more than ${IMPORT_LIMITS.rows.toLocaleString('en-GB')} rows`);
  }
  return table;
};
