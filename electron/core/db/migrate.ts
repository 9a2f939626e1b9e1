// Brings a library up to the app's schema: an online backup of the existing file first (checked
// with integrity_check; no migration runs without a good one), then each pending migration in its
// own transaction, so a failure leaves the last good version.
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { backupFolder, type DriverOptions, writeVerifiedBackup } from './backups';
import type { Migration } from './migrations/migration';

/** PRAGMA application_id of every library file: "EWB1". */
export const APPLICATION_ID = 0x45574231;

export async function migrate(
  db: Database,
  path: string,
  from: number,
  now: Date,
  migrations: readonly Migration[],
  driver: DriverOptions = {},
): Promise<string[]> {
  const pending = migrations.filter((m) => m.version > from).sort((a, b) => a.version - b.version);
  if (pending.length === 0) return [];
  const backups: string[] = [];
  if (from > 0) {
    const backup = await writeVerifiedBackup(db, path, 'migration', now, driver);
    backups.push(join(backupFolder(path), backup.fileName));
  }
  for (const migration of pending) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return backups;
}
