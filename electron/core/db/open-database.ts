// Opens a library file the one safe way: checks it is ours, refuses to write to a library made
// by a newer version or found damaged, sets the pragmas architecture.md requires, and migrates it
// in transactions after an online backup.
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import Database, { type Database as Db } from 'better-sqlite3';
import { ApiFailure } from '../../../shared/errors';
import type { LibraryDamage } from '../../../shared/model/library';
import {
  corruptionProblem,
  isCorruptionError,
  pageSizeOf,
  quickCheckProblems,
  SQLITE_HEADER,
  structuralProblems,
  walProblems,
} from './damage';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import { APPLICATION_ID, migrate } from './migrate';

export interface OpenDatabaseOptions {
  /** Create the file when it does not exist (never overwrites one that does). */
  create?: boolean;
  /** Open for reading only: nothing is written, not even a migration. */
  readOnly?: boolean;
  /** Path of a better-sqlite3 binary built for the running runtime (the Electron build). */
  nativeBinding?: string;
  /** Clock for backup names; tests pass a fixed one. */
  now?: () => Date;
}

export interface OpenedDatabase {
  db: Db;
  /** Why the library cannot be changed, or null when it can. */
  readOnlyReason: string | null;
  /** What was found wrong with the file, or null when its checks passed. */
  damage: LibraryDamage | null;
  /** Backups written before migrations in this open. */
  backups: string[];
  /** True when the file was created by this open. */
  created: boolean;
}

function driverOptions(options: OpenDatabaseOptions, readonly: boolean): Database.Options {
  return {
    readonly,
    fileMustExist: readonly,
    ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
  };
}

/** Reads the first 16 bytes: a non-empty file that is not SQLite is refused before SQLite sees it. */
function assertSqliteFile(path: string): void {
  const size = statSync(path).size;
  if (size === 0) return;
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(16);
    const read = readSync(fd, header, 0, 16, 0);
    if (read < 16 || header.toString('latin1') !== SQLITE_HEADER) {
      throw new ApiFailure(
        'INVALID_INPUT',
        `${basename(path)} is not an Evidence Workbench library (not a SQLite file).`,
      );
    }
  } finally {
    closeSync(fd);
  }
}

interface FileIdentity {
  version: number;
  applicationId: number;
}

function readIdentity(db: Db): FileIdentity {
  return {
    version: db.pragma('user_version', { simple: true }) as number,
    applicationId: db.pragma('application_id', { simple: true }) as number,
  };
}

function assertOurs(path: string, identity: FileIdentity, hasTables: boolean): void {
  const foreign =
    (identity.applicationId !== 0 && identity.applicationId !== APPLICATION_ID) ||
    (identity.applicationId === 0 && (identity.version !== 0 || hasTables));
  if (foreign) {
    throw new ApiFailure(
      'INVALID_INPUT',
      `${basename(path)} is a SQLite file but not an Evidence Workbench library.`,
    );
  }
}

export function newerVersionReason(version: number): string {
  return (
    `This library was saved by a newer version of Evidence Workbench (library format ${version}; ` +
    `this version reads up to ${LATEST_SCHEMA_VERSION}). It is open read-only so nothing in it is ` +
    `changed; update Evidence Workbench to edit it.`
  );
}

function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

function damagedReason(path: string, damage: LibraryDamage): string {
  const found = damage.problems[0] ?? 'damaged';
  const more = damage.problems.length > 1 ? ` and ${damage.problems.length - 1} more problems` : '';
  return damage.readable
    ? `${basename(path)} is damaged (${found}${more}). It is open read-only and has not been changed; ` +
        'restore one of its backups or open another library.'
    : `${basename(path)} is damaged and cannot be read (${found}${more}). It has not been changed and ` +
        'nothing of it is shown; restore one of its backups or open another library.';
}

function openReadOnly(
  path: string,
  options: OpenDatabaseOptions,
  reason: string,
  damage: LibraryDamage | null = null,
): OpenedDatabase {
  const db = new Database(path, driverOptions(options, true));
  db.pragma('query_only = ON');
  return { db, readOnlyReason: reason, damage, backups: [], created: false };
}

/**
 * A file SQLite cannot read at all is never opened: an empty library of the current format, held in
 * memory and read-only, stands in for it, so every host still answers (with nothing) and offers the
 * file's backups.
 */
async function openStandIn(
  path: string,
  options: OpenDatabaseOptions,
  damage: LibraryDamage,
): Promise<OpenedDatabase> {
  const db = new Database(':memory:', {
    ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
  });
  await migrate(db, ':memory:', 0, new Date(), MIGRATIONS);
  db.pragma('query_only = ON');
  return { db, readOnlyReason: damagedReason(path, damage), damage, backups: [], created: false };
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Reads every row of every table, and every index (the app's queries go through them): the test of
 * whether a damaged file can be shown at all. Reading is the test; the rows are not kept.
 */
function readsWhole(db: Db): boolean {
  const objects = db
    .prepare(
      `SELECT type, name, tbl_name AS tableName FROM sqlite_schema
        WHERE type IN ('table', 'index') AND coalesce(sql, '') NOT LIKE 'CREATE VIRTUAL%'`,
    )
    .all() as { type: 'table' | 'index'; name: string; tableName: string }[];
  for (const { type, name, tableName } of objects) {
    const sql =
      type === 'table'
        ? `SELECT * FROM ${quoted(name)}`
        : `SELECT * FROM ${quoted(tableName)} INDEXED BY ${quoted(name)}`;
    try {
      for (const row of db.prepare(sql).iterate()) void row;
    } catch (error) {
      if (isCorruptionError(error)) return false;
      // An index SQLite will not scan on its own (a partial one) is read with its table.
      if (type === 'table') throw error;
    }
  }
  return true;
}

type Inspection = { identity: FileIdentity; damage: null } | { damage: LibraryDamage };

/**
 * Looks at an existing file before anything writes to it: its structure, any write-ahead log beside
 * it, who made it, and quick_check, all through a read-only connection. A file SQLite refuses as
 * corrupt is damaged, not an error.
 */
function inspect(path: string, options: OpenDatabaseOptions): Inspection {
  assertSqliteFile(path);
  const problems = structuralProblems(path);
  const pageSize = pageSizeOf(path);
  if (pageSize !== null) problems.push(...walProblems(path, pageSize));
  let peek: Db | null = null;
  try {
    peek = new Database(path, driverOptions(options, true));
    const identity = readIdentity(peek);
    const hasTables = peek.prepare('SELECT 1 FROM sqlite_schema LIMIT 1').get() !== undefined;
    assertOurs(path, identity, hasTables);
    problems.push(...quickCheckProblems(peek));
    if (problems.length === 0) return { identity, damage: null };
    return { damage: { problems, readable: readsWhole(peek) } };
  } catch (error) {
    // Any SQLite failure reading a file already seen to be damaged is more of the same damage.
    const sqliteError = String((error as { code?: unknown } | null)?.code ?? '').startsWith('SQLITE_');
    if (!isCorruptionError(error) && !(problems.length > 0 && sqliteError)) throw error;
    problems.push(corruptionProblem(error));
    return { damage: { problems, readable: false } };
  } finally {
    peek?.close();
  }
}

export async function openDatabase(path: string, options: OpenDatabaseOptions = {}): Promise<OpenedDatabase> {
  const exists = existsSync(path);
  if (!exists && !options.create) {
    throw new ApiFailure('NOT_FOUND', `There is no library file at ${path}.`);
  }
  if (exists) {
    // Look before writing anything: a damaged, newer or foreign file must stay exactly as it is.
    const inspection = inspect(path, options);
    const { damage } = inspection;
    if (damage !== null) {
      return damage.readable
        ? openReadOnly(path, options, damagedReason(path, damage), damage)
        : openStandIn(path, options, damage);
    }
    if (inspection.identity.version > LATEST_SCHEMA_VERSION) {
      return openReadOnly(path, options, newerVersionReason(inspection.identity.version));
    }
    if (options.readOnly) return openReadOnly(path, options, 'The library was opened read-only.');
  } else {
    mkdirSync(dirname(path), { recursive: true });
  }
  const db = new Database(path, driverOptions(options, false));
  try {
    configure(db);
    const from = readIdentity(db).version;
    const now = (options.now ?? (() => new Date()))();
    const driver = options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding };
    const backups = await migrate(db, path, from, now, MIGRATIONS, driver);
    return { db, readOnlyReason: null, damage: null, backups, created: !exists };
  } catch (error) {
    db.close();
    throw error;
  }
}
