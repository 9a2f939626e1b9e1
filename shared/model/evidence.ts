// What the Evidence tab shows for one intervention: each outcome result as a standardised effect
// with how it was derived, the pooled estimate per outcome, what it means at a baseline rate, and
// the standards-of-evidence ratings with their explanations and any override.
import { z } from 'zod';
import type { RmaFit } from '../analysis/meta-analysis';
import type { CostRating } from '../analysis/ratings/cost-rating';
import type { Rating } from '../analysis/ratings/evaluate';
import type { ImpactBand } from '../analysis/ratings/yef';
import type { NamedRef } from './catalogue';

export const POOLING_METHODS = ['REML', 'DL', 'EE', 'FE'] as const;
export type PoolingMethod = (typeof POOLING_METHODS)[number];
export const POOLING_METHOD_LABELS: Record<PoolingMethod, string> = {
  REML: 'Random effects (REML)',
  DL: 'Random effects (DerSimonian–Laird)',
  EE: 'Equal effects (common effect)',
  FE: 'Fixed effects (inverse variance)',
};
export const POOLING_TESTS = ['knha', 'z'] as const;
export type PoolingTest = (typeof POOLING_TESTS)[number];
export const POOLING_TEST_LABELS: Record<PoolingTest, string> = {
  knha: 'Hartung–Knapp (t, k−1 df)',
  z: 'Normal (z)',
};

export const EvidenceInputSchema = z
  .object({
    interventionId: z.string().min(1).max(120),
    method: z.enum(POOLING_METHODS).default('REML'),
    test: z.enum(POOLING_TESTS).default('knha'),
  })
  .strict();
export type EvidenceInput = z.input<typeof EvidenceInputSchema>;

/** One named number that went into a calculation, so the UI can show where a figure came from. */
export interface TraceValue {
  name: string;
  value: number;
}

/** How a study's standardised effect was worked out from what it reported. */
export interface EffectDerivation {
  /** e.g. "Hedges' g from group means, SDs and ns". */
  method: string;
  /** The formula(s) applied, in words and symbols. */
  formulas: string[];
  inputs: TraceValue[];
  /** Intermediate results in order (d, J, log odds ratio, …). */
  steps: TraceValue[];
  /** True when the sign was flipped so that positive means beneficial. */
  directionFlipped: boolean;
}

export interface StudyEffect {
  outcomeResultId: string;
  evaluation: NamedRef & { year: number | null };
  outcome: NamedRef;
  measureName: string;
  timePointMonths: number | null;
  illustrative: boolean;
  /** Standardised mean difference (Hedges' g scale), positive = beneficial; null when excluded. */
  yi: number | null;
  vi: number | null;
  ciLower: number | null;
  ciUpper: number | null;
  derivation: EffectDerivation | null;
  /** Why this result cannot be expressed as a standardised effect. */
  excludedReason: string | null;
}

/** A pooled estimate, with metafor's names for its parts (as `ewb meta` prints them). */
export type PooledModel = Omit<RmaFit, 'weights_pct'>;

export interface PooledStudy {
  outcomeResultId: string;
  label: string;
  yi: number;
  vi: number;
  /** Standard error, √vi (the funnel plot's axis). */
  sei: number;
  ciLower: number;
  ciUpper: number;
  weightPct: number;
}

/** The pooled effect in words a board understands, at a stated baseline rate. */
export interface Translation {
  baselineRate: number;
  baselineSource: string;
  /** The rate expected with the intervention. */
  interventionRate: number;
  /** Relative change from the baseline, e.g. -0.18 for 18% fewer. */
  relativeChange: number;
  /** Number needed to treat for one more good outcome (or one fewer bad one); null when no benefit. */
  nnt: number | null;
  /** The pooled effect as an odds ratio for the outcome event (ln OR = −g·π/√3 for outcomes to reduce). */
  oddsRatio: number;
}

export interface PooledOutcome {
  outcome: NamedRef & { higherIsBetter: boolean };
  studies: PooledStudy[];
  /** Null when fewer than two studies can be pooled (see `note`). */
  model: PooledModel | null;
  note: string | null;
  translation: Translation | null;
  /** Why no translation is shown (no baseline rate, or not an event outcome). */
  translationNote: string | null;
}

export interface RatingOverrideView {
  level: string;
  computedLevel: string;
  reason: string;
  overriddenBy: string;
  overriddenAt: string;
}

export interface RatedSubject extends Rating {
  override: RatingOverrideView | null;
}

export interface FrameworkRatings {
  framework: { id: string; name: string; source: string; scope: 'intervention' | 'outcome' | 'study' };
  /** The levels a researcher may choose from when overriding. */
  levelChoices: { id: string; label: string }[];
  ratings: RatedSubject[];
}

export interface EvidenceSummary {
  interventionId: string;
  method: PoolingMethod;
  test: PoolingTest;
  effects: StudyEffect[];
  pooled: PooledOutcome[];
  ratings: FrameworkRatings[];
  costRating: (CostRating & { costPerParticipant: number; priceYear: number }) | null;
}

export const RatingOverrideInputSchema = z
  .object({
    interventionId: z.string().min(1).max(120),
    frameworkId: z.string().min(1).max(60),
    /** The outcome or study rated, or '' for the intervention as a whole. */
    subjectId: z.string().max(120).default(''),
    level: z.string().trim().min(1, 'choose a level'),
    reason: z.string().trim().min(3, 'give the reason for the override').max(2000),
    by: z.string().trim().min(1, 'say who is overriding').max(120),
  })
  .strict();
export type RatingOverrideInput = z.input<typeof RatingOverrideInputSchema>;

export const ClearOverrideInputSchema = z
  .object({
    interventionId: z.string().min(1).max(120),
    frameworkId: z.string().min(1).max(60),
    subjectId: z.string().max(120).default(''),
    by: z.string().trim().min(1, 'say who is clearing the override').max(120),
  })
  .strict();

export interface InterventionRatings {
  intervention: NamedRef;
  ratings: FrameworkRatings[];
}

export const ApproachSummaryInputSchema = z
  .object({ method: z.enum(POOLING_METHODS).default('REML'), test: z.enum(POOLING_TESTS).default('knha') })
  .strict();

/** A YEF Toolkit-style summary of one approach on one outcome, pooled over all its interventions. */
export interface ApproachOutcomeSummary {
  outcome: NamedRef & { higherIsBetter: boolean };
  studyCount: number;
  interventions: NamedRef[];
  pooled: PooledOutcome;
  /** The pooled effect as a beneficial % change at the baseline rate, or null without one. */
  beneficialChangePercent: number | null;
  impactBand: ImpactBand | null;
  evidenceQuality: Rating;
  /** True when any result pooled here is illustrative: its figures must carry the label. */
  illustrative: boolean;
}

/** What an approach's interventions cost per participant, in the library's price year. */
export interface ApproachCost {
  /** The median of its interventions' costs per participant (£). */
  medianPerParticipant: number;
  /** How many of its interventions have a cost per participant in the price year. */
  interventionsCosted: number;
  priceYear: number;
  rating: CostRating;
  /** True when any cost item behind the median is illustrative. */
  illustrative: boolean;
}

export interface ApproachSummary {
  approach: NamedRef;
  /** Its interventions and their evaluations, whatever they measured. */
  interventionCount: number;
  studyCount: number;
  /** Null when none of its interventions has a cost per participant in the price year. */
  cost: ApproachCost | null;
  outcomes: ApproachOutcomeSummary[];
}
