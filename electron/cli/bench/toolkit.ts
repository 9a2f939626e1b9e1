// The toolkit and the evidence gap map on a generated library (by default 10,000 interventions:
// about 50,000 evaluations and 500,000 outcome results), through the API as the app calls them, against
// the same aggregate (per approach and outcome: studies, interventions, strongest design) asked of
// the raw database with plain better-sqlite3. The toolkit also standardises every result and pools
// each approach's studies per outcome (REML), which SQL cannot do: its first call is that work's
// price; later calls, until the library changes, answer from what it kept.
import { DESIGNS } from '../../../shared/model/vocabulary';
import { timeApiAgainstSql } from './api-vs-sql';
import type { Benchmark } from './benchmark';

/** The design rank (DESIGNS, weakest first) as SQL, for the baseline's "strongest design". */
const DESIGN_RANK = `CASE e.design ${DESIGNS.map((d, i) => `WHEN '${d}' THEN ${i}`).join(' ')} END`;

const TOOLKIT_SQL = `
  SELECT i.approach_type_id, r.outcome_domain_id, count(DISTINCT e.id) AS studies,
    count(DISTINCT i.id) AS interventions, count(*) AS results
  FROM outcome_results r JOIN evaluations e ON e.id = r.evaluation_id
  JOIN interventions i ON i.id = e.intervention_id
  GROUP BY i.approach_type_id, r.outcome_domain_id`;
const COSTS_SQL = `
  SELECT approach_type_id, count(*) AS interventions, avg(cost_per_participant) AS mean_cost
  FROM interventions GROUP BY approach_type_id`;
const GAP_MAP_SQL = `
  SELECT i.approach_type_id, r.outcome_domain_id, count(DISTINCT e.id) AS studies, max(${DESIGN_RANK}) AS strongest
  FROM outcome_results r JOIN evaluations e ON e.id = r.evaluation_id
  JOIN interventions i ON i.id = e.intervention_id
  GROUP BY i.approach_type_id, r.outcome_domain_id`;

const BASELINE = 'the same aggregate (studies per approach and outcome) in SQL on raw better-sqlite3';

export const toolkitBenchmark: Benchmark = {
  name: 'toolkit',
  run: ({ log }) =>
    timeApiAgainstSql(
      {
        name: 'toolkit',
        method: 'ratings/approaches',
        input: {},
        baseline: BASELINE,
        sql: [TOOLKIT_SQL, COSTS_SQL],
        describe: (approaches, rows) => {
          const pooled = approaches.reduce((n, a) => n + a.outcomes.length, 0);
          return `ours: ${approaches.length} approaches, ${pooled} pooled approach × outcome estimates (REML, Hartung–Knapp) with impact bands and evidence quality, the timed call answered from what the first call (below) computed and kept until a write; SQL: ${rows} rows of counts and mean costs, no effect sizes`;
        },
      },
      log,
    ),
};

export const gapMapBenchmark: Benchmark = {
  name: 'gap-map',
  run: ({ log }) =>
    timeApiAgainstSql(
      {
        name: 'gap-map',
        method: 'evidence/gap-map',
        input: { rows: 'approaches' },
        baseline: BASELINE,
        sql: [GAP_MAP_SQL],
        describe: (map, rows) =>
          `ours: ${map.cells.length} cells with their study lists (${Object.keys(map.studies).length.toLocaleString('en-GB')} studies); SQL: ${rows} cells of counts and strongest design`,
      },
      log,
    ),
};
