// The Monte Carlo of value for money for every sample-library intervention that has the evidence
// and costs to simulate, draws per second, against the same simulation in vectorised base R.
//
// The sample library has baseline rates and unit costs for few outcomes, so a temporary copy is
// given stand-ins for timing only (a 20% baseline and a £10,000 unit cost where none is recorded);
// prices convert with the GDP deflator it ships. The simulation itself is exactly the one the Value
// tab runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_SEED,
  type MonteCarloInput,
  monteCarloValue,
} from '../../../shared/analysis/costs/monte-carlo';
import {
  benefitTimingFactor,
  costPerParticipantOverYears,
} from '../../../shared/analysis/costs/value-for-money';
import type { Library } from '../../core/library';
import { insertBaselineRate } from '../../core/repos/baseline-rates';
import { insertUnitCost } from '../../core/repos/unit-costs';
import { createLibraryFromBundle } from '../../core/services/sample-library';
import { valueAppraisal } from '../../core/services/value';
import { monteCarloInput } from '../../core/services/value-uncertainty';
import { type Benchmark, timeWarm } from './benchmark';

const DRAWS = 10_000;
const RSCRIPT = process.env.EWB_RSCRIPT ?? 'Rscript';
const STAND_IN = 'benchmark stand-in (timing only)';

function addStandIns(library: Library): void {
  library.write(() => {
    const db = library.db;
    const domains = db
      .prepare(
        'SELECT id FROM outcome_domains WHERE id NOT IN (SELECT outcome_domain_id FROM baseline_rates)',
      )
      .all() as { id: string }[];
    for (const { id } of domains) {
      const common = { outcomeDomainId: id, source: STAND_IN, sourceDate: null };
      insertBaselineRate(db, {
        ...common,
        id: `bench-${id}`,
        areaId: null,
        rate: 0.2,
        population: null,
        year: null,
      });
    }
    const all = db.prepare('SELECT id FROM outcome_domains').all() as { id: string }[];
    for (const { id } of all) {
      insertUnitCost(db, {
        id: `bench-${id}`,
        outcomeDomainId: id,
        name: `Stand-in unit cost (${id})`,
        amount: 10_000,
        currency: 'GBP',
        priceYear: 2010,
        bearer: null,
        source: STAND_IN,
        sourceDate: null,
      });
    }
  });
}

/** The inputs of one programme as the R baseline takes them: weights and values, no objects. */
function forR(input: MonteCarloInput) {
  const rate = input.discountRate ?? 0.035;
  const costs = costPerParticipantOverYears(input.costs, rate);
  return {
    estimate: input.effect.estimate,
    se: input.effect.se,
    df: input.effect.df ?? null,
    lines: input.costs.lines.map((l, i) => ({
      low: l.amountLow ?? l.amount,
      mode: l.amount,
      high: l.amountHigh ?? l.amount,
      weight: costs.lines[i]?.weight ?? 0,
    })),
    baseline: input.baselineRate,
    higher_is_better: input.higherIsBetter,
    per_outcome: input.unitCost * benefitTimingFactor(input.benefitTiming, rate),
    draws: input.draws ?? DRAWS,
  };
}

function rSeconds(
  inputs: readonly MonteCarloInput[],
  script: string,
): { seconds: number; chances: number[] } | { skipped: string } {
  const probe = spawnSync(RSCRIPT, ['-e', 'suppressMessages(library(jsonlite))'], { encoding: 'utf8' });
  if (probe.error !== undefined || probe.status !== 0)
    return { skipped: 'Rscript with jsonlite is not installed here' };
  const dir = mkdtempSync(join(tmpdir(), 'ewb-bench-'));
  try {
    writeFileSync(join(dir, 'programmes.json'), JSON.stringify(inputs.map(forR)));
    const run = spawnSync(RSCRIPT, [script, join(dir, 'programmes.json')], { encoding: 'utf8' });
    if (run.status !== 0) return { skipped: `R failed: ${run.stderr.trim().split('\n').at(-1) ?? ''}` };
    return JSON.parse(run.stdout) as { seconds: number; chances: number[] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const monteCarloBenchmark: Benchmark = {
  name: 'monte-carlo',
  async run({ appRoot, log }) {
    const dir = mkdtempSync(join(tmpdir(), 'ewb-bench-'));
    try {
      const library = await createLibraryFromBundle(
        join(dir, 'sample.ewb'),
        join(appRoot, 'resources', 'sample-library', 'sample-library.json'),
      );
      addStandIns(library);
      const ids = (
        library.db.prepare('SELECT id FROM interventions ORDER BY id').all() as { id: string }[]
      ).map((r) => r.id);
      const inputs = ids.flatMap((interventionId) => {
        const found = valueAppraisal(library.db, {
          interventionId,
          method: 'REML',
          test: 'knha',
          draws: DRAWS,
        });
        return found === null
          ? []
          : [monteCarloInput(found.appraisal, found.side, found.index, DRAWS, DEFAULT_SEED)];
      });
      library.close();
      log(
        `monte-carlo: ${inputs.length} of ${ids.length} sample interventions, ${DRAWS.toLocaleString('en-GB')} draws each…`,
      );
      let chances: number[] = [];
      const ours = timeWarm(() => {
        chances = inputs.map((input) => monteCarloValue(input).chanceBenefitsExceedCosts);
      });
      const baseline = rSeconds(inputs, join(appRoot, 'electron', 'cli', 'bench', 'monte-carlo.R'));
      const draws = inputs.length * DRAWS;
      // Different random numbers, the same model: the chances must agree within Monte Carlo error.
      const agreement =
        'seconds' in baseline
          ? `largest difference in P(benefits > costs) from R over ${inputs.length} interventions: ${Math.max(...chances.map((c, i) => Math.abs(c - (baseline.chances[i] ?? NaN)))).toFixed(4)} (the standard error of one difference is at most ${(Math.SQRT1_2 / Math.sqrt(DRAWS)).toFixed(4)})`
          : null;
      return {
        name: 'monte-carlo',
        workload: `value-for-money Monte Carlo of ${inputs.length} sample-library interventions × ${DRAWS.toLocaleString('en-GB')} draws (effect and cost ranges drawn; stand-in index, baselines and unit costs where the library has none)`,
        ours_s: ours,
        baseline: 'seconds' in baseline ? 'the same simulation in vectorised base R' : null,
        baseline_s: 'seconds' in baseline ? baseline.seconds : null,
        ratio: 'seconds' in baseline ? ours / baseline.seconds : null,
        notes: [
          `${Math.round(draws / ours).toLocaleString('en-GB')} draws/second`,
          ...(agreement === null ? [] : [agreement]),
          ...('skipped' in baseline ? [`baseline skipped: ${baseline.skipped}`] : []),
        ],
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
