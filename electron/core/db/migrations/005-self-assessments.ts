// Version 5: providers' self-assessments against a standards framework (draft → submitted →
// validated or returned, with the reviewer's date and notes) and the evidence for each criterion.
// Version 4 belongs to another change; versions need only increase, not be contiguous.
import { SELF_ASSESSMENT_STATUSES } from '../../../../shared/model/vocabulary';
import type { Migration } from './migration';

const statuses = SELF_ASSESSMENT_STATUSES.map((s) => `'${s}'`).join(', ');

export const selfAssessments: Migration = {
  version: 5,
  name: 'self-assessments',
  up: (db) => {
    db.exec(`
CREATE TABLE self_assessments (
  intervention_id TEXT NOT NULL REFERENCES interventions (id) ON DELETE CASCADE,
  framework_id TEXT NOT NULL CHECK (length(trim(framework_id)) > 0),
  claimed_level TEXT,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN (${statuses})),
  submitted_by TEXT,
  submitted_at TEXT,
  -- The latest review (kept when the provider resubmits, so both sides can see what was asked).
  reviewed_by TEXT,
  reviewed_at TEXT,
  review_notes TEXT,
  validated_level TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (intervention_id, framework_id),
  CHECK (status = 'draft' OR (claimed_level IS NOT NULL AND submitted_by IS NOT NULL AND submitted_at IS NOT NULL)),
  CHECK (status <> 'validated' OR (validated_level IS NOT NULL AND reviewed_by IS NOT NULL AND reviewed_at IS NOT NULL)),
  CHECK (status <> 'returned' OR (length(trim(review_notes)) > 0 AND reviewed_by IS NOT NULL AND reviewed_at IS NOT NULL))
) STRICT, WITHOUT ROWID;

CREATE TABLE self_assessment_evidence (
  id INTEGER PRIMARY KEY,
  intervention_id TEXT NOT NULL,
  framework_id TEXT NOT NULL,
  -- The key of the framework criterion it supports (shared/analysis/ratings/self-assessment-criteria).
  criterion TEXT NOT NULL CHECK (length(trim(criterion)) > 0),
  position INTEGER NOT NULL,
  text TEXT NOT NULL CHECK (length(trim(text)) > 0),
  evaluation_id TEXT REFERENCES evaluations (id) ON DELETE SET NULL,
  url TEXT,
  FOREIGN KEY (intervention_id, framework_id)
    REFERENCES self_assessments (intervention_id, framework_id) ON DELETE CASCADE
) STRICT;
CREATE INDEX self_assessment_evidence_assessment
  ON self_assessment_evidence (intervention_id, framework_id, position);
CREATE INDEX self_assessment_evidence_evaluation ON self_assessment_evidence (evaluation_id);
`);
  },
};
