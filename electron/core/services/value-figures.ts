// The pieces every figure of the value report is built from: its label, its inputs (each with where
// it came from) and, when it cannot be computed, what is missing and where to supply it.
import {
  MissingPriceIndexError,
  type PriceIndex,
  priceYearFactor,
} from '../../../shared/analysis/costs/price-index';
import type {
  ComputedFigure,
  Figure,
  FigureInput,
  FigureKey,
  FigureUnit,
  MissingInput,
} from '../../../shared/model/value';

/** Value-for-money figures are in pounds: items and unit costs in other currencies are reported as missing. */
export const CURRENCY = 'GBP';
export const PRICE_INDEX_NAME = 'UK GDP deflator at market prices';

const LABELS: Record<FigureKey, string> = {
  costPerParticipant: 'Cost per participant',
  costBand: 'EIF cost rating',
  pooledEffect: 'Pooled effect',
  baselineRate: 'Baseline rate',
  nnt: 'Number needed to treat',
  costPerOutcome: 'Cost per outcome achieved',
  unitCost: 'Unit cost of the outcome',
  benefitsPerParticipant: 'Benefits per participant',
  benefitCostRatio: 'Benefit–cost ratio',
  npvPerParticipant: 'Net present value per participant',
  npvPerCohort: 'Net present value per cohort',
  breakEvenEffect: 'Break-even effect size',
  chanceBenefitsExceedCosts: 'Chance benefits exceed costs',
};

export function missingFigure(key: FigureKey, missing: readonly MissingInput[]): Figure {
  // The same need can reach a figure by several routes: list it once.
  const seen = new Set<string>();
  const unique = missing.filter((m) => {
    const id = `${m.input}/${m.recordId ?? ''}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return { key, label: LABELS[key], status: 'missing', missing: unique };
}

export function figure(
  key: FigureKey,
  parts: Omit<ComputedFigure, 'key' | 'label' | 'status' | 'notes' | 'interval'> &
    Partial<Pick<ComputedFigure, 'notes' | 'interval'>>,
): ComputedFigure {
  return { key, label: LABELS[key], status: 'ok', interval: null, notes: [], ...parts };
}

/** One input of a figure; `from` names the figure it is, so the UI can expand it in turn. */
export function input(
  name: string,
  value: number | string,
  unit: FigureUnit | null,
  source: string | null = null,
  from?: FigureKey,
): FigureInput {
  return from === undefined ? { name, value, unit, source } : { name, value, unit, source, figure: from };
}

export function missingOf(f: Figure): MissingInput[] {
  return f.status === 'missing' ? f.missing : [];
}

const needIndex = (year: number): MissingInput => ({
  input: 'priceIndex',
  needed: `The ${PRICE_INDEX_NAME} for ${year}: paste the series in Library settings.`,
  where: 'library-settings',
  recordId: String(year),
});

/**
 * index[to] ÷ index[from], or null with the index year that is missing added to `missing` (every
 * year, when there is no analysis price year at all because the index is empty).
 */
export function priceFactorOrMissing(
  from: number,
  to: number | null,
  index: PriceIndex,
  missing: MissingInput[],
): number | null {
  if (to === null) {
    missing.push(needIndex(from));
    return null;
  }
  try {
    return priceYearFactor(from, to, index);
  } catch (error) {
    if (!(error instanceof MissingPriceIndexError)) throw error;
    missing.push(needIndex(error.year));
    return null;
  }
}

/** The effect valued: the pooled estimate (or a single study's) with its sampling uncertainty. */
export interface EffectInUse {
  estimate: number;
  se: number;
  df: number | null;
  ciLower: number;
  ciUpper: number;
}
