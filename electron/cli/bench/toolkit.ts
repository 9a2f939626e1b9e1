// The toolkit and the evidence gap map on a generated library of 2,000 interventions (about
// 10,000 evaluations and 100,000 outcome results), through the API as the app calls them, against
// the same aggregate (per approach and outcome: studies, interventions, strongest design) asked of
// the raw database with plain better-sqlite3. The toolkit also standardises every result and pools
// each approach's studies per outcome (REML), which SQL cannot do: its ratio is that work's price.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { ApproachSummary } from '../../../shared/model/evidence';
import type { GapMap } from '../../../shared/model/gap-map';
import { DESIGNS } from '../../../shared/model/vocabulary';
import { createDispatch } from '../../core/api/dispatch';
import { Library } from '../../core/library';
import { generateSyntheticLibrary } from '../../core/services/synthetic-library';
import { type Benchmark, type BenchResult, timeWarm, timeWarmAsync } from './benchmark';

const INTERVENTIONS = 2_000;
const SEED = 20261126;

let generated: Promise<string> | null = null;

/** One generated library per run, shared by both benchmarks and removed when the run ends. */
function generatedLibrary(log: (line: string) => void): Promise<string> {
  generated ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ewb-bench-toolkit-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const path = join(dir, 'generated.ewb');
    log(
      `generating a library of ${INTERVENTIONS.toLocaleString('en-GB')} interventions for the toolkit and gap-map benchmarks…`,
    );
    await generateSyntheticLibrary(path, { interventions: INTERVENTIONS, seed: SEED });
    return path;
  })();
  return generated;
}

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

async function compare(
  name: string,
  method: 'ratings/approaches' | 'evidence/gap-map',
  input: Record<string, string>,
  sql: readonly string[],
  describe: (value: unknown, rows: number) => string,
  log: (line: string) => void,
): Promise<BenchResult> {
  const path = await generatedLibrary(log);
  const library = await Library.open(path, { readOnly: true });
  const raw = new Database(path, { readonly: true });
  try {
    const dispatch = createDispatch({ library });
    let value: unknown = null;
    log(`${name}: ${method} through the API…`);
    const ours = await timeWarmAsync(async () => {
      const result = await dispatch(method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      value = result.value;
    });
    const statements = sql.map((s) => raw.prepare(s));
    let rows = 0;
    const baseline = timeWarm(() => {
      rows = statements.reduce((n, s) => n + s.all().length, 0);
    });
    return {
      name,
      workload: `${method} on a generated library of ${INTERVENTIONS.toLocaleString('en-GB')} interventions`,
      ours_s: ours,
      baseline: 'the same aggregate (studies per approach and outcome) in SQL on raw better-sqlite3',
      baseline_s: baseline,
      ratio: ours / baseline,
      notes: [describe(value, rows)],
    };
  } finally {
    raw.close();
    library.close();
  }
}

export const toolkitBenchmark: Benchmark = {
  name: 'toolkit',
  run: ({ log }) =>
    compare(
      'toolkit',
      'ratings/approaches',
      {},
      [TOOLKIT_SQL, COSTS_SQL],
      (value, rows) => {
        const approaches = value as ApproachSummary[];
        const pooled = approaches.reduce((n, a) => n + a.outcomes.length, 0);
        return `ours: ${approaches.length} approaches, ${pooled} pooled approach × outcome estimates (REML, Hartung–Knapp) with impact bands and evidence quality; SQL: ${rows} rows of counts and mean costs, no effect sizes`;
      },
      log,
    ),
};

export const gapMapBenchmark: Benchmark = {
  name: 'gap-map',
  run: ({ log }) =>
    compare(
      'gap-map',
      'evidence/gap-map',
      { rows: 'approaches' },
      [GAP_MAP_SQL],
      (value, rows) => {
        const map = value as GapMap;
        return `ours: ${map.cells.length} cells with their study lists (${Object.keys(map.studies).length.toLocaleString('en-GB')} studies); SQL: ${rows} cells of counts and strongest design`;
      },
      log,
    ),
};
