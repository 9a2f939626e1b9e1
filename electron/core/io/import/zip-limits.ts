// An XLSX file is a zip: before any library inflates it, its central directory is read here from
// the bytes and every limit checked (entries, declared sizes, compression ratios), then each entry
// is inflated as a stream that keeps nothing, to prove it holds what it declares and to count the
// rows and cells of each worksheet. A zip bomb or a two-million-row sheet stops here, in kilobytes.
import { createInflateRaw } from 'node:zlib';
import { IMPORT_LIMITS } from '../../../../shared/model/import';
import { ImportProblem } from './source-table';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_LENGTH = 22;
const ZIP64_MARK = 0xffffffff;
/** Below this an entry is too small to be a bomb, whatever its ratio (tiny XML parts compress well). */
const RATIO_FLOOR_BYTES = 64 * 1024;

const damaged = (why: string) => new ImportProblem(`the file is not a readable XLSX workbook (${why})`);
const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

function findEndOfDirectory(bytes: Buffer): number {
  const earliest = Math.max(0, bytes.length - EOCD_LENGTH - 0xffff);
  for (let at = bytes.length - EOCD_LENGTH; at >= earliest; at--) {
    if (bytes.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  }
  throw damaged('no zip directory');
}

/** The entries the zip declares, read from its central directory without inflating anything. */
export function readCentralDirectory(bytes: Buffer): ZipEntry[] {
  if (bytes.length < EOCD_LENGTH) throw damaged('too short');
  const end = findEndOfDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const offset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || size === ZIP64_MARK || offset === ZIP64_MARK) {
    throw new ImportProblem('the file is a ZIP64 archive, larger than any workbook that can be imported');
  }
  if (count > IMPORT_LIMITS.zipEntries) {
    throw new ImportProblem(
      `the workbook has ${count} parts; at most ${IMPORT_LIMITS.zipEntries} are accepted`,
    );
  }
  if (offset + size > end) throw damaged('directory out of place');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let k = 0; k < count; k++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw damaged('broken directory');
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const entry: ZipEntry = {
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      uncompressedSize: bytes.readUInt32LE(at + 24),
      localHeaderOffset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
    };
    if (entry.compressedSize === ZIP64_MARK || entry.uncompressedSize === ZIP64_MARK) {
      throw new ImportProblem('the file is a ZIP64 archive, larger than any workbook that can be imported');
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Refuses a zip whose declared contents break a limit: sizes and ratios, per entry and overall. */
export function checkZipLimits(bytes: Buffer, entries: readonly ZipEntry[]): void {
  let compressed = 0;
  let uncompressed = 0;
  for (const e of entries) {
    if ((e.flags & 1) !== 0) throw new ImportProblem(`the workbook is encrypted (${e.name})`);
    if (e.method !== 0 && e.method !== 8) throw damaged(`unsupported compression in ${e.name}`);
    const ratio = e.uncompressedSize / Math.max(e.compressedSize, 1);
    if (e.uncompressedSize > RATIO_FLOOR_BYTES && ratio > IMPORT_LIMITS.compressionRatio) {
      throw new ImportProblem(
        `${e.name} would inflate ${Math.round(ratio)} times its size; at most ${IMPORT_LIMITS.compressionRatio}:1 is accepted (a zip bomb?)`,
      );
    }
    compressed += e.compressedSize;
    uncompressed += e.uncompressedSize;
  }
  if (uncompressed > IMPORT_LIMITS.uncompressedBytes) {
    throw new ImportProblem(
      `the workbook would inflate to ${mb(uncompressed)}; at most ${mb(IMPORT_LIMITS.uncompressedBytes)} is accepted`,
    );
  }
  const overall = uncompressed / Math.max(compressed, 1);
  if (uncompressed > RATIO_FLOOR_BYTES && overall > IMPORT_LIMITS.compressionRatio) {
    throw new ImportProblem(
      `the workbook would inflate ${Math.round(overall)} times its size; at most ${IMPORT_LIMITS.compressionRatio}:1 is accepted (a zip bomb?)`,
    );
  }
  if (compressed > bytes.length) throw damaged('sizes larger than the file');
}

function entryData(bytes: Buffer, e: ZipEntry): Buffer {
  const at = e.localHeaderOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_SIGNATURE)
    throw damaged(`broken part ${e.name}`);
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  if (start + e.compressedSize > bytes.length) throw damaged(`part ${e.name} runs past the end`);
  return bytes.subarray(start, start + e.compressedSize);
}

/** Counts `<row` and `<c` tags across chunk boundaries, and reads the declared dimension. */
class SheetCounter {
  rows = 0;
  cells = 0;
  private carry = '';
  private seenDimension = false;

  constructor(private readonly name: string) {}

  feed(chunk: string): void {
    const text = this.carry + chunk;
    if (!this.seenDimension) this.checkDimension(text);
    // Tags may carry a namespace prefix (x:row); "<cols>" and "<rowBreaks>" are not cells or rows.
    this.rows += count(text, /<(?:\w+:)?row[\s>/]/g);
    this.cells += count(text, /<(?:\w+:)?c[\s>/]/g);
    // A tag cut off at the chunk's end ("<ro") is kept for the next chunk; a matched one is not.
    const last = text.lastIndexOf('<');
    const tail = last === -1 ? '' : text.slice(last);
    this.carry = tail.length < 24 && !/[\s>/]/.test(tail.slice(1)) ? tail : '';
    if (this.rows > IMPORT_LIMITS.rows + 1) {
      throw new ImportProblem(`the sheet has more than ${IMPORT_LIMITS.rows.toLocaleString('en-GB')} rows`);
    }
    if (this.cells > IMPORT_LIMITS.cells) {
      throw new ImportProblem(`the sheet has more than ${IMPORT_LIMITS.cells.toLocaleString('en-GB')} cells`);
    }
  }

  private checkDimension(text: string): void {
    const m = /<(?:\w+:)?dimension\s[^>]*ref="[A-Z]+\d+(?::([A-Z]+)(\d+))?"/.exec(text);
    if (m === null) {
      if (/<(?:\w+:)?sheetData[\s>]/.test(text)) this.seenDimension = true;
      return;
    }
    this.seenDimension = true;
    const rows = Number(m[2] ?? 1);
    const columns = columnNumber(m[1] ?? 'A');
    if (rows > IMPORT_LIMITS.rows + 1) {
      throw new ImportProblem(
        `the sheet ${this.name} declares ${rows.toLocaleString('en-GB')} rows; at most ${IMPORT_LIMITS.rows.toLocaleString('en-GB')} can be imported`,
      );
    }
    if (columns > IMPORT_LIMITS.columns) {
      throw new ImportProblem(
        `the sheet ${this.name} declares ${columns} columns; at most ${IMPORT_LIMITS.columns} can be imported`,
      );
    }
  }
}

function count(text: string, pattern: RegExp): number {
  let n = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}

/** "A" → 1, "AA" → 27. */
function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

const isWorksheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/i.test(name);

/** Inflates one entry as a stream, keeping nothing: it must not exceed its declared size. */
function scanEntry(bytes: Buffer, e: ZipEntry): Promise<void> {
  const data = entryData(bytes, e);
  const sheet = isWorksheet(e.name) ? new SheetCounter(e.name) : null;
  if (e.method === 0) {
    sheet?.feed(data.toString('utf8'));
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let produced = 0;
    const fail = (error: unknown) => {
      inflate.destroy();
      reject(error instanceof ImportProblem ? error : damaged(`part ${e.name} does not inflate`));
    };
    inflate.on('data', (chunk: Buffer) => {
      produced += chunk.length;
      try {
        if (produced > e.uncompressedSize) {
          throw new ImportProblem(`${e.name} inflates to more than the size it declares (a zip bomb?)`);
        }
        sheet?.feed(chunk.toString('latin1'));
      } catch (error) {
        fail(error);
      }
    });
    inflate.on('error', fail);
    inflate.on('end', () => resolve());
    inflate.end(data);
  });
}

/** Every check, in order; resolves only for a workbook that is safe to hand to exceljs. */
export async function checkWorkbookZip(bytes: Buffer): Promise<void> {
  let entries: ZipEntry[];
  try {
    entries = readCentralDirectory(bytes);
  } catch (error) {
    if (error instanceof ImportProblem) throw error;
    throw damaged('broken directory');
  }
  checkZipLimits(bytes, entries);
  if (!entries.some((e) => isWorksheet(e.name))) throw damaged('no worksheet');
  for (const e of entries) await scanEntry(bytes, e);
}
