// Reading exported files back as a spreadsheet program would, to compare them with what was
// exported: CSV through papaparse, XLSX through exceljs (numbers stay numbers, blanks are null).
import ExcelJS from 'exceljs';
import Papa from 'papaparse';

export type ReadCell = string | number | null;

export function readCsv(bytes: Buffer | string): string[][] {
  const text = typeof bytes === 'string' ? bytes : bytes.toString('utf8');
  // Every record ends with CRLF, so the text after the last one is empty, not a row.
  const parsed = Papa.parse<string[]>(text.replace(/\r\n$/, ''), { delimiter: ',', newline: '\r\n' });
  if (parsed.errors.length > 0) throw new Error(`CSV did not parse: ${parsed.errors[0]?.message ?? ''}`);
  return parsed.data;
}

function cellValue(value: ExcelJS.CellValue): ReadCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  throw new Error(`unexpected cell value ${JSON.stringify(value)}`);
}

/** Every sheet's rows, by sheet name, each row as wide as the sheet's widest. */
export async function readXlsx(bytes: Uint8Array): Promise<Map<string, ReadCell[][]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const sheets = new Map<string, ReadCell[][]>();
  book.eachSheet((sheet) => {
    const rows: ReadCell[][] = [];
    const width = sheet.columnCount;
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      rows[number - 1] = Array.from({ length: width }, (_, i) => cellValue(row.getCell(i + 1).value));
    });
    sheets.set(sheet.name, rows);
  });
  return sheets;
}
