// Version 9: the shortlist, the interventions a commissioner has chosen from a comparison for a
// brief (issue 6), each with the outcome it was chosen for. Its changes go to the change history.
import type { Migration } from './migration';

export const shortlist: Migration = {
  version: 9,
  name: 'shortlist',
  up: (db) => {
    db.exec(`
CREATE TABLE shortlist (
  intervention_id TEXT PRIMARY KEY REFERENCES interventions (id) ON DELETE CASCADE,
  -- Kept when the outcome is merged away or deleted: the entry stays, without its outcome.
  outcome_domain_id TEXT REFERENCES outcome_domains (id) ON DELETE SET NULL,
  note TEXT,
  added_by TEXT NOT NULL CHECK (length(trim(added_by)) > 0),
  added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT, WITHOUT ROWID;
CREATE INDEX shortlist_outcome ON shortlist (outcome_domain_id);
`);
  },
};
