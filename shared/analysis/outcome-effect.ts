// One outcome result, as its study reported it, turned into a standardised mean difference
// (positive = beneficial) with every input, formula and intermediate value kept, so any figure
// the app shows can be traced back. Pooling across studies happens on this one scale.
import type { EffectDerivation, TraceValue } from '../model/evidence';
import type { OutcomeStatistics } from '../model/catalogue';
import type { OutcomeDataType } from '../model/vocabulary';
import {
  type Effect,
  binaryEffects,
  cellsFromTotals,
  criticalZ,
  hedgesCorrection,
  logOrToD,
  orientEffect,
  pooledSd,
  seFromCi,
  seFromP,
  smdFromD,
} from './effect-sizes';

export interface OutcomeResultInput {
  dataType: OutcomeDataType;
  higherIsBetter: boolean;
  stats: OutcomeStatistics;
}

export type StandardisedEffect =
  | { ok: true; yi: number; vi: number; ciLower: number; ciUpper: number; derivation: EffectDerivation }
  | { ok: false; reason: string };

const FORMULA = {
  d: 'd = (m1 − m2) / s_pooled, s_pooled = √(((n1−1)·sd1² + (n2−1)·sd2²) / (n1+n2−2))',
  g: 'g = J·d, J = Γ(m/2) / (√(m/2)·Γ((m−1)/2)), m = n1+n2−2',
  vg: 'v = 1/n1 + 1/n2 + g² / (2(n1+n2))',
  dFromT: 'd = t·√(1/n1 + 1/n2)',
  lnOr: 'ln OR = ln(a·d / (b·c)), v = 1/a + 1/b + 1/c + 1/d (½ added to every cell when one is zero)',
  orToD: 'd = ln OR·√3/π, v_d = v_lnOR·3/π² (Hasselblad & Hedges)',
  seFromCi: 'SE = (upper − lower) / (2·1.959964)',
  seFromCiLog: 'SE = (ln upper − ln lower) / (2·1.959964)',
  seFromP: 'SE = |estimate| / z(1 − p/2)',
  vFromSe: 'v = SE²',
} as const;

const value = (name: string, v: number): TraceValue => ({ name, value: v });

interface Draft {
  effect: Effect;
  method: string;
  formulas: string[];
  inputs: TraceValue[];
  steps: TraceValue[];
}

type DraftResult = Draft | { reason: string };

function need<T extends keyof OutcomeStatistics>(
  s: OutcomeStatistics,
  keys: readonly T[],
): { [K in T]: number } | null {
  const out: Partial<Record<T, number>> = {};
  for (const k of keys) {
    const v = s[k];
    if (typeof v !== 'number' || !Number.isFinite(v)) return null;
    out[k] = v;
  }
  return out as { [K in T]: number };
}

function fromMeans(s: OutcomeStatistics): DraftResult {
  const x = need(s, ['m1', 'sd1', 'n1', 'm2', 'sd2', 'n2'] as const);
  if (x === null) return { reason: 'Group means, SDs and sizes are incomplete.' };
  const sp = pooledSd(x.sd1, x.n1, x.sd2, x.n2);
  if (!(sp > 0))
    return { reason: 'The pooled standard deviation is zero, so no standardised effect exists.' };
  const d = (x.m1 - x.m2) / sp;
  const j = hedgesCorrection(x.n1 + x.n2 - 2);
  const effect = smdFromD(d, x.n1, x.n2);
  return {
    effect,
    method: "Hedges' g from group means, SDs and sizes",
    formulas: [FORMULA.d, FORMULA.g, FORMULA.vg],
    inputs: [
      value('m1', x.m1),
      value('sd1', x.sd1),
      value('n1', x.n1),
      value('m2', x.m2),
      value('sd2', x.sd2),
      value('n2', x.n2),
    ],
    steps: [
      value('s_pooled', sp),
      value('d', d),
      value('J', j),
      value('g', effect.yi),
      value('v', effect.vi),
    ],
  };
}

function fromT(s: OutcomeStatistics): DraftResult {
  const x = need(s, ['t', 'n1', 'n2'] as const);
  if (x === null) return { reason: 'The t statistic or a group size is missing.' };
  const d = x.t * Math.sqrt(1 / x.n1 + 1 / x.n2);
  const effect = smdFromD(d, x.n1, x.n2);
  return {
    effect,
    method: "Hedges' g from a t statistic and group sizes",
    formulas: [FORMULA.dFromT, FORMULA.g, FORMULA.vg],
    inputs: [value('t', x.t), value('n1', x.n1), value('n2', x.n2)],
    steps: [
      value('d', d),
      value('J', hedgesCorrection(x.n1 + x.n2 - 2)),
      value('g', effect.yi),
      value('v', effect.vi),
    ],
  };
}

function logOddsToSmd(logOr: Effect, draft: Omit<Draft, 'effect'>): Draft {
  const effect = logOrToD(logOr.yi, logOr.vi);
  return {
    ...draft,
    effect,
    formulas: [...draft.formulas, FORMULA.orToD],
    steps: [
      ...draft.steps,
      value('ln OR', logOr.yi),
      value('v_lnOR', logOr.vi),
      value('d', effect.yi),
      value('v', effect.vi),
    ],
  };
}

function fromCounts(s: OutcomeStatistics): DraftResult {
  const x = need(s, ['events1', 'total1', 'events2', 'total2'] as const);
  if (x === null) return { reason: 'Events and totals per group are incomplete.' };
  const cells = cellsFromTotals(x.events1, x.total1, x.events2, x.total2);
  const {
    yi: [yi],
    vi: [vi],
  } = binaryEffects('OR', [cells]);
  if (yi === null || yi === undefined || vi === null || vi === undefined) {
    return { reason: 'No events in either group: the odds ratio is undefined.' };
  }
  return logOddsToSmd(
    { yi, vi },
    {
      method: 'Standardised effect from event counts (log odds ratio converted to d)',
      formulas: [FORMULA.lnOr],
      inputs: [
        value('events1', x.events1),
        value('total1', x.total1),
        value('events2', x.events2),
        value('total2', x.total2),
      ],
      steps: [],
    },
  );
}

/** The standard error a reported effect implies: given, or from its CI, or from its p value. */
function reportedSe(
  s: OutcomeStatistics,
  estimate: number,
  ratio: boolean,
): { se: number; formula: string | null } | null {
  if (s.se !== null) return { se: s.se, formula: null };
  if (s.ciLower !== null && s.ciUpper !== null) {
    return {
      se: seFromCi(s.ciLower, s.ciUpper, { ratio }),
      formula: ratio ? FORMULA.seFromCiLog : FORMULA.seFromCi,
    };
  }
  if (s.p !== null && s.p > 0 && s.p < 1 && estimate !== 0)
    return { se: seFromP(estimate, s.p), formula: FORMULA.seFromP };
  return null;
}

function reportedInputs(s: OutcomeStatistics): TraceValue[] {
  const pairs: [string, number | null][] = [
    ['value', s.effectValue],
    ['CI lower', s.ciLower],
    ['CI upper', s.ciUpper],
    ['SE', s.se],
    ['p', s.p],
    ['n1', s.n1],
    ['n2', s.n2],
  ];
  return pairs.filter((p): p is [string, number] => p[1] !== null).map(([n, v]) => value(n, v));
}

function fromReported(s: OutcomeStatistics): DraftResult {
  const type = s.effectType;
  const estimate = s.effectValue;
  if (type === null || estimate === null) return { reason: 'The reported effect is incomplete.' };
  const inputs = reportedInputs(s);
  if (type === 'RR') {
    return {
      reason:
        "A risk ratio cannot be put on the standardised scale without the comparison group's risk; record event counts instead.",
    };
  }
  if (type === 'OR') {
    if (!(estimate > 0)) return { reason: 'An odds ratio must be greater than zero.' };
    const lnOr = Math.log(estimate);
    const se = reportedSe(s, lnOr, true);
    if (se === null) return { reason: 'The odds ratio needs its SE, confidence interval or p value.' };
    return logOddsToSmd(
      { yi: lnOr, vi: se.se * se.se },
      {
        method: 'Standardised effect from a reported odds ratio (log odds ratio converted to d)',
        formulas: [...(se.formula === null ? [] : [se.formula]), FORMULA.vFromSe],
        inputs,
        steps: [value('SE(ln OR)', se.se)],
      },
    );
  }
  // d or g: the group sizes give the variance (and, for d, the small-sample correction).
  if (s.n1 !== null && s.n2 !== null) {
    const { n1, n2 } = s;
    const g = type === 'd' ? hedgesCorrection(n1 + n2 - 2) * estimate : estimate;
    const vi = 1 / n1 + 1 / n2 + (g * g) / (2 * (n1 + n2));
    return {
      effect: { yi: g, vi },
      method:
        type === 'd'
          ? "Hedges' g from a reported Cohen's d and group sizes"
          : "A reported Hedges' g with group sizes",
      formulas: type === 'd' ? [FORMULA.g, FORMULA.vg] : [FORMULA.vg],
      inputs,
      steps: [
        ...(type === 'd' ? [value('J', hedgesCorrection(n1 + n2 - 2))] : []),
        value('g', g),
        value('v', vi),
      ],
    };
  }
  const se = reportedSe(s, estimate, false);
  if (se === null)
    return { reason: `The reported ${type} needs group sizes, an SE, a confidence interval or a p value.` };
  return {
    effect: { yi: estimate, vi: se.se * se.se },
    method: `A reported ${type === 'd' ? "Cohen's d" : "Hedges' g"} with its standard error`,
    formulas: [...(se.formula === null ? [] : [se.formula]), FORMULA.vFromSe],
    inputs,
    steps: [value('SE', se.se), value('v', se.se * se.se)],
  };
}

const BY_DATA_TYPE: Record<OutcomeDataType, (s: OutcomeStatistics) => DraftResult> = {
  continuous: fromMeans,
  binary: fromCounts,
  effect: fromReported,
  't-statistic': fromT,
};

export function standardisedEffect(result: OutcomeResultInput): StandardisedEffect {
  const draft = BY_DATA_TYPE[result.dataType](result.stats);
  if ('reason' in draft) return { ok: false, reason: draft.reason };
  if (!Number.isFinite(draft.effect.yi) || !(draft.effect.vi > 0)) {
    return {
      ok: false,
      reason: 'The reported statistics do not give a finite effect with a positive variance.',
    };
  }
  const oriented = orientEffect(draft.effect, result.higherIsBetter);
  const half = criticalZ(95) * Math.sqrt(oriented.vi);
  return {
    ok: true,
    yi: oriented.yi,
    vi: oriented.vi,
    ciLower: oriented.yi - half,
    ciUpper: oriented.yi + half,
    derivation: {
      method: draft.method,
      formulas: draft.formulas,
      inputs: draft.inputs,
      steps: oriented.flipped
        ? [...draft.steps, value('g (positive = beneficial)', oriented.yi)]
        : draft.steps,
      directionFlipped: oriented.flipped,
    },
  };
}
