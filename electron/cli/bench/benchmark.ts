// What a benchmark reports: our time and a baseline's, measured side by side in the same run.

export interface BenchResult {
  name: string;
  /** What was timed, in words (e.g. "10,000 meta-analyses of 10 studies"). */
  workload: string;
  ours_s: number;
  /** The baseline it is compared with, or null when it is not available on this machine. */
  baseline: string | null;
  baseline_s: number | null;
  /** ours_s ÷ baseline_s: below 1 means faster than the baseline. */
  ratio: number | null;
  /** Rates and remarks, e.g. studies per second, or why the baseline was skipped. */
  notes: string[];
}

export interface Benchmark {
  name: string;
  run: (context: { appRoot: string; log: (line: string) => void }) => Promise<BenchResult>;
}

/** Seconds taken by `work`, run once. */
export function timeOnce(work: () => void): number {
  const start = performance.now();
  work();
  return (performance.now() - start) / 1000;
}

/** As timeOnce, for work that goes through the API's (asynchronous) dispatch. */
export async function timeOnceAsync(work: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await work();
  return (performance.now() - start) / 1000;
}

/** Seconds taken by `work`, after one untimed warm-up run so the JIT has compiled it. */
export function timeWarm(work: () => void): number {
  work();
  return timeOnce(work);
}

/** The fastest of `runs` timings, as work of milliseconds is easily disturbed on a shared machine. */
export async function fastestOf(runs: number, time: () => number | Promise<number>): Promise<number> {
  let fastest = Infinity;
  for (let k = 0; k < runs; k++) fastest = Math.min(fastest, await time());
  return fastest;
}
