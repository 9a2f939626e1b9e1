// A provider's self-assessment of an intervention against a standards framework (the Project
// Oracle workflow): what the API takes (one schema for the API boundary and the form) and gives.
import { z } from 'zod';
import type { CriterionResult } from '../analysis/ratings/evaluate';
import {
  type AssessmentCriterion,
  type AssessmentLevel,
  SELF_ASSESSMENT_FRAMEWORK_IDS,
} from '../analysis/ratings/self-assessment-criteria';
import { ActorSchema } from './editing';
import type { SelfAssessmentStatus } from './vocabulary';

const recordId = z.string().min(1, 'an id is required').max(120);

/** Which self-assessment: one per intervention and framework. */
export const SelfAssessmentKeySchema = z
  .object({
    interventionId: recordId,
    frameworkId: z.enum(SELF_ASSESSMENT_FRAMEWORK_IDS, {
      message: `choose one of ${SELF_ASSESSMENT_FRAMEWORK_IDS.join(', ')}`,
    }),
  })
  .strict();
export type SelfAssessmentKey = z.infer<typeof SelfAssessmentKeySchema>;

export const EvidenceItemSchema = z
  .object({
    /** The key of the framework criterion it supports. */
    criterion: z.string().min(1, 'choose the criterion').max(200),
    text: z.string().trim().min(1, 'describe the evidence').max(4000),
    /** An evaluation of the same intervention that shows it. */
    evaluationId: recordId.optional(),
    /** Only web addresses: the page turns them into links. */
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
  })
  .strict();
export type EvidenceItemInput = z.input<typeof EvidenceItemSchema>;

export const SelfAssessmentSaveSchema = SelfAssessmentKeySchema.extend({
  /** The level the provider claims; needed before submitting. */
  claimedLevel: z.string().trim().min(1, 'choose the level you claim').max(40).optional(),
  evidence: z.array(EvidenceItemSchema).max(300, 'at most 300 evidence items').default([]),
  by: ActorSchema,
}).strict();
export type SelfAssessmentSave = z.input<typeof SelfAssessmentSaveSchema>;

export const SelfAssessmentSubmitSchema = SelfAssessmentKeySchema.extend({ by: ActorSchema }).strict();

export const REVIEW_DECISIONS = ['validated', 'returned'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const SelfAssessmentReviewSchema = SelfAssessmentKeySchema.extend({
  decision: z.enum(REVIEW_DECISIONS, { message: 'choose validate or return' }),
  /** The level the reviewer validates (may differ from the one claimed). */
  validatedLevel: z.string().trim().min(1, 'choose the validated level').max(40).optional(),
  notes: z.string().trim().max(4000).optional(),
  by: ActorSchema,
})
  .strict()
  .refine((r) => r.decision !== 'validated' || r.validatedLevel !== undefined, {
    path: ['validatedLevel'],
    message: 'choose the level you validate',
  })
  .refine((r) => r.decision !== 'returned' || (r.notes ?? '') !== '', {
    path: ['notes'],
    message: 'say what the provider should add or change before resubmitting',
  });
export type SelfAssessmentReview = z.input<typeof SelfAssessmentReviewSchema>;

export interface EvidenceItem {
  criterion: string;
  text: string;
  evaluationId: string | null;
  url: string | null;
}

export interface SelfAssessmentRecord {
  interventionId: string;
  frameworkId: string;
  claimedLevel: string | null;
  status: SelfAssessmentStatus;
  submittedBy: string | null;
  submittedAt: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewNotes: string | null;
  validatedLevel: string | null;
  createdAt: string;
  updatedAt: string;
  evidence: EvidenceItem[];
}

/** The self-assessment tab's data: the framework's criteria, the assessment, the computed rating. */
export interface SelfAssessmentView {
  interventionId: string;
  framework: { id: string; name: string; source: string };
  /** Lowest first. */
  levels: AssessmentLevel[];
  /** Each criterion with what the evidence engine found for it. */
  criteria: (AssessmentCriterion & { computed: CriterionResult | null })[];
  /** The rating computed from the catalogued evaluations, and a researcher's override of it. */
  computed: {
    level: string;
    label: string;
    suffixes: string[];
    override: { level: string; label: string } | null;
  };
  /** Null until the provider saves a first draft. */
  assessment: SelfAssessmentRecord | null;
}
