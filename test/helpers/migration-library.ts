// A library file at the schema version just before a migration, made fresh for each test (with
// foreign keys on, as the app opens it, and the rows a test seeds), and the step up to it.
import Database from 'better-sqlite3';
import { afterEach, beforeEach } from 'vitest';
import { migrate } from '../../electron/core/db/migrate';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { tempDir, type TempDir } from './libraries';

export function useLibraryBefore(version: number, seed = '') {
  const earlier = MIGRATIONS.filter((m) => m.version < version);
  const previous = Math.max(0, ...earlier.map((m) => m.version));
  const upTo = MIGRATIONS.filter((m) => m.version <= version);
  let dir: TempDir;
  let db: Database.Database;

  beforeEach(async () => {
    dir = tempDir();
    db = new Database(dir.file('previous.ewb'));
    db.pragma('foreign_keys = ON');
    await migrate(db, dir.file('previous.ewb'), 0, new Date(), earlier);
    if (seed !== '') db.exec(seed);
  });
  afterEach(() => {
    db.close();
    dir.remove();
  });

  return {
    get db(): Database.Database {
      return db;
    },
    /** Runs the migrations up to and including `version` on the file. */
    upgrade: () => migrate(db, dir.file('previous.ewb'), previous, new Date(), upTo),
  };
}
