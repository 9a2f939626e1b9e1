// Timing an API method on a generated library (`ewb generate`'s, 2,000 interventions: about 10,000
// evaluations and 100,000 outcome results) against an aggregate in SQL on the raw database with
// plain better-sqlite3, side by side in one run. Any benchmark of a screen's query can use it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api';
import { createDispatch } from '../../core/api/dispatch';
import { Library } from '../../core/library';
import { generateSyntheticLibrary } from '../../core/services/synthetic-library';
import { type BenchResult, timeWarm, timeWarmAsync } from './benchmark';

export const INTERVENTIONS = 2_000;
const SEED = 20261126;

let generated: Promise<string> | null = null;

/** One generated library per run, shared by every benchmark that asks and removed when the run ends. */
export function generatedLibrary(log: (line: string) => void): Promise<string> {
  generated ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ewb-bench-toolkit-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const path = join(dir, 'generated.ewb');
    log(`generating a library of ${INTERVENTIONS.toLocaleString('en-GB')} interventions for the benchmarks…`);
    await generateSyntheticLibrary(path, { interventions: INTERVENTIONS, seed: SEED });
    return path;
  })();
  return generated;
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
export async function timeApiAgainstSql<M extends MethodName>(
  { name, method, input: given, baseline: what, sql, parameters, describe }: ApiAgainstSql<M>,
  log: (line: string) => void,
): Promise<BenchResult> {
  const path = await generatedLibrary(log);
  const library = await Library.open(path, { readOnly: true });
  const raw = new Database(path, { readonly: true });
  try {
    const dispatch = createDispatch({ library });
    const input = typeof given === 'function' ? given(raw) : given;
    let value: MethodOutput<M> | null = null;
    log(`${name}: ${method} through the API…`);
    const ours = await timeWarmAsync(async () => {
      const result = await dispatch(method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      value = result.value as MethodOutput<M>;
    });
    const statements = sql.map((s) => raw.prepare(s));
    const bound = parameters?.(input);
    let rows = 0;
    const baseline = timeWarm(() => {
      rows = statements.reduce((n, s) => n + (bound === undefined ? s.all() : s.all(bound)).length, 0);
    });
    return {
      name,
      workload: `${method} on a generated library of ${INTERVENTIONS.toLocaleString('en-GB')} interventions`,
      ours_s: ours,
      baseline: what,
      baseline_s: baseline,
      ratio: ours / baseline,
      notes: value === null ? [] : [describe(value, rows)],
    };
  } finally {
    raw.close();
    library.close();
  }
}
