// Finding structural damage in a library file without changing it: a file cut short, a write-ahead
// log whose committed changes SQLite would silently drop, and what `PRAGMA quick_check` finds.
// SQLite reads the file only through a read-only connection here; the rest reads raw bytes.
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import type { Database } from 'better-sqlite3';

export const SQLITE_HEADER = 'SQLite format 3\u0000';

/** quick_check stops listing after this many problems; a person needs the first few. */
const MAX_LISTED = 20;

interface Header {
  magic: string;
  pageSize: number;
  pageCount: number;
  pageCountValid: boolean;
}

function readBytes(path: string, length: number, position = 0): Buffer {
  const fd = openSync(path, 'r');
  try {
    const bytes = Buffer.alloc(length);
    const read = readSync(fd, bytes, 0, length, position);
    return bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function readHeader(path: string): Header | null {
  const b = readBytes(path, 100);
  if (b.length < 100) return null;
  const rawPageSize = b.readUInt16BE(16);
  return {
    magic: b.toString('latin1', 0, 16),
    pageSize: rawPageSize === 1 ? 65536 : rawPageSize,
    pageCount: b.readUInt32BE(28),
    // The in-header size is only trustworthy when this counter matches the change counter.
    pageCountValid: b.readUInt32BE(92) === b.readUInt32BE(24),
  };
}

function validPageSize(size: number): boolean {
  return size >= 512 && size <= 65536 && (size & (size - 1)) === 0;
}

/** The page size the file's header records, or null when it is not a valid one. */
export function pageSizeOf(path: string): number | null {
  const header = readHeader(path);
  return header !== null && validPageSize(header.pageSize) ? header.pageSize : null;
}

/**
 * What the file's size and header say before SQLite reads it: a file that does not start as SQLite
 * does is "not a library" (and nothing else is said of it); one cut short is damaged.
 */
export function structuralProblems(path: string): string[] {
  const size = statSync(path).size;
  const header = readHeader(path);
  if (header === null || header.magic !== SQLITE_HEADER) {
    return [`not a library: the file (${size} bytes) does not start with a SQLite header`];
  }
  if (!validPageSize(header.pageSize)) {
    return [`damaged: the file's header records an impossible page size (${header.pageSize})`];
  }
  const problems: string[] = [];
  if (size % header.pageSize !== 0) {
    problems.push(
      `truncated or damaged: the file is ${size} bytes, not a whole number of ${header.pageSize}-byte pages`,
    );
  }
  const expected = header.pageCount * header.pageSize;
  if (header.pageCountValid && !existsSync(`${path}-wal`) && size < expected) {
    problems.push(
      `truncated: the file is ${size} bytes but its header records ${header.pageCount} pages (${expected} bytes)`,
    );
  }
  return problems;
}

const WAL_HEADER_BYTES = 32;
const WAL_FRAME_HEADER_BYTES = 24;
const WAL_VERSION = 3007000;

/** SQLite's WAL checksum: pairs of 32-bit words, big-endian when the magic's low bit says so. */
function walChecksum(data: Buffer, bigEndian: boolean, seed: [number, number]): [number, number] {
  let [s0, s1] = seed;
  for (let i = 0; i + 8 <= data.length; i += 8) {
    const x0 = bigEndian ? data.readUInt32BE(i) : data.readUInt32LE(i);
    const x1 = bigEndian ? data.readUInt32BE(i + 4) : data.readUInt32LE(i + 4);
    s0 = (s0 + x0 + s1) >>> 0;
    s1 = (s1 + x1 + s0) >>> 0;
  }
  return [s0, s1];
}

/**
 * A write-ahead log left beside the file (after a crash) holds changes not yet in the file. SQLite
 * replays it up to the first frame that fails its checksum and silently drops the rest, so a damaged
 * frame followed by a committed change, or a damaged header over any frames, would lose committed
 * work. A torn tail with no commit after it is an unfinished transaction, which recovery drops as
 * it should.
 */
export function walProblems(path: string, pageSize: number): string[] {
  const wal = `${path}-wal`;
  if (!existsSync(wal)) return [];
  const size = statSync(wal).size;
  // Shorter than its header: the log was never written to, so it holds no change.
  if (size < WAL_HEADER_BYTES) return [];
  const bytes = readBytes(wal, size);
  const magic = bytes.readUInt32BE(0);
  const bigEndian = (magic & 1) === 1;
  const headerSum = walChecksum(bytes.subarray(0, 24), bigEndian, [0, 0]);
  const headerOk =
    (magic === 0x377f0682 || magic === 0x377f0683) &&
    bytes.readUInt32BE(4) === WAL_VERSION &&
    bytes.readUInt32BE(8) === pageSize &&
    headerSum[0] === bytes.readUInt32BE(24) &&
    headerSum[1] === bytes.readUInt32BE(28);
  const frameBytes = WAL_FRAME_HEADER_BYTES + pageSize;
  const frames = Math.floor((size - WAL_HEADER_BYTES) / frameBytes);
  if (!headerOk) {
    return frames === 0
      ? []
      : [
          `damaged write-ahead log: its header is damaged, so the ${frames} changed pages in it would be lost`,
        ];
  }
  const salt1 = bytes.readUInt32BE(16);
  const salt2 = bytes.readUInt32BE(20);
  let seed: [number, number] = [bytes.readUInt32BE(24), bytes.readUInt32BE(28)];
  let firstBad: number | null = null;
  for (let i = 0; i < frames; i++) {
    const at = WAL_HEADER_BYTES + i * frameBytes;
    const frame = bytes.subarray(at, at + frameBytes);
    const stored: [number, number] = [frame.readUInt32BE(16), frame.readUInt32BE(20)];
    const ours = frame.readUInt32BE(8) === salt1 && frame.readUInt32BE(12) === salt2;
    const sum = walChecksum(
      Buffer.concat([frame.subarray(0, 8), frame.subarray(WAL_FRAME_HEADER_BYTES)]),
      bigEndian,
      seed,
    );
    if (firstBad === null && (!ours || sum[0] !== stored[0] || sum[1] !== stored[1])) firstBad = i;
    const commit = frame.readUInt32BE(4) !== 0;
    if (firstBad !== null && ours && commit) {
      return [
        `damaged write-ahead log: frame ${firstBad + 1} of ${frames} fails its checksum, so committed changes after it would be lost`,
      ];
    }
    // Continue the chain from what was stored, so one damaged frame does not hide the ones after it.
    seed = stored;
  }
  return [];
}

/** `PRAGMA quick_check` on an open (read-only) connection: the problems it lists, or none. */
export function quickCheckProblems(db: Database): string[] {
  const rows = db.pragma(`quick_check(${MAX_LISTED})`) as { quick_check: string }[];
  const messages = rows.map((r) => r.quick_check);
  if (messages.length === 1 && messages[0] === 'ok') return [];
  // One line each: SQLite starts its list with a "*** in database main ***" line of its own.
  return messages.map(
    (m) =>
      `integrity: ${m
        .replace(/\*\*\* in database \w+ \*\*\*/g, '')
        .replace(/\s+/g, ' ')
        .trim()}`,
  );
}

/** SQLite's codes for a file it found damaged or could not recognise as a database. */
export function isCorruptionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    typeof code === 'string' &&
    (code === 'SQLITE_CORRUPT' || code.startsWith('SQLITE_CORRUPT_') || code === 'SQLITE_NOTADB')
  );
}

export function corruptionProblem(error: unknown): string {
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  return `damaged: SQLite could not read the file (${code ? `${code}: ` : ''}${message})`;
}
