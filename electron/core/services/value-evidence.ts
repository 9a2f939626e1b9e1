// The evidence side of the value report: the effect valued and its interval, the baseline rate,
// the number needed to treat and cost per outcome achieved, the unit cost of the outcome in the
// analysis price year, and how the outcomes avoided fall over the follow-up.
import type { PriceIndex } from '../../../shared/analysis/costs/price-index';
import { evenTiming } from '../../../shared/analysis/costs/value-for-money';
import { translateEffect } from '../../../shared/analysis/translate';
import type { InterventionDetail } from '../../../shared/model/catalogue';
import type { PooledOutcome } from '../../../shared/model/evidence';
import type { Figure, MissingInput, UnitCost, ValueReport } from '../../../shared/model/value';
import type { CostSide } from './value-costs';
import {
  CURRENCY,
  type EffectInUse,
  figure,
  input,
  missingFigure,
  missingOf,
  PRICE_INDEX_NAME,
  priceFactorOrMissing,
} from './value-figures';

export function effectInUse(p: PooledOutcome): EffectInUse | null {
  if (p.model !== null) {
    const m = p.model;
    return { estimate: m.estimate, se: m.se, df: m.df, ciLower: m.ci_lb, ciUpper: m.ci_ub };
  }
  const only = p.studies.length === 1 ? p.studies[0] : undefined;
  return only === undefined
    ? null
    : { estimate: only.yi, se: only.sei, df: null, ciLower: only.ciLower, ciUpper: only.ciUpper };
}

/** Without an outcome there is nothing to value: the one need every evidence figure then reports. */
const NEED_OUTCOME: MissingInput = {
  input: 'outcome',
  needed: 'No outcome results are recorded for this intervention: add evaluations with their results.',
  where: 'evidence',
};

export function effectFigure(p: PooledOutcome | null, effect: EffectInUse | null): Figure {
  if (p === null) return missingFigure('pooledEffect', [NEED_OUTCOME]);
  if (effect === null) {
    return missingFigure('pooledEffect', [
      {
        input: 'pooledEffect',
        needed: `No result on ${p.outcome.name} could be standardised: ${p.note ?? 'record the statistics of its results'}`,
        where: 'evidence',
        recordId: p.outcome.id,
      },
    ]);
  }
  const m = p.model;
  return figure('pooledEffect', {
    value: effect.estimate,
    unit: 'effect',
    interval: { lower: effect.ciLower, upper: effect.ciUpper, label: '95% confidence interval' },
    formula:
      m === null
        ? "One study: its own standardised effect (Hedges' g), positive = beneficial"
        : `Pooled standardised effect (Hedges' g) by ${m.method}, ${m.test === 'knha' ? 'Hartung–Knapp' : 'z'} interval`,
    inputs: [
      input('Studies', p.studies.length, 'people', p.studies.map((s) => s.label).join('; ')),
      input('Standard error', effect.se, 'effect'),
      ...(m === null
        ? []
        : [input('τ² (between-study variance)', m.tau2, 'effect'), input('I²', m.I2, 'rate')]),
    ],
    notes: p.note === null ? [] : [p.note],
  });
}

export function baselineFigure(p: PooledOutcome | null): Figure {
  if (p === null) return missingFigure('baselineRate', [NEED_OUTCOME]);
  const t = p.translation;
  if (t === null) {
    return missingFigure('baselineRate', [
      {
        input: 'baselineRate',
        needed: `A baseline rate for ${p.outcome.name}: add a local rate in Library settings, or record event counts for the comparison group.`,
        where: 'library-settings',
        recordId: p.outcome.id,
      },
    ]);
  }
  return figure('baselineRate', {
    value: t.baselineRate,
    unit: 'rate',
    formula: 'The rate of the outcome event without the intervention',
    inputs: [input('Rate', t.baselineRate, 'rate', t.baselineSource)],
  });
}

/** NNT at an effect size, or null when that effect is not beneficial. */
function nntAt(effect: number, baselineRate: number, higherIsBetter: boolean): number | null {
  return translateEffect({ effect, baselineRate, higherIsBetter }).nnt;
}

export function unitCostFigure(
  unit: UnitCost | null,
  outcomeName: string | null,
  priceYear: number | null,
  index: PriceIndex,
): { figure: Figure; value: number | null } {
  if (outcomeName === null) return { figure: missingFigure('unitCost', [NEED_OUTCOME]), value: null };
  if (unit === null) {
    return {
      figure: missingFigure('unitCost', [
        {
          input: 'unitCost',
          needed: `A unit cost of ${outcomeName} (what one outcome event costs, and who bears it): add one in Library settings.`,
          where: 'library-settings',
        },
      ]),
      value: null,
    };
  }
  const missing: MissingInput[] = [];
  if (unit.currency !== CURRENCY) {
    missing.push({
      input: 'currency',
      needed: `Unit cost "${unit.name}" is in ${unit.currency}: record it in ${CURRENCY}.`,
      where: 'library-settings',
      recordId: unit.id,
    });
  }
  const factor = priceFactorOrMissing(unit.priceYear, priceYear, index, missing);
  if (factor === null || missing.length > 0)
    return { figure: missingFigure('unitCost', missing), value: null };
  const value = unit.amount * factor;
  return {
    value,
    figure: figure('unitCost', {
      value,
      unit: 'GBP',
      formula: `amount × index[${priceYear}] ÷ index[${unit.priceYear}]`,
      inputs: [
        input(
          unit.name,
          unit.amount,
          'GBP',
          `${unit.source}${unit.sourceDate === null ? '' : ` (${unit.sourceDate})`}`,
        ),
        input('Price year of the amount', unit.priceYear, 'year'),
        input(`Price factor ${unit.priceYear} → ${priceYear}`, factor, 'factor', PRICE_INDEX_NAME),
        input('Borne by', unit.bearer ?? 'not stated in the source', null),
      ],
    }),
  };
}

export function nntFigure(
  p: PooledOutcome | null,
  effect: EffectInUse | null,
  missing: readonly MissingInput[],
): Figure {
  const baseline = p?.translation?.baselineRate ?? null;
  if (p === null || effect === null || baseline === null) return missingFigure('nnt', missing);
  const higherIsBetter = p.outcome.higherIsBetter;
  const nnt = nntAt(effect.estimate, baseline, higherIsBetter);
  if (nnt === null) {
    return missingFigure('nnt', [
      {
        input: 'beneficialEffect',
        needed: `The effect on ${p.outcome.name} is not beneficial (g = ${effect.estimate.toFixed(3)}): there is no number needed to treat.`,
        where: 'evidence',
      },
    ]);
  }
  return figure('nnt', {
    value: nnt,
    unit: 'people',
    interval: {
      lower: nntAt(effect.ciUpper, baseline, higherIsBetter),
      upper: nntAt(effect.ciLower, baseline, higherIsBetter),
      label: "at the ends of the effect's 95% CI (no upper bound when it includes no effect)",
    },
    formula: '1 ÷ |p0 − p1|, p1 from the odds of p0 × OR, ln OR = g·π/√3 (Hasselblad & Hedges)',
    inputs: [
      input('Effect (g)', effect.estimate, 'effect', null, 'pooledEffect'),
      input('Baseline rate p0', baseline, 'rate', null, 'baselineRate'),
    ],
  });
}

export function costPerOutcomeFigure(side: CostSide, nnt: Figure): Figure {
  if (side.costs === null || nnt.status === 'missing') {
    return missingFigure('costPerOutcome', [...side.missing, ...missingOf(nnt)]);
  }
  const cpp = side.costs.perParticipant;
  const interval = nnt.interval;
  return figure('costPerOutcome', {
    value: cpp * nnt.value,
    unit: 'GBP',
    interval:
      interval === null
        ? null
        : {
            lower: interval.lower === null ? null : cpp * interval.lower,
            upper: interval.upper === null ? null : cpp * interval.upper,
            label: "cost per participant × NNT at the ends of the effect's 95% CI",
          },
    formula: 'cost per participant × number needed to treat',
    inputs: [
      input('Cost per participant', cpp, 'GBP', null, 'costPerParticipant'),
      input('Number needed to treat', nnt.value, 'people', null, 'nnt'),
    ],
  });
}

/** Benefits fall evenly over the follow-up years the studies measured (at least one). */
export function benefitTiming(
  detail: InterventionDetail,
  p: PooledOutcome | null,
): ValueReport['benefitTiming'] {
  const ids = new Set(p?.studies.map((s) => s.outcomeResultId) ?? []);
  const months = detail.evaluations
    .flatMap((e) => e.outcomeResults)
    .filter((r) => ids.has(r.id))
    .map((r) => r.timePointMonths ?? 0);
  const longest = Math.max(0, ...months);
  const years = Math.max(1, Math.ceil(longest / 12));
  return {
    years,
    weights: evenTiming(years),
    source:
      longest === 0
        ? 'No follow-up recorded: outcomes avoided are counted in year 0.'
        : `Outcomes avoided are spread evenly over ${years} year${years === 1 ? '' : 's'}, the longest follow-up of the studies pooled (${longest} months).`,
  };
}
