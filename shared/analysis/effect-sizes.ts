// Effect sizes and their sampling variances from what studies report, following R's metafor
// `escalc` (measures SMD, MD, OR, RR, RD and precomputed/GEN), plus the conversions the
// domain needs (d <-> log OR, SE from a CI or a p value) and the "positive = beneficial" rule.
//
// Conventions (domain.md, "Effect sizes"): group 1 is the intervention group and group 2 the
// comparison group; OR and RR are analysed on the log scale.
import { lgamma, qnorm } from './distributions';

export type Measure = 'SMD' | 'MD' | 'OR' | 'RR' | 'RD' | 'GEN';
export type BinaryMeasure = 'OR' | 'RR' | 'RD';
/** metafor's `to`: which studies get `add` added to their cells. */
export type AddTo = 'all' | 'only0' | 'if0all' | 'none';

/** One study's effect size and sampling variance. */
export interface Effect {
  yi: number;
  vi: number;
}

/**
 * Effect sizes of several studies. `null` marks a study left out by `drop00` (as metafor's NA):
 * it takes no part in the meta-analysis.
 */
export interface EffectSizes {
  yi: (number | null)[];
  vi: (number | null)[];
}

// ---------------------------------------------------------------------------------------------
// Continuous outcomes

/**
 * Hedges' exact small-sample correction J = Γ(m/2) / (√(m/2)·Γ((m−1)/2)) with m = n1+n2−2, through
 * lgamma so that it stays finite for large samples. NaN when m ≤ 1 (as metafor's NA).
 */
export function hedgesCorrection(m: number): number {
  if (!(m > 1)) return Number.NaN;
  return Math.exp(lgamma(m / 2) - 0.5 * Math.log(m / 2) - lgamma((m - 1) / 2));
}

/** The pooled within-group standard deviation. */
export function pooledSd(sd1: number, n1: number, sd2: number, n2: number): number {
  return Math.sqrt(((n1 - 1) * sd1 * sd1 + (n2 - 1) * sd2 * sd2) / (n1 + n2 - 2));
}

/** Hedges' g from Cohen's d (d computed with the pooled SD) and its large-sample variance (vtype "LS"). */
export function smdFromD(d: number, n1: number, n2: number): Effect {
  const g = hedgesCorrection(n1 + n2 - 2) * d;
  return { yi: g, vi: 1 / n1 + 1 / n2 + (g * g) / (2 * (n1 + n2)) };
}

/** Hedges' g from group means, SDs and sizes. */
export function smdFromMeans(
  m1: number,
  sd1: number,
  n1: number,
  m2: number,
  sd2: number,
  n2: number,
): Effect {
  return smdFromD((m1 - m2) / pooledSd(sd1, n1, sd2, n2), n1, n2);
}

/** Hedges' g from an independent-samples t statistic: d = t·√(1/n1 + 1/n2). */
export function smdFromT(t: number, n1: number, n2: number): Effect {
  return smdFromD(t * Math.sqrt(1 / n1 + 1 / n2), n1, n2);
}

/** Raw mean difference with the unpooled variance sd1²/n1 + sd2²/n2 (metafor's default). */
export function mdFromMeans(
  m1: number,
  sd1: number,
  n1: number,
  m2: number,
  sd2: number,
  n2: number,
): Effect {
  return { yi: m1 - m2, vi: (sd1 * sd1) / n1 + (sd2 * sd2) / n2 };
}

// ---------------------------------------------------------------------------------------------
// Binary outcomes: a 2×2 table per study

/** Cells of a 2×2 table: a, b = events, non-events in group 1; c, d = the same in group 2. */
export interface Cells {
  a: number;
  b: number;
  c: number;
  d: number;
}

export interface ZeroCellRule {
  /** Amount added to the cells (metafor's `add`, default ½). */
  add: number;
  /** Which studies get it (metafor's `to`, default "only0": studies with a zero cell). */
  to: AddTo;
  /** Leave out studies with no events in either group, or only events in both (default false). */
  drop00: boolean;
}

export const DEFAULT_ZERO_CELL_RULE: ZeroCellRule = { add: 0.5, to: 'only0', drop00: false };

/** The cells of a study reported as events and group sizes. */
export function cellsFromTotals(a: number, n1: number, c: number, n2: number): Cells {
  return { a, b: n1 - a, c, d: n2 - c };
}

export function hasZeroCell(t: Cells): boolean {
  return t.a === 0 || t.b === 0 || t.c === 0 || t.d === 0;
}

/** No events in either group, or only events in both: the studies `drop00` leaves out. */
export function isDoubleZero(t: Cells): boolean {
  return (t.a === 0 && t.c === 0) || (t.b === 0 && t.d === 0);
}

/** Log OR, log RR or RD of one table whose cells already include any continuity correction. */
export function binaryEffect(measure: BinaryMeasure, t: Cells): Effect {
  const n1 = t.a + t.b;
  const n2 = t.c + t.d;
  if (measure === 'OR') {
    return { yi: Math.log((t.a * t.d) / (t.b * t.c)), vi: 1 / t.a + 1 / t.b + 1 / t.c + 1 / t.d };
  }
  const p1 = t.a / n1;
  const p2 = t.c / n2;
  if (measure === 'RR') {
    return { yi: Math.log(p1 / p2), vi: 1 / t.a - 1 / n1 + 1 / t.c - 1 / n2 };
  }
  return { yi: p1 - p2, vi: (p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2 };
}

function addToCells(t: Cells, add: number): Cells {
  return { a: t.a + add, b: t.b + add, c: t.c + add, d: t.d + add };
}

/**
 * Effect sizes of several 2×2 tables with metafor's zero-cell rule: `drop00` first removes
 * double-zero studies, then `add` goes to every cell of the studies `to` selects (the corrected
 * counts give both estimate and variance, for RD too).
 */
export function binaryEffects(
  measure: BinaryMeasure,
  tables: readonly Cells[],
  rule: ZeroCellRule = DEFAULT_ZERO_CELL_RULE,
): EffectSizes {
  const kept = tables.map((t) => !(rule.drop00 && isDoubleZero(t)));
  const anyZero = tables.some((t, i) => kept[i] && hasZeroCell(t));
  const yi: (number | null)[] = [];
  const vi: (number | null)[] = [];
  tables.forEach((t, i) => {
    if (!kept[i]) {
      yi.push(null);
      vi.push(null);
      return;
    }
    const corrected =
      rule.to === 'all' || (rule.to === 'if0all' && anyZero) || (rule.to === 'only0' && hasZeroCell(t));
    const e = binaryEffect(measure, corrected ? addToCells(t, rule.add) : t);
    yi.push(e.yi);
    vi.push(e.vi);
  });
  return { yi, vi };
}

// ---------------------------------------------------------------------------------------------
// Many studies at once (metafor's escalc)

type Column = readonly number[];

/** One input set of cli.md's `meta` request, as parallel arrays (one element per study). */
export type EscalcInput =
  | { kind: 'means'; m1i: Column; sd1i: Column; n1i: Column; m2i: Column; sd2i: Column; n2i: Column }
  | { kind: 't'; ti: Column; n1i: Column; n2i: Column }
  | { kind: 'd'; di: Column; n1i: Column; n2i: Column }
  | { kind: 'cells'; ai: Column; bi: Column; ci: Column; di: Column }
  | { kind: 'totals'; ai: Column; n1i: Column; ci: Column; n2i: Column }
  | { kind: 'precomputed'; yi: Column; vi: Column };

function perStudy(k: number, effect: (i: number) => Effect): EffectSizes {
  const yi: number[] = [];
  const vi: number[] = [];
  for (let i = 0; i < k; i++) {
    const e = effect(i);
    yi.push(e.yi);
    vi.push(e.vi);
  }
  return { yi, vi };
}

const at = (column: Column, i: number): number => column[i] as number;

/**
 * Effect sizes of every study from one input set, as metafor's escalc computes them: SMD from
 * means, t or d; MD from means; OR/RR/RD from cells or events and totals; or yi/vi as given.
 */
export function escalc(
  measure: Measure,
  input: EscalcInput,
  rule: ZeroCellRule = DEFAULT_ZERO_CELL_RULE,
): EffectSizes {
  switch (input.kind) {
    case 'precomputed':
      return { yi: [...input.yi], vi: [...input.vi] };
    case 'means': {
      const f = measure === 'MD' ? mdFromMeans : smdFromMeans;
      const { m1i, sd1i, n1i, m2i, sd2i, n2i } = input;
      return perStudy(n1i.length, (i) =>
        f(at(m1i, i), at(sd1i, i), at(n1i, i), at(m2i, i), at(sd2i, i), at(n2i, i)),
      );
    }
    case 't':
      return perStudy(input.ti.length, (i) => smdFromT(at(input.ti, i), at(input.n1i, i), at(input.n2i, i)));
    case 'd':
      return perStudy(input.di.length, (i) => smdFromD(at(input.di, i), at(input.n1i, i), at(input.n2i, i)));
    case 'cells':
    case 'totals': {
      const tables =
        input.kind === 'cells'
          ? input.ai.map((a, i) => ({ a, b: at(input.bi, i), c: at(input.ci, i), d: at(input.di, i) }))
          : input.ai.map((a, i) => cellsFromTotals(a, at(input.n1i, i), at(input.ci, i), at(input.n2i, i)));
      return binaryEffects(measure as BinaryMeasure, tables, rule);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Conversions and recovering a standard error

/** Cohen's d to log OR (Hasselblad & Hedges): ln OR = d·π/√3, variance × π²/3 (metafor "D2ORL"). */
export function dToLogOr(d: number, vd: number): Effect {
  return { yi: (Math.PI / Math.sqrt(3)) * d, vi: ((Math.PI * Math.PI) / 3) * vd };
}

/** Log OR to Cohen's d (Hasselblad & Hedges): d = ln OR·√3/π, variance × 3/π² (metafor "OR2DL"). */
export function logOrToD(logOr: number, v: number): Effect {
  return { yi: (Math.sqrt(3) / Math.PI) * logOr, vi: (3 / (Math.PI * Math.PI)) * v };
}

/** The two-sided normal critical value of a confidence level given in percent (95 -> 1.959964). */
export function criticalZ(levelPercent = 95): number {
  return qnorm((1 - levelPercent / 100) / 2, false);
}

/**
 * The standard error behind a reported confidence interval: (upper − lower) / (2·z). For ratio
 * measures (OR, RR) the interval is taken on the log scale, (ln u − ln l) / (2·z).
 */
export function seFromCi(lower: number, upper: number, options: { ratio: boolean; level?: number }): number {
  const width = options.ratio ? Math.log(upper) - Math.log(lower) : upper - lower;
  return width / (2 * criticalZ(options.level ?? 95));
}

/** The standard error behind an estimate and its two-sided p value (z test): |y| / z_{1−p/2}. */
export function seFromP(estimate: number, p: number): number {
  return Math.abs(estimate) / qnorm(p / 2, false);
}

// ---------------------------------------------------------------------------------------------
// Direction

/**
 * Orients an effect so that positive = beneficial. Effects are computed as group 1 (intervention)
 * minus or over group 2 (comparison), so a positive value means "more of the outcome in the
 * intervention group". When more of the outcome is bad (re-offending, exclusions: higherIsBetter
 * false) the sign flips, for every measure alike: SMD, MD, RD and GEN change sign, and log OR and
 * log RR change sign, which inverts the ratio (OR 0.8 becomes 1.25). Variances never change.
 */
export function orientEffect(effect: Effect, higherIsBetter: boolean): Effect & { flipped: boolean } {
  return higherIsBetter
    ? { ...effect, flipped: false }
    : { yi: effect.yi === 0 ? 0 : -effect.yi, vi: effect.vi, flipped: true };
}
