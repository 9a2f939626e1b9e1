// The commissioner's Compare screen on a generated library (10,000 interventions by default): the need-led
// candidates for the most studied outcome and ages 12–18, and three of them side by side, through
// the API as the app calls them, against the rows the same need selects from the raw database with
// plain better-sqlite3. The API also pools each candidate's studies and works out its costs in the
// library's price year (and, side by side, every framework's rating and the value report), which
// SQL cannot do: the ratio is that work's price.
import type Database from 'better-sqlite3';
import type { MethodInput } from '../../../shared/api';
import { timeApiAgainstSql } from './api-vs-sql';
import type { Benchmark } from './benchmark';

const AGES = { min: 12, max: 18 };
const BASELINE =
  'the rows the same need selects (interventions, their results on the outcome, costs) in SQL on raw better-sqlite3';

/** The interventions that meet the need, with their results on the outcome and their cost. */
const CANDIDATES_SQL = `
  SELECT i.id, i.name, i.cost_per_participant, r.id AS result, r.data_type
  FROM interventions i
  JOIN evaluations e ON e.intervention_id = i.id
  JOIN outcome_results r ON r.evaluation_id = e.id AND r.outcome_domain_id = @outcome
  WHERE (i.age_min IS NULL OR i.age_min <= @max) AND (i.age_max IS NULL OR i.age_max >= @min)`;

/** The compared interventions' rows, their results on the outcome and their cost items. */
const COMPARED_SQL = [
  `SELECT * FROM interventions WHERE id IN (SELECT value FROM json_each(@ids))`,
  `SELECT r.* FROM outcome_results r JOIN evaluations e ON e.id = r.evaluation_id
   WHERE e.intervention_id IN (SELECT value FROM json_each(@ids)) AND r.outcome_domain_id = @outcome`,
  `SELECT * FROM cost_items WHERE intervention_id IN (SELECT value FROM json_each(@ids))`,
];

/** The outcome with the most results: the need a commissioner is most likely to start from. */
function mostStudiedOutcome(raw: Database.Database): string {
  const row = raw
    .prepare(
      'SELECT outcome_domain_id AS id FROM outcome_results GROUP BY outcome_domain_id ORDER BY count(*) DESC LIMIT 1',
    )
    .get() as { id: string };
  return row.id;
}

export const compareCandidatesBenchmark: Benchmark = {
  name: 'compare-candidates',
  run: ({ log }) =>
    timeApiAgainstSql(
      {
        name: 'compare-candidates',
        method: 'compare/candidates',
        input: (raw): MethodInput<'compare/candidates'> => ({
          outcomeId: mostStudiedOutcome(raw),
          ages: AGES,
        }),
        baseline: BASELINE,
        sql: [CANDIDATES_SQL],
        parameters: (input) => ({ outcome: input.outcomeId, ...AGES }),
        describe: (result, rows) =>
          `ours: ${result.total.toLocaleString('en-GB')} candidates, each with its pooled effect on the outcome and cost per participant in the price year; SQL: ${rows.toLocaleString('en-GB')} rows of results and stored costs, nothing pooled`,
      },
      log,
    ),
};

/** Three interventions with the most results on the outcome, as a commissioner would shortlist. */
function threeToCompare(raw: Database.Database): MethodInput<'compare/get'> {
  const outcomeId = mostStudiedOutcome(raw);
  const ids = (
    raw
      .prepare(
        `SELECT e.intervention_id AS id FROM outcome_results r JOIN evaluations e ON e.id = r.evaluation_id
         WHERE r.outcome_domain_id = ? GROUP BY e.intervention_id ORDER BY count(*) DESC, e.intervention_id LIMIT 3`,
      )
      .all(outcomeId) as { id: string }[]
  ).map((r) => r.id);
  return { ids, outcomeId };
}

export const compareBenchmark: Benchmark = {
  name: 'compare',
  run: ({ log }) =>
    timeApiAgainstSql(
      {
        name: 'compare',
        method: 'compare/get',
        input: threeToCompare,
        baseline: BASELINE,
        sql: COMPARED_SQL,
        parameters: (input) => ({ ids: JSON.stringify(input.ids), outcome: input.outcomeId }),
        describe: (comparison, rows) =>
          `ours: ${comparison.interventions.length} interventions side by side: ratings in every framework, pooled effect with CI and prediction interval, % reduction and NNT, the value report with its Monte Carlo; SQL: ${rows} raw rows`,
      },
      log,
    ),
};
