// Timing API methods on a generated library (`ewb generate`'s, by default 10,000 interventions:
// about 50,000 evaluations and 500,000 outcome results) against SQL on the raw database with plain
// better-sqlite3, side by side in one run: either a given aggregate, or the very statements the API
// ran, recorded and replayed. Any benchmark of a screen's query can use it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api';
import { createDispatch, type Dispatch } from '../../core/api/dispatch';
import { recordStatements, replayer, type RanStatement } from '../../core/db/statement-log';
import { Library } from '../../core/library';
import { generateSyntheticLibrary } from '../../core/services/synthetic-library';
import { type BenchResult, fastestOf, timeOnce, timeOnceAsync, timeWarm } from './benchmark';

/** The issue's scale; EWB_BENCH_INTERVENTIONS asks for a smaller library for a quick run. */
const DEFAULT_INTERVENTIONS = 10_000;
const SEED = 20261126;

export function benchInterventions(): number {
  const given = process.env.EWB_BENCH_INTERVENTIONS;
  if (given === undefined || given === '') return DEFAULT_INTERVENTIONS;
  const n = Number(given);
  if (!/^\d+$/.test(given) || n < 1 || n > 100_000) {
    throw new Error(`EWB_BENCH_INTERVENTIONS must be a whole number from 1 to 100,000 (got "${given}")`);
  }
  return n;
}

/** "on a generated library of N interventions", for each benchmark's workload. */
export const onGenerated = () =>
  `on a generated library of ${benchInterventions().toLocaleString('en-GB')} interventions`;

let generated: Promise<string> | null = null;
let generatedDir: string | null = null;

/** Removes the generated library: when the run ends, or sooner (a test's worker may be killed, not exit). */
export function removeGeneratedLibrary(): void {
  if (generatedDir !== null) rmSync(generatedDir, { recursive: true, force: true });
  generatedDir = null;
  generated = null;
}

/** One generated library per run, shared by every benchmark that asks and removed when the run ends. */
export function generatedLibrary(log: (line: string) => void): Promise<string> {
  generated ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ewb-bench-'));
    generatedDir = dir;
    process.once('exit', removeGeneratedLibrary);
    const path = join(dir, 'generated.ewb');
    const interventions = benchInterventions();
    log(`generating a library of ${interventions.toLocaleString('en-GB')} interventions for the benchmarks…`);
    const started = performance.now();
    const made = await generateSyntheticLibrary(path, { interventions, seed: SEED });
    const n = (x: number) => x.toLocaleString('en-GB');
    log(
      `  ${n(made.evaluations)} evaluations, ${n(made.outcomeResults)} outcome results, ${n(made.costItems)} cost items, ` +
        `in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    return path;
  })();
  return generated;
}

/** The generated library opened as the app opens it (read-only here) and raw, for one benchmark. */
export async function withGeneratedLibrary<T>(
  log: (line: string) => void,
  work: (library: Library, raw: Database.Database) => Promise<T>,
): Promise<T> {
  const path = await generatedLibrary(log);
  const library = await Library.open(path, { readOnly: true });
  const raw = new Database(path, { readonly: true });
  try {
    return await work(library, raw);
  } finally {
    raw.close();
    library.close();
  }
}

export interface ApiAgainstSql<M extends MethodName> {
  name: string;
  method: M;
  /** The API call's input, or how to pick it from the generated library (e.g. ids to compare). */
  input: MethodInput<M> | ((raw: Database.Database) => MethodInput<M>);
  /** What the SQL asks, in words, e.g. "the same aggregate (…) in SQL on raw better-sqlite3". */
  baseline: string;
  /** The baseline's statements, run with `parameters` (named, e.g. @outcome) when given. */
  sql: readonly string[];
  parameters?: (input: MethodInput<M>) => Record<string, unknown>;
  /** What each side computed, from the API's answer and the number of rows the SQL returned. */
  describe: (value: MethodOutput<M>, rows: number) => string;
}

/** `method` with `input` through the API (as the app calls it) against `sql` on the raw file. */
export function timeApiAgainstSql<M extends MethodName>(
  { name, method, input: given, baseline: what, sql, parameters, describe }: ApiAgainstSql<M>,
  log: (line: string) => void,
): Promise<BenchResult> {
  return withGeneratedLibrary(log, async (library, raw) => {
    const dispatch = createDispatch({ library });
    const input = typeof given === 'function' ? given(raw) : given;
    let value: MethodOutput<M> | null = null;
    log(`${name}: ${method} through the API…`);
    const work = async () => {
      value = await call(dispatch, method, input);
    };
    // The first call is the warm-up; it is reported too, as a result kept until the next write
    // (the toolkit's) is computed only then.
    const first = await timeOnceAsync(work);
    const ours = await timeOnceAsync(work);
    const statements = sql.map((s) => raw.prepare(s));
    const bound = parameters?.(input);
    let rows = 0;
    const baseline = timeWarm(() => {
      rows = statements.reduce((n, s) => n + (bound === undefined ? s.all() : s.all(bound)).length, 0);
    });
    return {
      name,
      workload: `${method} ${onGenerated()}`,
      ours_s: ours,
      baseline: what,
      baseline_s: baseline,
      ratio: ours / baseline,
      notes: [...(value === null ? [] : [describe(value, rows)]), `first call ${first.toFixed(3)} s`],
    };
  });
}

async function call<M extends MethodName>(
  dispatch: Dispatch,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as MethodOutput<M>;
}

const RUNS = 5;

/** One API call in a benchmark, and what its answer holds, in words. */
export interface ApiCall {
  method: MethodName;
  run: (dispatch: Dispatch) => Promise<string>;
}

export function apiCall<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  says: (value: MethodOutput<M>) => string,
): ApiCall {
  return { method, run: async (dispatch) => says(await call(dispatch, method, input)) };
}

export interface ApiAgainstItsSql {
  name: string;
  /** The calls, in order, or how to choose them from the generated library. */
  calls: readonly ApiCall[] | ((raw: Database.Database) => readonly ApiCall[]);
  /** What replaying the statements amounts to, after "the N SQL statements it ran, replayed…". */
  baselineSays?: string;
  /**
   * False for work so long that a warm-up run would only double the wait; otherwise each side is
   * timed five times after it and the fastest kept, as work of milliseconds is easily disturbed on
   * a shared machine.
   */
  warmUp?: boolean;
}

/**
 * The calls through the API against exactly the SQL statements they ran (recorded as they ran,
 * then replayed with the same parameters on raw better-sqlite3): the ratio is what the app adds
 * to its own queries (validation, mapping rows to records, any computing).
 */
export function timeApiAgainstItsSql(
  { name, calls: given, baselineSays, warmUp = true }: ApiAgainstItsSql,
  log: (line: string) => void,
): Promise<BenchResult> {
  return withGeneratedLibrary(log, async (library, raw) => {
    const dispatch = createDispatch({ library });
    const calls = typeof given === 'function' ? given(raw) : given;
    let said: string[] = [];
    const runCalls = async () => {
      said = [];
      for (const c of calls) said.push(await c.run(dispatch));
    };
    let statements: RanStatement[] = [];
    const recorded = async () => {
      statements = (await recordStatements(library.db, runCalls)).statements;
    };
    const methods = [...new Set(calls.map((c) => c.method))];
    log(`${name}: ${calls.length.toLocaleString('en-GB')} calls of ${methods.join(', ')} through the API…`);
    // The recorded run is the warm-up, or (with none) the timed run itself.
    if (warmUp) await recorded();
    const ours = warmUp
      ? await fastestOf(RUNS, () => timeOnceAsync(runCalls))
      : await timeOnceAsync(recorded);
    const replay = replayer(raw, statements);
    let rows = 0;
    const run = () => {
      rows = replay();
    };
    const baseline = warmUp ? await fastestOf(RUNS, () => timeWarm(run)) : timeOnce(run);
    const reading = statements.filter((s) => s.reader).length;
    return {
      name,
      workload: `${calls.length.toLocaleString('en-GB')} ${calls.length === 1 ? 'call' : 'calls'} of ${methods.join(' and ')} ${onGenerated()}`,
      ours_s: ours,
      baseline: `the ${reading.toLocaleString('en-GB')} SQL statements it ran, replayed with the same parameters on raw better-sqlite3${baselineSays === undefined ? '' : `: ${baselineSays}`}`,
      baseline_s: baseline,
      ratio: ours / baseline,
      notes: [
        `ours: ${[...new Set(said)].slice(0, 3).join('; ')}${new Set(said).size > 3 ? '; …' : ''}`,
        `SQL: ${rows.toLocaleString('en-GB')} rows`,
      ],
    };
  });
}
