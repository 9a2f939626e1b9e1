// The uncertainty of value for money: the seeded Monte Carlo (chance that benefits exceed costs,
// intervals, a histogram of simulated net benefit) and the tornado of one-way sensitivities.
import {
  type MonteCarloInput,
  type MonteCarloResult,
  monteCarloValue,
  percentileType7,
} from '../../../shared/analysis/costs/monte-carlo';
import type { PriceIndex } from '../../../shared/analysis/costs/price-index';
import { histogram, oneWaySensitivity } from '../../../shared/analysis/costs/sensitivity';
import {
  atDiscountRate,
  benefitFunction,
  weightedCost,
} from '../../../shared/analysis/costs/value-for-money';
import { formatCostYears } from '../../../shared/format';
import type { Figure, MonteCarloView, TornadoRow } from '../../../shared/model/value';
import type { Appraisal } from './value-appraisal';
import type { CostSide } from './value-costs';
import { type EffectInUse, figure, input } from './value-figures';

const HISTOGRAM_BINS = 30;
/** The spread a tornado gives an input that has no recorded range: ±20% of its value. */
const ASSUMED_SPREAD = 0.2;

/** What the Monte Carlo of an appraisal draws from: the report's inputs, as monteCarloValue takes them. */
export function monteCarloInput(
  a: Appraisal,
  side: CostSide,
  priceIndex: PriceIndex,
  draws: number,
  seed: number,
): MonteCarloInput {
  return {
    ...a.assumptions,
    effect: { estimate: a.effect.estimate, se: a.effect.se, df: a.effect.df },
    costs: { lines: side.lines, priceYear: a.costs.priceYear, priceIndex },
    participants: a.cohort?.participants ?? 1,
    draws,
    seed,
  };
}

/** The Monte Carlo of an appraisal, and the chance that benefits exceed costs as a figure. */
export function simulate(
  a: Appraisal,
  side: CostSide,
  priceIndex: PriceIndex,
  draws: number,
  seed: number,
): { monteCarlo: MonteCarloView; chance: Figure } {
  const mc = monteCarloValue({ ...monteCarloInput(a, side, priceIndex, draws, seed), keepSamples: true });
  const p = mc.chanceBenefitsExceedCosts;
  const chance = figure('chanceBenefitsExceedCosts', {
    value: p,
    unit: 'probability',
    interval: {
      lower: Math.max(0, p - 1.96 * mc.chanceStandardError),
      upper: Math.min(1, p + 1.96 * mc.chanceStandardError),
      label: 'Monte Carlo error (±1.96 standard errors)',
    },
    formula: `share of ${mc.draws.toLocaleString('en-GB')} simulated draws (seed ${mc.seed}) with NPV > 0`,
    inputs: [
      input(
        'Effect (g)',
        a.effect.estimate,
        'effect',
        `drawn from its sampling distribution (se ${a.effect.se.toFixed(4)})`,
        'pooledEffect',
      ),
      input(
        'Cost per participant',
        a.costs.perParticipant,
        'GBP',
        'cost items with a range drawn from it',
        'costPerParticipant',
      ),
      input('Unit cost of the outcome', a.assumptions.unitCost, 'GBP', 'held fixed', 'unitCost'),
      input('Baseline rate', a.assumptions.baselineRate, 'rate', 'held fixed', 'baselineRate'),
    ],
  });
  return { monteCarlo: monteCarloView(mc, a.effect, side, a.cohort !== null), chance };
}

function monteCarloView(
  mc: MonteCarloResult,
  effect: EffectInUse,
  side: CostSide,
  hasCohort: boolean,
): MonteCarloView {
  const npv = mc.samples?.npvPerParticipant ?? new Float64Array();
  const sorted = Float64Array.from(npv).sort();
  const bins = histogram(npv, HISTOGRAM_BINS, percentileType7(sorted, 0.005), percentileType7(sorted, 0.995));
  const ranged = side.items.filter((i) => (i.amountLow ?? i.amount) < (i.amountHigh ?? i.amount));
  return {
    status: 'ok',
    draws: mc.draws,
    seed: mc.seed,
    percentileMethod: mc.percentileMethod,
    chanceBenefitsExceedCosts: mc.chanceBenefitsExceedCosts,
    chanceStandardError: mc.chanceStandardError,
    benefitCostRatio: mc.benefitCostRatio,
    npvPerParticipant: mc.npvPerParticipant,
    npvPerCohort: hasCohort ? mc.npvPerCohort : null,
    histogram: { quantity: 'npvPerParticipant', unit: 'GBP', ...bins },
    uncertainInputs: [
      {
        name: 'Effect (g)',
        distribution:
          effect.se === 0
            ? 'fixed (no standard error)'
            : effect.df === null
              ? `Normal(${effect.estimate.toFixed(4)}, ${effect.se.toFixed(4)})`
              : `${effect.estimate.toFixed(4)} + ${effect.se.toFixed(4)} × t(${effect.df} df)`,
      },
      ...ranged.map((i) => ({
        name: i.description,
        // One draw per item: a per-year amount drawn high is high in every year it runs.
        distribution: `Triangular(${i.amountLow ?? i.amount}, ${i.amount}, ${i.amountHigh ?? i.amount}) in ${i.priceYear} prices${(i.years ?? 1) > 1 ? `, ${formatCostYears(i.basis, i.years)}` : ''}`,
      })),
    ],
    fixedInputs: [
      input('Baseline rate', mc.central.baselineRate, 'rate', null, 'baselineRate'),
      input('Discount rate', mc.central.discountRate, 'rate'),
      ...side.items
        .filter((i) => !ranged.includes(i))
        .map((i) => input(i.description, i.amount, 'GBP', `${i.priceYear} prices, no range recorded`)),
    ],
  };
}

type TornadoKey = 'effect' | 'baselineRate' | 'unitCost' | 'discountRate' | `cost:${string}`;

/** One-way sensitivity of net benefit per participant to each input, largest swing first. */
export function tornadoRows({ assumptions, effect, costs }: Appraisal, side: CostSide): TornadoRow[] {
  const base: Record<TornadoKey, number> = {
    effect: effect.estimate,
    baselineRate: assumptions.baselineRate,
    unitCost: assumptions.unitCost,
    discountRate: assumptions.discountRate,
  };
  const described = new Map<TornadoKey, { label: string; unit: TornadoRow['unit']; rangeSource: string }>([
    [
      'effect',
      { label: 'Effect size (g)', unit: 'effect', rangeSource: "the effect's 95% confidence interval" },
    ],
    [
      'baselineRate',
      {
        label: 'Baseline rate',
        unit: 'rate',
        rangeSource: `±${ASSUMED_SPREAD * 100}% (assumed: no range recorded)`,
      },
    ],
    [
      'unitCost',
      {
        label: 'Unit cost of the outcome',
        unit: 'GBP',
        rangeSource: `±${ASSUMED_SPREAD * 100}% (assumed: no range recorded)`,
      },
    ],
    [
      'discountRate',
      { label: 'Discount rate', unit: 'rate', rangeSource: 'from 0% to twice the rate in use' },
    ],
  ]);
  const ranges: { key: TornadoKey; low: number; high: number }[] = [
    { key: 'effect', low: effect.ciLower, high: effect.ciUpper },
    {
      key: 'baselineRate',
      low: assumptions.baselineRate * (1 - ASSUMED_SPREAD),
      high: Math.min(assumptions.baselineRate * (1 + ASSUMED_SPREAD), 0.999),
    },
    {
      key: 'unitCost',
      low: assumptions.unitCost * (1 - ASSUMED_SPREAD),
      high: assumptions.unitCost * (1 + ASSUMED_SPREAD),
    },
    { key: 'discountRate', low: 0, high: assumptions.discountRate * 2 },
  ];
  side.items.forEach((item) => {
    const key: TornadoKey = `cost:${item.id}`;
    base[key] = item.amount;
    const low = item.amountLow ?? item.amount;
    const high = item.amountHigh ?? item.amount;
    if (low === high) return;
    ranges.push({ key, low, high });
    described.set(key, {
      label: item.description,
      unit: 'GBP',
      rangeSource: `recorded low and high (${item.priceYear} prices)`,
    });
  });
  const costKeys = side.items.map((i): TornadoKey => `cost:${i.id}`);
  const npv = (v: Readonly<Record<TornadoKey, number>>) => {
    const benefits = benefitFunction({
      ...assumptions,
      baselineRate: v.baselineRate,
      unitCost: v.unitCost,
      discountRate: v.discountRate,
    });
    // Costs that run over several years are discounted too: the rate moves them as well as the benefits.
    const shares =
      v.discountRate === assumptions.discountRate ? costs.lines : atDiscountRate(costs.lines, v.discountRate);
    const amounts = costKeys.map((k) => v[k] as number);
    return benefits(v.effect) - weightedCost(amounts, shares);
  };
  return oneWaySensitivity(base, ranges, npv).map((row) => {
    const d = described.get(row.key) as { label: string; unit: TornadoRow['unit']; rangeSource: string };
    return {
      input: row.key,
      label: d.label,
      unit: d.unit,
      base: row.base,
      low: row.low,
      high: row.high,
      rangeSource: d.rangeSource,
      npvAtLow: row.outputAtLow,
      npvAtHigh: row.outputAtHigh,
      swing: row.swing,
    };
  });
}
