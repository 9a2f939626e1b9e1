// A read-only health check of a library file: structure (truncation, integrity), foreign keys and
// format version. Used by `ewb check`; it never writes to the file.
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { APPLICATION_ID } from '../db/migrate';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';

export interface CheckReport {
  ok: boolean;
  path: string;
  schemaVersion: number | null;
  appSchemaVersion: number;
  problems: string[];
}

interface Header {
  magic: string;
  pageSize: number;
  pageCount: number;
  pageCountValid: boolean;
}

function readHeader(path: string): Header | null {
  const fd = openSync(path, 'r');
  try {
    const b = Buffer.alloc(100);
    if (readSync(fd, b, 0, 100, 0) < 100) return null;
    const rawPageSize = b.readUInt16BE(16);
    return {
      magic: b.toString('latin1', 0, 16),
      pageSize: rawPageSize === 1 ? 65536 : rawPageSize,
      pageCount: b.readUInt32BE(28),
      // The in-header size is only trustworthy when this counter matches the change counter.
      pageCountValid: b.readUInt32BE(92) === b.readUInt32BE(24),
    };
  } finally {
    closeSync(fd);
  }
}

function structuralProblems(path: string): string[] {
  const size = statSync(path).size;
  const header = readHeader(path);
  if (header === null || header.magic !== 'SQLite format 3\u0000') {
    return [`not a library: the file (${size} bytes) does not start with a SQLite header`];
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

export function checkLibraryFile(path: string, options: { nativeBinding?: string } = {}): CheckReport {
  const report: CheckReport = {
    ok: false,
    path,
    schemaVersion: null,
    appSchemaVersion: LATEST_SCHEMA_VERSION,
    problems: [],
  };
  if (!existsSync(path)) {
    report.problems.push(`no file at ${path}`);
    return report;
  }
  report.problems.push(...structuralProblems(path));
  if (report.problems.some((p) => p.startsWith('not a library'))) return report;
  let db: Database.Database | undefined;
  try {
    db = new Database(path, {
      readonly: true,
      fileMustExist: true,
      ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
    });
    db.pragma('query_only = ON');
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    if (applicationId !== APPLICATION_ID)
      report.problems.push('not an Evidence Workbench library (wrong application id)');
    report.schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (report.schemaVersion > LATEST_SCHEMA_VERSION) {
      report.problems.push(
        `library format ${report.schemaVersion} is newer than this version of Evidence Workbench reads (${LATEST_SCHEMA_VERSION})`,
      );
    }
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map(
      (r) => r.integrity_check,
    );
    if (!(integrity.length === 1 && integrity[0] === 'ok')) {
      report.problems.push(...integrity.slice(0, 20).map((m) => `integrity: ${m}`));
    }
    const fk = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
    for (const v of fk.slice(0, 20)) {
      report.problems.push(
        `foreign key: row ${v.rowid} of ${v.table} refers to a missing ${v.parent} record`,
      );
    }
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    const message = error instanceof Error ? error.message : String(error);
    report.problems.push(`damaged: SQLite could not read the file (${code ? `${code}: ` : ''}${message})`);
  } finally {
    db?.close();
  }
  report.ok = report.problems.length === 0;
  return report;
}
