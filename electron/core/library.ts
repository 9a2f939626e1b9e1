// An open library file: the database handle, whether it may be changed, and the one way to write
// to it (a transaction that is refused on a read-only library).
import { existsSync, rmSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../shared/errors';
import type { LibraryDamage } from '../../shared/model/library';
import { openDatabase, type OpenDatabaseOptions } from './db/open-database';
import { setSetting } from './repos/library-settings';
import { insertDefaultReferenceData } from './repos/reference-data';

export type LibraryOpenOptions = Pick<OpenDatabaseOptions, 'readOnly' | 'nativeBinding' | 'now'>;

export class Library {
  private constructor(
    readonly path: string,
    readonly db: Database,
    readonly readOnlyReason: string | null,
    readonly backups: readonly string[],
    /** What the checks on opening found wrong with the file; a damaged library is never written. */
    readonly damage: LibraryDamage | null = null,
  ) {}

  /** Opens an existing library, migrating it (after a backup) when it is older than the app. */
  static async open(path: string, options: LibraryOpenOptions = {}): Promise<Library> {
    const opened = await openDatabase(path, { ...options, create: false });
    return new Library(path, opened.db, opened.readOnlyReason, opened.backups, opened.damage);
  }

  /**
   * Creates a new library file seeded with the default reference data, then lets `fill` add
   * content in the same transaction. Refuses to overwrite an existing file.
   */
  static async create(
    path: string,
    details: { name: string; description?: string },
    options: Omit<LibraryOpenOptions, 'readOnly'> & { fill?: (library: Library) => void } = {},
  ): Promise<Library> {
    if (existsSync(path)) {
      throw new ApiFailure(
        'CONFLICT',
        `${basename(path)} already exists; a new library never overwrites a file.`,
      );
    }
    const opened = await openDatabase(path, { ...options, create: true });
    const library = new Library(path, opened.db, null, []);
    try {
      library.write(() => {
        insertDefaultReferenceData(library.db);
        setSetting(library.db, 'name', details.name);
        if (details.description !== undefined) setSetting(library.db, 'description', details.description);
        setSetting(library.db, 'created_at', new Date().toISOString());
        options.fill?.(library);
      });
    } catch (error) {
      // A library that could not be filled is not left behind half-made.
      library.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
      throw error;
    }
    return library;
  }

  get fileSizeBytes(): number {
    return statSync(this.path).size;
  }

  /** Runs `work` as one transaction: all of it is stored, or none of it. */
  write<T>(work: () => T): T {
    if (this.readOnlyReason !== null) throw new ApiFailure('READ_ONLY', this.readOnlyReason);
    return this.db.transaction(work)();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
