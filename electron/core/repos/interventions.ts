// Interventions: the catalogue query (paged, sorted, filtered, searched) and the full record.
import type { Database } from 'better-sqlite3';
import { statement } from './statements';
import type { BundleIntervention, TheoryOfChange } from '../../../shared/model/bundle';
import type {
  InterventionFilters,
  InterventionListQuery,
  InterventionPage,
  InterventionRow,
  NamedRef,
  NumericFilterField,
  SortableField,
} from '../../../shared/model/catalogue';
import { countAttachments } from './attachments';
import type { EntityName } from '../../../shared/model/library';
import type {
  InterventionStatus,
  OrganisationKind,
  OrganisationRole,
  Setting,
  Strand,
  Tier,
  ValidationStatus,
} from '../../../shared/model/vocabulary';

import { toFtsQuery } from './fts-query';
import {
  type Where,
  emptyWhere,
  inList,
  numericConditions,
  orderTerms,
  pageOf,
  textCondition,
} from './grid-query';
import { citationsFor, insertCitations } from './source-citations';

const EVALUATION_COUNT = '(SELECT count(*) FROM evaluations e WHERE e.intervention_id = i.id)';
const FIRST_AREA_NAME = `(SELECT min(ar.name) FROM intervention_areas ia JOIN areas ar ON ar.id = ia.area_id
  WHERE ia.intervention_id = i.id)`;

const SORT_EXPRESSIONS: Record<SortableField, string> = {
  name: 'i.name COLLATE NOCASE',
  approachType: 'a.name COLLATE NOCASE',
  strand: 'i.strand',
  tier: "CASE i.tier WHEN 'universal' THEN 0 WHEN 'targeted' THEN 1 ELSE 2 END",
  ageMin: 'i.age_min',
  ageMax: 'i.age_max',
  areas: FIRST_AREA_NAME,
  evidenceLevel: 'i.evidence_level',
  evaluationCount: EVALUATION_COUNT,
  costPerParticipant: 'i.cost_per_participant',
};

/** Sort keys that always have a value, so their ascending sort can use an index as it stands. */
const NEVER_BLANK: readonly SortableField[] = ['name', 'approachType', 'strand', 'tier', 'evaluationCount'];

const NUMERIC_COLUMNS: Record<NumericFilterField, string> = {
  ageMin: 'i.age_min',
  ageMax: 'i.age_max',
  evidenceLevel: 'i.evidence_level',
  evaluationCount: EVALUATION_COUNT,
  costPerParticipant: 'i.cost_per_participant',
};

/** The catalogue's filters as SQL over `interventions i` (Compare's need-led filters build on it). */
export function buildWhere(filters: InterventionFilters, ftsQuery: string | null): Where {
  const where = emptyWhere();
  inList(where, 'i.strand', 'strand', filters.strand);
  inList(where, 'i.tier', 'tier', filters.tier);
  inList(where, 'i.approach_type_id', 'approach', filters.approachTypeId);
  inList(where, 'i.validation_status', 'validation', filters.validationStatus);
  if (filters.areaId !== undefined) {
    // An area also matches work recorded for the region that contains it (e.g. London-wide).
    where.params.areas = JSON.stringify(filters.areaId);
    where.clauses.push(`EXISTS (SELECT 1 FROM intervention_areas ia WHERE ia.intervention_id = i.id AND (
      ia.area_id IN (SELECT value FROM json_each(@areas))
      OR ia.area_id IN (SELECT parent_id FROM areas WHERE id IN (SELECT value FROM json_each(@areas)))))`);
  }
  textCondition(where, 'i.name', 'namePattern', filters.name);
  numericConditions(where, NUMERIC_COLUMNS, filters.numeric);
  if (filters.ages !== undefined) {
    // Unknown ages are kept: not knowing a programme's age range is not evidence it does not fit.
    where.params.ageBandMin = filters.ages.min;
    where.params.ageBandMax = filters.ages.max;
    where.clauses.push('coalesce(i.age_max, 30) >= @ageBandMin AND coalesce(i.age_min, 0) <= @ageBandMax');
  }
  if (ftsQuery !== null) {
    where.params.fts = ftsQuery;
    where.clauses.push('i.id IN (SELECT intervention_id FROM search_index WHERE search_index MATCH @fts)');
  }
  return where;
}

interface RowRecord {
  id: string;
  name: string;
  summary: string;
  approach_type_id: string;
  approach_name: string;
  strand: Strand;
  tier: Tier;
  age_min: number | null;
  age_max: number | null;
  evidence_level: number | null;
  validation_status: ValidationStatus;
  status: InterventionStatus;
  evaluation_count: number;
  cost_per_participant: number | null;
  cost_currency: string | null;
  cost_price_year: number | null;
  illustrative_fields: string;
  cost_illustrative: number;
}

const ROW_COLUMNS = `i.id, i.name, i.summary, i.approach_type_id, a.name AS approach_name, i.strand, i.tier,
  i.age_min, i.age_max, i.evidence_level, i.validation_status, i.status, ${EVALUATION_COUNT} AS evaluation_count,
  i.cost_per_participant, i.cost_currency, i.cost_price_year, i.illustrative_fields,
  EXISTS (SELECT 1 FROM cost_items c WHERE c.intervention_id = i.id AND c.illustrative = 1) AS cost_illustrative`;

function areasOf(db: Database, ids: readonly string[]): Map<string, NamedRef[]> {
  const rows = statement(
    db,
    `SELECT ia.intervention_id, ar.id, ar.name FROM intervention_areas ia JOIN areas ar ON ar.id = ia.area_id
       WHERE ia.intervention_id IN (SELECT value FROM json_each(?))
       ORDER BY CASE ar.kind WHEN 'region' THEN 0 ELSE 1 END, ar.name COLLATE NOCASE`,
  ).all(JSON.stringify(ids)) as { intervention_id: string; id: string; name: string }[];
  const byId = new Map<string, NamedRef[]>();
  for (const r of rows)
    byId.set(r.intervention_id, [...(byId.get(r.intervention_id) ?? []), { id: r.id, name: r.name }]);
  return byId;
}

/** The settings of each of many interventions, in one query. */
export function settingsOf(db: Database, ids: readonly string[]): Map<string, Setting[]> {
  const rows = db
    .prepare(
      `SELECT intervention_id, setting FROM intervention_settings
       WHERE intervention_id IN (SELECT value FROM json_each(?)) ORDER BY setting`,
    )
    .all(JSON.stringify(ids)) as { intervention_id: string; setting: Setting }[];
  const byId = new Map<string, Setting[]>();
  for (const r of rows) byId.set(r.intervention_id, [...(byId.get(r.intervention_id) ?? []), r.setting]);
  return byId;
}

function toRow(r: RowRecord, areas: NamedRef[]): InterventionRow {
  return {
    id: r.id,
    name: r.name,
    summary: r.summary,
    approachType: { id: r.approach_type_id, name: r.approach_name },
    strand: r.strand,
    tier: r.tier,
    ageMin: r.age_min,
    ageMax: r.age_max,
    areas,
    evidenceLevel: r.evidence_level,
    validationStatus: r.validation_status,
    status: r.status,
    evaluationCount: r.evaluation_count,
    costPerParticipant:
      r.cost_per_participant === null || r.cost_currency === null || r.cost_price_year === null
        ? null
        : { amount: r.cost_per_participant, currency: r.cost_currency, priceYear: r.cost_price_year },
    // A cost per participant worked out from invented cost items is itself illustrative.
    illustrativeFields: [
      ...(JSON.parse(r.illustrative_fields) as string[]),
      ...(r.cost_illustrative === 1 && r.cost_per_participant !== null ? ['costPerParticipant'] : []),
    ],
  };
}

export function listInterventions(db: Database, query: InterventionListQuery): InterventionPage {
  const fts = query.search === undefined ? null : toFtsQuery(query.search);
  const where = buildWhere(query.filters, fts);
  const order = orderTerms(SORT_EXPRESSIONS, query.sort, NEVER_BLANK);
  let rankJoin = '';
  if (fts !== null && order.length === 0) {
    rankJoin = `JOIN (SELECT intervention_id, min(rank) AS rank FROM search_index WHERE search_index MATCH @fts
                GROUP BY intervention_id) s ON s.intervention_id = i.id`;
    order.push('s.rank');
  }
  // Ties by name, then id; a sort by name already has the first (repeating it would stop the index serving it).
  if (!query.sort.some((s) => s.field === 'name')) order.push('i.name COLLATE NOCASE');
  order.push('i.id');
  const { total, records } = pageOf<RowRecord>(
    db,
    {
      countFrom: 'interventions i',
      select: `SELECT ${ROW_COLUMNS} FROM interventions i JOIN approach_types a ON a.id = i.approach_type_id ${rankJoin}`,
      where,
      order,
    },
    query,
  );
  const areas = areasOf(
    db,
    records.map((r) => r.id),
  );
  return { total, rows: records.map((r) => toRow(r, areas.get(r.id) ?? [])) };
}

/** Every intervention a WHERE over `interventions i` keeps, as catalogue rows, by name (no paging). */
export function interventionRowsWhere(db: Database, where: Where): InterventionRow[] {
  const filter = where.clauses.length === 0 ? '' : `WHERE ${where.clauses.join(' AND ')}`;
  const records = db
    .prepare(
      `SELECT ${ROW_COLUMNS} FROM interventions i JOIN approach_types a ON a.id = i.approach_type_id ${filter}
       ORDER BY i.name COLLATE NOCASE, i.id`,
    )
    .all(where.params) as RowRecord[];
  const areas = areasOf(
    db,
    records.map((r) => r.id),
  );
  return records.map((r) => toRow(r, areas.get(r.id) ?? []));
}

interface DetailRecord extends RowRecord {
  description: string | null;
  risk_level: string | null;
  gender: string | null;
  target_other: string | null;
  duration_weeks: number | null;
  sessions: number | null;
  dosage: string | null;
  staffing: string | null;
  manual_available: number | null;
  reach_per_year: number | null;
  start_date: string | null;
  end_date: string | null;
  theory_of_change: string | null;
  validated_by: string | null;
  validated_at: string | null;
}

/** The intervention's own fields and its linked lists; evaluations and costs come from their repos. */
export function getInterventionRecord(db: Database, id: string) {
  const r = statement(
    db,
    `SELECT ${ROW_COLUMNS}, i.description, i.risk_level, i.gender, i.target_other, i.duration_weeks, i.sessions,
         i.dosage, i.staffing, i.manual_available, i.reach_per_year, i.start_date, i.end_date,
         i.theory_of_change, i.validated_by, i.validated_at
       FROM interventions i JOIN approach_types a ON a.id = i.approach_type_id WHERE i.id = ?`,
  ).get(id) as DetailRecord | undefined;
  if (r === undefined) return undefined;
  const settings = (
    db
      .prepare('SELECT setting FROM intervention_settings WHERE intervention_id = ? ORDER BY setting')
      .all(id) as {
      setting: Setting;
    }[]
  ).map((s) => s.setting);
  const tags = (
    statement(db, 'SELECT tag FROM intervention_tags WHERE intervention_id = ? ORDER BY tag').all(id) as {
      tag: string;
    }[]
  ).map((t) => t.tag);
  const links = statement(
    db,
    'SELECT label, url FROM intervention_links WHERE intervention_id = ? ORDER BY id',
  ).all(id) as { label: string; url: string }[];
  const contacts = statement(
    db,
    'SELECT name, role, email, phone FROM contacts WHERE intervention_id = ? ORDER BY id',
  ).all(id) as { name: string; role: string | null; email: string | null; phone: string | null }[];
  const organisations = statement(
    db,
    `SELECT o.id, o.name, o.kind, io.role FROM intervention_organisations io
       JOIN organisations o ON o.id = io.organisation_id WHERE io.intervention_id = ?
       ORDER BY CASE io.role WHEN 'lead' THEN 0 WHEN 'provider' THEN 1 WHEN 'partner' THEN 2 ELSE 3 END, o.name`,
  ).all(id) as { id: string; name: string; kind: OrganisationKind; role: OrganisationRole }[];
  return {
    ...toRow(r, areasOf(db, [id]).get(id) ?? []),
    description: r.description,
    riskLevel: r.risk_level,
    gender: r.gender,
    targetOther: r.target_other,
    settings,
    durationWeeks: r.duration_weeks,
    sessions: r.sessions,
    dosage: r.dosage,
    staffing: r.staffing,
    manualAvailable: r.manual_available === null ? null : r.manual_available === 1,
    reachPerYear: r.reach_per_year,
    startDate: r.start_date,
    endDate: r.end_date,
    theoryOfChange: r.theory_of_change === null ? null : (JSON.parse(r.theory_of_change) as TheoryOfChange),
    tags,
    links,
    contacts,
    organisations,
    validatedBy: r.validated_by,
    validatedAt: r.validated_at,
    sources: citationsFor(db, 'intervention', [id]).get(id) ?? [],
  };
}

/** An intervention's own fields, as the bundle (and the editing API) gives them. */
export type InterventionRecord = Omit<BundleIntervention, 'evaluations' | 'costItems'>;

const COLUMNS = [
  'name',
  'summary',
  'description',
  'approach_type_id',
  'tier',
  'strand',
  'age_min',
  'age_max',
  'risk_level',
  'gender',
  'target_other',
  'duration_weeks',
  'sessions',
  'dosage',
  'staffing',
  'manual_available',
  'reach_per_year',
  'status',
  'start_date',
  'end_date',
  'theory_of_change',
  'evidence_level',
  'validation_status',
  'validated_by',
  'validated_at',
  'illustrative_fields',
] as const;

function columnValues(i: InterventionRecord): Record<(typeof COLUMNS)[number] | 'id', unknown> {
  return {
    id: i.id,
    name: i.name,
    summary: i.summary,
    description: i.description ?? null,
    approach_type_id: i.approachTypeId,
    tier: i.tier,
    strand: i.strand,
    age_min: i.ageMin ?? null,
    age_max: i.ageMax ?? null,
    risk_level: i.riskLevel ?? null,
    gender: i.gender ?? null,
    target_other: i.targetOther ?? null,
    duration_weeks: i.durationWeeks ?? null,
    sessions: i.sessions ?? null,
    dosage: i.dosage ?? null,
    staffing: i.staffing ?? null,
    manual_available: i.manualAvailable === undefined ? null : i.manualAvailable ? 1 : 0,
    reach_per_year: i.reachPerYear ?? null,
    status: i.status,
    start_date: i.startDate ?? null,
    end_date: i.endDate ?? null,
    theory_of_change: i.theoryOfChange === undefined ? null : JSON.stringify(i.theoryOfChange),
    evidence_level: i.evidenceLevel ?? null,
    validation_status: i.validationStatus,
    validated_by: i.validatedBy ?? null,
    validated_at: i.validatedAt ?? null,
    illustrative_fields: JSON.stringify(i.illustrativeFields),
  };
}

/** Replaces the intervention's lists (settings, areas, tags, links, contacts, organisations, sources). */
function writeLists(db: Database, i: InterventionRecord): void {
  for (const table of [
    'intervention_settings',
    'intervention_areas',
    'intervention_tags',
    'intervention_links',
    'contacts',
    'intervention_organisations',
  ]) {
    statement(db, `DELETE FROM ${table} WHERE intervention_id = ?`).run(i.id);
  }
  statement(db, "DELETE FROM source_citations WHERE entity_type = 'intervention' AND entity_id = ?").run(
    i.id,
  );
  const setting = statement(db, 'INSERT INTO intervention_settings (intervention_id, setting) VALUES (?, ?)');
  for (const s of new Set(i.settings)) setting.run(i.id, s);
  const area = statement(db, 'INSERT INTO intervention_areas (intervention_id, area_id) VALUES (?, ?)');
  for (const a of new Set(i.areaIds)) area.run(i.id, a);
  const tag = statement(db, 'INSERT INTO intervention_tags (intervention_id, tag) VALUES (?, ?)');
  for (const t of new Set(i.tags)) tag.run(i.id, t);
  const link = statement(db, 'INSERT INTO intervention_links (intervention_id, label, url) VALUES (?, ?, ?)');
  for (const l of i.links) link.run(i.id, l.label, l.url);
  const contact = statement(
    db,
    'INSERT INTO contacts (intervention_id, name, role, email, phone) VALUES (?, ?, ?, ?, ?)',
  );
  for (const c of i.contacts) contact.run(i.id, c.name, c.role ?? null, c.email ?? null, c.phone ?? null);
  const org = statement(
    db,
    'INSERT INTO intervention_organisations (intervention_id, organisation_id, role) VALUES (?, ?, ?)',
  );
  for (const o of i.organisations) org.run(i.id, o.organisationId, o.role);
  insertCitations(db, 'intervention', i.id, i.sources);
}

export function insertIntervention(db: Database, i: InterventionRecord): void {
  statement(
    db,
    `INSERT INTO interventions (id, ${COLUMNS.join(', ')}) VALUES (@id, ${COLUMNS.map((c) => `@${c}`).join(', ')})`,
  ).run(columnValues(i));
  writeLists(db, i);
}

/** Rewrites an intervention's own fields and lists; its evaluations and costs are untouched. */
export function updateIntervention(db: Database, i: InterventionRecord): void {
  statement(
    db,
    `UPDATE interventions SET ${COLUMNS.map((c) => `${c} = @${c}`).join(', ')},
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = @id`,
  ).run(columnValues(i));
  writeLists(db, i);
}

export function listInterventionNames(db: Database): EntityName[] {
  return statement(
    db,
    'SELECT id, name FROM interventions ORDER BY name COLLATE NOCASE, id',
  ).all() as EntityName[];
}

/** What the evidence rules read of every intervention, in name order (as listInterventionNames). */
export function evidenceRecords(db: Database): {
  id: string;
  name: string;
  approachType: NamedRef;
  theoryOfChange: TheoryOfChange | null;
  manualAvailable: boolean | null;
}[] {
  const rows = statement(
    db,
    `SELECT i.id, i.name, i.approach_type_id, a.name AS approach_name, i.theory_of_change, i.manual_available
     FROM interventions i JOIN approach_types a ON a.id = i.approach_type_id ORDER BY i.name COLLATE NOCASE, i.id`,
  ).all() as {
    id: string;
    name: string;
    approach_type_id: string;
    approach_name: string;
    theory_of_change: string | null;
    manual_available: number | null;
  }[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    approachType: { id: r.approach_type_id, name: r.approach_name },
    theoryOfChange: r.theory_of_change === null ? null : (JSON.parse(r.theory_of_change) as TheoryOfChange),
    manualAvailable: r.manual_available === null ? null : r.manual_available === 1,
  }));
}

/** The illustrative fields as recorded (the catalogue row adds the derived cost flag). */
export function storedIllustrativeFields(db: Database, id: string): string[] {
  const row = statement(db, 'SELECT illustrative_fields FROM interventions WHERE id = ?').get(id) as
    { illustrative_fields: string } | undefined;
  return row === undefined ? [] : (JSON.parse(row.illustrative_fields) as string[]);
}

/** Removes an intervention; its evaluations, results, costs and links go with it (ON DELETE CASCADE). */
export function deleteInterventionRow(db: Database, id: string): void {
  // Citations point at records by type and id, so they are removed with them by hand.
  statement(
    db,
    `DELETE FROM source_citations WHERE (entity_type = 'intervention' AND entity_id = @id)
       OR (entity_type = 'evaluation' AND entity_id IN (SELECT id FROM evaluations WHERE intervention_id = @id))
       OR (entity_type = 'cost_item' AND entity_id IN (SELECT id FROM cost_items WHERE intervention_id = @id))
       OR (entity_type = 'outcome_result' AND entity_id IN (SELECT r.id FROM outcome_results r
             JOIN evaluations e ON e.id = r.evaluation_id WHERE e.intervention_id = @id))`,
  ).run({ id });
  statement(db, 'DELETE FROM interventions WHERE id = ?').run(id);
}

export function interventionExists(db: Database, id: string): boolean {
  return statement(db, 'SELECT 1 FROM interventions WHERE id = ?').get(id) !== undefined;
}

/** What hangs from an intervention, counted, for "this will also delete …". */
export function interventionDependents(db: Database, id: string): { label: string; count: number }[] {
  const c = statement(
    db,
    `SELECT (SELECT count(*) FROM evaluations WHERE intervention_id = @id) AS evaluations,
              (SELECT count(*) FROM outcome_results r JOIN evaluations e ON e.id = r.evaluation_id
                WHERE e.intervention_id = @id) AS results,
              (SELECT count(*) FROM cost_items WHERE intervention_id = @id) AS costs,
              (SELECT count(*) FROM self_assessments WHERE intervention_id = @id) AS assessments`,
  ).get({ id }) as { evaluations: number; results: number; costs: number; assessments: number };
  return [
    { label: 'evaluations', count: c.evaluations },
    { label: 'outcome results', count: c.results },
    { label: 'cost items', count: c.costs },
    // Its own files and its evaluations' files.
    { label: 'attachments', count: countAttachments(db, { kind: 'intervention', id }) },
    { label: 'self-assessments', count: c.assessments },
  ].filter((d) => d.count > 0);
}

/** The standard of evidence recorded on an intervention, and which of its fields are illustrative. */
export interface InterventionStandard {
  evidenceLevel: number | null;
  validationStatus: ValidationStatus;
  validatedBy: string | null;
  validatedAt: string | null;
  illustrativeFields: string[];
}

export function interventionStandard(db: Database, id: string): InterventionStandard | null {
  const row = statement(
    db,
    'SELECT evidence_level, validation_status, validated_by, validated_at FROM interventions WHERE id = ?',
  ).get(id) as
    | {
        evidence_level: number | null;
        validation_status: ValidationStatus;
        validated_by: string | null;
        validated_at: string | null;
      }
    | undefined;
  return row === undefined
    ? null
    : {
        evidenceLevel: row.evidence_level,
        validationStatus: row.validation_status,
        validatedBy: row.validated_by,
        validatedAt: row.validated_at,
        illustrativeFields: storedIllustrativeFields(db, id),
      };
}

export function setInterventionStandard(db: Database, id: string, s: InterventionStandard): void {
  statement(
    db,
    `UPDATE interventions SET evidence_level = ?, validation_status = ?, validated_by = ?, validated_at = ?,
       illustrative_fields = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`,
  ).run(
    s.evidenceLevel,
    s.validationStatus,
    s.validatedBy,
    s.validatedAt,
    JSON.stringify(s.illustrativeFields),
    id,
  );
}
