// What the Value tab and the Library settings page take and give back (issue 5): the value-for-
// money report of one intervention against one outcome, and the reference data it is computed
// from (price index, discount rate, unit costs of outcomes, baseline rates), each with its source.
//
// Every figure carries the inputs it came from (so the UI can expand it), and a figure that cannot
// be computed says what is missing and where to supply it: it is never reported as zero.
import { z } from 'zod';
import type { CostRating } from '../analysis/ratings/cost-rating';
import type { NamedRef } from './catalogue';
import { ActorSchema } from './editing';
import { POOLING_METHODS, POOLING_TESTS, type PoolingMethod, type PoolingTest } from './evidence';
import type { CostBasis, CostCategory } from './vocabulary';

// ---------------------------------------------------------------------------------------------
// Reference data: shapes, and the inputs that change it.

/** The one price index series the app uses (others may be stored; this one converts). */
export const GDP_DEFLATOR_SERIES = 'gdp-deflator';

const id = z
  .string()
  .min(1, 'an id is required')
  .max(120)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens');
const year = z
  .number({ error: 'give a year' })
  .int('give a whole year')
  .min(1900, 'give a year from 1900')
  .max(2100, 'give a year up to 2100');
const sourceText = z.string().trim().min(1, 'say where the figure comes from').max(2000);
/** When the source was published: YYYY, YYYY-MM or YYYY-MM-DD. */
const sourceDate = z
  .string()
  .trim()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use YYYY, YYYY-MM or YYYY-MM-DD');
const currency = z
  .string()
  .regex(/^[A-Z]{3}$/, 'use a three-letter currency code such as GBP')
  .default('GBP');

export interface PriceIndexRow {
  /** Calendar year, or the first year of a financial year (2015 for 2015-16). */
  year: number;
  value: number;
  source: string;
  sourceDate: string | null;
}

export interface UnitCost {
  id: string;
  /** The outcome domain it values; null when it matches none (it then values no outcome). */
  outcomeDomain: (NamedRef & { higherIsBetter: boolean }) | null;
  name: string;
  amount: number;
  currency: string;
  priceYear: number;
  /** Which agency bears the cost (police, NHS, victims…); null when the source does not say. */
  bearer: string | null;
  source: string;
  sourceDate: string | null;
}

export interface BaselineRateRow {
  id: string;
  outcomeDomain: NamedRef;
  /** Null: the library-wide rate. */
  area: NamedRef | null;
  /** The rate of the outcome event without the intervention, 0–1. */
  rate: number;
  population: string | null;
  year: number | null;
  source: string;
  sourceDate: string | null;
}

/** Everything the Library settings page shows and edits. */
export interface ValueSettings {
  /** The price year every figure is expressed in, and whether the user chose it. */
  priceYear: {
    value: number | null;
    /** True when no year is set and the latest year of the price index is used. */
    isDefault: boolean;
    /** The latest year the index covers (the default), null when the index is empty. */
    defaultValue: number | null;
  };
  discountRate: { value: number; isDefault: boolean; defaultValue: number; source: string };
  priceIndex: { series: string; name: string; rows: PriceIndexRow[] };
  unitCosts: UnitCost[];
  baselineRates: BaselineRateRow[];
}

export const ValueSettingsSaveSchema = z
  .object({
    /** Null: go back to the default (the latest year the index covers). */
    priceYear: year.nullable().optional(),
    /** A fraction: 0.035 for 3.5%. Null: go back to the Green Book's 3.5%. */
    discountRate: z
      .number({ error: 'give the discount rate as a number' })
      .finite()
      .min(0, 'the discount rate cannot be negative')
      .max(0.2, 'the discount rate must be at most 20% (0.2)')
      .nullable()
      .optional(),
    by: ActorSchema,
  })
  .strict()
  .refine((s) => s.priceYear !== undefined || s.discountRate !== undefined, {
    message: 'change the price year or the discount rate',
    path: ['priceYear'],
  });
export type ValueSettingsSave = z.input<typeof ValueSettingsSaveSchema>;

export const PriceIndexRowInputSchema = z
  .object({
    year,
    value: z.number({ error: 'give the index value' }).finite().positive('the index value must be above 0'),
  })
  .strict();

/** Replaces the whole series (what a pasted or imported table does), with one source for it. */
export const PriceIndexReplaceSchema = z
  .object({
    series: z.string().trim().min(1).max(60).default(GDP_DEFLATOR_SERIES),
    rows: z
      .array(PriceIndexRowInputSchema)
      .min(2, 'paste at least two years of the index')
      .max(300)
      .refine((rows) => new Set(rows.map((r) => r.year)).size === rows.length, 'each year may appear once'),
    source: sourceText,
    sourceDate: sourceDate.optional(),
    by: ActorSchema,
  })
  .strict();
export type PriceIndexReplace = z.input<typeof PriceIndexReplaceSchema>;

export const UnitCostSaveSchema = z
  .object({
    /** Absent: a new unit cost (its id is made from the name). */
    id: id.optional(),
    outcomeDomainId: id.nullable().default(null),
    name: z.string().trim().min(1, 'give the unit cost a name').max(200),
    amount: z.number({ error: 'give the amount' }).finite().nonnegative('the amount cannot be negative'),
    currency,
    priceYear: year,
    bearer: z.string().trim().max(200).nullable().default(null),
    source: sourceText,
    sourceDate: sourceDate.nullable().default(null),
    by: ActorSchema,
  })
  .strict();
export type UnitCostSave = z.input<typeof UnitCostSaveSchema>;

export const BaselineRateSaveSchema = z
  .object({
    id: id.optional(),
    outcomeDomainId: id,
    areaId: id.nullable().default(null),
    rate: z
      .number({ error: 'give the rate' })
      .finite()
      .gt(0, 'the rate must be above 0')
      .lt(1, 'the rate must be below 1'),
    population: z.string().trim().max(300).nullable().default(null),
    year: year.nullable().default(null),
    source: sourceText,
    sourceDate: sourceDate.nullable().default(null),
    by: ActorSchema,
  })
  .strict();
export type BaselineRateSave = z.input<typeof BaselineRateSaveSchema>;

export const ReferenceDeleteSchema = z.object({ id, by: ActorSchema }).strict();

// ---------------------------------------------------------------------------------------------
// The report: value/get.

export const ValueInputSchema = z
  .object({
    interventionId: z.string().min(1, 'an id is required').max(120),
    /** The outcome to value; by default the one with the most evidence (most studies pooled). */
    outcomeId: z.string().min(1).max(120).optional(),
    /** The unit cost to value the outcome with; by default the first (by name) linked to the outcome. */
    unitCostId: z.string().min(1).max(120).optional(),
    /** Prefer this area's baseline rate over the library-wide one. */
    areaId: z.string().min(1).max(120).optional(),
    method: z.enum(POOLING_METHODS).default('REML'),
    test: z.enum(POOLING_TESTS).default('knha'),
    draws: z
      .number()
      .int('give a whole number of draws')
      .min(10_000, 'use at least 10,000 draws')
      .max(200_000, 'use at most 200,000 draws')
      .default(10_000),
    seed: z
      .number()
      .int('give a whole-number seed')
      .min(0)
      .max(2 ** 32 - 1)
      .optional(),
  })
  .strict();
export type ValueInput = z.input<typeof ValueInputSchema>;

export type FigureUnit =
  'GBP' | 'ratio' | 'rate' | 'effect' | 'people' | 'probability' | 'factor' | 'year' | 'rating';

/** One named value that went into a figure, with where it came from. */
export interface FigureInput {
  name: string;
  value: number | string;
  unit: FigureUnit | null;
  /** A citation or a description of where the value came from; null when it is a setting or a constant. */
  source: string | null;
  /** The key of another figure in the report this value is, so the UI can expand it in turn. */
  figure?: FigureKey;
}

/** What a figure needs that the library does not have, and where the user can supply it. */
export interface MissingInput {
  /** e.g. 'baselineRate', 'unitCost', 'priceIndex', 'participants', 'pooledEffect', 'costItems'. */
  input: MissingInputKind;
  /** A sentence a person can act on: what is needed and where to add it. */
  needed: string;
  /** Where it is entered. */
  where: 'library-settings' | 'cost-items' | 'evidence';
  /** The record concerned (a cost item id, an outcome id, a year), when there is one. */
  recordId?: string;
}

export type MissingInputKind =
  | 'costItems'
  | 'participants'
  | 'priceIndex'
  | 'currency'
  | 'outcome'
  | 'pooledEffect'
  | 'baselineRate'
  | 'unitCost'
  | 'beneficialEffect'
  | 'positiveCost';

/** The figures that need every input: benefits and what they are set against. */
export const APPRAISAL_FIGURE_KEYS = [
  'benefitsPerParticipant',
  'benefitCostRatio',
  'npvPerParticipant',
  'npvPerCohort',
  'breakEvenEffect',
  'chanceBenefitsExceedCosts',
] as const;

export const FIGURE_KEYS = [
  'costPerParticipant',
  'costBand',
  'pooledEffect',
  'baselineRate',
  'nnt',
  'costPerOutcome',
  'unitCost',
  ...APPRAISAL_FIGURE_KEYS,
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

interface FigureHead {
  key: FigureKey;
  label: string;
}

/** A computed figure, its interval when it has one, and how it was worked out. */
export interface ComputedFigure extends FigureHead {
  status: 'ok';
  value: number;
  unit: FigureUnit;
  /** The interval and what it is (e.g. "from the pooled effect's 95% CI"); null bound = unbounded. */
  interval: { lower: number | null; upper: number | null; label: string } | null;
  /** The formula in words and symbols. */
  formula: string;
  inputs: FigureInput[];
  /** Caveats a reader must see (illustrative inputs, assumptions). */
  notes: string[];
}

/** A figure that cannot be computed, with everything it needs. */
export interface MissingFigure extends FigureHead {
  status: 'missing';
  missing: MissingInput[];
}

export type Figure = ComputedFigure | MissingFigure;

/** One cost item as the Value tab lists it: as recorded, and in the analysis price year. */
export interface ValueCostItem {
  id: string;
  description: string;
  category: CostCategory;
  basis: CostBasis;
  currency: string;
  priceYear: number;
  amount: number;
  amountLow: number | null;
  amountHigh: number | null;
  participants: number | null;
  /** The years it runs, as recorded (null: none recorded, so one year). */
  years: number | null;
  illustrative: boolean;
  /** In the analysis price year; null with `missing` when it cannot be converted. */
  converted: {
    priceFactor: number;
    /** The recorded amount (and its range) in the analysis price year, not discounted. */
    amount: number;
    low: number;
    high: number;
    /**
     * The year profile: what falls in each programme year from year 0 (a per-year amount in each of
     * its years; any other basis spread evenly over them), in analysis prices, and discounted.
     */
    schedule: { year: number; amount: number; discountFactor: number; presentValue: number }[];
    /** Σ of the schedule's amounts: the item's cost over all its years before discounting. */
    undiscounted: number;
    /** Σ of the schedule's present values: the item's cost over all its years. */
    presentValue: number;
    /** This item's share of the cost per participant (present value ÷ participants). */
    perParticipant: number | null;
    inputs: FigureInput[];
  } | null;
  missing: MissingInput[];
}

/** An outcome the intervention has evidence on, for the outcome picker. */
export interface ValueOutcomeChoice extends NamedRef {
  higherIsBetter: boolean;
  /** Studies pooled (one result per study). */
  studies: number;
  hasUnitCost: boolean;
  hasBaselineRate: boolean;
}

/** A summary of simulated draws (mean and R type-7 percentiles). */
export interface DrawSummaryView {
  mean: number;
  p025: number;
  p50: number;
  p975: number;
}

export interface HistogramBin {
  /** [lower, upper); the last bin includes its upper edge. */
  lower: number;
  upper: number;
  count: number;
}

export interface MonteCarloView {
  status: 'ok';
  draws: number;
  seed: number;
  percentileMethod: string;
  chanceBenefitsExceedCosts: number;
  chanceStandardError: number;
  benefitCostRatio: DrawSummaryView;
  npvPerParticipant: DrawSummaryView;
  /** Null when the cost items record no cohort size. */
  npvPerCohort: DrawSummaryView | null;
  /** Simulated net benefit (NPV) per participant, in analysis prices. */
  histogram: {
    quantity: 'npvPerParticipant';
    unit: 'GBP';
    bins: HistogramBin[];
    /** Draws outside the first and last bin (the histogram spans the 0.5th–99.5th percentiles). */
    below: number;
    above: number;
  };
  /** What was drawn, and from which distribution (in words). */
  uncertainInputs: { name: string; distribution: string }[];
  /** What was held fixed. */
  fixedInputs: FigureInput[];
}

/** One bar of the tornado: net benefit per participant with one input at its low and high value. */
export interface TornadoRow {
  /** A stable key: 'effect', 'baselineRate', 'unitCost', 'discountRate' or 'cost:<item id>'. */
  input: string;
  label: string;
  unit: FigureUnit;
  base: number;
  low: number;
  high: number;
  /** Where the low–high range comes from (a CI, the recorded range, or a stated assumption). */
  rangeSource: string;
  npvAtLow: number;
  npvAtHigh: number;
  /** |npvAtHigh − npvAtLow|: rows are sorted by it, largest first. */
  swing: number;
}

export interface ValueReport {
  intervention: NamedRef;
  /** The settings the report was computed with. */
  settings: {
    priceYear: number | null;
    priceYearIsDefault: boolean;
    discountRate: number;
    currency: string;
    priceIndex: {
      series: string;
      name: string;
      firstYear: number | null;
      lastYear: number | null;
      /** The releases the series' years come from (usually one), so every conversion names its source. */
      sources: { source: string; sourceDate: string | null }[];
    };
  };
  method: PoolingMethod;
  test: PoolingTest;
  /** The outcomes with evidence, most evidence first. */
  outcomes: ValueOutcomeChoice[];
  /** The outcome valued; null when the intervention has no evidence on any outcome. */
  outcome: (NamedRef & { higherIsBetter: boolean }) | null;
  /** The unit costs linked to that outcome (for the picker), and the one used (null: none linked). */
  unitCosts: UnitCost[];
  unitCost: UnitCost | null;
  costItems: ValueCostItem[];
  /** Participants in one cohort (the largest number recorded on a cost item), for NPV per cohort. */
  cohort: { participants: number; source: string } | null;
  /** Benefits are spread evenly over the follow-up years the studies measured. */
  benefitTiming: { years: number; weights: number[]; source: string };
  figures: Record<FigureKey, Figure>;
  /** EIF cost band of the cost per participant; null when that is missing. */
  costBand: CostRating | null;
  monteCarlo: MonteCarloView | MissingMonteCarlo;
  /** Sorted by swing, largest first; empty when NPV cannot be computed. */
  tornado: TornadoRow[];
  /** True when any input (cost item, outcome result) is illustrative. */
  illustrative: boolean;
}

export interface MissingMonteCarlo {
  status: 'missing';
  missing: MissingInput[];
}

// ---------------------------------------------------------------------------------------------
// Pasting a price index: the settings form turns pasted text into the rows price-index/replace takes.

export type PriceIndexPaste =
  { ok: true; rows: { year: number; value: number }[] } | { ok: false; line: number; message: string };

/**
 * Reads one year and one index value per line, as copied from a spreadsheet or a published table:
 * "2015-16  95.1", "2015/16,95.1" or "2015\t95.1" (a financial year is recorded by its first
 * year). Blank lines are skipped, and so is a first line that holds no year (a header); any other
 * line that cannot be read stops the paste, naming its line number.
 */
export function parsePriceIndexPaste(text: string): PriceIndexPaste {
  const rows: { year: number; value: number }[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === '') continue;
    const match = /^(\d{4})(?:\s*[-/–]\s*\d{2,4})?[\s,;\t]+([0-9][0-9,]*(?:\.\d+)?)\s*$/.exec(line);
    if (match === null) {
      if (rows.length === 0 && !/\d{4}/.test(line)) continue;
      return { ok: false, line: i + 1, message: `line ${i + 1}: expected a year and an index value` };
    }
    const year = Number(match[1]);
    const value = Number((match[2] as string).replace(/,/g, ''));
    if (rows.some((r) => r.year === year)) {
      return { ok: false, line: i + 1, message: `line ${i + 1}: ${year} appears twice` };
    }
    if (!(value > 0)) {
      return { ok: false, line: i + 1, message: `line ${i + 1}: the index value must be above 0` };
    }
    rows.push({ year, value });
  }
  if (rows.length < 2)
    return { ok: false, line: lines.length, message: 'paste at least two years of the index' };
  return { ok: true, rows };
}
