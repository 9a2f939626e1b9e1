// The backups kept beside a library, in "<name>.backups/": each written with SQLite's online
// backup API (never a raw copy of a live file), made a single self-contained file, and checked
// with `PRAGMA integrity_check`. A backup that fails its check is removed and reported, never
// counted; the newest good ones are kept up to a limit.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import Database, { type Database as Db } from 'better-sqlite3';
import { ApiFailure } from '../../../shared/errors';
import {
  BACKUP_KINDS,
  type BackupFile,
  type BackupKind,
  type DiscardedBackup,
} from '../../../shared/model/library-files';

/** How to load the SQLite driver (the Electron build passes its own binary). */
export interface DriverOptions {
  nativeBinding?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function stemOf(libraryPath: string): string {
  return basename(libraryPath, extname(libraryPath));
}

export function backupFolder(libraryPath: string): string {
  return join(dirname(libraryPath), `${stemOf(libraryPath)}.backups`);
}

/** "<stem>-v<version>-<ISO time with - for : and .>-<kind><ext>", so names sort by time. */
export function backupPath(libraryPath: string, version: number, now: Date, kind: BackupKind): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const extension = extname(libraryPath) || '.ewb';
  return join(backupFolder(libraryPath), `${stemOf(libraryPath)}-v${version}-${stamp}-${kind}${extension}`);
}

const NAME_PATTERN = /^-v(\d+)-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-([a-z-]+))?$/;

/** The time and kind a backup's name records, or null for a file that is not one of ours. */
export function parseBackupName(
  libraryPath: string,
  fileName: string,
): { createdAt: string; kind: BackupKind } | null {
  const stem = stemOf(libraryPath);
  const extension = extname(libraryPath) || '.ewb';
  if (!fileName.startsWith(stem) || !fileName.endsWith(extension)) return null;
  const match = NAME_PATTERN.exec(fileName.slice(stem.length, fileName.length - extension.length));
  if (match === null) return null;
  const [, , date, hh, mm, ss, ms, kind] = match;
  // Backups made before kinds were named were all taken before a migration.
  const named = kind ?? 'migration';
  if (!(BACKUP_KINDS as readonly string[]).includes(named)) return null;
  return { createdAt: `${date}T${hh}:${mm}:${ss}.${ms}Z`, kind: named as BackupKind };
}

export type Verification = { ok: true; schemaVersion: number } | { ok: false; problem: string };

/** Opens the file read-only and runs `PRAGMA integrity_check` on it. Never throws. */
export function verifyBackupFile(file: string, driver: DriverOptions = {}): Verification {
  let db: Db | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...driver });
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const messages = rows.map((r) => r.integrity_check);
    if (messages.length !== 1 || messages[0] !== 'ok') {
      return { ok: false, problem: `integrity check: ${messages.slice(0, 3).join('; ')}` };
    }
    return { ok: true, schemaVersion: db.pragma('user_version', { simple: true }) as number };
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) };
  } finally {
    db?.close();
  }
}

/** Copies `db` to `target` with the online backup API and makes the copy one file (no WAL). */
export async function onlineCopy(db: Db, target: string, driver: DriverOptions = {}): Promise<void> {
  await db.backup(target);
  const copy = new Database(target, { fileMustExist: true, ...driver });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** Results of checks already run, by file and its size and time, so a list does not re-read them. */
const checked = new Map<string, { key: string; verification: Verification; at: string }>();

function checkOnce(file: string, driver: DriverOptions, now: Date) {
  const stat = statSync(file);
  const key = `${stat.size}:${stat.mtimeMs}`;
  const known = checked.get(file);
  if (known !== undefined && known.key === key) return { ...known, sizeBytes: stat.size };
  const entry = { key, verification: verifyBackupFile(file, driver), at: now.toISOString() };
  checked.set(file, entry);
  return { ...entry, sizeBytes: stat.size };
}

function removeBackup(file: string): void {
  checked.delete(file);
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
}

/**
 * Writes a backup of `db`, then checks it. A backup that fails is removed and the failure thrown:
 * a bad copy is never left looking like a good one.
 */
export async function writeVerifiedBackup(
  db: Db,
  libraryPath: string,
  kind: BackupKind,
  now: Date,
  driver: DriverOptions = {},
): Promise<BackupFile> {
  const version = db.pragma('user_version', { simple: true }) as number;
  let time = now;
  // Two backups in the same millisecond get distinct names rather than one replacing the other.
  while (existsSync(backupPath(libraryPath, version, time, kind))) time = new Date(time.getTime() + 1);
  const target = backupPath(libraryPath, version, time, kind);
  mkdirSync(dirname(target), { recursive: true });
  try {
    await onlineCopy(db, target, driver);
  } catch (error) {
    removeBackup(target);
    throw backupFailure(target, error instanceof Error ? error.message : String(error));
  }
  const check = checkOnce(target, driver, now);
  if (!check.verification.ok) {
    removeBackup(target);
    throw backupFailure(target, check.verification.problem);
  }
  return {
    fileName: basename(target),
    kind,
    createdAt: time.toISOString(),
    sizeBytes: check.sizeBytes,
    schemaVersion: check.verification.schemaVersion,
    verifiedAt: check.at,
  };
}

/** A backup that could not be written or failed its check (and was removed). */
export class BackupFailure extends ApiFailure {
  constructor(
    readonly fileName: string,
    readonly problem: string,
  ) {
    super(
      'INTERNAL',
      `The backup ${fileName} could not be written and checked (${problem}); it was removed. ` +
        'The library itself is unchanged.',
    );
  }
}

function backupFailure(target: string, problem: string): BackupFailure {
  return new BackupFailure(basename(target), problem);
}

export interface BackupListing {
  backups: BackupFile[];
  discarded: DiscardedBackup[];
}

/** Every backup of the library, newest first, each checked; failed ones are removed and reported. */
export function listBackups(libraryPath: string, now: Date, driver: DriverOptions = {}): BackupListing {
  const folder = backupFolder(libraryPath);
  if (!existsSync(folder)) return { backups: [], discarded: [] };
  const backups: BackupFile[] = [];
  const discarded: DiscardedBackup[] = [];
  for (const fileName of readdirSync(folder)) {
    const named = parseBackupName(libraryPath, fileName);
    if (named === null) continue;
    const file = join(folder, fileName);
    const check = checkOnce(file, driver, now);
    if (!check.verification.ok) {
      removeBackup(file);
      discarded.push({ fileName, problem: check.verification.problem });
      continue;
    }
    backups.push({
      fileName,
      ...named,
      sizeBytes: check.sizeBytes,
      schemaVersion: check.verification.schemaVersion,
      verifiedAt: check.at,
    });
  }
  backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.fileName.localeCompare(a.fileName));
  return { backups, discarded };
}

/** Removes the oldest backups beyond `keep`; returns the names removed. */
export function pruneBackups(libraryPath: string, keep: number, listing: BackupListing): string[] {
  const surplus = listing.backups.slice(keep);
  for (const backup of surplus) removeBackup(join(backupFolder(libraryPath), backup.fileName));
  return surplus.map((b) => b.fileName);
}

/** True when there is no backup yet, or the newest is more than a day old. */
export function dailyBackupDue(backups: readonly BackupFile[], now: Date): boolean {
  const newest = backups[0];
  return newest === undefined || now.getTime() - Date.parse(newest.createdAt) >= DAY_MS;
}
