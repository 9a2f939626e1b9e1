// Results worth keeping between reads (the toolkit recomputes every intervention's evidence) kept
// until the library's data changes. The data version is read from SQLite itself, so no write path
// can forget to bump it: total_changes() counts every row this connection has inserted, updated
// or deleted (whatever code ran the statement), and PRAGMA data_version moves when another
// connection (the ewb CLI, another window) commits to the same file.
import type { Database } from 'better-sqlite3';
import { statement } from '../repos/statements';

const caches = new WeakMap<Database, Map<string, { version: string; value: unknown }>>();

function dataVersion(db: Database): string {
  const { changes } = statement(db, 'SELECT total_changes() AS changes').get() as { changes: number };
  return `${String(db.pragma('data_version', { simple: true }))}:${changes}`;
}

/** `compute()`'s value for `key`, computed again only when the library's data has changed since. */
export function untilWrite<T>(db: Database, key: string, compute: () => T): T {
  let cache = caches.get(db);
  if (cache === undefined) {
    cache = new Map();
    caches.set(db, cache);
  }
  const version = dataVersion(db);
  const kept = cache.get(key);
  if (kept?.version === version) return kept.value as T;
  const value = compute();
  cache.set(key, { version, value });
  return value;
}
