// Version 1: the whole domain schema of domain.md. Closed vocabularies are CHECKed against the
// lists in shared/model/vocabulary so the database refuses what the app would refuse.
import {
  AREA_KINDS,
  COST_BASES,
  COST_CATEGORIES,
  DESIGNS,
  INTERVENTION_STATUSES,
  ORGANISATION_KINDS,
  ORGANISATION_ROLES,
  OUTCOME_DATA_TYPES,
  REPORTED_EFFECT_TYPES,
  RISK_OF_BIAS_DOMAINS,
  RISK_OF_BIAS_JUDGEMENTS,
  SETTINGS,
  STRANDS,
  TIERS,
  VALIDATION_STATUSES,
} from '../../../../shared/model/vocabulary';
import type { Migration } from './migration';

const oneOf = (column: string, values: readonly string[]) =>
  `CHECK (${column} IN (${values.map((v) => `'${v}'`).join(', ')}))`;
const flag = (column: string) => `${column} INTEGER NOT NULL DEFAULT 0 CHECK (${column} IN (0, 1))`;
const timestamps = `created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

/** Triggers that keep search_index in step with one table, so no write path can forget it. */
function searchTriggers(
  table: string,
  entity: string,
  expr: { interventionId: string; title: string; body: string; columns: string },
): string {
  const insert = `INSERT INTO search_index (entity_type, entity_id, intervention_id, title, body)
    VALUES ('${entity}', new.id, ${expr.interventionId}, ${expr.title}, ${expr.body});`;
  const remove = `DELETE FROM search_index WHERE entity_type = '${entity}' AND entity_id = old.id;`;
  return `
CREATE TRIGGER ${table}_search_insert AFTER INSERT ON ${table} BEGIN
  ${insert}
END;
CREATE TRIGGER ${table}_search_update AFTER UPDATE OF ${expr.columns} ON ${table} BEGIN
  ${remove}
  ${insert}
END;
CREATE TRIGGER ${table}_search_delete AFTER DELETE ON ${table} BEGIN
  ${remove}
END;`;
}

export const initialSchema: Migration = {
  version: 1,
  name: 'initial schema',
  up: (db) => {
    db.exec(`
CREATE TABLE library_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE source_documents (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  publisher TEXT,
  date TEXT
) STRICT;

CREATE TABLE organisations (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind TEXT NOT NULL ${oneOf('kind', ORGANISATION_KINDS)},
  website TEXT,
  description TEXT,
  ${timestamps}
) STRICT;
CREATE INDEX organisations_name ON organisations (name COLLATE NOCASE);

CREATE TABLE approach_types (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  description TEXT
) STRICT;

CREATE TABLE areas (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  kind TEXT NOT NULL ${oneOf('kind', AREA_KINDS)},
  parent_id TEXT REFERENCES areas (id) ON DELETE SET NULL
) STRICT;

CREATE TABLE outcome_groups (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  position INTEGER NOT NULL
) STRICT;

CREATE TABLE outcome_domains (
  id TEXT PRIMARY KEY,
  group_id TEXT NOT NULL REFERENCES outcome_groups (id) ON DELETE RESTRICT,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  description TEXT,
  ${flag('higher_is_better')},
  position INTEGER NOT NULL,
  UNIQUE (group_id, name)
) STRICT;
CREATE INDEX outcome_domains_group ON outcome_domains (group_id);

CREATE TABLE interventions (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  summary TEXT NOT NULL DEFAULT '',
  description TEXT,
  approach_type_id TEXT NOT NULL REFERENCES approach_types (id) ON DELETE RESTRICT,
  tier TEXT NOT NULL ${oneOf('tier', TIERS)},
  strand TEXT NOT NULL ${oneOf('strand', STRANDS)},
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
  status TEXT NOT NULL ${oneOf('status', INTERVENTION_STATUSES)},
  start_date TEXT,
  end_date TEXT,
  theory_of_change TEXT CHECK (theory_of_change IS NULL OR json_valid(theory_of_change)),
  evidence_level INTEGER CHECK (evidence_level BETWEEN 1 AND 5),
  validation_status TEXT NOT NULL DEFAULT 'not-assessed' ${oneOf('validation_status', VALIDATION_STATUSES)},
  validated_by TEXT,
  validated_at TEXT,
  illustrative_fields TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(illustrative_fields)),
  -- Derived from cost_items by the core (shared/analysis) in the same transaction as any change
  -- to them, so the catalogue can sort and filter on it.
  cost_per_participant REAL,
  cost_currency TEXT,
  cost_price_year INTEGER,
  ${timestamps},
  CHECK (age_min IS NULL OR age_max IS NULL OR age_min <= age_max),
  CHECK (start_date IS NULL OR end_date IS NULL OR start_date <= end_date)
) STRICT;
CREATE INDEX interventions_name ON interventions (name COLLATE NOCASE);
CREATE INDEX interventions_approach ON interventions (approach_type_id);
CREATE INDEX interventions_strand ON interventions (strand);
CREATE INDEX interventions_tier ON interventions (tier);
CREATE INDEX interventions_evidence ON interventions (evidence_level);
CREATE INDEX interventions_cost ON interventions (cost_per_participant);

CREATE TABLE intervention_settings (
  intervention_id TEXT NOT NULL REFERENCES interventions (id) ON DELETE CASCADE,
  setting TEXT NOT NULL ${oneOf('setting', SETTINGS)},
  PRIMARY KEY (intervention_id, setting)
) STRICT, WITHOUT ROWID;

CREATE TABLE intervention_areas (
  intervention_id TEXT NOT NULL REFERENCES interventions (id) ON DELETE CASCADE,
  area_id TEXT NOT NULL REFERENCES areas (id) ON DELETE RESTRICT,
  PRIMARY KEY (intervention_id, area_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX intervention_areas_area ON intervention_areas (area_id);

CREATE TABLE intervention_tags (
  intervention_id TEXT NOT NULL REFERENCES interventions (id) ON DELETE CASCADE,
  tag TEXT NOT NULL CHECK (length(trim(tag)) > 0),
  PRIMARY KEY (intervention_id, tag)
) STRICT, WITHOUT ROWID;
CREATE INDEX intervention_tags_tag ON intervention_tags (tag);

CREATE TABLE intervention_links (
  id INTEGER PRIMARY KEY,
  intervention_id TEXT NOT NULL REFERENCES interventions (id) ON DELETE CASCADE,
  label TEXT NOT NULL,
  url TEXT NOT NULL CHECK (url LIKE 'http://%' OR url LIKE 'https://%')
) STRICT;
CREATE INDEX intervention_links_intervention ON intervention_links (intervention_id);

CREATE TABLE contacts (
  id INTEGER PRIMARY KEY,
  intervention_id TEXT NOT NULL REFERENCES interventions (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  role TEXT,
  email TEXT,
  phone TEXT
) STRICT;
CREATE INDEX contacts_intervention ON contacts (intervention_id);

CREATE TABLE intervention_organisations (
  intervention_id TEXT NOT NULL REFERENCES interventions (id) ON DELETE CASCADE,
  organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
  role TEXT NOT NULL ${oneOf('role', ORGANISATION_ROLES)},
  PRIMARY KEY (intervention_id, organisation_id, role)
) STRICT, WITHOUT ROWID;
CREATE INDEX intervention_organisations_organisation ON intervention_organisations (organisation_id);

CREATE TABLE evaluations (
  id TEXT PRIMARY KEY,
  intervention_id TEXT NOT NULL REFERENCES interventions (id) ON DELETE CASCADE,
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  authors TEXT,
  evaluator_organisation_id TEXT REFERENCES organisations (id) ON DELETE SET NULL,
  ${flag('independent')},
  year INTEGER CHECK (year BETWEEN 1900 AND 2100),
  design TEXT NOT NULL ${oneOf('design', DESIGNS)},
  n_treatment INTEGER CHECK (n_treatment >= 0),
  n_control INTEGER CHECK (n_control >= 0),
  follow_up_months REAL CHECK (follow_up_months >= 0),
  place TEXT,
  country TEXT,
  sms_score INTEGER CHECK (sms_score BETWEEN 1 AND 5),
  findings TEXT,
  doi TEXT,
  url TEXT,
  ${flag('illustrative')},
  ${timestamps}
) STRICT;
CREATE INDEX evaluations_intervention ON evaluations (intervention_id);
CREATE INDEX evaluations_evaluator ON evaluations (evaluator_organisation_id);

CREATE TABLE risk_of_bias (
  evaluation_id TEXT NOT NULL REFERENCES evaluations (id) ON DELETE CASCADE,
  domain TEXT NOT NULL ${oneOf('domain', RISK_OF_BIAS_DOMAINS)},
  judgement TEXT NOT NULL ${oneOf('judgement', RISK_OF_BIAS_JUDGEMENTS)},
  note TEXT,
  PRIMARY KEY (evaluation_id, domain)
) STRICT, WITHOUT ROWID;

CREATE TABLE outcome_results (
  id TEXT PRIMARY KEY,
  evaluation_id TEXT NOT NULL REFERENCES evaluations (id) ON DELETE CASCADE,
  outcome_domain_id TEXT NOT NULL REFERENCES outcome_domains (id) ON DELETE RESTRICT,
  measure_name TEXT NOT NULL CHECK (length(trim(measure_name)) > 0),
  time_point_months REAL CHECK (time_point_months >= 0),
  time_point_label TEXT,
  ${flag('higher_is_better')},
  data_type TEXT NOT NULL ${oneOf('data_type', OUTCOME_DATA_TYPES)},
  m1 REAL, sd1 REAL CHECK (sd1 >= 0), n1 INTEGER CHECK (n1 > 0),
  m2 REAL, sd2 REAL CHECK (sd2 >= 0), n2 INTEGER CHECK (n2 > 0),
  events1 INTEGER CHECK (events1 >= 0), total1 INTEGER CHECK (total1 > 0),
  events2 INTEGER CHECK (events2 >= 0), total2 INTEGER CHECK (total2 > 0),
  effect_type TEXT ${oneOf('effect_type', REPORTED_EFFECT_TYPES)},
  effect_value REAL,
  ci_lower REAL, ci_upper REAL,
  se REAL CHECK (se > 0),
  p REAL CHECK (p BETWEEN 0 AND 1),
  t REAL,
  ${flag('illustrative')},
  notes TEXT,
  ${timestamps},
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
CREATE INDEX outcome_results_evaluation ON outcome_results (evaluation_id);
CREATE INDEX outcome_results_domain ON outcome_results (outcome_domain_id);

CREATE TABLE cost_items (
  id TEXT PRIMARY KEY,
  intervention_id TEXT NOT NULL REFERENCES interventions (id) ON DELETE CASCADE,
  description TEXT NOT NULL CHECK (length(trim(description)) > 0),
  category TEXT NOT NULL ${oneOf('category', COST_CATEGORIES)},
  amount REAL NOT NULL CHECK (amount >= 0),
  amount_low REAL CHECK (amount_low >= 0),
  amount_high REAL CHECK (amount_high >= 0),
  currency TEXT NOT NULL DEFAULT 'GBP' CHECK (length(currency) = 3),
  price_year INTEGER NOT NULL CHECK (price_year BETWEEN 1900 AND 2100),
  basis TEXT NOT NULL ${oneOf('basis', COST_BASES)},
  participants INTEGER CHECK (participants > 0),
  years INTEGER CHECK (years > 0),
  ${flag('illustrative')},
  ${timestamps},
  CHECK (amount_low IS NULL OR amount_low <= amount),
  CHECK (amount_high IS NULL OR amount_high >= amount)
) STRICT;
CREATE INDEX cost_items_intervention ON cost_items (intervention_id);

-- Where every figure came from: a document and the passage that states it.
CREATE TABLE source_citations (
  id INTEGER PRIMARY KEY,
  entity_type TEXT NOT NULL CHECK (entity_type IN ('intervention', 'evaluation', 'cost_item', 'outcome_result')),
  entity_id TEXT NOT NULL,
  field TEXT,
  document_id TEXT NOT NULL REFERENCES source_documents (id) ON DELETE RESTRICT,
  passage TEXT NOT NULL
) STRICT;
CREATE INDEX source_citations_entity ON source_citations (entity_type, entity_id);

-- Reference data for costs and value (Green Book conventions), each row with its source.
CREATE TABLE price_index (
  series TEXT NOT NULL,
  year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100),
  value REAL NOT NULL CHECK (value > 0),
  source TEXT NOT NULL,
  PRIMARY KEY (series, year)
) STRICT, WITHOUT ROWID;

CREATE TABLE unit_costs (
  id TEXT PRIMARY KEY,
  outcome_domain_id TEXT REFERENCES outcome_domains (id) ON DELETE SET NULL,
  name TEXT NOT NULL,
  amount REAL NOT NULL CHECK (amount >= 0),
  currency TEXT NOT NULL DEFAULT 'GBP',
  price_year INTEGER NOT NULL,
  bearer TEXT,
  source TEXT NOT NULL,
  ${timestamps}
) STRICT;
CREATE INDEX unit_costs_outcome ON unit_costs (outcome_domain_id);

CREATE TABLE baseline_rates (
  id TEXT PRIMARY KEY,
  outcome_domain_id TEXT NOT NULL REFERENCES outcome_domains (id) ON DELETE CASCADE,
  area_id TEXT REFERENCES areas (id) ON DELETE CASCADE,
  rate REAL NOT NULL CHECK (rate >= 0 AND rate <= 1),
  population TEXT,
  year INTEGER,
  source TEXT NOT NULL,
  UNIQUE (outcome_domain_id, area_id, year)
) STRICT;

CREATE TABLE briefs (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  question TEXT,
  audience TEXT,
  area_id TEXT REFERENCES areas (id) ON DELETE SET NULL,
  author TEXT,
  brief_date TEXT,
  budget REAL CHECK (budget >= 0),
  recommendation TEXT,
  sections TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(sections)),
  ${timestamps}
) STRICT;

CREATE TABLE brief_interventions (
  brief_id TEXT NOT NULL REFERENCES briefs (id) ON DELETE CASCADE,
  intervention_id TEXT NOT NULL REFERENCES interventions (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  PRIMARY KEY (brief_id, intervention_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX brief_interventions_intervention ON brief_interventions (intervention_id);

CREATE TABLE brief_snapshots (
  id TEXT PRIMARY KEY,
  brief_id TEXT NOT NULL REFERENCES briefs (id) ON DELETE CASCADE,
  format TEXT NOT NULL CHECK (format IN ('pdf', 'docx', 'html', 'md')),
  created_at TEXT NOT NULL,
  figures TEXT NOT NULL CHECK (json_valid(figures)),
  content BLOB NOT NULL
) STRICT;
CREATE INDEX brief_snapshots_brief ON brief_snapshots (brief_id);

-- Files carried inside the library, so one file holds everything.
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
CREATE INDEX attachments_intervention ON attachments (intervention_id);
CREATE INDEX attachments_evaluation ON attachments (evaluation_id);

-- Who changed what and when, for every record.
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
CREATE INDEX change_history_entity ON change_history (entity_type, entity_id, at);

-- Full-text search over names, summaries, descriptions, evaluation titles and findings.
CREATE VIRTUAL TABLE search_index USING fts5 (
  entity_type UNINDEXED,
  entity_id UNINDEXED,
  intervention_id UNINDEXED,
  title,
  body,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

${searchTriggers('interventions', 'intervention', {
  interventionId: 'new.id',
  title: 'new.name',
  body: "new.summary || ' ' || coalesce(new.description, '')",
  columns: 'name, summary, description',
})}
${searchTriggers('evaluations', 'evaluation', {
  interventionId: 'new.intervention_id',
  title: 'new.title',
  body: "coalesce(new.authors, '') || ' ' || coalesce(new.findings, '')",
  columns: 'title, authors, findings, intervention_id',
})}
${searchTriggers('organisations', 'organisation', {
  interventionId: 'NULL',
  title: 'new.name',
  body: "coalesce(new.description, '')",
  columns: 'name, description',
})}
`);
  },
};
