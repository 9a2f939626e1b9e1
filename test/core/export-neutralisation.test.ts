// Generated tables written as CSV and XLSX and read back: every text cell that starts with a
// character a spreadsheet would act on (= + - @, tab, CR, LF, NUL) comes back neutralised, numbers
// stay numbers, and everything else comes back as it went in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../electron/core/io/csv-export';
import type { ExportTable } from '../../electron/core/io/export-table';
import { writeXlsx } from '../../electron/core/io/xlsx-export';
import { type CsvCell, neutraliseFormula } from '../../shared/format/csv';
import { readCsv, readXlsx } from '../helpers/export-files';

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\n', '\0'];

/** Text that starts with a trigger, often a real formula; ordinary text; numbers; blanks. */
const dangerous = fc
  .tuple(
    fc.constantFrom(...TRIGGERS),
    fc.oneof(fc.string(), fc.constantFrom('SUM(A1:A9)', 'HYPERLINK("http://x","y")', "cmd|' /C calc'!A0")),
  )
  .map(([t, rest]) => `${t}${rest}`);
const cell: fc.Arbitrary<CsvCell> = fc.oneof(
  dangerous,
  fc.string(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.constant(null),
);
const table = fc
  .integer({ min: 1, max: 6 })
  .chain((width) =>
    fc.record({
      headers: fc.array(fc.oneof(dangerous, fc.string({ minLength: 1 })), {
        minLength: width,
        maxLength: width,
      }),
      rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 8 }),
    }),
  )
  .map((t): ExportTable => ({ title: 'Generated', notes: [{ label: '=notes', value: '@filters' }], ...t }));

const startsWithTrigger = (text: string) => TRIGGERS.some((t) => text.startsWith(t));
/** What XML can carry: exceljs drops control characters XML forbids and stores CRLF as LF. */
const xmlSafe = (text: string) =>
  [...text]
    .filter((c) => {
      const code = c.charCodeAt(0);
      return (code >= 0x20 || c === '\t' || c === '\n' || c === '\r') && c !== '\uFFFE' && c !== '\uFFFF';
    })
    .join('')
    .replace(/\r\n?/g, '\n');
const hasLoneSurrogate = (text: string) =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

describe('formula neutralisation in generated exports', () => {
  it('CSV: every text cell and heading reads back neutralised, numbers as written (1,000 tables)', () => {
    fc.assert(
      fc.property(table, (t) => {
        const read = readCsv(writeCsv(t));
        const expected = [t.headers, ...t.rows];
        expect(read).toHaveLength(expected.length);
        expected.forEach((row, r) =>
          row.forEach((value, c) => {
            const got = read[r]?.[c] ?? '';
            if (typeof value === 'string') {
              expect(got).toBe(neutraliseFormula(value));
              expect(startsWithTrigger(got)).toBe(false);
            } else if (typeof value === 'number') expect(Number(got)).toBe(value === 0 ? 0 : value);
            else expect(got).toBe('');
          }),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('XLSX: every text cell, heading and note reads back neutralised, numbers as numbers (200 workbooks)', async () => {
    await fc.assert(
      fc.asyncProperty(
        table.filter(
          (t) => ![...t.headers, ...t.rows.flat()].some((v) => typeof v === 'string' && hasLoneSurrogate(v)),
        ),
        async (t) => {
          const sheets = await readXlsx(await writeXlsx(t));
          const rows = sheets.get('Generated') ?? [];
          [t.headers, ...t.rows].forEach((row, r) =>
            row.forEach((value, c) => {
              const got = rows[r]?.[c] ?? null;
              if (typeof value === 'string') {
                const text = typeof got === 'string' ? got : '';
                if (startsWithTrigger(value)) expect(text.startsWith("'")).toBe(true);
                expect(text).toBe(xmlSafe(neutraliseFormula(value)));
                expect(startsWithTrigger(text)).toBe(false);
              } else if (typeof value === 'number') expect(got).toBe(value === 0 ? 0 : value);
              else expect(got).toBeNull();
            }),
          );
          expect(sheets.get('About this export')?.[1]).toEqual(["'=notes", "'@filters"]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
