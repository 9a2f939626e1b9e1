// Version 6: the files of attachments a change removed, kept with that change so undoing it puts
// them back (the change history keeps only their metadata, not their bytes).
import type { Migration } from './migration';

export const removedAttachments: Migration = {
  version: 6,
  name: 'removed attachments',
  up: (db) => {
    db.exec(`
CREATE TABLE removed_attachments (
  change_id INTEGER NOT NULL REFERENCES change_history (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  -- No foreign keys: the intervention or evaluation may have been removed by the same change.
  intervention_id TEXT,
  evaluation_id TEXT,
  file_name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size_bytes INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  content BLOB NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (change_id, id)
) STRICT;
`);
  },
};
