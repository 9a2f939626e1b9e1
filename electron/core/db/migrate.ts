// Brings a library up to the app's schema: an online backup of the existing file first, then
// each pending migration in its own transaction, so a failure leaves the last good version.
import { mkdirSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { Migration } from './migrations/migration';

/** PRAGMA application_id of every library file: "EWB1". */
export const APPLICATION_ID = 0x45574231;

/** Backups sit beside the library, in "<name>.backups/", named by version and time. */
export function backupPath(path: string, version: number, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const extension = extname(path) || '.ewb';
  const stem = basename(path, extname(path));
  return join(dirname(path), `${stem}.backups`, `${stem}-v${version}-${stamp}${extension}`);
}

export async function migrate(
  db: Database,
  path: string,
  from: number,
  now: Date,
  migrations: readonly Migration[],
): Promise<string[]> {
  const pending = migrations.filter((m) => m.version > from).sort((a, b) => a.version - b.version);
  if (pending.length === 0) return [];
  const backups: string[] = [];
  if (from > 0) {
    const target = backupPath(path, from, now);
    mkdirSync(dirname(target), { recursive: true });
    await db.backup(target);
    backups.push(target);
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
