CREATE INDEX attachments_evaluation ON attachments (evaluation_id);

CREATE INDEX attachments_intervention ON attachments (intervention_id);

CREATE INDEX brief_options_intervention ON brief_options (intervention_id);

CREATE INDEX brief_snapshots_of_brief ON "brief_snapshots" (brief_id, removed_by_change, created_at);

CREATE INDEX brief_snapshots_removed ON "brief_snapshots" (removed_by_change);

CREATE INDEX briefs_area ON "briefs" (area_id);

CREATE INDEX briefs_outcome ON "briefs" (outcome_domain_id);

CREATE INDEX change_history_entity ON change_history (entity_type, entity_id, at);

CREATE INDEX contacts_intervention ON contacts (intervention_id);

CREATE INDEX cost_items_intervention ON cost_items (intervention_id);

CREATE INDEX evaluations_country ON evaluations (country COLLATE NOCASE);

CREATE INDEX evaluations_design ON evaluations (design);

CREATE INDEX evaluations_evaluator ON evaluations (evaluator_organisation_id);

CREATE INDEX evaluations_intervention ON evaluations (intervention_id);

CREATE INDEX evaluations_place ON evaluations (place COLLATE NOCASE);

CREATE INDEX evaluations_sms ON evaluations (sms_score);

CREATE INDEX evaluations_title ON evaluations (title COLLATE NOCASE, id);

CREATE INDEX evaluations_year ON evaluations (year);

CREATE INDEX intervention_areas_area ON intervention_areas (area_id);

CREATE INDEX intervention_links_intervention ON intervention_links (intervention_id);

CREATE INDEX intervention_organisations_organisation ON intervention_organisations (organisation_id);

CREATE INDEX intervention_tags_tag ON intervention_tags (tag);

CREATE INDEX interventions_approach ON interventions (approach_type_id);

CREATE INDEX interventions_cost ON interventions (cost_per_participant);

CREATE INDEX interventions_evidence ON interventions (evidence_level);

CREATE INDEX interventions_name ON interventions (name COLLATE NOCASE);

CREATE INDEX interventions_strand ON interventions (strand);

CREATE INDEX interventions_tier ON interventions (tier);

CREATE INDEX organisations_name ON organisations (name COLLATE NOCASE);

CREATE INDEX outcome_domains_group ON outcome_domains (group_id);

CREATE INDEX outcome_results_data_type ON outcome_results (data_type);

CREATE INDEX outcome_results_domain ON outcome_results (outcome_domain_id);

CREATE INDEX outcome_results_evaluation ON outcome_results (evaluation_id);

CREATE INDEX outcome_results_measure ON outcome_results (measure_name COLLATE NOCASE, id);

CREATE INDEX outcome_results_time_point ON outcome_results (time_point_months);

CREATE INDEX self_assessment_evidence_assessment
  ON self_assessment_evidence (intervention_id, framework_id, position);

CREATE INDEX self_assessment_evidence_evaluation ON self_assessment_evidence (evaluation_id);

CREATE INDEX shortlist_outcome ON shortlist (outcome_domain_id);

CREATE INDEX source_citations_entity ON source_citations (entity_type, entity_id);

CREATE INDEX unit_costs_outcome ON unit_costs (outcome_domain_id);

CREATE TABLE approach_types (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  description TEXT
) STRICT;

CREATE TABLE areas (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  kind TEXT NOT NULL CHECK (kind IN ('borough', 'city', 'region', 'other')),
  parent_id TEXT REFERENCES areas (id) ON DELETE SET NULL
) STRICT;

CREATE TABLE attachments (
  id TEXT PRIMARY KEY,
  intervention_id TEXT REFERENCES interventions (id) ON DELETE CASCADE,
  evaluation_id TEXT REFERENCES evaluations (id) ON DELETE CASCADE,
  file_name TEXT NOT NULL CHECK (length(trim(file_name)) > 0),
  media_type TEXT NOT NULL,
  size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  content BLOB NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK ((intervention_id IS NULL) <> (evaluation_id IS NULL))
) STRICT;

CREATE TABLE baseline_rates (
  id TEXT PRIMARY KEY,
  outcome_domain_id TEXT NOT NULL REFERENCES outcome_domains (id) ON DELETE CASCADE,
  area_id TEXT REFERENCES areas (id) ON DELETE CASCADE,
  rate REAL NOT NULL CHECK (rate >= 0 AND rate <= 1),
  population TEXT,
  year INTEGER,
  source TEXT NOT NULL, source_date TEXT,
  UNIQUE (outcome_domain_id, area_id, year)
) STRICT;

CREATE TABLE brief_branding (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  partnership_name TEXT NOT NULL DEFAULT '',
  primary_colour TEXT NOT NULL CHECK (primary_colour GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'),
  accent_colour TEXT NOT NULL CHECK (accent_colour GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'),
  logo_media_type TEXT CHECK (logo_media_type IN ('image/png', 'image/jpeg')),
  logo BLOB,
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_by TEXT NOT NULL,
  CHECK ((logo IS NULL) = (logo_media_type IS NULL))
) STRICT;

CREATE TABLE brief_options (
  brief_id TEXT NOT NULL REFERENCES "briefs" (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  -- No foreign key: a deleted intervention stays an option, shown as no longer in the library.
  intervention_id TEXT NOT NULL,
  implementation_note TEXT NOT NULL DEFAULT '',
  local_delivery_note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (brief_id, intervention_id),
  UNIQUE (brief_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE "brief_snapshots" (
  id TEXT PRIMARY KEY,
  -- No foreign key: a deleted brief's snapshots are kept for undo, marked by removed_by_change.
  brief_id TEXT NOT NULL,
  format TEXT NOT NULL CHECK (format IN ('pdf', 'docx', 'html', 'md')),
  file_name TEXT NOT NULL CHECK (length(trim(file_name)) > 0),
  media_type TEXT NOT NULL CHECK (length(media_type) > 0),
  content BLOB NOT NULL,
  -- The figures the file showed (BriefFigure[]): what its diff compares with the library now.
  figures TEXT NOT NULL CHECK (json_valid(figures) AND json_type(figures) = 'array'),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  created_by TEXT NOT NULL CHECK (length(trim(created_by)) > 0),
  -- Kept only as long as the change that removed it: without it, it could never come back.
  removed_by_change INTEGER REFERENCES change_history (id) ON DELETE CASCADE
) STRICT;

CREATE TABLE "briefs" (
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
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_by TEXT NOT NULL
) STRICT;

CREATE TABLE change_history (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  user_name TEXT NOT NULL,
  entity_type TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'import')),
  before_json TEXT CHECK (before_json IS NULL OR json_valid(before_json)),
  after_json TEXT CHECK (after_json IS NULL OR json_valid(after_json)),
  note TEXT
) STRICT;

CREATE TABLE contacts (
  id INTEGER PRIMARY KEY,
  intervention_id TEXT NOT NULL REFERENCES interventions (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  role TEXT,
  email TEXT,
  phone TEXT
) STRICT;

CREATE TABLE cost_items (
  id TEXT PRIMARY KEY,
  intervention_id TEXT NOT NULL REFERENCES interventions (id) ON DELETE CASCADE,
  description TEXT NOT NULL CHECK (length(trim(description)) > 0),
  category TEXT NOT NULL CHECK (category IN ('staff', 'venue', 'materials', 'overheads', 'set-up', 'other')),
  amount REAL NOT NULL CHECK (amount >= 0),
  amount_low REAL CHECK (amount_low >= 0),
  amount_high REAL CHECK (amount_high >= 0),
  currency TEXT NOT NULL DEFAULT 'GBP' CHECK (length(currency) = 3),
  price_year INTEGER NOT NULL CHECK (price_year BETWEEN 1900 AND 2100),
  basis TEXT NOT NULL CHECK (basis IN ('per-participant', 'per-cohort', 'per-year', 'total')),
  participants INTEGER CHECK (participants > 0),
  years INTEGER CHECK (years > 0),
  illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK (amount_low IS NULL OR amount_low <= amount),
  CHECK (amount_high IS NULL OR amount_high >= amount)
) STRICT;

CREATE TABLE evaluations (
  id TEXT PRIMARY KEY,
  intervention_id TEXT NOT NULL REFERENCES interventions (id) ON DELETE CASCADE,
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  authors TEXT,
  evaluator_organisation_id TEXT REFERENCES organisations (id) ON DELETE SET NULL,
  independent INTEGER NOT NULL DEFAULT 0 CHECK (independent IN (0, 1)),
  year INTEGER CHECK (year BETWEEN 1900 AND 2100),
  design TEXT NOT NULL CHECK (design IN ('theory-of-change', 'pre-post', 'comparison-group', 'matched', 'randomised', 'cluster-randomised', 'systematic-review')),
  n_treatment INTEGER CHECK (n_treatment >= 0),
  n_control INTEGER CHECK (n_control >= 0),
  follow_up_months REAL CHECK (follow_up_months >= 0),
  place TEXT,
  country TEXT,
  sms_score INTEGER CHECK (sms_score BETWEEN 1 AND 5),
  findings TEXT,
  doi TEXT,
  url TEXT,
  illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE TABLE import_mappings (
  entity TEXT NOT NULL,
  header_key TEXT NOT NULL,
  mapping TEXT NOT NULL CHECK (json_valid(mapping)),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (entity, header_key)
) WITHOUT ROWID;

CREATE TABLE intervention_areas (
  intervention_id TEXT NOT NULL REFERENCES interventions (id) ON DELETE CASCADE,
  area_id TEXT NOT NULL REFERENCES areas (id) ON DELETE RESTRICT,
  PRIMARY KEY (intervention_id, area_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE intervention_links (
  id INTEGER PRIMARY KEY,
  intervention_id TEXT NOT NULL REFERENCES interventions (id) ON DELETE CASCADE,
  label TEXT NOT NULL,
  url TEXT NOT NULL CHECK (url LIKE 'http://%' OR url LIKE 'https://%')
) STRICT;

CREATE TABLE intervention_organisations (
  intervention_id TEXT NOT NULL REFERENCES interventions (id) ON DELETE CASCADE,
  organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
  role TEXT NOT NULL CHECK (role IN ('lead', 'partner', 'funder', 'provider')),
  PRIMARY KEY (intervention_id, organisation_id, role)
) STRICT, WITHOUT ROWID;

CREATE TABLE intervention_settings (
  intervention_id TEXT NOT NULL REFERENCES interventions (id) ON DELETE CASCADE,
  setting TEXT NOT NULL CHECK (setting IN ('school', 'community', 'custody', 'home', 'street', 'online')),
  PRIMARY KEY (intervention_id, setting)
) STRICT, WITHOUT ROWID;

CREATE TABLE intervention_tags (
  intervention_id TEXT NOT NULL REFERENCES interventions (id) ON DELETE CASCADE,
  tag TEXT NOT NULL CHECK (length(trim(tag)) > 0),
  PRIMARY KEY (intervention_id, tag)
) STRICT, WITHOUT ROWID;

CREATE TABLE interventions (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  summary TEXT NOT NULL DEFAULT '',
  description TEXT,
  approach_type_id TEXT NOT NULL REFERENCES approach_types (id) ON DELETE RESTRICT,
  tier TEXT NOT NULL CHECK (tier IN ('universal', 'targeted', 'specialist')),
  strand TEXT NOT NULL CHECK (strand IN ('engagement', 'youth-justice', 'serious-youth-violence', 'vulnerable-children')),
  age_min INTEGER CHECK (age_min BETWEEN 0 AND 30),
  age_max INTEGER CHECK (age_max BETWEEN 0 AND 30),
  risk_level TEXT,
  gender TEXT,
  target_other TEXT,
  duration_weeks REAL CHECK (duration_weeks >= 0),
  sessions INTEGER CHECK (sessions >= 0),
  dosage TEXT,
  staffing TEXT,
  manual_available INTEGER CHECK (manual_available IN (0, 1)),
  reach_per_year INTEGER CHECK (reach_per_year >= 0),
  status TEXT NOT NULL CHECK (status IN ('planned', 'pilot', 'active', 'ended')),
  start_date TEXT,
  end_date TEXT,
  theory_of_change TEXT CHECK (theory_of_change IS NULL OR json_valid(theory_of_change)),
  evidence_level INTEGER CHECK (evidence_level BETWEEN 1 AND 5),
  validation_status TEXT NOT NULL DEFAULT 'not-assessed' CHECK (validation_status IN ('not-assessed', 'self-assessed', 'validated')),
  validated_by TEXT,
  validated_at TEXT,
  illustrative_fields TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(illustrative_fields)),
  -- Derived from cost_items by the core (shared/analysis) in the same transaction as any change
  -- to them, so the catalogue can sort and filter on it.
  cost_per_participant REAL,
  cost_currency TEXT,
  cost_price_year INTEGER,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK (age_min IS NULL OR age_max IS NULL OR age_min <= age_max),
  CHECK (start_date IS NULL OR end_date IS NULL OR start_date <= end_date)
) STRICT;

CREATE TABLE library_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE organisations (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind TEXT NOT NULL CHECK (kind IN ('police', 'local-authority', 'voluntary', 'health', 'education', 'youth-justice', 'research', 'funder', 'other')),
  website TEXT,
  description TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE TABLE outcome_domains (
  id TEXT PRIMARY KEY,
  group_id TEXT NOT NULL REFERENCES outcome_groups (id) ON DELETE RESTRICT,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  description TEXT,
  higher_is_better INTEGER NOT NULL DEFAULT 0 CHECK (higher_is_better IN (0, 1)),
  position INTEGER NOT NULL,
  UNIQUE (group_id, name)
) STRICT;

CREATE TABLE outcome_groups (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  position INTEGER NOT NULL
) STRICT;

CREATE TABLE outcome_results (
  id TEXT PRIMARY KEY,
  evaluation_id TEXT NOT NULL REFERENCES evaluations (id) ON DELETE CASCADE,
  outcome_domain_id TEXT NOT NULL REFERENCES outcome_domains (id) ON DELETE RESTRICT,
  measure_name TEXT NOT NULL CHECK (length(trim(measure_name)) > 0),
  time_point_months REAL CHECK (time_point_months >= 0),
  time_point_label TEXT,
  higher_is_better INTEGER NOT NULL DEFAULT 0 CHECK (higher_is_better IN (0, 1)),
  data_type TEXT NOT NULL CHECK (data_type IN ('continuous', 'binary', 'effect', 't-statistic')),
  m1 REAL, sd1 REAL CHECK (sd1 >= 0), n1 INTEGER CHECK (n1 > 0),
  m2 REAL, sd2 REAL CHECK (sd2 >= 0), n2 INTEGER CHECK (n2 > 0),
  events1 INTEGER CHECK (events1 >= 0), total1 INTEGER CHECK (total1 > 0),
  events2 INTEGER CHECK (events2 >= 0), total2 INTEGER CHECK (total2 > 0),
  effect_type TEXT CHECK (effect_type IN ('d', 'g', 'OR', 'RR')),
  effect_value REAL,
  ci_lower REAL, ci_upper REAL,
  se REAL CHECK (se > 0),
  p REAL CHECK (p BETWEEN 0 AND 1),
  t REAL,
  illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),
  notes TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK (events1 IS NULL OR total1 IS NULL OR events1 <= total1),
  CHECK (events2 IS NULL OR total2 IS NULL OR events2 <= total2),
  CHECK (ci_lower IS NULL OR ci_upper IS NULL OR ci_lower <= ci_upper),
  CHECK (data_type <> 'continuous' OR (m1 IS NOT NULL AND sd1 IS NOT NULL AND n1 IS NOT NULL
                                      AND m2 IS NOT NULL AND sd2 IS NOT NULL AND n2 IS NOT NULL)),
  CHECK (data_type <> 'binary' OR (events1 IS NOT NULL AND total1 IS NOT NULL
                                  AND events2 IS NOT NULL AND total2 IS NOT NULL)),
  CHECK (data_type <> 'effect' OR (effect_type IS NOT NULL AND effect_value IS NOT NULL)),
  CHECK (data_type <> 't-statistic' OR (t IS NOT NULL AND n1 IS NOT NULL AND n2 IS NOT NULL))
) STRICT;

CREATE TABLE price_index (
  series TEXT NOT NULL,
  year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100),
  value REAL NOT NULL CHECK (value > 0),
  source TEXT NOT NULL, source_date TEXT,
  PRIMARY KEY (series, year)
) STRICT, WITHOUT ROWID;

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

CREATE TABLE risk_of_bias (
  evaluation_id TEXT NOT NULL REFERENCES evaluations (id) ON DELETE CASCADE,
  domain TEXT NOT NULL CHECK (domain IN ('randomisation', 'deviations', 'missing-data', 'measurement', 'reporting')),
  judgement TEXT NOT NULL CHECK (judgement IN ('low', 'some-concerns', 'high', 'unclear')),
  note TEXT,
  PRIMARY KEY (evaluation_id, domain)
) STRICT, WITHOUT ROWID;

CREATE TABLE saved_views (
  id TEXT PRIMARY KEY,
  screen TEXT NOT NULL,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  state TEXT NOT NULL CHECK (json_valid(state)),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (screen, name)
) STRICT;

CREATE VIRTUAL TABLE search_index USING fts5 (
  entity_type UNINDEXED,
  entity_id UNINDEXED,
  intervention_id UNINDEXED,
  title,
  body,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

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

CREATE TABLE self_assessments (
  intervention_id TEXT NOT NULL REFERENCES interventions (id) ON DELETE CASCADE,
  framework_id TEXT NOT NULL CHECK (length(trim(framework_id)) > 0),
  claimed_level TEXT,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'validated', 'returned')),
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

CREATE TABLE shortlist (
  intervention_id TEXT PRIMARY KEY REFERENCES interventions (id) ON DELETE CASCADE,
  -- Kept when the outcome is merged away or deleted: the entry stays, without its outcome.
  outcome_domain_id TEXT REFERENCES outcome_domains (id) ON DELETE SET NULL,
  note TEXT,
  added_by TEXT NOT NULL CHECK (length(trim(added_by)) > 0),
  added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT, WITHOUT ROWID;

CREATE TABLE source_citations (
  id INTEGER PRIMARY KEY,
  entity_type TEXT NOT NULL CHECK (entity_type IN ('intervention', 'evaluation', 'cost_item', 'outcome_result')),
  entity_id TEXT NOT NULL,
  field TEXT,
  document_id TEXT NOT NULL REFERENCES source_documents (id) ON DELETE RESTRICT,
  passage TEXT NOT NULL
) STRICT;

CREATE TABLE source_documents (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  publisher TEXT,
  date TEXT
) STRICT;

CREATE TABLE unit_costs (
  id TEXT PRIMARY KEY,
  outcome_domain_id TEXT REFERENCES outcome_domains (id) ON DELETE SET NULL,
  name TEXT NOT NULL,
  amount REAL NOT NULL CHECK (amount >= 0),
  currency TEXT NOT NULL DEFAULT 'GBP',
  price_year INTEGER NOT NULL,
  bearer TEXT,
  source TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
, source_date TEXT) STRICT;

CREATE TRIGGER evaluations_search_delete AFTER DELETE ON evaluations BEGIN
  DELETE FROM search_index WHERE entity_type = 'evaluation' AND entity_id = old.id;
END;

CREATE TRIGGER evaluations_search_insert AFTER INSERT ON evaluations BEGIN
  INSERT INTO search_index (entity_type, entity_id, intervention_id, title, body)
    VALUES ('evaluation', new.id, new.intervention_id, new.title, coalesce(new.authors, '') || ' ' || coalesce(new.findings, ''));
END;

CREATE TRIGGER evaluations_search_update AFTER UPDATE OF title, authors, findings, intervention_id ON evaluations BEGIN
  DELETE FROM search_index WHERE entity_type = 'evaluation' AND entity_id = old.id;
  INSERT INTO search_index (entity_type, entity_id, intervention_id, title, body)
    VALUES ('evaluation', new.id, new.intervention_id, new.title, coalesce(new.authors, '') || ' ' || coalesce(new.findings, ''));
END;

CREATE TRIGGER interventions_search_delete AFTER DELETE ON interventions BEGIN
  DELETE FROM search_index WHERE entity_type = 'intervention' AND entity_id = old.id;
END;

CREATE TRIGGER interventions_search_insert AFTER INSERT ON interventions BEGIN
  INSERT INTO search_index (entity_type, entity_id, intervention_id, title, body)
    VALUES ('intervention', new.id, new.id, new.name, new.summary || ' ' || coalesce(new.description, ''));
END;

CREATE TRIGGER interventions_search_update AFTER UPDATE OF name, summary, description ON interventions BEGIN
  DELETE FROM search_index WHERE entity_type = 'intervention' AND entity_id = old.id;
  INSERT INTO search_index (entity_type, entity_id, intervention_id, title, body)
    VALUES ('intervention', new.id, new.id, new.name, new.summary || ' ' || coalesce(new.description, ''));
END;

CREATE TRIGGER organisations_search_delete AFTER DELETE ON organisations BEGIN
  DELETE FROM search_index WHERE entity_type = 'organisation' AND entity_id = old.id;
END;

CREATE TRIGGER organisations_search_insert AFTER INSERT ON organisations BEGIN
  INSERT INTO search_index (entity_type, entity_id, intervention_id, title, body)
    VALUES ('organisation', new.id, NULL, new.name, coalesce(new.description, ''));
END;

CREATE TRIGGER organisations_search_update AFTER UPDATE OF name, description ON organisations BEGIN
  DELETE FROM search_index WHERE entity_type = 'organisation' AND entity_id = old.id;
  INSERT INTO search_index (entity_type, entity_id, intervention_id, title, body)
    VALUES ('organisation', new.id, NULL, new.name, coalesce(new.description, ''));
END;
