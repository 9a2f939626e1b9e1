// What the Compare screen takes and gives back (issue 6): the need-led filters, the candidates
// that match them with the headline figures to choose by, the side-by-side comparison of 2–6
// interventions on one outcome, the local figures every number is worked out with, and the
// shortlist a commissioning brief starts from.
//
// Every figure of the comparison is the one the Evidence and Value tabs show (the same services
// compute it); a figure that cannot be worked out says what is missing, never zero.
import { z } from 'zod';
import type { CostRating } from '../analysis/ratings/cost-rating';
import { idList, InterventionFiltersSchema, type InterventionRow, type NamedRef } from './catalogue';
import { ActorSchema } from './editing';
import { type FrameworkRatings, POOLING_METHODS, POOLING_TESTS, type Translation } from './evidence';
import type { Figure, UnitCost, ValueReport } from './value';
import { SETTINGS, type Setting, STRANDS, type Strand, TIERS, type Tier } from './vocabulary';

const recordId = z.string().min(1, 'an id is required').max(120);

/** The fewest and most interventions a comparison holds. */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 6;

/** A commissioner's need: what to change, for whom, where, and at what cost per participant. */
export const CompareFiltersSchema = z
  .object({
    /** The outcome domain to change: candidates have results on it, and effects are on it. */
    outcomeId: recordId.optional(),
    /** Interventions whose target ages overlap this band (unknown ages are kept). */
    ages: InterventionFiltersSchema.shape.ages,
    settings: z.array(z.enum(SETTINGS)).max(SETTINGS.length).optional(),
    tier: z.array(z.enum(TIERS)).max(TIERS.length).optional(),
    strand: z.array(z.enum(STRANDS)).max(STRANDS.length).optional(),
    /** Boroughs or other areas: an intervention delivered there, or across the region holding it. */
    areaId: idList.optional(),
    /** The budget: cost per participant in the library's price year, at most this (£). */
    maxCostPerParticipant: z
      .number({ error: 'give the budget as a number of pounds' })
      .finite()
      .positive('the budget per participant must be above £0')
      .optional(),
  })
  .strict();
export type CompareFilters = z.infer<typeof CompareFiltersSchema>;

export const CandidatesInputSchema = CompareFiltersSchema.extend({
  method: z.enum(POOLING_METHODS).default('REML'),
  test: z.enum(POOLING_TESTS).default('knha'),
}).strict();
export type CandidatesInput = z.input<typeof CandidatesInputSchema>;

/** The figures in use on the screen: the price year and index, discount rate, and the outcome's local rate and unit costs. */
export interface LocalFigures {
  settings: ValueReport['settings'];
  discountRateSource: string;
  /** The outcome the local rate and unit costs are for; null when no outcome is chosen. */
  outcome: (NamedRef & { higherIsBetter: boolean }) | null;
  /** The library's baseline rate of the outcome (the area's own first); null when it has none. */
  baselineRate: {
    rate: number;
    area: string | null;
    population: string | null;
    year: number | null;
    source: string;
  } | null;
  /** Unit costs of the outcome in Library settings (the first is the one valued). */
  unitCosts: UnitCost[];
}

/** One intervention that meets the need (its catalogue row), with the figures to choose by. */
export interface CompareCandidate extends Omit<InterventionRow, 'costPerParticipant' | 'illustrativeFields'> {
  settings: Setting[];
  /** The (pooled) effect on the chosen outcome, as the Evidence tab gives it; null without an outcome. */
  effect: {
    studies: number;
    /** Null when no result could be standardised. */
    estimate: number | null;
    ciLower: number | null;
    ciUpper: number | null;
    /** Relative change of the outcome's rate at the baseline (−0.18 = 18% fewer), when there is a baseline. */
    relativeChange: number | null;
  } | null;
  /** Cost per participant in the analysis price year, as value/get works it out; null with `costMissing` when it cannot be. */
  costPerParticipant: number | null;
  costMissing: string | null;
  illustrative: boolean;
}

export interface CandidatesResult {
  outcome: (NamedRef & { higherIsBetter: boolean }) | null;
  /** The figures in use, for the banner (the baseline rate of the one area chosen, if one is). */
  local: LocalFigures;
  /** How many match the need (after the budget). */
  total: number;
  candidates: CompareCandidate[];
  /** Candidates left out by a budget because their cost per participant cannot be worked out. */
  withoutCost: number;
}

export const CompareInputSchema = z
  .object({
    ids: z
      .array(recordId)
      .min(COMPARE_MIN, `choose at least ${COMPARE_MIN} interventions to compare`)
      .max(COMPARE_MAX, `compare at most ${COMPARE_MAX} interventions at once`)
      .refine((ids) => new Set(ids).size === ids.length, 'each intervention may be chosen once'),
    outcomeId: recordId,
    /** Prefer this area's baseline rate over the library-wide one. */
    areaId: recordId.optional(),
    method: z.enum(POOLING_METHODS).default('REML'),
    test: z.enum(POOLING_TESTS).default('knha'),
  })
  .strict();
export type CompareInput = z.input<typeof CompareInputSchema>;

/** The value figures a comparison shows, by the value report's own keys. */
export const COMPARED_VALUE_KEYS = [
  'costPerParticipant',
  'costBand',
  'costPerOutcome',
  'benefitCostRatio',
  'chanceBenefitsExceedCosts',
] as const;
export type ComparedValueKey = (typeof COMPARED_VALUE_KEYS)[number];

export type EffectFigure =
  | {
      status: 'ok';
      studies: number;
      /** True when two or more studies were pooled; false: one study's own estimate. */
      pooled: boolean;
      estimate: number;
      ciLower: number;
      ciUpper: number;
      /** Null for one study or a common-effect model. */
      piLower: number | null;
      piUpper: number | null;
      note: string | null;
    }
  | { status: 'missing'; needed: string };

export type GapKind =
  | 'no-outcome-evidence'
  | 'single-study'
  | 'no-uk-evaluation'
  | 'no-independent-evaluation'
  | 'no-cost-data'
  | 'illustrative';

export interface ComparedIntervention {
  intervention: NamedRef & { summary: string; approachType: NamedRef };
  /** Every framework's rating with its explanation (the ratings service's own). */
  ratings: FrameworkRatings[];
  effect: EffectFigure;
  /** "% reduction" and NNT at the local baseline; null with `translationNote` when there is none. */
  translation: Translation | null;
  translationNote: string | null;
  /** The value report's figures for the outcome (value/get's own). */
  value: Record<ComparedValueKey, Figure>;
  costBand: CostRating | null;
  fit: {
    ageMin: number | null;
    ageMax: number | null;
    settings: Setting[];
    areas: NamedRef[];
    tier: Tier;
    strand: Strand;
  };
  /** What the library holds about being ready to deliver; null: not recorded. */
  readiness: {
    manualAvailable: boolean | null;
    /** The library records no training field: the staffing note is the nearest. */
    staffing: string | null;
    /** Places it is delivered (its areas) and how many young people a year. */
    sites: number;
    reachPerYear: number | null;
    evaluations: number;
    independentEvaluations: number;
  };
  gaps: { kind: GapKind; text: string }[];
  illustrative: boolean;
}

/** Rows whose best value is marked (the highest, or the lowest for costs). */
export const BEST_ROWS = [
  'effect',
  'nnt',
  'costPerParticipant',
  'costPerOutcome',
  'benefitCostRatio',
  'chanceBenefitsExceedCosts',
] as const;
export type BestRow = (typeof BEST_ROWS)[number];

export interface Comparison {
  outcome: NamedRef & { higherIsBetter: boolean };
  local: LocalFigures;
  method: (typeof POOLING_METHODS)[number];
  test: (typeof POOLING_TESTS)[number];
  interventions: ComparedIntervention[];
  /** For each row, the ids of the interventions with the best value (ties share it; empty when under two have one). */
  best: Record<BestRow, string[]>;
}

// ---------------------------------------------------------------------------------------------
// The shortlist: interventions chosen for a commissioning brief.

export interface ShortlistEntry {
  intervention: NamedRef & { approachType: NamedRef };
  /** The outcome it was chosen for, when it was added from a comparison. */
  outcome: NamedRef | null;
  note: string | null;
  addedBy: string;
  addedAt: string;
}

export const ShortlistAddSchema = z
  .object({
    interventionId: recordId,
    outcomeId: recordId.nullable().default(null),
    note: z.string().trim().max(2000).nullable().default(null),
    by: ActorSchema,
  })
  .strict();
export type ShortlistAdd = z.input<typeof ShortlistAddSchema>;

export const ShortlistRemoveSchema = z.object({ interventionId: recordId, by: ActorSchema }).strict();
