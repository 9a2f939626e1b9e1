// Damaging copies of a real library file the ways disks and crashes do, deterministically: page
// offsets come from the file's own page size and SQLite's map of which page holds what (dbstat).
import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  statSync,
  truncateSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * The file and the write-ahead log beside it, hashed together: proof nothing was written. An empty
 * log holds nothing (a read-only connection may leave one, with its shared memory, where there was none).
 */
export function fileState(path: string): string {
  const wal = `${path}-wal`;
  return existsSync(wal) && statSync(wal).size > 0 ? `${sha256(path)}+${sha256(wal)}` : sha256(path);
}

export interface PageMap {
  pageSize: number;
  pageCount: number;
  /** Page numbers (1-based) by what they hold (leaves: those holding more than one cell). */
  interior: number[];
  leaf: number[];
  freelistTrunk: number | null;
}

/** Where things are in a healthy file, read through a read-only connection. */
export function pageMap(path: string): PageMap {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT pageno, pagetype, ncell FROM dbstat ORDER BY pageno').all() as {
      pageno: number;
      pagetype: string;
      ncell: number;
    }[];
    const header = readAt(path, 0, 100);
    const trunk = header.readUInt32BE(32);
    return {
      pageSize: db.pragma('page_size', { simple: true }) as number,
      pageCount: db.pragma('page_count', { simple: true }) as number,
      interior: rows.filter((r) => r.pagetype === 'internal' && r.pageno !== 1).map((r) => r.pageno),
      // Leaves holding rows: an empty table's root is a leaf whose bytes past its header are unused.
      leaf: rows.filter((r) => r.pagetype === 'leaf' && r.ncell > 1).map((r) => r.pageno),
      freelistTrunk: trunk === 0 ? null : trunk,
    };
  } finally {
    db.close();
  }
}

export function readAt(path: string, offset: number, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const bytes = Buffer.alloc(length);
    readSync(fd, bytes, 0, length, offset);
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/** XORs `length` bytes at `offset` with `mask` (never 0, so every byte changes). */
export function flipBytes(path: string, offset: number, length = 1, mask = 0xff): void {
  const bytes = readAt(path, offset, length);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (bytes[i] as number) ^ mask;
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, bytes, 0, bytes.length, offset);
  } finally {
    closeSync(fd);
  }
}

/** The byte offset of page `page` (1-based), and of its b-tree header (page 1 has the file header first). */
export const pageOffset = (map: PageMap, page: number): number => (page - 1) * map.pageSize;
export const btreeHeaderOffset = (map: PageMap, page: number): number =>
  pageOffset(map, page) + (page === 1 ? 100 : 0);

export function truncateTo(path: string, bytes: number): void {
  truncateSync(path, bytes);
}

export function copyLibrary(from: string, to: string): string {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(`${from}${suffix}`)) copyFileSync(`${from}${suffix}`, `${to}${suffix}`);
  }
  return to;
}

export const WAL_HEADER_BYTES = 32;
export const WAL_FRAME_HEADER_BYTES = 24;
