// The evaluations and outcome-results grids: paged, sorted, filtered and searched in SQL, so a
// library of 50,000 evaluations and 500,000 results never loads more than a page.
import type { Database } from 'better-sqlite3';
import type {
  EvaluationListQuery,
  EvaluationNumericField,
  EvaluationPage,
  EvaluationSortField,
  OutcomeResultListQuery,
  OutcomeResultRow,
  OutcomeResultSortField,
  StudyFacets,
} from '../../../shared/model/study-grids';
import { DESIGNS, type Design, type OutcomeDataType } from '../../../shared/model/vocabulary';
import {
  type EvaluationSummaryRecord,
  STATISTICS_COLUMNS,
  type StatisticsRecord,
  evaluationSummary,
  storedStatistics,
} from './evaluations';
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

/** Designs in the vocabulary's order, weakest first, so sorting by design ranks its rigour. */
const DESIGN_RANK = `CASE e.design ${DESIGNS.map((d, i) => `WHEN '${d}' THEN ${i}`).join(' ')} END`;

/** Ids of records of one kind that the search finds (search_index keeps every kind in one table). */
const ftsHits = (entity: 'evaluation' | 'intervention') =>
  `(SELECT entity_id FROM search_index WHERE search_index MATCH @fts AND entity_type = '${entity}')`;

// ---- Evaluations -----------------------------------------------------------------------------

const RESULT_COUNT = '(SELECT count(*) FROM outcome_results r WHERE r.evaluation_id = e.id)';
const SAMPLE_SIZE = `CASE WHEN e.n_treatment IS NULL AND e.n_control IS NULL THEN NULL
  ELSE coalesce(e.n_treatment, 0) + coalesce(e.n_control, 0) END`;

const EVALUATION_SORT: Record<EvaluationSortField, string> = {
  title: 'e.title COLLATE NOCASE',
  intervention: 'i.name COLLATE NOCASE',
  year: 'e.year',
  design: DESIGN_RANK,
  independent: 'e.independent',
  smsScore: 'e.sms_score',
  sampleSize: SAMPLE_SIZE,
  followUpMonths: 'e.follow_up_months',
  country: 'e.country COLLATE NOCASE',
  place: 'e.place COLLATE NOCASE',
  outcomeResultCount: RESULT_COUNT,
};

const EVALUATION_NUMBERS: Record<EvaluationNumericField, string> = {
  year: 'e.year',
  sampleSize: SAMPLE_SIZE,
  followUpMonths: 'e.follow_up_months',
  outcomeResultCount: RESULT_COUNT,
};

function evaluationWhere(query: EvaluationListQuery): Where {
  const { filters } = query;
  const where = emptyWhere();
  inList(where, 'e.design', 'design', filters.design);
  inList(
    where,
    'e.independent',
    'independent',
    filters.independence?.map((v) => (v === 'independent' ? 1 : 0)),
  );
  inList(where, 'e.sms_score', 'sms', filters.smsScore);
  inList(where, 'e.country COLLATE NOCASE', 'country', filters.country);
  inList(where, 'e.place COLLATE NOCASE', 'place', filters.place);
  inList(where, 'e.intervention_id', 'intervention', filters.interventionId);
  textCondition(where, 'e.title', 'title', filters.title);
  numericConditions(where, EVALUATION_NUMBERS, filters.numeric);
  const fts = query.search === undefined ? null : toFtsQuery(query.search);
  if (fts !== null) {
    // An evaluation is found by its own text (title, authors, findings) or its intervention's.
    where.params.fts = fts;
    where.clauses.push(
      `(e.id IN ${ftsHits('evaluation')} OR e.intervention_id IN ${ftsHits('intervention')})`,
    );
  }
  return where;
}

interface EvaluationRecord extends EvaluationSummaryRecord {
  intervention_id: string;
  intervention_name: string;
  result_count: number;
}

export function listEvaluationRows(db: Database, query: EvaluationListQuery): EvaluationPage {
  const { total, records } = pageOf<EvaluationRecord>(
    db,
    {
      countFrom: 'evaluations e',
      select: `SELECT e.id, e.title, e.intervention_id, i.name AS intervention_name, e.authors,
         o.id AS evaluator_id, o.name AS evaluator_name, e.independent, e.year, e.design, e.n_treatment,
         e.n_control, e.follow_up_months, e.place, e.country, e.sms_score, ${RESULT_COUNT} AS result_count,
         e.illustrative
       FROM evaluations e JOIN interventions i ON i.id = e.intervention_id
       LEFT JOIN organisations o ON o.id = e.evaluator_organisation_id`,
      where: evaluationWhere(query),
      order: [...orderTerms(EVALUATION_SORT, query.sort), 'e.title COLLATE NOCASE', 'e.id'],
    },
    query,
  );
  return {
    total,
    rows: records.map((r) => ({
      ...evaluationSummary(r),
      intervention: { id: r.intervention_id, name: r.intervention_name },
      outcomeResultCount: r.result_count,
    })),
  };
}

// ---- Outcome results -------------------------------------------------------------------------

const EVALUATION_YEAR = '(SELECT year FROM evaluations WHERE id = r.evaluation_id)';

const RESULT_SORT: Record<OutcomeResultSortField, string> = {
  measureName: 'r.measure_name COLLATE NOCASE',
  outcome: 'd.name COLLATE NOCASE',
  outcomeGroup: 'g.position',
  evaluation: 'e.title COLLATE NOCASE',
  intervention: 'i.name COLLATE NOCASE',
  year: 'e.year',
  timePoint: 'r.time_point_months',
  direction: 'r.higher_is_better',
  dataType: 'r.data_type',
};

function resultWhere(query: OutcomeResultListQuery): Where {
  const { filters } = query;
  const where = emptyWhere();
  // Filters on the evaluation or taxonomy go through subqueries, so the count needs no joins.
  inList(where, 'r.outcome_domain_id', 'outcome', filters.outcomeId);
  if (filters.outcomeGroupId !== undefined) {
    where.params.groups = JSON.stringify(filters.outcomeGroupId);
    where.clauses.push(`r.outcome_domain_id IN (SELECT id FROM outcome_domains
      WHERE group_id IN (SELECT value FROM json_each(@groups)))`);
  }
  inList(where, 'r.data_type', 'dataType', filters.dataType);
  inList(where, 'r.time_point_months', 'timePoint', filters.timePointMonths);
  inList(
    where,
    'r.higher_is_better',
    'direction',
    filters.direction?.map((d) => (d === 'higher' ? 1 : 0)),
  );
  if (filters.interventionId !== undefined) {
    where.params.interventions = JSON.stringify(filters.interventionId);
    where.clauses.push(`r.evaluation_id IN (SELECT id FROM evaluations
      WHERE intervention_id IN (SELECT value FROM json_each(@interventions)))`);
  }
  if (filters.design !== undefined) {
    where.params.designs = JSON.stringify(filters.design);
    where.clauses.push(`r.evaluation_id IN (SELECT id FROM evaluations
      WHERE design IN (SELECT value FROM json_each(@designs)))`);
  }
  textCondition(where, 'r.measure_name', 'measure', filters.measureName);
  numericConditions(where, { year: EVALUATION_YEAR, timePoint: 'r.time_point_months' }, filters.numeric);
  const fts = query.search === undefined ? null : toFtsQuery(query.search);
  if (fts !== null) {
    // Results carry no text of their own in the index: they are found by their study's or programme's.
    where.params.fts = fts;
    where.clauses.push(`(r.evaluation_id IN ${ftsHits('evaluation')}
      OR r.evaluation_id IN (SELECT id FROM evaluations WHERE intervention_id IN ${ftsHits('intervention')}))`);
  }
  return where;
}

interface ResultRecord extends StatisticsRecord {
  id: string;
  measure_name: string;
  outcome_id: string;
  outcome_name: string;
  group_id: string;
  group_name: string;
  evaluation_id: string;
  evaluation_title: string;
  evaluation_year: number | null;
  evaluation_design: Design;
  intervention_id: string;
  intervention_name: string;
  time_point_months: number | null;
  time_point_label: string | null;
  higher_is_better: number;
  data_type: OutcomeDataType;
  illustrative: number;
}

/** A grid row before its effect is worked out from its statistics. */
export type OutcomeResultRecord = Omit<OutcomeResultRow, 'effect' | 'excludedReason'>;

export function listOutcomeResultRecords(
  db: Database,
  query: OutcomeResultListQuery,
): { total: number; records: OutcomeResultRecord[] } {
  const { total, records } = pageOf<ResultRecord>(
    db,
    {
      countFrom: 'outcome_results r',
      select: `SELECT r.id, r.measure_name, d.id AS outcome_id, d.name AS outcome_name, g.id AS group_id,
         g.name AS group_name, e.id AS evaluation_id, e.title AS evaluation_title, e.year AS evaluation_year,
         e.design AS evaluation_design, i.id AS intervention_id, i.name AS intervention_name,
         r.time_point_months, r.time_point_label, r.higher_is_better, r.data_type, r.illustrative,
         ${STATISTICS_COLUMNS.map((c) => `r.${c}`).join(', ')}
       FROM outcome_results r
       JOIN evaluations e ON e.id = r.evaluation_id
       JOIN interventions i ON i.id = e.intervention_id
       JOIN outcome_domains d ON d.id = r.outcome_domain_id
       JOIN outcome_groups g ON g.id = d.group_id`,
      where: resultWhere(query),
      order: [...orderTerms(RESULT_SORT, query.sort), 'r.measure_name COLLATE NOCASE', 'r.id'],
    },
    query,
  );
  return {
    total,
    records: records.map((r) => ({
      id: r.id,
      measureName: r.measure_name,
      outcome: { id: r.outcome_id, name: r.outcome_name },
      outcomeGroup: { id: r.group_id, name: r.group_name },
      evaluation: {
        id: r.evaluation_id,
        name: r.evaluation_title,
        year: r.evaluation_year,
        design: r.evaluation_design,
      },
      intervention: { id: r.intervention_id, name: r.intervention_name },
      timePointMonths: r.time_point_months,
      timePointLabel: r.time_point_label,
      higherIsBetter: r.higher_is_better === 1,
      dataType: r.data_type,
      illustrative: r.illustrative === 1,
      stats: storedStatistics(r),
    })),
  };
}

// ---- Set-filter values -----------------------------------------------------------------------

/** More distinct values than a checkbox list can usefully hold are left out (the list is searchable). */
const MAX_FACET_VALUES = 1000;

function distinct<T>(db: Database, column: string, table: string): T[] {
  return (
    db
      .prepare(
        `SELECT ${column} AS v FROM ${table} GROUP BY ${column} ORDER BY ${column} IS NULL, ${column} LIMIT ?`,
      )
      .all(MAX_FACET_VALUES) as { v: T }[]
  ).map((r) => r.v);
}

export function studyFacets(db: Database): StudyFacets {
  return {
    countries: distinct<string | null>(db, 'country COLLATE NOCASE', 'evaluations'),
    places: distinct<string | null>(db, 'place COLLATE NOCASE', 'evaluations'),
    timePoints: distinct<number | null>(db, 'time_point_months', 'outcome_results'),
  };
}
