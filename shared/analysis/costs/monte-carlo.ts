// The uncertainty of value for money by Monte Carlo, as Washington State's WSIPP model reports it:
// draw the effect from its sampling distribution and each cost from its range, recompute the
// benefit–cost ratio and net present value, and report the chance that benefits exceed costs.
//
// Conventions:
// - The effect is drawn from Normal(estimate, se), or estimate + se·t(df) when the pooled effect
//   came with degrees of freedom (Hartung–Knapp). se = 0 means the effect is taken as known.
// - Each cost line with a range is drawn from the triangular distribution (low, amount, high) in its
//   own price year, independently of the other lines; a line without a range (or low = high) is
//   fixed. The unit cost, baseline rate, timing and discount rate are fixed.
// - Random numbers are consumed in a fixed order (per draw: the effect, then each ranged line), so a
//   seed reproduces every draw on every machine.
// - "Benefits exceed costs" means NPV > 0 strictly (equivalently BCR > 1).
// - Percentiles are R's quantile(type = 7), computed as R computes them.
import { seededRandom, type Random } from '../random';
import { GREEN_BOOK_DISCOUNT_RATE } from './discounting';
import {
  type BenefitAssumptions,
  benefitFunction,
  costPerParticipantOverYears,
  type CostOverYears,
  type ProgrammeCosts,
  valueForMoney,
  type ValueForMoney,
  weightedCost,
} from './value-for-money';

/** The number of draws unless told otherwise. */
export const DEFAULT_DRAWS = 10_000;
/** The seed unless told otherwise, so two runs with no seed agree. */
export const DEFAULT_SEED = 20_240_501;

/** A pooled effect with its sampling uncertainty. */
export interface UncertainEffect {
  estimate: number;
  se: number;
  /** Degrees of freedom of a t-based interval (Hartung–Knapp); null or absent for a normal one. */
  df?: number | null;
}

export interface MonteCarloInput extends BenefitAssumptions {
  effect: UncertainEffect;
  costs: ProgrammeCosts;
  /** Participants in one cohort, for the cohort's net present value. */
  participants: number;
  /** At least 1; 10,000 by default. */
  draws?: number;
  /** An integer in [0, 2³²); DEFAULT_SEED by default. */
  seed?: number;
  /** Return every draw (for a histogram of net benefit). */
  keepSamples?: boolean;
}

/** The mean and the 2.5th, 50th and 97.5th percentiles of a simulated quantity. */
export interface DrawSummary {
  mean: number;
  p025: number;
  p50: number;
  p975: number;
}

export interface MonteCarloSamples {
  effect: Float64Array;
  costPerParticipant: Float64Array;
  benefitCostRatio: Float64Array;
  npvPerParticipant: Float64Array;
}

export interface MonteCarloResult {
  draws: number;
  seed: number;
  percentileMethod: 'R quantile type 7';
  /** Share of draws with NPV > 0. */
  chanceBenefitsExceedCosts: number;
  /** Its Monte Carlo standard error, √(p(1−p)/n). */
  chanceStandardError: number;
  benefitCostRatio: DrawSummary;
  npvPerParticipant: DrawSummary;
  npvPerCohort: DrawSummary;
  /** The deterministic appraisal at the estimate and the central costs. */
  central: ValueForMoney;
  costs: CostOverYears;
  samples?: MonteCarloSamples;
}

/** The triangular (low, mode, high) distribution's quantile at u ∈ [0, 1] (its inverse CDF). */
export function triangularQuantile(u: number, low: number, mode: number, high: number): number {
  if (!(low <= mode && mode <= high)) {
    throw new RangeError(`A triangular distribution needs low ≤ mode ≤ high (got ${low}, ${mode}, ${high}).`);
  }
  if (low === high) return mode;
  const width = high - low;
  const split = (mode - low) / width;
  return u < split
    ? low + Math.sqrt(u * width * (mode - low))
    : high - Math.sqrt((1 - u) * width * (high - mode));
}

/** One draw from the triangular (low, mode, high) distribution, by inversion of one uniform. */
export function sampleTriangular(random: Random, low: number, mode: number, high: number): number {
  return triangularQuantile(random.next(), low, mode, high);
}

/** One draw from Gamma(shape, 1): Marsaglia & Tsang (2000), boosted by U^(1/shape) for shape < 1. */
function sampleGamma(random: Random, shape: number): number {
  if (shape < 1) return sampleGamma(random, shape + 1) * (1 - random.next()) ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = random.normal();
    const base = 1 + c * x;
    if (base <= 0) continue;
    const v = base * base * base;
    const u = 1 - random.next(); // (0, 1]
    if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** One draw from Student's t with df degrees of freedom: Z / √(χ²_df / df), χ²_df = 2·Gamma(df/2). */
export function sampleStudentT(random: Random, df: number): number {
  if (!(df > 0) || !Number.isFinite(df)) {
    throw new RangeError(`Degrees of freedom must be a positive number (got ${df}).`);
  }
  const z = random.normal();
  const chiSquare = 2 * sampleGamma(random, df / 2);
  return z / Math.sqrt(chiSquare / df);
}

/** The p-th quantile of ascending values by R's type 7: (1−h)·x[lo] + h·x[hi] at index 1 + (n−1)p. */
export function percentileType7(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError('A percentile needs at least one value.');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`A percentile's probability must be in [0, 1] (got ${p}).`);
  // R: index <- 1 + (n-1)*probs; lo <- floor(index); hi <- ceiling(index) (1-based).
  const index = 1 + (n - 1) * p;
  const lo = Math.floor(index);
  const hi = Math.ceil(index);
  const low = sorted[lo - 1] as number;
  const high = sorted[hi - 1] as number;
  if (!(index > lo) || high === low) return low;
  const h = index - lo;
  return (1 - h) * low + h * high;
}

/** Mean and R type-7 percentiles of the draws; sorts a copy. The mean is taken about the first draw, so identical draws give that value exactly. */
export function summariseDraws(values: Float64Array): DrawSummary {
  const n = values.length;
  if (n === 0) throw new RangeError('A summary needs at least one draw.');
  const shift = values[0] as number;
  let deviations = 0;
  for (let i = 0; i < n; i++) deviations += (values[i] as number) - shift;
  const sorted = Float64Array.from(values).sort();
  return {
    mean: shift + deviations / n,
    p025: percentileType7(sorted, 0.025),
    p50: percentileType7(sorted, 0.5),
    p975: percentileType7(sorted, 0.975),
  };
}

function checkEffect({ estimate, se, df }: UncertainEffect): void {
  if (!Number.isFinite(estimate))
    throw new RangeError(`The effect estimate must be a number (got ${estimate}).`);
  if (!Number.isFinite(se) || se < 0) {
    throw new RangeError(`The effect's standard error must be zero or more (got ${se}).`);
  }
  if (df !== undefined && df !== null && !(df > 0 && Number.isFinite(df))) {
    throw new RangeError(`The effect's degrees of freedom must be a positive number (got ${df}).`);
  }
}

/** Chance that benefits exceed costs, and mean and 95% intervals of BCR and NPV, by seeded Monte Carlo. */
export function monteCarloValue(input: MonteCarloInput): MonteCarloResult {
  const draws = input.draws ?? DEFAULT_DRAWS;
  const seed = input.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(draws) || draws < 1) {
    throw new RangeError(`The number of draws must be a whole number, at least 1 (got ${draws}).`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32) {
    throw new RangeError(`The seed must be a whole number in [0, 2³²) (got ${seed}).`);
  }
  const { effect, participants } = input;
  checkEffect(effect);
  const discountRate = input.discountRate ?? GREEN_BOOK_DISCOUNT_RATE;
  const costs = costPerParticipantOverYears(input.costs, discountRate);
  if (!(costs.low > 0)) {
    throw new RangeError(
      `A benefit–cost ratio needs a positive cost in every draw, but the lowest costs add to ${costs.low} per participant.`,
    );
  }
  const central = valueForMoney({
    ...input,
    effect: effect.estimate,
    costPerParticipant: costs.perParticipant,
    participants,
  });
  const benefits = benefitFunction(input);

  const lines = input.costs.lines.map((l) => ({
    low: l.amountLow ?? l.amount,
    mode: l.amount,
    high: l.amountHigh ?? l.amount,
  }));
  const amounts = new Float64Array(lines.length);
  lines.forEach((l, i) => (amounts[i] = l.mode));
  const ranged = lines.flatMap((l, i) => (l.low < l.high ? [i] : []));
  const df = effect.df ?? null;
  const random = seededRandom(seed);

  const effects = new Float64Array(draws);
  const costDraws = new Float64Array(draws);
  const bcr = new Float64Array(draws);
  const npv = new Float64Array(draws);
  const npvCohort = new Float64Array(draws);
  let exceed = 0;
  for (let d = 0; d < draws; d++) {
    let g = effect.estimate;
    if (effect.se > 0) g += effect.se * (df === null ? random.normal() : sampleStudentT(random, df));
    for (const i of ranged) {
      const l = lines[i] as { low: number; mode: number; high: number };
      amounts[i] = sampleTriangular(random, l.low, l.mode, l.high);
    }
    const cost = weightedCost(amounts, costs.lines);
    const benefit = benefits(g);
    const net = benefit - cost;
    effects[d] = g;
    costDraws[d] = cost;
    bcr[d] = benefit / cost;
    npv[d] = net;
    npvCohort[d] = net * participants;
    if (net > 0) exceed++;
  }

  const chance = exceed / draws;
  return {
    draws,
    seed,
    percentileMethod: 'R quantile type 7',
    chanceBenefitsExceedCosts: chance,
    chanceStandardError: Math.sqrt((chance * (1 - chance)) / draws),
    benefitCostRatio: summariseDraws(bcr),
    npvPerParticipant: summariseDraws(npv),
    npvPerCohort: summariseDraws(npvCohort),
    central,
    costs,
    ...(input.keepSamples
      ? {
          samples: {
            effect: effects,
            costPerParticipant: costDraws,
            benefitCostRatio: bcr,
            npvPerParticipant: npv,
          },
        }
      : {}),
  };
}
