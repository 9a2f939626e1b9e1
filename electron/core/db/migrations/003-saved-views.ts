// Version 3: saved views of a screen (columns, sort, filters, search), kept in the library.
import type { Migration } from './migration';

export const savedViews: Migration = {
  version: 3,
  name: 'saved views',
  up: (db) => {
    db.exec(`
CREATE TABLE saved_views (
  id TEXT PRIMARY KEY,
  screen TEXT NOT NULL,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  state TEXT NOT NULL CHECK (json_valid(state)),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (screen, name)
) STRICT;
`);
  },
};
