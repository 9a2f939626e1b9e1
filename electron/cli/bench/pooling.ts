// Pools many random-effects meta-analyses (REML + Hartung–Knapp) of realistic study sets, and
// the same sets through metafor where R is installed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rma } from '../../../shared/analysis/meta-analysis';
import { seededRandom } from '../../../shared/analysis/random';
import { type Benchmark, timeWarm } from './benchmark';

const SETS = 10_000;
/** The R front end to use; EWB_RSCRIPT points elsewhere (or nowhere, to run without a baseline). */
const RSCRIPT = process.env.EWB_RSCRIPT ?? 'Rscript';
const STUDIES = 10;

/** Study sets like the library's: true effect around 0.2 with heterogeneity, varied sample sizes. */
function studySets(seed: number): { yi: Float64Array; vi: Float64Array }[] {
  const random = seededRandom(seed);
  return Array.from({ length: SETS }, () => {
    const yi = new Float64Array(STUDIES);
    const vi = new Float64Array(STUDIES);
    for (let i = 0; i < STUDIES; i++) {
      const n = 20 + Math.floor(random.next() * 400);
      vi[i] = 4 / n;
      yi[i] = 0.2 + 0.1 * random.normal() + Math.sqrt(vi[i] as number) * random.normal();
    }
    return { yi, vi };
  });
}

function metaforSeconds(
  sets: readonly { yi: Float64Array; vi: Float64Array }[],
  script: string,
): { seconds: number; firstEstimate: number } | { skipped: string } {
  const probe = spawnSync(RSCRIPT, ['-e', 'suppressMessages(library(metafor))'], { encoding: 'utf8' });
  if (probe.error !== undefined || probe.status !== 0)
    return { skipped: 'Rscript with metafor is not installed here' };
  const dir = mkdtempSync(join(tmpdir(), 'ewb-bench-'));
  try {
    const rows = sets.flatMap((s, k) => Array.from(s.yi, (y, i) => `${k},${y},${s.vi[i]}`));
    writeFileSync(join(dir, 'studies.csv'), `set,yi,vi\n${rows.join('\n')}\n`);
    const run = spawnSync(RSCRIPT, [script, join(dir, 'studies.csv')], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (run.status !== 0) return { skipped: `metafor failed: ${run.stderr.trim().split('\n').at(-1) ?? ''}` };
    const out = JSON.parse(run.stdout) as { seconds: number; first_estimate: number };
    return { seconds: out.seconds, firstEstimate: out.first_estimate };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const poolingBenchmark: Benchmark = {
  name: 'pooling',
  async run({ appRoot, log }) {
    const sets = studySets(20261126);
    log(
      `pooling: ${SETS.toLocaleString('en-GB')} meta-analyses of ${STUDIES} studies (REML, Hartung–Knapp)…`,
    );
    const ours = timeWarm(() => {
      for (const s of sets) rma(s.yi, s.vi, { method: 'REML', test: 'knha' });
    });
    const baseline = metaforSeconds(sets, join(appRoot, 'electron', 'cli', 'bench', 'metafor-pooling.R'));
    const studiesPerSecond = (SETS * STUDIES) / ours;
    const first = sets[0] as { yi: Float64Array; vi: Float64Array };
    // The same numbers, not just the same amount of work: the first pooled estimate must agree.
    const agreement =
      'seconds' in baseline
        ? `first estimate: ours ${rma(first.yi, first.vi, { method: 'REML', test: 'knha' }).estimate.toFixed(9)}, metafor ${baseline.firstEstimate.toFixed(9)}`
        : null;
    return {
      name: 'pooling',
      workload: `${SETS} random-effects meta-analyses of ${STUDIES} studies (REML + Hartung–Knapp)`,
      ours_s: ours,
      baseline: 'seconds' in baseline ? 'metafor rma() in R' : null,
      baseline_s: 'seconds' in baseline ? baseline.seconds : null,
      ratio: 'seconds' in baseline ? ours / baseline.seconds : null,
      notes: [
        `${Math.round(studiesPerSecond).toLocaleString('en-GB')} studies/second`,
        ...(agreement === null ? [] : [agreement]),
        ...('skipped' in baseline ? [`baseline skipped: ${baseline.skipped}`] : []),
      ],
    };
  },
};
