// Opens a library file the one safe way: checks it is ours, refuses to write to a library made
// by a newer version, sets the pragmas architecture.md requires, and migrates it in
// transactions after an online backup.
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import Database, { type Database as Db } from 'better-sqlite3';
import { ApiFailure } from '../../../shared/errors';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import { APPLICATION_ID, migrate } from './migrate';

const SQLITE_HEADER = 'SQLite format 3\u0000';

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

function openReadOnly(path: string, options: OpenDatabaseOptions, reason: string): OpenedDatabase {
  const db = new Database(path, driverOptions(options, true));
  db.pragma('query_only = ON');
  return { db, readOnlyReason: reason, backups: [], created: false };
}

export async function openDatabase(path: string, options: OpenDatabaseOptions = {}): Promise<OpenedDatabase> {
  const exists = existsSync(path);
  if (!exists && !options.create) {
    throw new ApiFailure('NOT_FOUND', `There is no library file at ${path}.`);
  }
  if (exists) {
    assertSqliteFile(path);
    // Look before writing anything: a newer or foreign file must stay exactly as it is.
    const peek = new Database(path, driverOptions(options, true));
    let identity: FileIdentity;
    let hasTables: boolean;
    try {
      identity = readIdentity(peek);
      hasTables = peek.prepare('SELECT 1 FROM sqlite_schema LIMIT 1').get() !== undefined;
    } finally {
      peek.close();
    }
    assertOurs(path, identity, hasTables);
    if (identity.version > LATEST_SCHEMA_VERSION) {
      return openReadOnly(path, options, newerVersionReason(identity.version));
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
    return { db, readOnlyReason: null, backups, created: !exists };
  } catch (error) {
    db.close();
    throw error;
  }
}
