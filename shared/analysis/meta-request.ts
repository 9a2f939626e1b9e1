// The `meta` request and result of shared/docs/cli.md: the zod schema of the request, its checks
// (each error names the field at fault) and the one function from request to result, so the CLI
// and the app pool studies the same way.
import { z } from 'zod';
import { ApiFailure } from '../errors';
import { escalc, type EscalcInput, type Measure } from './effect-sizes';
import {
  cumulative,
  leave1out,
  MetaAnalysisError,
  regtest,
  rma,
  trimfill,
  type RegtestResult,
  type RmaFit,
  type RmaOptions,
  type RmaSeries,
  type TrimfillResult,
} from './meta-analysis';

export const MEASURES = ['SMD', 'MD', 'OR', 'RR', 'RD', 'GEN'] as const;
export const META_EXTRAS = ['leave1out', 'cumulative', 'regtest', 'trimfill'] as const;
export type MetaExtra = (typeof META_EXTRAS)[number];

const studyValues = z.array(z.number());

export const metaRequestSchema = z.strictObject({
  /** Defaults to GEN when yi/vi are given (as metafor's escalc); required otherwise. */
  measure: z.enum(MEASURES).optional(),
  slab: z.array(z.string()).optional(),
  m1i: studyValues.optional(),
  sd1i: studyValues.optional(),
  n1i: studyValues.optional(),
  m2i: studyValues.optional(),
  sd2i: studyValues.optional(),
  n2i: studyValues.optional(),
  ti: studyValues.optional(),
  di: studyValues.optional(),
  ai: studyValues.optional(),
  bi: studyValues.optional(),
  ci: studyValues.optional(),
  yi: studyValues.optional(),
  vi: studyValues.optional(),
  add: z.number().min(0).default(0.5),
  to: z.enum(['all', 'only0', 'if0all', 'none']).default('only0'),
  drop00: z.boolean().default(false),
  method: z.enum(['EE', 'FE', 'DL', 'REML']).default('REML'),
  test: z.enum(['z', 'knha']).default('z'),
  /** Percent (95), or a proportion (0.95) as metafor also accepts. */
  level: z.number().gt(0).lt(100).default(95),
  control: z
    .strictObject({
      threshold: z.number().positive().default(1e-5),
      maxiter: z.number().int().min(1).default(100),
    })
    .default({ threshold: 1e-5, maxiter: 100 }),
  extras: z.array(z.enum(META_EXTRAS)).default([]),
});

/** A request as sent (defaults may be left out). */
export type MetaRequestInput = z.input<typeof metaRequestSchema>;
/** A request after validation, with defaults filled in. */
export type MetaRequest = z.output<typeof metaRequestSchema>;

export interface MetaResult {
  escalc: { yi: (number | null)[]; vi: (number | null)[] };
  model: Omit<RmaFit, 'weights_pct'> & { weights_pct: (number | null)[] };
  exp?: { estimate: number; ci_lb: number; ci_ub: number; pi_lb: number | null; pi_ub: number | null };
  leave1out?: RmaSeries;
  cumulative?: RmaSeries;
  /** cli.md prints regtest without df, and trimfill without the filled studies. */
  regtest?: Omit<RegtestResult, 'df'>;
  trimfill?: Omit<TrimfillResult, 'filled'>;
}

// ---------------------------------------------------------------------------------------------
// Input sets

type DataField =
  'm1i' | 'sd1i' | 'n1i' | 'm2i' | 'sd2i' | 'n2i' | 'ti' | 'di' | 'ai' | 'bi' | 'ci' | 'yi' | 'vi';
const DATA_FIELDS: readonly DataField[] = [
  'm1i',
  'sd1i',
  'n1i',
  'm2i',
  'sd2i',
  'n2i',
  'ti',
  'di',
  'ai',
  'bi',
  'ci',
  'yi',
  'vi',
];

interface InputSet {
  kind: EscalcInput['kind'];
  label: string;
  fields: readonly DataField[];
}

const MEANS: InputSet = {
  kind: 'means',
  label: 'group means, SDs and sizes',
  fields: ['m1i', 'sd1i', 'n1i', 'm2i', 'sd2i', 'n2i'],
};
const T_STAT: InputSet = { kind: 't', label: 't statistics and group sizes', fields: ['ti', 'n1i', 'n2i'] };
const COHEN_D: InputSet = { kind: 'd', label: "Cohen's d and group sizes", fields: ['di', 'n1i', 'n2i'] };
const CELLS: InputSet = { kind: 'cells', label: '2x2 cells', fields: ['ai', 'bi', 'ci', 'di'] };
const TOTALS: InputSet = {
  kind: 'totals',
  label: 'events and group sizes',
  fields: ['ai', 'n1i', 'ci', 'n2i'],
};
const PRECOMPUTED: InputSet = { kind: 'precomputed', label: 'precomputed yi and vi', fields: ['yi', 'vi'] };

const INPUT_SETS: Record<Measure, readonly InputSet[]> = {
  SMD: [MEANS, T_STAT, COHEN_D, PRECOMPUTED],
  MD: [MEANS, PRECOMPUTED],
  OR: [CELLS, TOTALS, PRECOMPUTED],
  RR: [CELLS, TOTALS, PRECOMPUTED],
  RD: [CELLS, TOTALS, PRECOMPUTED],
  GEN: [PRECOMPUTED],
};

function invalid(message: string, field?: string): ApiFailure {
  return new ApiFailure('INVALID_INPUT', message, field);
}

function measureOf(request: MetaRequest, present: readonly DataField[]): Measure {
  if (request.measure !== undefined) return request.measure;
  if (present.includes('yi') || present.includes('vi')) return 'GEN';
  throw invalid(`measure is required: one of ${MEASURES.join(', ')}.`, 'measure');
}

/** The one input set the request gives, or an error naming the field that is missing or extra. */
function chooseInputSet(measure: Measure, present: readonly DataField[]): InputSet {
  const sets = INPUT_SETS[measure];
  const usable = new Set(sets.flatMap((s) => s.fields));
  const unused = present.find((f) => !usable.has(f));
  if (unused !== undefined) {
    throw invalid(
      `${unused} is not used with measure ${measure}; give one of: ${describeSets(sets)}.`,
      unused,
    );
  }
  const complete = sets.filter((s) => s.fields.every((f) => present.includes(f)));
  const [first, second] = complete;
  if (second !== undefined && first !== undefined) {
    const field = second.fields.find((f) => !first.fields.includes(f)) ?? second.fields[0];
    throw invalid(`More than one input set: give either ${first.label} or ${second.label}, not both.`, field);
  }
  if (first !== undefined) {
    const extra = present.find((f) => !first.fields.includes(f));
    if (extra !== undefined) {
      throw invalid(
        `More than one input set: ${extra} is not part of ${first.label} (${first.fields.join(', ')}).`,
        extra,
      );
    }
    return first;
  }
  const closest = [...sets].sort(
    (a, b) => countPresent(b, present) - countPresent(a, present),
  )[0] as InputSet;
  const missing = closest.fields.filter((f) => !present.includes(f));
  if (present.length === 0) {
    throw invalid(`No study data: give one of: ${describeSets(sets)}.`, closest.fields[0]);
  }
  throw invalid(
    `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing for ${closest.label}.`,
    missing[0],
  );
}

function countPresent(set: InputSet, present: readonly DataField[]): number {
  return set.fields.filter((f) => present.includes(f)).length;
}

function describeSets(sets: readonly InputSet[]): string {
  return sets.map((s) => `${s.label} (${s.fields.join(', ')})`).join('; ');
}

// ---------------------------------------------------------------------------------------------
// Checks of the values

type Columns = Partial<Record<DataField, number[]>>;

function column(columns: Columns, field: DataField): number[] {
  return columns[field] as number[];
}

function checkLengths(set: InputSet, columns: Columns, slab: string[] | undefined): number {
  const first = set.fields[0] as DataField;
  const k = column(columns, first).length;
  for (const f of set.fields) {
    const n = column(columns, f).length;
    if (n !== k) throw invalid(`${f} has ${n} values but ${first} has ${k}: give one value per study.`, f);
  }
  if (slab !== undefined && slab.length !== k) {
    throw invalid(`slab has ${slab.length} labels but there are ${k} studies.`, 'slab');
  }
  return k;
}

function studyName(i: number, slab: string[] | undefined): string {
  const label = slab?.[i];
  return label === undefined ? `study ${i + 1}` : `study ${i + 1} (${label})`;
}

/** Checks every value of a field with a rule, naming the first study that breaks it. */
function requireEach(
  columns: Columns,
  field: DataField,
  ok: (value: number, i: number) => boolean,
  rule: string,
  slab: string[] | undefined,
): void {
  const values = column(columns, field);
  const i = values.findIndex((v, j) => !ok(v, j));
  if (i >= 0) throw invalid(`${field}[${i}] = ${values[i]} for ${studyName(i, slab)}: ${rule}.`, field);
}

function checkValues(measure: Measure, set: InputSet, columns: Columns, slab: string[] | undefined): void {
  const each = (field: DataField, ok: (v: number, i: number) => boolean, rule: string) =>
    requireEach(columns, field, ok, rule, slab);
  const positive = (v: number) => v > 0;
  const nonNegative = (v: number) => v >= 0;
  switch (set.kind) {
    case 'precomputed':
      each('vi', positive, 'sampling variances must be positive');
      return;
    case 'means':
      each('sd1i', nonNegative, 'standard deviations cannot be negative');
      each('sd2i', nonNegative, 'standard deviations cannot be negative');
      break;
    case 'cells':
      for (const f of ['ai', 'bi', 'ci', 'di'] as const) each(f, nonNegative, 'counts cannot be negative');
      each('ai', (a, i) => a + column(columns, 'bi')[i]! > 0, 'group 1 has no participants (ai + bi = 0)');
      each('ci', (c, i) => c + column(columns, 'di')[i]! > 0, 'group 2 has no participants (ci + di = 0)');
      return;
    case 'totals':
      each('ai', nonNegative, 'counts cannot be negative');
      each('ci', nonNegative, 'counts cannot be negative');
      each('ai', (a, i) => a <= column(columns, 'n1i')[i]!, 'more events than participants (ai > n1i)');
      each('ci', (c, i) => c <= column(columns, 'n2i')[i]!, 'more events than participants (ci > n2i)');
      break;
    default:
      break;
  }
  each('n1i', positive, 'group sizes must be positive');
  each('n2i', positive, 'group sizes must be positive');
  if (measure === 'SMD') {
    each('n1i', (n1, i) => n1 + column(columns, 'n2i')[i]! > 3, "Hedges' correction needs n1i + n2i > 3");
  }
}

function checkEffects(
  effects: { yi: (number | null)[]; vi: (number | null)[] },
  set: InputSet,
  request: MetaRequest,
): void {
  effects.yi.forEach((y, i) => {
    const v = effects.vi[i];
    if (y === null || v === null || v === undefined) return;
    if (Number.isFinite(y) && Number.isFinite(v) && v > 0) return;
    const hint =
      set.kind === 'cells' || set.kind === 'totals'
        ? request.to === 'none' || request.add === 0
          ? '; a zero cell needs a continuity correction (add > 0, to other than "none")'
          : ''
        : '; check its standard deviations and sizes';
    throw invalid(
      `The effect size of ${studyName(i, request.slab)} cannot be computed (yi = ${y}, vi = ${v})${hint}.`,
      set.fields[0],
    );
  });
}

function escalcInput(set: InputSet, columns: Columns): EscalcInput {
  const c = (f: DataField) => column(columns, f);
  switch (set.kind) {
    case 'means':
      return {
        kind: 'means',
        m1i: c('m1i'),
        sd1i: c('sd1i'),
        n1i: c('n1i'),
        m2i: c('m2i'),
        sd2i: c('sd2i'),
        n2i: c('n2i'),
      };
    case 't':
      return { kind: 't', ti: c('ti'), n1i: c('n1i'), n2i: c('n2i') };
    case 'd':
      return { kind: 'd', di: c('di'), n1i: c('n1i'), n2i: c('n2i') };
    case 'cells':
      return { kind: 'cells', ai: c('ai'), bi: c('bi'), ci: c('ci'), di: c('di') };
    case 'totals':
      return { kind: 'totals', ai: c('ai'), n1i: c('n1i'), ci: c('ci'), n2i: c('n2i') };
    case 'precomputed':
      return { kind: 'precomputed', yi: c('yi'), vi: c('vi') };
  }
}

// ---------------------------------------------------------------------------------------------
// Request -> result

/** Validates a request against the schema; errors name the field (e.g. "m1i", "control.maxiter"). */
export function parseMetaRequest(input: unknown): MetaRequest {
  const parsed = metaRequestSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw failureOf(parsed.error.issues[0]);
}

const isIndex = (part: string): boolean => /^\d+$/.test(part);

/** One schema issue as an API failure: `field` is the dotted path without array indices. */
function failureOf(issue: z.ZodError['issues'][number] | undefined): ApiFailure {
  if (issue === undefined) return invalid('The request is not valid.');
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    const field = [...path, issue.keys[0] ?? ''].join('.');
    return invalid(`Unknown field ${field}: shared/docs/cli.md lists the fields of a meta request.`, field);
  }
  if (path.length === 0) return invalid(`The request must be a JSON object (${issue.message}).`);
  const field = path.filter((part) => !isIndex(part)).join('.');
  const where = path.map((part, i) => (isIndex(part) ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
  return invalid(`${where}: ${issue.message}`, field);
}

/** Puts values computed for the kept studies back in study order, null where a study was dropped. */
function realign<T>(values: readonly T[], kept: readonly number[], k: number): (T | null)[] {
  const out: (T | null)[] = new Array<T | null>(k).fill(null);
  kept.forEach((study, j) => {
    out[study] = values[j] as T;
  });
  return out;
}

function realignSeries(series: RmaSeries, kept: readonly number[], k: number): RmaSeries {
  return {
    estimate: realign(series.estimate, kept, k),
    se: realign(series.se, kept, k),
    pval: realign(series.pval, kept, k),
    ci_lb: realign(series.ci_lb, kept, k),
    ci_ub: realign(series.ci_ub, kept, k),
    tau2: realign(series.tau2, kept, k),
    I2: realign(series.I2, kept, k),
    QE: realign(series.QE, kept, k),
  };
}

/** Runs a model step, turning the engine's errors into API failures that name a field. */
function guarded<T>(field: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (!(error instanceof MetaAnalysisError)) throw error;
    if (error.problem === 'not-converged') throw new ApiFailure('INTERNAL', error.message, 'control.maxiter');
    throw invalid(error.message, field);
  }
}

/** Pools a validated request: effect sizes, the model and the extras asked for (cli.md's result). */
export function metaAnalyse(request: MetaRequest): MetaResult {
  const present = DATA_FIELDS.filter((f) => request[f] !== undefined);
  const measure = measureOf(request, present);
  const set = chooseInputSet(measure, present);
  const columns: Columns = Object.fromEntries(set.fields.map((f) => [f, request[f]]));
  const k = checkLengths(set, columns, request.slab);
  checkValues(measure, set, columns, request.slab);
  const effects = escalc(measure, escalcInput(set, columns), request);
  checkEffects(effects, set, request);

  const kept = effects.yi.flatMap((y, i) => (y === null ? [] : [i]));
  if (kept.length < 2) {
    const field = request.drop00 && kept.length < k ? 'drop00' : set.fields[0];
    throw invalid(`At least 2 studies are needed to pool (got ${kept.length}).`, field);
  }
  const yi = kept.map((i) => effects.yi[i] as number);
  const vi = kept.map((i) => effects.vi[i] as number);
  const options: RmaOptions = {
    method: request.method,
    test: request.test,
    level: request.level,
    control: request.control,
  };
  const extras = new Set(request.extras);
  if ((extras.has('regtest') || extras.has('trimfill')) && kept.length < 3) {
    throw invalid(`regtest and trimfill need at least 3 studies (got ${kept.length}).`, 'extras');
  }

  const fit = guarded(set.fields[0] as string, () => rma(yi, vi, options));
  const result: MetaResult = {
    escalc: effects,
    model: { ...fit, weights_pct: realign(fit.weights_pct, kept, k) },
  };
  if (measure === 'OR' || measure === 'RR') {
    const exp = (x: number | null) => (x === null ? null : Math.exp(x));
    result.exp = {
      estimate: Math.exp(fit.estimate),
      ci_lb: Math.exp(fit.ci_lb),
      ci_ub: Math.exp(fit.ci_ub),
      pi_lb: exp(fit.pi_lb),
      pi_ub: exp(fit.pi_ub),
    };
  }
  if (extras.has('leave1out'))
    result.leave1out = realignSeries(
      guarded('extras', () => leave1out(yi, vi, options)),
      kept,
      k,
    );
  if (extras.has('cumulative'))
    result.cumulative = realignSeries(
      guarded('extras', () => cumulative(yi, vi, options)),
      kept,
      k,
    );
  if (extras.has('regtest')) {
    const r = guarded('extras', () => regtest(yi, vi, options));
    result.regtest = { stat: r.stat, pval: r.pval, limit_estimate: r.limit_estimate };
  }
  if (extras.has('trimfill')) {
    const t = guarded('extras', () => trimfill(yi, vi, options));
    result.trimfill = {
      side: t.side,
      k0: t.k0,
      estimate: t.estimate,
      se: t.se,
      ci_lb: t.ci_lb,
      ci_ub: t.ci_ub,
      tau2: t.tau2,
    };
  }
  return result;
}

/** Validates and pools a request as received (e.g. parsed JSON); throws ApiFailure naming the field. */
export function runMetaRequest(input: unknown): MetaResult {
  return metaAnalyse(parseMetaRequest(input));
}
