// Files that would exhaust memory are refused before they can: zip bombs (by ratio, by declared
// size, and one that lies about its size), a two-million-row sheet packed into a small file, too
// many zip entries, rows or columns; and a hand-built workbook within the limits still reads.
import { createDeflateRaw } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../electron/core/services/spreadsheet-import';
import { ImportProblem } from '../../electron/core/io/import/source-table';
import { IMPORT_LIMITS } from '../../shared/model/import';
import { buildZip, sheetXml, workbookParts, type ZipPart } from '../helpers/import-files';

const xlsx = (bytes: Buffer) => readTable({ fileName: 'book.xlsx', format: 'xlsx', bytes });
const csv = (text: string) =>
  readTable({ fileName: 'rows.csv', format: 'csv', bytes: Buffer.from(text, 'utf8') });

function withSheet(sheet: ZipPart): Buffer {
  return buildZip([...workbookParts(Buffer.alloc(0)).slice(0, 4), sheet]);
}

/** Runs `work` while sampling the process's memory; resolves with its outcome and the peak growth. */
async function measured<T>(work: () => Promise<T>): Promise<{ outcome: T | Error; growthMb: number }> {
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  try {
    return { outcome: await work().catch((e: Error) => e), growthMb: (peak - base) / (1024 * 1024) };
  } finally {
    clearInterval(timer);
  }
}

/** Deflates text made chunk by chunk, so a huge sheet never sits in the test's memory whole. */
async function deflateChunks(chunks: Iterable<string>): Promise<{ data: Buffer; size: number }> {
  const deflate = createDeflateRaw({ level: 6 });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const ended = new Promise((resolve) => deflate.on('end', resolve));
  let size = 0;
  for (const chunk of chunks) {
    size += Buffer.byteLength(chunk);
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await ended;
  return { data: Buffer.concat(out), size };
}

function* twoMillionRows(): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  const rows = 2_000_000;
  for (let start = 1; start <= rows; start += 10_000) {
    let s = '';
    for (let r = start; r < start + 10_000; r++) s += `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
    yield s;
  }
  yield '</sheetData></worksheet>';
}

describe('zip bombs', () => {
  it('refuses an entry that would inflate more than 100 times its size', async () => {
    const bomb = withSheet({ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(30 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(100 * 1024);
    const { outcome, growthMb } = await measured(() => xlsx(bomb));
    expect(outcome).toBeInstanceOf(ImportProblem);
    expect((outcome as Error).message).toMatch(/would inflate \d+ times its size; at most 100:1 is accepted/);
    expect(growthMb).toBeLessThan(50);
  });

  it('refuses a workbook that declares more uncompressed bytes than the limit', async () => {
    const bomb = withSheet({
      name: 'xl/worksheets/sheet1.xml',
      data: Buffer.alloc(1024),
      declaredSize: 4_000_000_000,
    });
    await expect(xlsx(bomb)).rejects.toThrow(/would inflate/);
  });

  it('refuses an entry that inflates to more than it declares, without keeping what it inflated', async () => {
    const liar = buildZip([
      ...workbookParts(sheetXml([['Name'], ['A']])),
      { name: 'xl/sharedStrings.xml', data: Buffer.alloc(50 * 1024 * 1024, 'a'), declaredSize: 1_000 },
    ]);
    const { outcome, growthMb } = await measured(() => xlsx(liar));
    expect((outcome as Error).message).toContain('inflates to more than the size it declares');
    expect(growthMb).toBeLessThan(50);
  });

  it('refuses a zip with more entries than the limit', async () => {
    const parts = Array.from({ length: IMPORT_LIMITS.zipEntries + 1 }, (_, k) => ({
      name: `xl/worksheets/sheet${k}.xml`,
      data: Buffer.from('<worksheet/>'),
    }));
    await expect(xlsx(buildZip(parts))).rejects.toThrow(/1001 parts; at most 1000/);
  });
});

describe('a sheet of two million rows', () => {
  it('is refused from its declared dimension before a row is read', async () => {
    const file = withSheet({
      name: 'xl/worksheets/sheet1.xml',
      data: sheetXml([['Name'], ['one']], 'A1:A2000000'),
    });
    await expect(xlsx(file)).rejects.toThrow(/declares 2,000,000 rows; at most 100,000/);
  });

  it('is refused while streaming when it declares nothing, in little memory', async () => {
    const { data, size } = await deflateChunks(twoMillionRows());
    const file = buildZip([
      ...workbookParts(Buffer.alloc(0)).slice(0, 4),
      { name: 'xl/worksheets/sheet1.xml', data, declaredSize: size, precompressed: true },
    ]);
    expect(file.length).toBeLessThan(IMPORT_LIMITS.fileBytes);
    const { outcome, growthMb } = await measured(() => xlsx(file));
    expect((outcome as Error).message).toContain('the sheet has more than 100,000 rows');
    expect(growthMb).toBeLessThan(100);
  }, 60_000);
});

describe('other limits and damaged files', () => {
  it('reads a hand-built workbook within the limits', async () => {
    const table = await xlsx(
      withSheet({
        name: 'xl/worksheets/sheet1.xml',
        data: sheetXml([
          ['Name', 'Kind'],
          ['A', 'b'],
        ]),
      }),
    );
    expect(table).toEqual({ headers: ['Name', 'Kind'], rows: [{ row: 2, cells: ['A', 'b'] }] });
  });

  it('refuses a CSV with more rows or columns than the limits', async () => {
    await expect(csv(`a\n${'1\n'.repeat(IMPORT_LIMITS.rows + 1)}`)).rejects.toThrow(/more than 100,000 rows/);
    // Exactly the limit, ending with a line break as files do, is not one too many.
    const full = await csv(`a\r\n${'1\r\n'.repeat(IMPORT_LIMITS.rows)}`);
    expect(full.rows).toHaveLength(IMPORT_LIMITS.rows);
    const wide = Array.from({ length: IMPORT_LIMITS.columns + 1 }, (_, k) => `c${k}`).join(',');
    await expect(csv(`${wide}\n`)).rejects.toThrow(/201 columns; at most 200/);
  });

  it('names the row of an unclosed quote, and refuses text that is not UTF-8', async () => {
    await expect(csv('Name,Summary\nA,B\n"C,D\n')).rejects.toMatchObject({ problem: { row: 3 } });
    await expect(
      readTable({ fileName: 'x.csv', format: 'csv', bytes: Buffer.from([0x4e, 0xff, 0xfe]) }),
    ).rejects.toThrow(/not UTF-8/);
  });

  it('refuses a truncated workbook with a message', async () => {
    const whole = withSheet({ name: 'xl/worksheets/sheet1.xml', data: sheetXml([['Name'], ['A']]) });
    await expect(xlsx(whole.subarray(0, whole.length - 30))).rejects.toThrow(/not a readable XLSX workbook/);
  });
});
