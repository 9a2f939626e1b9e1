// `ewb bench` (also `npm run bench`): each benchmark timed against its baseline in the same run.
import type { Benchmark, BenchResult } from '../bench/benchmark';
import { monteCarloBenchmark } from '../bench/monte-carlo';
import { poolingBenchmark } from '../bench/pooling';
import { compareBenchmark, compareCandidatesBenchmark } from '../bench/compare';
import { gapMapBenchmark, toolkitBenchmark } from '../bench/toolkit';
import { catalogueBenchmark } from '../bench/catalogue';
import { searchBenchmark } from '../bench/search';
import { ratingsBenchmark } from '../bench/ratings';
import { csvImportBenchmark } from '../bench/csv-import';
import { briefExportBenchmark } from '../bench/brief-export';
import { browserFilterBenchmark, browserFirstRowsBenchmark } from '../bench/browser';
import { type Command, UsageError } from '../command';

const BENCHMARKS: readonly Benchmark[] = [
  poolingBenchmark,
  monteCarloBenchmark,
  toolkitBenchmark,
  gapMapBenchmark,
  compareCandidatesBenchmark,
  compareBenchmark,
  catalogueBenchmark,
  searchBenchmark,
  ratingsBenchmark,
  csvImportBenchmark,
  briefExportBenchmark,
  browserFirstRowsBenchmark,
  browserFilterBenchmark,
];

function describe(r: BenchResult): string {
  const baseline =
    r.baseline_s === null || r.ratio === null
      ? 'no baseline'
      : `${r.baseline} ${r.baseline_s.toFixed(3)} s; ratio ours/baseline ${r.ratio.toFixed(4)} (${r.ratio <= 1 ? `${(1 / r.ratio).toFixed(1)}× faster` : `${r.ratio.toFixed(1)}× slower`})`;
  return `${r.name}: ${r.workload}\n  ours ${r.ours_s.toFixed(3)} s; ${baseline}\n  ${r.notes.join('; ')}`;
}

export const benchCommand: Command = {
  name: 'bench',
  summary: 'the benchmarks, each timed against its baseline in the same run',
  usage: [
    `bench [--json] [--only ${BENCHMARKS.map((b) => b.name).join('|')}]`,
    '',
    'The benchmarks on a generated library use 10,000 interventions; EWB_BENCH_INTERVENTIONS=N asks for',
    'fewer for a quick run. The browser ones need the renderer built (npm run build) and /usr/bin/chromium;',
    'brief-export prints with Chromium too.',
  ].join('\n'),
  options: { json: { type: 'boolean', default: false }, only: { type: 'string' } },
  async run(values, io) {
    const chosen = values.only === undefined ? BENCHMARKS : BENCHMARKS.filter((b) => b.name === values.only);
    if (chosen.length === 0) {
      throw new UsageError(
        `--only must be one of ${BENCHMARKS.map((b) => b.name).join(', ')} (got "${String(values.only)}")`,
      );
    }
    const results: BenchResult[] = [];
    for (const b of chosen) results.push(await b.run({ appRoot: io.appRoot, log: io.err }));
    io.out(values.json ? JSON.stringify({ results }, null, 2) : results.map(describe).join('\n'));
    return 0;
  },
};
