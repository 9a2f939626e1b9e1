// A read-only health check of a library file: structure (truncation, a damaged write-ahead log,
// integrity), foreign keys and format version. Used by `ewb check`; it never writes to the file.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { corruptionProblem, pageSizeOf, structuralProblems, walProblems } from '../db/damage';
import { APPLICATION_ID } from '../db/migrate';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';

export interface CheckReport {
  ok: boolean;
  path: string;
  schemaVersion: number | null;
  appSchemaVersion: number;
  problems: string[];
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
  const pageSize = pageSizeOf(path);
  if (pageSize !== null) report.problems.push(...walProblems(path, pageSize));
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
    report.problems.push(corruptionProblem(error));
  } finally {
    db?.close();
  }
  report.ok = report.problems.length === 0;
  return report;
}
