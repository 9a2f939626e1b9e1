// Version 10: the column mappings an import remembers, per kind of record and set of headers, so a
// file with the same columns is mapped the same way next time.
import type { Migration } from './migration';

export const importMappings: Migration = {
  version: 10,
  name: 'import mappings',
  up: (db) => {
    db.exec(`
CREATE TABLE import_mappings (
  entity TEXT NOT NULL,
  header_key TEXT NOT NULL,
  mapping TEXT NOT NULL CHECK (json_valid(mapping)),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (entity, header_key)
) WITHOUT ROWID;
`);
  },
};
