// The library a host is working on (the desktop window, or `ewb serve`): one open at a time,
// switched by New, Open and Restore, with the core's dispatch for it, its recent list, and its
// backups (written with the online backup API, checked, kept to a limit, taken daily). Node only,
// so tests run it on real files; the desktop app and the browser-served mode share it.
import { accessSync, constants, existsSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { ApiFailure, type ApiResult } from '../../shared/errors';
import type {
  BackupList,
  BackupMade,
  DiscardedBackup,
  LibrarySwitched,
  RecentLibrary,
  RestoreOutcome,
} from '../../shared/model/library-files';
import { DEFAULT_BACKUP_LIMIT } from '../../shared/model/library-files';
import { createDispatch, type Dispatch } from './api/dispatch';
import {
  BackupFailure,
  backupFolder,
  dailyBackupDue,
  type DriverOptions,
  listBackups,
  onlineCopy,
  pruneBackups,
  verifyBackupFile,
  writeVerifiedBackup,
} from './db/backups';
import { LATEST_SCHEMA_VERSION } from './db/migrations';
import type { BriefTools } from './briefs/render';
import type { LibraryFiles } from './handlers';
import { Library } from './library';
import type { RecentLibraries } from './recent-libraries';
import { createLibraryFromBundle } from './services/sample-library';
import { withLibraryExtension } from './user-data';

const NO_LIBRARY_MESSAGE = 'No library is open: use File > Open Library… or File > New Library….';
const NO_LIBRARY: ApiResult<never> = { ok: false, error: { code: 'NOT_FOUND', message: NO_LIBRARY_MESSAGE } };

/** How often an open library is checked for a daily backup. */
export const DAILY_CHECK_INTERVAL_MS = 60 * 60 * 1000;

export interface LibrarySessionOptions {
  /** better-sqlite3 built for Electron (development); the packaged app finds its own. */
  nativeBinding?: string;
  onInternalError?: (error: unknown) => void;
  /** The recent list; every library opened or created goes to its top. */
  recent?: RecentLibraries;
  /**
   * True in the browser-served mode, where a library file is named by a typed path. The desktop
   * app takes paths only from its own dialogs, never from the page.
   */
  typedPaths?: boolean;
  /** How many good backups to keep (default DEFAULT_BACKUP_LIMIT). */
  backupLimit?: number;
  /** The clock for backups; tests pass their own. */
  now?: () => Date;
  /** What exporting briefs needs (the template and a printer). */
  briefs?: BriefTools;
}

export interface CopySaved {
  path: string;
  sizeBytes: number;
}

export class LibrarySession {
  private current: { library: Library; dispatch: Dispatch } | null = null;
  /** Backups that failed a check since the list was last read: shown once, then forgotten. */
  private reported: DiscardedBackup[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  /** File operations queued or running. */
  private running = 0;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly options: LibrarySessionOptions = {}) {}

  get library(): Library | null {
    return this.current?.library ?? null;
  }

  /**
   * Always answers for the library open at the time of the call; a call that comes while a restore
   * has the library closed waits for it to open again.
   */
  readonly dispatch: Dispatch = async (method, input) => {
    if (this.current === null && this.running > 0) await this.queue;
    return this.current === null ? NO_LIBRARY : this.current.dispatch(method, input);
  };

  /** Opens `path`; the previous library stays open until the new one has opened. */
  open(path: string): Promise<Library> {
    return this.exclusive(async () => {
      const absolute = resolve(path);
      if (this.current !== null && this.current.library.path === absolute) return this.current.library;
      return this.replaceWith(await Library.open(absolute, this.openOptions()));
    });
  }

  /** Creates an empty library (never over an existing file) and makes it current. */
  create(path: string): Promise<Library> {
    return this.exclusive(async () => {
      const absolute = resolve(path);
      const name = basename(absolute).replace(/\.[^.]*$/, '');
      return this.replaceWith(await Library.create(absolute, { name }, this.openOptions()));
    });
  }

  /** Creates a library holding a copy of the bundled sample and makes it current. */
  createFromSample(path: string, bundlePath: string): Promise<Library> {
    return this.exclusive(async () =>
      this.replaceWith(await createLibraryFromBundle(resolve(path), bundlePath, this.openOptions())),
    );
  }

  /**
   * Writes a copy of the open library to `target` with the online backup API (safe while it is
   * being written), checks it, and leaves the open library as it is. Never overwrites a file.
   */
  saveCopy(target: string): Promise<CopySaved> {
    return this.exclusive(async () => {
      const library = this.requireLibrary();
      const path = resolve(target);
      assertNewFile(path);
      try {
        await onlineCopy(library.db, path, this.driver());
      } catch (error) {
        removeLibraryFile(path);
        throw new ApiFailure(
          'FORBIDDEN',
          `The copy could not be written to ${path}: ${messageOf(error)}`,
          'path',
        );
      }
      const check = verifyBackupFile(path, this.driver());
      if (!check.ok) {
        removeLibraryFile(path);
        throw new ApiFailure(
          'INTERNAL',
          `The copy failed its integrity check (${check.problem}) and was removed.`,
        );
      }
      return { path, sizeBytes: statSync(path).size };
    });
  }

  /** Backs the open library up now, keeping the newest `backupLimit`. */
  backUpNow(): Promise<BackupMade> {
    return this.exclusive(() => this.backUp('manual'));
  }

  /** The open library's backups, each checked; failures since the last look are reported once. */
  listBackups(): BackupList {
    const library = this.requireLibrary();
    const listing = listBackups(library.path, this.now(), this.driver());
    const discarded = [...this.reported, ...listing.discarded];
    this.reported = [];
    return {
      folder: backupFolder(library.path),
      backups: listing.backups,
      discarded,
      limit: this.limit(),
    };
  }

  /**
   * Puts a backup back in place of the open library. The current state is backed up first, so the
   * restore can itself be undone; the library is closed, the backup copied into its file with the
   * online backup API, and the file opened again (migrated if the backup is older). If anything
   * fails, the state before the restore is put back.
   */
  restore(fileName: string): Promise<RestoreOutcome> {
    return this.exclusive(async () => {
      const library = this.requireLibrary();
      if (library.readOnlyReason !== null) throw new ApiFailure('READ_ONLY', library.readOnlyReason);
      const listing = listBackups(library.path, this.now(), this.driver());
      this.reported.push(...listing.discarded);
      const chosen = listing.backups.find((b) => b.fileName === fileName);
      if (chosen === undefined) {
        throw new ApiFailure('NOT_FOUND', `There is no good backup named ${fileName}.`, 'fileName');
      }
      if (chosen.schemaVersion > LATEST_SCHEMA_VERSION) {
        throw new ApiFailure(
          'CONFLICT',
          `${fileName} was saved by a newer version of Evidence Workbench (library format ${chosen.schemaVersion}); update to restore it.`,
          'fileName',
        );
      }
      const safetyBackup = await this.writeBackup(library, 'before-restore');
      const folder = backupFolder(library.path);
      this.current = null;
      library.close();
      try {
        await this.copyInto(join(folder, fileName), library.path);
        this.replaceWith(await Library.open(library.path, this.openOptions()));
      } catch (error) {
        await this.copyInto(join(folder, safetyBackup.fileName), library.path);
        this.replaceWith(await Library.open(library.path, this.openOptions()));
        throw new ApiFailure(
          'INTERNAL',
          `${fileName} could not be restored (${messageOf(error)}); the library is as it was before.`,
        );
      }
      return { restored: chosen, safetyBackup };
    });
  }

  /** Takes the daily backup when the newest is a day old or there is none. */
  checkDailyBackup(): Promise<BackupMade | null> {
    return this.exclusive(() => this.dailyBackup());
  }

  /** Checks for a daily backup every `everyMs` while the session lasts (without keeping Node alive). */
  startDailyBackups(everyMs: number = DAILY_CHECK_INTERVAL_MS): void {
    this.stopDailyBackups();
    this.timer = setInterval(() => {
      this.checkDailyBackup().catch((error: unknown) => this.options.onInternalError?.(error));
    }, everyMs);
    this.timer.unref();
  }

  close(): void {
    this.stopDailyBackups();
    this.current?.library.close();
    this.current = null;
  }

  /** The recent list with the open library marked. */
  recentLibraries(): RecentLibrary[] {
    const open = this.current?.library.path;
    return (this.options.recent?.list() ?? []).map((path) => ({
      path,
      fileName: basename(path),
      current: path === open,
    }));
  }

  /** What the API's library-files and backups methods call (see handlers.ts). */
  readonly files: LibraryFiles = {
    recent: () => this.recentLibraries(),
    open: async (path) => switchedTo(await aboutPath(this.open(this.typedPath(path, 'open')))),
    create: async (path) => {
      const target = withLibraryExtension(this.typedPath(path, 'create'));
      assertNewFile(target);
      return switchedTo(await this.create(target));
    },
    saveCopy: (path) => this.saveCopy(withLibraryExtension(this.typedPath(path, 'save a copy'))),
    listBackups: () => this.listBackups(),
    backUpNow: () => this.backUpNow(),
    restore: (fileName) => this.restore(fileName),
  };

  private stopDailyBackups(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  /** One file operation at a time: a restore never runs while a backup or a switch is half done. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    this.running++;
    const run = this.queue.then(work, work).finally(() => this.running--);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private now(): Date {
    return (this.options.now ?? (() => new Date()))();
  }

  private limit(): number {
    return this.options.backupLimit ?? DEFAULT_BACKUP_LIMIT;
  }

  /** The driver, and the clock that names a backup taken before a migration. */
  private openOptions(): DriverOptions & { now?: () => Date } {
    return this.options.now === undefined ? this.driver() : { ...this.driver(), now: this.options.now };
  }

  private driver(): DriverOptions {
    return this.options.nativeBinding === undefined ? {} : { nativeBinding: this.options.nativeBinding };
  }

  private requireLibrary(): Library {
    if (this.current === null) throw new ApiFailure('NOT_FOUND', NO_LIBRARY_MESSAGE);
    return this.current.library;
  }

  private typedPath(path: string, action: string): string {
    if (this.options.typedPaths !== true) {
      throw new ApiFailure(
        'FORBIDDEN',
        `In the desktop app, use the File menu to ${action} a library: it asks for the file in a dialog.`,
      );
    }
    if (!isAbsolute(path)) {
      throw new ApiFailure('INVALID_INPUT', 'Type the full path of the file, from the top folder.', 'path');
    }
    return resolve(path);
  }

  private async writeBackup(library: Library, kind: 'manual' | 'daily' | 'before-restore') {
    try {
      return await writeVerifiedBackup(library.db, library.path, kind, this.now(), this.driver());
    } catch (error) {
      if (error instanceof BackupFailure) {
        this.reported.push({ fileName: error.fileName, problem: error.problem });
      }
      throw error;
    }
  }

  private async backUp(kind: 'manual' | 'daily'): Promise<BackupMade> {
    const library = this.requireLibrary();
    const backup = await this.writeBackup(library, kind);
    const listing = listBackups(library.path, this.now(), this.driver());
    this.reported.push(...listing.discarded);
    return { backup, removed: pruneBackups(library.path, this.limit(), listing) };
  }

  private async dailyBackup(): Promise<BackupMade | null> {
    const library = this.current?.library;
    // A read-only library cannot change, so it needs no new backups.
    if (library === undefined || library.readOnlyReason !== null) return null;
    const listing = listBackups(library.path, this.now(), this.driver());
    this.reported.push(...listing.discarded);
    return dailyBackupDue(listing.backups, this.now()) ? this.backUp('daily') : null;
  }

  /** Copies a backup file over the (closed) library with the online backup API. */
  private async copyInto(source: string, target: string): Promise<void> {
    const backup = new Database(source, { readonly: true, fileMustExist: true, ...this.driver() });
    try {
      await backup.backup(target);
    } finally {
      backup.close();
    }
  }

  private async replaceWith(library: Library): Promise<Library> {
    const previous = this.current;
    this.current = {
      library,
      dispatch: createDispatch(
        {
          library,
          files: this.files,
          ...(this.options.briefs === undefined ? {} : { briefs: this.options.briefs }),
        },
        this.options.onInternalError,
      ),
    };
    if (previous !== null && previous.library !== library) previous.library.close();
    this.options.recent?.add(library.path);
    try {
      // Opening a library is when a day-old backup is noticed; a failure is reported, not fatal.
      await this.dailyBackup();
    } catch (error) {
      if (!(error instanceof BackupFailure)) this.options.onInternalError?.(error);
    }
    return library;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A refusal of the file itself (missing, not a library) concerns the path the user typed. */
async function aboutPath<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof ApiFailure && error.field === undefined) {
      throw new ApiFailure(error.code, error.message, 'path');
    }
    throw error;
  }
}

function switchedTo(library: Library): LibrarySwitched {
  return { path: library.path, fileName: basename(library.path), readOnlyReason: library.readOnlyReason };
}

function removeLibraryFile(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}

/** Refuses a path that exists, or whose folder is missing or cannot be written, naming the field. */
function assertNewFile(path: string): void {
  if (existsSync(path)) {
    throw new ApiFailure(
      'CONFLICT',
      `${basename(path)} already exists: choose another name (a library file is never overwritten).`,
      'path',
    );
  }
  const folder = dirname(path);
  if (!existsSync(folder)) throw new ApiFailure('NOT_FOUND', `There is no folder ${folder}.`, 'path');
  if (!statSync(folder).isDirectory()) {
    throw new ApiFailure('INVALID_INPUT', `${folder} is a file, not a folder.`, 'path');
  }
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new ApiFailure('FORBIDDEN', `The folder ${folder} cannot be written to.`, 'path');
  }
}
