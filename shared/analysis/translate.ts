// A pooled standardised effect in words a board understands (domain.md): from a baseline rate p0,
// the odds of the outcome event change by the odds ratio the effect implies (ln OR = d·π/√3,
// Hasselblad & Hedges), giving the rate with the intervention, the relative change and the
// number needed to treat, 1/|p0 − p1|.

export interface TranslationInput {
  /** Pooled effect on the standardised scale, positive = beneficial. */
  effect: number;
  /** The rate of the outcome event without the intervention, between 0 and 1. */
  baselineRate: number;
  /** True when the event is a good one (e.g. attending), so beneficial means more of it. */
  higherIsBetter: boolean;
}

export interface TranslatedEffect {
  oddsRatio: number;
  interventionRate: number;
  relativeChange: number;
  /** Null when the effect is not beneficial: there is no number needed to treat. */
  nnt: number | null;
}

export function translateEffect({
  effect,
  baselineRate,
  higherIsBetter,
}: TranslationInput): TranslatedEffect {
  if (!(baselineRate > 0 && baselineRate < 1)) {
    throw new RangeError(`The baseline rate must be between 0 and 1 (got ${baselineRate}).`);
  }
  const lnOrBenefit = (effect * Math.PI) / Math.sqrt(3);
  // Beneficial means more of a good event, or less of a bad one.
  const oddsRatio = Math.exp(higherIsBetter ? lnOrBenefit : -lnOrBenefit);
  const odds = (baselineRate / (1 - baselineRate)) * oddsRatio;
  const interventionRate = odds / (1 + odds);
  const difference = Math.abs(interventionRate - baselineRate);
  return {
    oddsRatio,
    interventionRate,
    relativeChange: (interventionRate - baselineRate) / baselineRate,
    nnt: effect > 0 && difference > 0 ? 1 / difference : null,
  };
}
