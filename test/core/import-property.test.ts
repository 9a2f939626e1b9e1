// Property: whatever malformed file arrives (random text or bytes, CSVs with broken cells, quotes
// and separators, damaged or forged workbooks), the importer never crashes, always says what is
// wrong, and never changes the library: every table's checksum is the same afterwards.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport, type SpreadsheetFile } from '../../electron/core/services/spreadsheet-import';
import { toCsv } from '../../shared/format/csv';
import { IMPORT_ENTITIES } from '../../shared/model/import';
import { buildZip, INTERVENTION_HEADERS, interventionRow, workbookParts } from '../helpers/import-files';
import type { Library } from '../helpers/libraries';
import { libraryChecksum, miniLibrary, tempDir, type TempDir } from '../helpers/libraries';

let dir: TempDir;
let library: Library;
let checksum: string;
let brokenWorkbook: Buffer;

/** A row no entity accepts: every cell is an impossible value for its field. */
const IMPOSSIBLE = INTERVENTION_HEADERS.map(() => 'not-a-valid-value');

beforeAll(async () => {
  dir = tempDir();
  library = await miniLibrary(dir);
  checksum = libraryChecksum(library);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Rows');
  sheet.addRow([...INTERVENTION_HEADERS]);
  sheet.addRow(Object.values(interventionRow(1)));
  sheet.addRow(IMPOSSIBLE);
  brokenWorkbook = Buffer.from(await workbook.xlsx.writeBuffer());
});
afterAll(() => {
  library.close();
  dir.remove();
});

const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '',
    '"',
    '""',
    '"a,b"',
    '\n',
    '\r\n',
    ';',
    '\t',
    '=1+1',
    '\0',
    '\uFEFF',
    '😀',
    '-3',
    '1e400',
    'yes',
  ),
  fc.constantFrom(...Object.values(interventionRow(7))),
);
const header = fc.oneof(fc.constantFrom(...INTERVENTION_HEADERS), fc.string({ maxLength: 10 }));

/** A CSV from headers and cells, always ending with a row no schema accepts. */
const malformedCsv = fc
  .record({
    headers: fc.array(header, { minLength: 1, maxLength: 8 }),
    rows: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 6 }),
    separator: fc.constantFrom(',', ';', '\t'),
    raw: fc.boolean(),
  })
  .map(({ headers, rows, separator, raw }) => {
    const table = [headers, ...rows, IMPOSSIBLE.slice(0, headers.length)];
    const text = raw
      ? table.map((r) => r.join(separator)).join('\n')
      : toCsv(table).replaceAll(',', separator === ',' ? ',' : separator);
    return { format: 'csv' as const, bytes: Buffer.from(text, 'utf8') };
  });

const randomBytes = fc
  .record({
    bytes: fc.uint8Array({ maxLength: 400 }),
    format: fc.constantFrom('csv' as const, 'xlsx' as const),
  })
  .map(({ bytes, format }) => ({ format, bytes: Buffer.from(bytes) }));

/** A real workbook (with an impossible row) with bytes flipped or cut off. */
const damagedWorkbook = fc
  .record({
    flips: fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), { maxLength: 6 }),
    cut: fc.option(fc.nat(), { nil: undefined }),
  })
  .map(({ flips, cut }) => {
    const bytes = Buffer.from(brokenWorkbook);
    for (const f of flips) bytes[f.at % bytes.length] = f.value;
    return {
      format: 'xlsx' as const,
      bytes: cut === undefined ? bytes : bytes.subarray(0, cut % bytes.length),
    };
  });

/** Zips assembled from random parts and sizes, around a sheet of random XML. */
const forgedZip = fc
  .record({
    sheet: fc.string({ maxLength: 200 }),
    declared: fc.option(fc.nat(), { nil: undefined }),
    extra: fc.array(
      fc.record({ name: fc.string({ maxLength: 20 }), data: fc.uint8Array({ maxLength: 50 }) }),
      {
        maxLength: 3,
      },
    ),
  })
  .map(({ sheet, declared, extra }) => {
    const parts = workbookParts(Buffer.from(`<worksheet><sheetData>${sheet}</sheetData></worksheet>`));
    const last = parts[parts.length - 1];
    if (last !== undefined && declared !== undefined) last.declaredSize = declared;
    const more = extra.map((e) => ({ name: e.name, data: Buffer.from(e.data) }));
    return { format: 'xlsx' as const, bytes: buildZip([...parts, ...more]) };
  });

describe('malformed files', () => {
  it('never crash the importer, always get a message, and never change the library', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(malformedCsv, randomBytes, damagedWorkbook, forgedZip),
        fc.constantFrom(...IMPORT_ENTITIES),
        async (file, entity) => {
          const source: SpreadsheetFile = { fileName: `malformed.${file.format}`, ...file };
          const outcome = await runImport(library, { file: source, entity, by: 'Property test' });
          expect(outcome.imported).toBe(0);
          expect(outcome.errors.length).toBeGreaterThan(0);
          for (const e of outcome.errors) expect(e.message.trim()).not.toBe('');
          expect(libraryChecksum(library)).toBe(checksum);
        },
      ),
      { numRuns: 1000 },
    );
  }, 120_000);
});
