// Version 2: a researcher's override of a computed rating, with the reason. The computed rating
// is never stored: it is recomputed from the evidence, so both stay visible side by side.
import type { Migration } from './migration';

export const ratingOverrides: Migration = {
  version: 2,
  name: 'rating overrides',
  up: (db) => {
    db.exec(`
CREATE TABLE rating_overrides (
  intervention_id TEXT NOT NULL REFERENCES interventions (id) ON DELETE CASCADE,
  framework_id TEXT NOT NULL,
  -- The outcome or study the rating is about, or '' for the intervention as a whole.
  subject_id TEXT NOT NULL DEFAULT '',
  level TEXT NOT NULL CHECK (length(trim(level)) > 0),
  computed_level TEXT NOT NULL,
  reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  overridden_by TEXT NOT NULL CHECK (length(trim(overridden_by)) > 0),
  overridden_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (intervention_id, framework_id, subject_id)
) STRICT, WITHOUT ROWID;
`);
  },
};
