// What every spreadsheet reader gives back (the header row and the rows under it, numbered as the
// user sees them), and how a reader refuses a file: with the row and column when there is one.
import { ApiFailure } from '../../../../shared/errors';
import { describeImportError, type ImportError } from '../../../../shared/model/import';

export interface SourceRow {
  /** The row's number in the file, the header being row 1. */
  row: number;
  cells: string[];
}

export interface SourceTable {
  headers: string[];
  rows: SourceRow[];
}

/** Reads one file format into a table; refuses (throws ImportProblem) anything it cannot read safely. */
export type TableReader = (bytes: Buffer) => Promise<SourceTable>;

/** A problem with the file itself, as an ImportError the reports and the CLI can show. */
export class ImportProblem extends ApiFailure {
  readonly problem: ImportError;

  constructor(message: string, row = 0, column: string | null = null) {
    const problem: ImportError = { row, column, field: null, message };
    super('INVALID_INPUT', describeImportError(problem));
    this.problem = problem;
  }
}

/** Checks a header row: named columns, no name twice, no more columns than the limit. */
export function checkHeaders(headers: string[], maxColumns: number): string[] {
  if (headers.length > maxColumns) {
    throw new ImportProblem(
      `the file has ${headers.length} columns; at most ${maxColumns} can be imported`,
      1,
    );
  }
  const trimmed = headers.map((h) => h.trim());
  if (trimmed.every((h) => h === '')) throw new ImportProblem('row 1 must hold the column names', 1);
  const seen = new Set<string>();
  for (const h of trimmed) {
    if (h !== '' && seen.has(h)) throw new ImportProblem(`two columns are called “${h}”`, 1, h);
    seen.add(h);
  }
  return trimmed;
}

/** Templates carry a row of notes under the header; a row starting with this is not data. */
export const NOTES_MARKER = '# Notes';

/** Rows that hold nothing to import: blank ones and the templates' notes row. */
export function isSkippedRow(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '') || (cells[0] ?? '').trim().startsWith(NOTES_MARKER);
}
