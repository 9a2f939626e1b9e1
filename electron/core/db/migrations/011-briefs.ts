// Version 11: commissioning briefs as the briefs feature stores them (issue 7). The first schema's
// placeholder tables are rebuilt, keeping any rows: a brief now records its outcome, date, summary
// and who changed it; its options keep their intervention's id without a foreign key, so deleting
// an intervention leaves the brief whole (its document then says the option is no longer in the
// library); a snapshot keeps its file's name and type and who froze it, and stays (marked with the
// change that removed it) when it or its brief is deleted, so undoing that brings it back. The
// partnership's branding is one row.
import type { Migration } from './migration';

const now = `(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export const briefs: Migration = {
  version: 11,
  name: 'briefs',
  up: (db) => {
    db.exec(`
CREATE TABLE briefs_v11 (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  question TEXT NOT NULL DEFAULT '',
  audience TEXT NOT NULL DEFAULT '',
  -- Without its area a brief uses the library-wide baseline rate.
  area_id TEXT REFERENCES areas (id) ON DELETE SET NULL,
  brief_date TEXT NOT NULL,
  author TEXT NOT NULL DEFAULT '',
  budget REAL CHECK (budget IS NULL OR budget >= 0),
  -- An outcome in use by a brief is moved with a merge, never deleted under it.
  outcome_domain_id TEXT NOT NULL REFERENCES outcome_domains (id),
  -- The author's order and choice of sections: [{ "kind": ..., "included": ... }].
  sections TEXT NOT NULL CHECK (json_valid(sections) AND json_type(sections) = 'array'),
  summary TEXT NOT NULL DEFAULT '',
  recommendation TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL DEFAULT ${now},
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL DEFAULT ${now},
  updated_by TEXT NOT NULL
) STRICT;
CREATE INDEX briefs_outcome ON briefs_v11 (outcome_domain_id);
CREATE INDEX briefs_area ON briefs_v11 (area_id);

CREATE TABLE brief_options (
  brief_id TEXT NOT NULL REFERENCES briefs_v11 (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  -- No foreign key: a deleted intervention stays an option, shown as no longer in the library.
  intervention_id TEXT NOT NULL,
  implementation_note TEXT NOT NULL DEFAULT '',
  local_delivery_note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (brief_id, intervention_id),
  UNIQUE (brief_id, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX brief_options_intervention ON brief_options (intervention_id);

CREATE TABLE brief_snapshots_v11 (
  id TEXT PRIMARY KEY,
  -- No foreign key: a deleted brief's snapshots are kept for undo, marked by removed_by_change.
  brief_id TEXT NOT NULL,
  format TEXT NOT NULL CHECK (format IN ('pdf', 'docx', 'html', 'md')),
  file_name TEXT NOT NULL CHECK (length(trim(file_name)) > 0),
  media_type TEXT NOT NULL CHECK (length(media_type) > 0),
  content BLOB NOT NULL,
  -- The figures the file showed (BriefFigure[]): what its diff compares with the library now.
  figures TEXT NOT NULL CHECK (json_valid(figures) AND json_type(figures) = 'array'),
  created_at TEXT NOT NULL DEFAULT ${now},
  created_by TEXT NOT NULL CHECK (length(trim(created_by)) > 0),
  -- Kept only as long as the change that removed it: without it, it could never come back.
  removed_by_change INTEGER REFERENCES change_history (id) ON DELETE CASCADE
) STRICT;
CREATE INDEX brief_snapshots_of_brief ON brief_snapshots_v11 (brief_id, removed_by_change, created_at);
CREATE INDEX brief_snapshots_removed ON brief_snapshots_v11 (removed_by_change);

CREATE TABLE brief_branding (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  partnership_name TEXT NOT NULL DEFAULT '',
  primary_colour TEXT NOT NULL CHECK (primary_colour GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'),
  accent_colour TEXT NOT NULL CHECK (accent_colour GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'),
  logo_media_type TEXT CHECK (logo_media_type IN ('image/png', 'image/jpeg')),
  logo BLOB,
  updated_at TEXT NOT NULL DEFAULT ${now},
  updated_by TEXT NOT NULL,
  CHECK ((logo IS NULL) = (logo_media_type IS NULL))
) STRICT;

-- The placeholders' rows, if any: a brief without an outcome cannot be kept, nor its options.
INSERT INTO briefs_v11 (id, title, question, audience, area_id, brief_date, author, budget,
    outcome_domain_id, sections, recommendation, created_at, created_by, updated_at, updated_by)
  SELECT b.id, b.title, coalesce(b.question, ''), coalesce(b.audience, ''), b.area_id,
    coalesce(b.brief_date, substr(b.created_at, 1, 10)), coalesce(b.author, ''),
    b.budget, o.id, b.sections, coalesce(b.recommendation, ''), b.created_at,
    coalesce(b.author, ''), b.updated_at, coalesce(b.author, '')
  FROM briefs b JOIN (SELECT id FROM outcome_domains ORDER BY position, id LIMIT 1) o;
INSERT INTO brief_options (brief_id, position, intervention_id)
  SELECT brief_id, position, intervention_id FROM brief_interventions
  WHERE brief_id IN (SELECT id FROM briefs_v11);
INSERT INTO brief_snapshots_v11 (id, brief_id, format, file_name, media_type, content, figures,
    created_at, created_by)
  SELECT id, brief_id, format, 'brief.' || format,
    CASE format WHEN 'pdf' THEN 'application/pdf' WHEN 'html' THEN 'text/html'
      WHEN 'md' THEN 'text/markdown'
      ELSE 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' END,
    content, figures, created_at, 'unknown'
  FROM brief_snapshots WHERE brief_id IN (SELECT id FROM briefs_v11);

DROP TABLE brief_snapshots;
DROP TABLE brief_interventions;
DROP TABLE briefs;
ALTER TABLE briefs_v11 RENAME TO briefs;
ALTER TABLE brief_snapshots_v11 RENAME TO brief_snapshots;
`);
  },
};
