// Value for money of an intervention against one outcome (domain.md, Green Book): what it costs per
// participant in one price year, discounted; what it costs per outcome achieved; what the outcomes it
// avoids are worth; the benefit–cost ratio, net present value and the effect size that breaks even.
//
// Conventions (each stated where it is used as well):
// - Costs: every line is brought to the analysis price year with the price index, divided by the
//   participants it covers (per its basis, as cost-per-participant.ts does) and discounted from the
//   programme years it falls in (year 0 undiscounted; see costSchedule for a line over several
//   years). The central figure uses each line's amount; its low/high range, when recorded, bounds
//   it and feeds the Monte Carlo.
// - Outcomes avoided per participant are |p0 − p1| from translate.ts, signed: positive when the
//   effect is beneficial (g > 0), negative when harmful. Signing keeps benefits increasing in g, so
//   a harmful draw in the Monte Carlo costs money rather than counting as a benefit.
// - Benefits = outcomes avoided × unit cost of the outcome × Σₜ wₜ/(1+r)ᵗ, where the timing weights
//   wₜ say how the avoided outcomes fall over the follow-up years (default [1]: all in year 0).
import { amountsPaid, type CostItemInput, costSchedule } from '../cost-per-participant';
import { type CostRating, eifCostRating } from '../ratings/cost-rating';
import { translateEffect } from '../translate';
import { discountFactor, GREEN_BOOK_DISCOUNT_RATE, presentValue } from './discounting';
import { type PriceIndex, priceYearFactor } from './price-index';

/** A recorded cost item placed in the years of the programme. */
export interface CostLine extends CostItemInput {
  /** The programme year the cost falls in (the first of its years): 0, the default, is not discounted. */
  year?: number;
}

/** A programme's cost lines and the price year they are all to be expressed in. */
export interface ProgrammeCosts {
  lines: readonly CostLine[];
  /** The analysis price year: every figure is in this year's prices. */
  priceYear: number;
  priceIndex: PriceIndex;
}

export type CostInputProblem =
  'no-cost-data' | 'mixed-currencies' | 'missing-participants' | 'invalid-amount';

/** Thrown when cost lines cannot give a cost per participant; `code` says what is missing or wrong. */
export class CostInputError extends RangeError {
  override readonly name = 'CostInputError';

  constructor(
    readonly code: CostInputProblem,
    message: string,
    readonly lineId: string | null = null,
  ) {
    super(message);
  }
}

/** One cost line's contribution to the cost per participant, with the factors that produced it. */
export interface CostLineShare {
  id: string;
  /** The first programme year the line falls in. */
  year: number;
  /** The share of the amount in each of its years from `year` (costSchedule). */
  schedule: number[];
  /** The participants the amount covers: 1 for a per-participant amount. */
  participants: number;
  /** index[analysis year] / index[the line's price year]. */
  priceFactor: number;
  /** Σₜ scheduleₜ/(1+r)^(year+t): the present value of one pound of the amount; 1/(1+r)^year for one year. */
  discountFactor: number;
  /** What one pound of the line's amount adds to the cost per participant: priceFactor × discountFactor ÷ participants. */
  weight: number;
  /** Present value per participant, in analysis prices, from the amount, the low and the high. */
  perParticipant: number;
  low: number;
  high: number;
}

/** Cost per participant over the programme's years, in one price year. */
export interface CostOverYears {
  currency: string;
  priceYear: number;
  discountRate: number;
  /** Present value per participant: the central figure. */
  perParticipant: number;
  /** The same from every line's low and high amount (the amount where no range is recorded). */
  low: number;
  high: number;
  /** Converted to the analysis price year but not discounted. */
  undiscountedPerParticipant: number;
  /** EIF cost rating of the present value per participant. */
  band: CostRating;
  lines: CostLineShare[];
}

function finiteNonNegative(value: number, what: string, lineId: string): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new CostInputError('invalid-amount', `${what} must be zero or more (got ${value}).`, lineId);
  }
}

function lineShare(line: CostLine, costs: ProgrammeCosts, discountRate: number): CostLineShare {
  const year = line.year ?? 0;
  const low = line.amountLow ?? line.amount;
  const high = line.amountHigh ?? line.amount;
  finiteNonNegative(line.amount, `The amount of cost item ${line.id}`, line.id);
  finiteNonNegative(low, `The low amount of cost item ${line.id}`, line.id);
  finiteNonNegative(high, `The high amount of cost item ${line.id}`, line.id);
  if (!(low <= line.amount && line.amount <= high)) {
    throw new CostInputError(
      'invalid-amount',
      `Cost item ${line.id} needs low ≤ amount ≤ high (got ${low}, ${line.amount}, ${high}).`,
      line.id,
    );
  }
  let participants = 1;
  if (line.basis !== 'per-participant') {
    const n = line.participants;
    if (n === undefined || n === null || !(n > 0) || !Number.isFinite(n)) {
      throw new CostInputError(
        'missing-participants',
        `Cost item ${line.id} is ${line.basis} but has no number of participants.`,
        line.id,
      );
    }
    participants = n;
  }
  const priceFactor = priceYearFactor(line.priceYear, costs.priceYear, costs.priceIndex);
  const schedule = costSchedule(line.basis, line.years ?? null);
  const factor = scheduleDiscountFactor(year, schedule, discountRate);
  const weight = (priceFactor * factor) / participants;
  return {
    id: line.id,
    year,
    schedule,
    participants,
    priceFactor,
    discountFactor: factor,
    weight,
    perParticipant: line.amount * weight,
    low: low * weight,
    high: high * weight,
  };
}

/** Σₜ scheduleₜ/(1+r)^(year+t): what one pound of a line's amount is worth in present value over its years. */
export function scheduleDiscountFactor(year: number, schedule: readonly number[], rate: number): number {
  return schedule.reduce((total, share, t) => total + share * discountFactor(year + t, rate), 0);
}

/** The same lines' weights at another discount rate (price factors, schedules and participants unchanged). */
export function atDiscountRate(shares: readonly CostLineShare[], rate: number): CostLineShare[] {
  return shares.map((s) => {
    const factor = scheduleDiscountFactor(s.year, s.schedule, rate);
    const weight = (s.priceFactor * factor) / s.participants;
    const per = (amount: number) => (amount * weight) / s.weight;
    return {
      ...s,
      discountFactor: factor,
      weight,
      perParticipant: per(s.perParticipant),
      low: per(s.low),
      high: per(s.high),
    };
  });
}

/** Σ amountᵢ × weightᵢ, in line order: the one sum both the central figure and each Monte Carlo draw use. */
export function weightedCost(amounts: ArrayLike<number>, shares: readonly CostLineShare[]): number {
  let total = 0;
  for (let i = 0; i < shares.length; i++)
    total += (amounts[i] as number) * (shares[i] as CostLineShare).weight;
  return total;
}

/** Cost per participant over several years: each line in the analysis price year, per participant, discounted. */
export function costPerParticipantOverYears(
  costs: ProgrammeCosts,
  discountRate: number = GREEN_BOOK_DISCOUNT_RATE,
): CostOverYears {
  const first = costs.lines[0];
  if (first === undefined) throw new CostInputError('no-cost-data', 'No cost data recorded.');
  const other = costs.lines.find((l) => l.currency !== first.currency);
  if (other !== undefined) {
    throw new CostInputError(
      'mixed-currencies',
      `Cost items are in different currencies (${first.currency}, ${other.currency}) and cannot be added together.`,
      other.id,
    );
  }
  const lines = costs.lines.map((line) => lineShare(line, costs, discountRate));
  const perParticipant = weightedCost(
    costs.lines.map((l) => l.amount),
    lines,
  );
  let undiscounted = 0;
  costs.lines.forEach((line, i) => {
    const share = lines[i] as CostLineShare;
    undiscounted += (line.amount * share.priceFactor * amountsPaid(share.schedule)) / share.participants;
  });
  return {
    currency: first.currency,
    priceYear: costs.priceYear,
    discountRate,
    perParticipant,
    low: lines.reduce((t, s) => t + s.low, 0),
    high: lines.reduce((t, s) => t + s.high, 0),
    undiscountedPerParticipant: undiscounted,
    band: eifCostRating(perParticipant),
    lines,
  };
}

/** The benefit side of the appraisal: everything but the effect size. */
export interface BenefitAssumptions {
  /** The rate of the outcome event without the intervention (the local baseline), between 0 and 1. */
  baselineRate: number;
  /** True when the event is a good one (e.g. attending), so beneficial means more of it. */
  higherIsBetter: boolean;
  /** The value of one outcome event avoided (or achieved, for a good event), in analysis prices. */
  unitCost: number;
  /**
   * How the outcomes avoided per participant fall over the years from year 0: weight wₜ in year t.
   * [1] (the default): all in year 0. [0.5, 0.5]: spread over a two-year follow-up. [1, 1, 1]: an
   * annual rate reduced in each of three years.
   */
  benefitTiming?: readonly number[];
  /** Discount rate for benefits and costs; the Green Book's 3.5% by default. */
  discountRate?: number;
}

/** Weights spreading the avoided outcomes evenly over `years` follow-up years (each 1/years). */
export function evenTiming(years: number): number[] {
  if (!Number.isInteger(years) || years < 1) {
    throw new RangeError(`The follow-up must be a whole number of years, at least 1 (got ${years}).`);
  }
  return Array.from({ length: years }, () => 1 / years);
}

/** Σₜ wₜ/(1+r)ᵗ: what one outcome avoided per participant, spread as the timing says, is worth per £ of unit cost. */
export function benefitTimingFactor(
  timing: readonly number[] = [1],
  rate: number = GREEN_BOOK_DISCOUNT_RATE,
): number {
  if (timing.length === 0) throw new RangeError('The benefit timing needs at least one year.');
  timing.forEach((w, t) => {
    if (!Number.isFinite(w) || w < 0) {
      throw new RangeError(`The benefit timing weight for year ${t} must be zero or more (got ${w}).`);
    }
  });
  return presentValue(timing, rate);
}

/** Outcomes avoided per participant, |p0 − p1| signed positive for a beneficial effect and negative for a harmful one. */
export function outcomesAvoided(effect: number, baselineRate: number, higherIsBetter: boolean): number {
  if (!Number.isFinite(effect)) throw new RangeError(`The effect size must be a number (got ${effect}).`);
  // No effect, no outcomes avoided: exactly, not the 1e-17 that p0 → odds → p1 leaves behind.
  if (effect === 0) return 0;
  const { interventionRate } = translateEffect({ effect, baselineRate, higherIsBetter });
  // For a huge effect on a good event the odds overflow to ∞ and translate.ts gives ∞/∞ = NaN; the
  // limit is p1 = 1. (A huge effect on a bad event underflows to p1 = 0 by itself.)
  const p1 = Number.isNaN(interventionRate) ? 1 : interventionRate;
  const difference = Math.abs(baselineRate - p1);
  return effect >= 0 ? difference : -difference;
}

/**
 * The function g ↦ present value of benefits per participant with everything else fixed. It is
 * increasing in g (p1 is a logistic function of g), bounded by p0 (or 1 − p0 for a good event) ×
 * unit cost × timing factor; break-even and the Monte Carlo both evaluate it.
 */
export function benefitFunction(assumptions: BenefitAssumptions): (effect: number) => number {
  const { baselineRate, higherIsBetter, unitCost } = assumptions;
  if (!Number.isFinite(unitCost) || unitCost < 0) {
    throw new RangeError(`The unit cost of the outcome must be zero or more (got ${unitCost}).`);
  }
  if (!(baselineRate > 0 && baselineRate < 1)) {
    throw new RangeError(`The baseline rate must be between 0 and 1 (got ${baselineRate}).`);
  }
  const perOutcome = valuePerOutcomeAvoided(assumptions);
  return (effect) => outcomesAvoided(effect, baselineRate, higherIsBetter) * perOutcome;
}

function valuePerOutcomeAvoided(assumptions: BenefitAssumptions): number {
  const rate = assumptions.discountRate ?? GREEN_BOOK_DISCOUNT_RATE;
  return assumptions.unitCost * benefitTimingFactor(assumptions.benefitTiming, rate);
}

/** Cost per outcome achieved = cost per participant × NNT; null when there is no NNT (no beneficial effect). */
export function costPerOutcome(costPerParticipant: number, nnt: number | null): number | null {
  return nnt === null ? null : costPerParticipant * nnt;
}

/** Everything valueForMoney needs: the benefit assumptions, the effect, and the cost side. */
export interface ValueInput extends BenefitAssumptions {
  /** Pooled standardised effect (g), positive = beneficial. */
  effect: number;
  /** Present value of costs per participant in analysis prices (costPerParticipantOverYears().perParticipant). */
  costPerParticipant: number;
  /** Participants in one cohort, for the cohort's net present value. */
  participants: number;
}

/** The deterministic appraisal at one effect size. */
export interface ValueForMoney {
  effect: number;
  baselineRate: number;
  interventionRate: number;
  oddsRatio: number;
  /** Signed: negative when the effect is harmful. */
  outcomesAvoidedPerParticipant: number;
  nnt: number | null;
  costPerParticipant: number;
  costPerOutcome: number | null;
  benefitsPerParticipant: number;
  benefitCostRatio: number;
  npvPerParticipant: number;
  npvPerCohort: number;
  participants: number;
  discountRate: number;
}

function checkCostSide(costPerParticipant: number, participants: number): void {
  if (!Number.isFinite(costPerParticipant) || costPerParticipant <= 0) {
    throw new RangeError(
      `A benefit–cost ratio needs a positive cost per participant (got ${costPerParticipant}).`,
    );
  }
  if (!Number.isFinite(participants) || participants <= 0) {
    throw new RangeError(`The cohort needs a positive number of participants (got ${participants}).`);
  }
}

/** Benefits, BCR (benefits ÷ costs) and NPV (benefits − costs) per participant and per cohort at one effect size. */
export function valueForMoney(input: ValueInput): ValueForMoney {
  const { effect, baselineRate, higherIsBetter, costPerParticipant, participants } = input;
  checkCostSide(costPerParticipant, participants);
  const benefits = benefitFunction(input)(effect);
  const translated = translateEffect({ effect, baselineRate, higherIsBetter });
  const npvPerParticipant = benefits - costPerParticipant;
  return {
    effect,
    baselineRate,
    interventionRate: translated.interventionRate,
    oddsRatio: translated.oddsRatio,
    outcomesAvoidedPerParticipant: outcomesAvoided(effect, baselineRate, higherIsBetter),
    nnt: translated.nnt,
    costPerParticipant,
    costPerOutcome: costPerOutcome(costPerParticipant, translated.nnt),
    benefitsPerParticipant: benefits,
    benefitCostRatio: benefits / costPerParticipant,
    npvPerParticipant,
    npvPerCohort: npvPerParticipant * participants,
    participants,
    discountRate: input.discountRate ?? GREEN_BOOK_DISCOUNT_RATE,
  };
}

/** Doublings of the upper bracket before giving up: g = 2¹⁰ is far beyond any plausible effect. */
const MAX_BRACKET_DOUBLINGS = 10;
const MAX_BISECTIONS = 200;

/**
 * The break-even effect size: the smallest g at which benefits per participant ≥ costs (NPV ≥ 0),
 * with every other input fixed; null when no effect can pay back, because even removing every
 * outcome (p1 → 0, or 1 for a good event) is worth less than the cost.
 *
 * Method: NPV(g) = benefits(g) − cost is continuous and increasing in g, negative at g = 0 (no
 * outcomes avoided, positive cost). The upper end of the bracket starts at g = 1 and doubles until
 * NPV ≥ 0; then bisection halves [lo, hi], keeping NPV(lo) < 0 ≤ NPV(hi), until the two ends are
 * adjacent doubles. It needs no derivative and cannot diverge, and returning `hi` guarantees NPV ≥ 0
 * at the answer. (The closed form g = (logit p0 − logit p1*)·√3/π with p1* = p0 − cost/(unit cost ×
 * timing factor) agrees; bisection is kept so the answer is found on exactly the function the
 * appraisal and the Monte Carlo evaluate.)
 */
export function breakEvenEffect(input: BenefitAssumptions & { costPerParticipant: number }): number | null {
  const { costPerParticipant } = input;
  checkCostSide(costPerParticipant, 1);
  const benefits = benefitFunction(input);
  // Benefits as g → ∞, computed as benefits(g) computes them: every outcome avoided (or achieved).
  const ceiling =
    Math.abs(input.baselineRate - (input.higherIsBetter ? 1 : 0)) * valuePerOutcomeAvoided(input);
  if (!(ceiling > costPerParticipant)) return null;
  const npv = (g: number) => benefits(g) - costPerParticipant;
  let lo = 0;
  let hi = 1;
  for (let i = 0; npv(hi) < 0; i++) {
    if (i === MAX_BRACKET_DOUBLINGS) return null;
    lo = hi;
    hi *= 2;
  }
  for (let i = 0; i < MAX_BISECTIONS; i++) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) break;
    if (npv(mid) >= 0) hi = mid;
    else lo = mid;
  }
  return hi;
}
