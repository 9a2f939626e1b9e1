// Evaluations of interventions, their risk-of-bias judgements and their outcome results.
import type { Database } from 'better-sqlite3';
import { statement } from './statements';
import type { BundleEvaluation, BundleOutcomeResult } from '../../../shared/model/bundle';
import type {
  EvaluationSummary,
  EvaluationView,
  OutcomeResultView,
  OutcomeStatistics,
} from '../../../shared/model/catalogue';
import { statisticsOf } from '../../../shared/model/outcome-statistics';
import type { EntityName } from '../../../shared/model/library';
import type {
  Design,
  OutcomeDataType,
  ReportedEffectType,
  RiskOfBiasDomain,
  RiskOfBiasJudgement,
} from '../../../shared/model/vocabulary';
import { citationsFor, insertCitations } from './source-citations';

export function insertOutcomeResult(db: Database, evaluationId: string, result: BundleOutcomeResult): void {
  const s = statisticsOf(result);
  statement(
    db,
    `INSERT INTO outcome_results (id, evaluation_id, outcome_domain_id, measure_name, time_point_months,
       time_point_label, higher_is_better, data_type, m1, sd1, n1, m2, sd2, n2, events1, total1, events2,
       total2, effect_type, effect_value, ci_lower, ci_upper, se, p, t, illustrative, notes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    result.id,
    evaluationId,
    result.outcomeId,
    result.measureName,
    result.timePointMonths ?? null,
    result.timePointLabel ?? null,
    result.higherIsBetter ? 1 : 0,
    result.dataType,
    s.m1,
    s.sd1,
    s.n1,
    s.m2,
    s.sd2,
    s.n2,
    s.events1,
    s.total1,
    s.events2,
    s.total2,
    s.effectType,
    s.effectValue,
    s.ciLower,
    s.ciUpper,
    s.se,
    s.p,
    s.t,
    result.illustrative ? 1 : 0,
    result.notes ?? null,
  );
}

const EVALUATION_COLUMNS = [
  'intervention_id',
  'title',
  'authors',
  'evaluator_organisation_id',
  'independent',
  'year',
  'design',
  'n_treatment',
  'n_control',
  'follow_up_months',
  'place',
  'country',
  'sms_score',
  'findings',
  'doi',
  'url',
  'illustrative',
] as const;

function evaluationValues(
  interventionId: string,
  e: Omit<BundleEvaluation, 'outcomeResults'>,
): Record<(typeof EVALUATION_COLUMNS)[number] | 'id', unknown> {
  return {
    id: e.id,
    intervention_id: interventionId,
    title: e.title,
    authors: e.authors ?? null,
    evaluator_organisation_id: e.evaluatorOrganisationId ?? null,
    independent: e.independent ? 1 : 0,
    year: e.year ?? null,
    design: e.design,
    n_treatment: e.nTreatment ?? null,
    n_control: e.nControl ?? null,
    follow_up_months: e.followUpMonths ?? null,
    place: e.place ?? null,
    country: e.country,
    sms_score: e.smsScore ?? null,
    findings: e.findings ?? null,
    doi: e.doi ?? null,
    url: e.url ?? null,
    illustrative: e.illustrative ? 1 : 0,
  };
}

/** Replaces an evaluation's risk-of-bias judgements and source citations. */
function writeEvaluationLists(db: Database, e: Omit<BundleEvaluation, 'outcomeResults'>): void {
  statement(db, 'DELETE FROM risk_of_bias WHERE evaluation_id = ?').run(e.id);
  const bias = statement(
    db,
    'INSERT INTO risk_of_bias (evaluation_id, domain, judgement, note) VALUES (?, ?, ?, ?)',
  );
  for (const r of e.riskOfBias) bias.run(e.id, r.domain, r.judgement, r.note ?? null);
  statement(db, "DELETE FROM source_citations WHERE entity_type = 'evaluation' AND entity_id = ?").run(e.id);
  insertCitations(db, 'evaluation', e.id, e.sources);
}

export function insertEvaluation(db: Database, interventionId: string, e: BundleEvaluation): void {
  statement(
    db,
    `INSERT INTO evaluations (id, ${EVALUATION_COLUMNS.join(', ')})
     VALUES (@id, ${EVALUATION_COLUMNS.map((c) => `@${c}`).join(', ')})`,
  ).run(evaluationValues(interventionId, e));
  writeEvaluationLists(db, e);
  for (const result of e.outcomeResults) insertOutcomeResult(db, e.id, result);
}

/** An evaluation's own columns, with its evaluator's id and name joined in. */
export interface EvaluationSummaryRecord {
  id: string;
  title: string;
  authors: string | null;
  evaluator_id: string | null;
  evaluator_name: string | null;
  independent: number;
  year: number | null;
  design: Design;
  n_treatment: number | null;
  n_control: number | null;
  follow_up_months: number | null;
  place: string | null;
  country: string | null;
  sms_score: number | null;
  illustrative: number;
}

interface EvaluationRow extends EvaluationSummaryRecord {
  findings: string | null;
  doi: string | null;
  url: string | null;
}

export function evaluationSummary(e: EvaluationSummaryRecord): EvaluationSummary {
  return {
    id: e.id,
    title: e.title,
    authors: e.authors,
    evaluator: e.evaluator_id === null ? null : { id: e.evaluator_id, name: e.evaluator_name ?? '' },
    independent: e.independent === 1,
    year: e.year,
    design: e.design,
    nTreatment: e.n_treatment,
    nControl: e.n_control,
    followUpMonths: e.follow_up_months,
    place: e.place,
    country: e.country,
    smsScore: e.sms_score,
    illustrative: e.illustrative === 1,
  };
}

/** The statistics columns of an outcome result, as stored. */
export interface StatisticsRecord {
  m1: number | null;
  sd1: number | null;
  n1: number | null;
  m2: number | null;
  sd2: number | null;
  n2: number | null;
  events1: number | null;
  total1: number | null;
  events2: number | null;
  total2: number | null;
  effect_type: ReportedEffectType | null;
  effect_value: number | null;
  ci_lower: number | null;
  ci_upper: number | null;
  se: number | null;
  p: number | null;
  t: number | null;
}

/** The statistics columns, in the order `storedStatistics` reads them, for SELECT lists. */
export const STATISTICS_COLUMNS = [
  'm1',
  'sd1',
  'n1',
  'm2',
  'sd2',
  'n2',
  'events1',
  'total1',
  'events2',
  'total2',
  'effect_type',
  'effect_value',
  'ci_lower',
  'ci_upper',
  'se',
  'p',
  't',
] as const satisfies readonly (keyof StatisticsRecord)[];

export function storedStatistics(r: StatisticsRecord): OutcomeStatistics {
  return {
    m1: r.m1,
    sd1: r.sd1,
    n1: r.n1,
    m2: r.m2,
    sd2: r.sd2,
    n2: r.n2,
    events1: r.events1,
    total1: r.total1,
    events2: r.events2,
    total2: r.total2,
    effectType: r.effect_type,
    effectValue: r.effect_value,
    ciLower: r.ci_lower,
    ciUpper: r.ci_upper,
    se: r.se,
    p: r.p,
    t: r.t,
  };
}

interface OutcomeResultRow extends StatisticsRecord {
  id: string;
  evaluation_id: string;
  outcome_domain_id: string;
  outcome_name: string;
  outcome_higher_is_better: number;
  measure_name: string;
  time_point_months: number | null;
  time_point_label: string | null;
  higher_is_better: number;
  data_type: OutcomeDataType;
  illustrative: number;
  notes: string | null;
}

/** The columns a result's view reads (not its timestamps: every intervention page loads them all). */
const RESULT_VIEW_COLUMNS = [
  'id',
  'evaluation_id',
  'outcome_domain_id',
  'measure_name',
  'time_point_months',
  'time_point_label',
  'higher_is_better',
  'data_type',
  'illustrative',
  'notes',
  ...STATISTICS_COLUMNS,
]
  .map((c) => `r.${c}`)
  .join(', ');

function toOutcomeResultView(r: OutcomeResultRow): OutcomeResultView {
  return {
    id: r.id,
    outcome: {
      id: r.outcome_domain_id,
      name: r.outcome_name,
      higherIsBetter: r.outcome_higher_is_better === 1,
    },
    measureName: r.measure_name,
    timePointMonths: r.time_point_months,
    timePointLabel: r.time_point_label,
    higherIsBetter: r.higher_is_better === 1,
    dataType: r.data_type,
    stats: storedStatistics(r),
    illustrative: r.illustrative === 1,
    notes: r.notes,
  };
}

/** A result on one outcome, with the evaluation and intervention it belongs to. */
export interface ResultOnOutcome {
  interventionId: string;
  evaluation: { id: string; title: string; year: number | null };
  result: OutcomeResultView;
}

/**
 * Every result on one outcome of many interventions, in one query, in the order an intervention's
 * own page lists them (evaluations newest first, then by time point and measure).
 */
export function resultsOnOutcome(
  db: Database,
  outcomeId: string,
  interventionIds: readonly string[],
): ResultOnOutcome[] {
  const rows = db
    .prepare(
      `SELECT r.*, d.name AS outcome_name, d.higher_is_better AS outcome_higher_is_better,
         e.intervention_id, e.title AS evaluation_title, e.year AS evaluation_year
       FROM outcome_results r JOIN outcome_domains d ON d.id = r.outcome_domain_id
         JOIN evaluations e ON e.id = r.evaluation_id
       WHERE r.outcome_domain_id = ? AND e.intervention_id IN (SELECT value FROM json_each(?))
       ORDER BY e.intervention_id, e.year DESC, e.title COLLATE NOCASE, r.time_point_months, r.measure_name`,
    )
    .all(outcomeId, JSON.stringify(interventionIds)) as (OutcomeResultRow & {
    intervention_id: string;
    evaluation_title: string;
    evaluation_year: number | null;
  })[];
  return rows.map((r) => ({
    interventionId: r.intervention_id,
    evaluation: { id: r.evaluation_id, title: r.evaluation_title, year: r.evaluation_year },
    result: toOutcomeResultView(r),
  }));
}

/** Every evaluation of one intervention, newest first, with its outcome results and sources. */
export function evaluationsOf(db: Database, interventionId: string): EvaluationView[] {
  const rows = statement(
    db,
    `SELECT e.*, o.id AS evaluator_id, o.name AS evaluator_name
       FROM evaluations e LEFT JOIN organisations o ON o.id = e.evaluator_organisation_id
       WHERE e.intervention_id = ? ORDER BY e.year DESC, e.title COLLATE NOCASE`,
  ).all(interventionId) as EvaluationRow[];
  const ids = rows.map((r) => r.id);
  const results = statement(
    db,
    `SELECT ${RESULT_VIEW_COLUMNS}, d.name AS outcome_name, d.higher_is_better AS outcome_higher_is_better
       FROM outcome_results r JOIN outcome_domains d ON d.id = r.outcome_domain_id
       WHERE r.evaluation_id IN (SELECT value FROM json_each(?))
       ORDER BY d.position, r.time_point_months, r.measure_name`,
  ).all(JSON.stringify(ids)) as OutcomeResultRow[];
  const bias = statement(
    db,
    `SELECT evaluation_id, domain, judgement, note FROM risk_of_bias
       WHERE evaluation_id IN (SELECT value FROM json_each(?)) ORDER BY evaluation_id, domain`,
  ).all(JSON.stringify(ids)) as {
    evaluation_id: string;
    domain: RiskOfBiasDomain;
    judgement: RiskOfBiasJudgement;
    note: string | null;
  }[];
  const sources = citationsFor(db, 'evaluation', ids);
  return rows.map((e) => ({
    ...evaluationSummary(e),
    riskOfBias: bias
      .filter((b) => b.evaluation_id === e.id)
      .map((b) => ({ domain: b.domain, judgement: b.judgement, note: b.note })),
    findings: e.findings,
    doi: e.doi,
    url: e.url,
    sources: sources.get(e.id) ?? [],
    outcomeResults: results.filter((r) => r.evaluation_id === e.id).map(toOutcomeResultView),
  }));
}

export function listEvaluationNames(db: Database): EntityName[] {
  return (
    db
      .prepare('SELECT id, title, intervention_id FROM evaluations ORDER BY title COLLATE NOCASE, id')
      .all() as { id: string; title: string; intervention_id: string }[]
  ).map((e) => ({ id: e.id, name: e.title, interventionId: e.intervention_id }));
}

/** An evaluation's own fields: its outcome results are records of their own. */
export type EvaluationRecord = Omit<BundleEvaluation, 'outcomeResults'>;

export function updateEvaluation(db: Database, interventionId: string, e: EvaluationRecord): void {
  statement(
    db,
    `UPDATE evaluations SET ${EVALUATION_COLUMNS.map((c) => `${c} = @${c}`).join(', ')},
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = @id`,
  ).run(evaluationValues(interventionId, e));
  writeEvaluationLists(db, e);
}

/** Removes an evaluation with its outcome results (ON DELETE CASCADE) and their citations. */
export function deleteEvaluation(db: Database, id: string): void {
  statement(
    db,
    `DELETE FROM source_citations WHERE (entity_type = 'evaluation' AND entity_id = @id)
       OR (entity_type = 'outcome_result' AND entity_id IN (SELECT id FROM outcome_results WHERE evaluation_id = @id))`,
  ).run({ id });
  statement(db, 'DELETE FROM evaluations WHERE id = ?').run(id);
}

export function deleteOutcomeResult(db: Database, id: string): void {
  statement(db, "DELETE FROM source_citations WHERE entity_type = 'outcome_result' AND entity_id = ?").run(
    id,
  );
  statement(db, 'DELETE FROM outcome_results WHERE id = ?').run(id);
}

/** The intervention an evaluation belongs to, or null when there is no such evaluation. */
export function interventionOfEvaluation(db: Database, id: string): string | null {
  const row = statement(db, 'SELECT intervention_id FROM evaluations WHERE id = ?').get(id) as
    { intervention_id: string } | undefined;
  return row?.intervention_id ?? null;
}

/** The evaluation an outcome result belongs to, or null when there is no such result. */
export function evaluationOfOutcomeResult(db: Database, id: string): string | null {
  const row = statement(db, 'SELECT evaluation_id FROM outcome_results WHERE id = ?').get(id) as
    { evaluation_id: string } | undefined;
  return row?.evaluation_id ?? null;
}
