// The shape of one schema migration: a version number and the change that reaches it.
import type { Database } from 'better-sqlite3';

export interface Migration {
  /** The `user_version` the library has after this migration. */
  version: number;
  name: string;
  /** Runs inside the migrator's transaction; must not manage transactions itself. */
  up: (db: Database) => void;
}
