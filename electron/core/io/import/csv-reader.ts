// Reads a CSV file (UTF-8, comma, semicolon or tab separated, RFC 4180 quoting) with papaparse,
// refusing it before parsing when it is too large and as soon as it has too many rows.
import Papa from 'papaparse';
import { IMPORT_LIMITS } from '../../../../shared/model/import';
import {
  checkHeaders,
  ImportProblem,
  isSkippedRow,
  type SourceTable,
  type TableReader,
} from './source-table';

function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ImportProblem('the file is not UTF-8 text: save it from the spreadsheet as “CSV UTF-8”');
  }
}

/**
 * The separator is the one the header row uses most (comma unless semicolons or tabs win):
 * guessing from the data would be misled by cells such as "Lambeth; Southwark".
 */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r|\n|$/)).replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => ({ d, n: header.split(d).length }));
  return counts.reduce((best, c) => (c.n > best.n ? c : best)).d;
}

export const readCsv: TableReader = (bytes) => {
  const text = decode(bytes);
  // Parsing stops one row past the limit, so a huge file is refused without being held as rows.
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    preview: IMPORT_LIMITS.rows + 2,
    delimiter: delimiterOf(text),
  });
  const problem = parsed.errors.find((e) => e.type === 'Quotes');
  if (problem !== undefined) {
    throw new ImportProblem(`a quoted cell is not closed (${problem.message})`, (problem.row ?? 0) + 1);
  }
  const [header, ...data] = parsed.data;
  if (header === undefined) throw new ImportProblem('the file is empty');
  // The line break ending the last row is not a row of its own: a file of exactly the limit passes.
  const last = data.at(-1);
  if (last?.length === 1 && last[0] === '') data.pop();
  if (data.length > IMPORT_LIMITS.rows) {
    throw new ImportProblem(`the file has more than ${IMPORT_LIMITS.rows.toLocaleString('en-GB')} rows`);
  }
  const table: SourceTable = { headers: checkHeaders(header, IMPORT_LIMITS.columns), rows: [] };
  data.forEach((cells, k) => {
    if (!isSkippedRow(cells)) table.rows.push({ row: k + 2, cells });
  });
  return Promise.resolve(table);
};
