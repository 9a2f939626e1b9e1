// Writing tables as CSV (RFC 4180) safely. Every exporter (grids, gap map, templates) writes
// through here so the quoting and the formula-injection guard are the same everywhere.

/** A cell as exporters hand it over: text, a number, or nothing. */
export type CsvCell = string | number | null | undefined;

/**
 * Characters that make a spreadsheet read a text cell as a formula or as a control sequence
 * (OWASP "CSV Injection": = + - @, tab, carriage return; the issue adds line feed and NUL).
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r\n\0]/;

/**
 * Neutralises a text cell that a spreadsheet would evaluate, by prefixing a single quote, as
 * OWASP recommends. Numbers are not text and pass through unchanged, so -3 stays a number.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}

/** Reverses neutraliseFormula, so an exported file re-imports to the values it was made from. */
export function restoreFormulaText(text: string): string {
  return text.startsWith("'") && FORMULA_TRIGGER.test(text.slice(1)) ? text.slice(1) : text;
}

/** One field, quoted when RFC 4180 requires it (comma, quote, CR or LF), quotes doubled. */
export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const safe = neutraliseFormula(cell);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows as one CSV document: fields joined by commas, records ended by CRLF (RFC 4180 §2). */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
