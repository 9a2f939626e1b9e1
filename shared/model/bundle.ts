// The library bundle: a library (or a selection of it) as one JSON document, the interchange
// format for exporting and merging libraries (docs/bundle-format.md). Version 2 is what the app
// writes; version 1 (the bundled sample library's) is still read, upgraded by bundle-versions.ts.
import { z } from 'zod';
import {
  AREA_KINDS,
  COST_BASES,
  COST_CATEGORIES,
  DESIGNS,
  INTERVENTION_STATUSES,
  ORGANISATION_KINDS,
  ORGANISATION_ROLES,
  OUTCOME_DATA_TYPES,
  REPORTED_EFFECT_TYPES,
  RISK_OF_BIAS_DOMAINS,
  RISK_OF_BIAS_JUDGEMENTS,
  SELF_ASSESSMENT_STATUSES,
  SETTINGS,
  STRANDS,
  TIERS,
  VALIDATION_STATUSES,
} from './vocabulary';

export const BUNDLE_FORMAT = 'evidence-workbench-bundle';
/** The version this app writes; older ones are upgraded on reading. */
export const BUNDLE_FORMAT_VERSION = 2;

const id = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens');
const text = z.string().trim().min(1);
const year = z.number().int().min(1900).max(2100);
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use YYYY, YYYY-MM or YYYY-MM-DD');
const nonNegative = z.number().finite().nonnegative();
const count = z.number().int().nonnegative();
const positiveCount = z.number().int().positive();

/** Where a fact came from: a source document and the passage that states it. */
export const SourceCitationSchema = z.object({
  field: z.string().min(1).optional(),
  document: text,
  passage: text,
});
export type SourceCitation = z.infer<typeof SourceCitationSchema>;

export const OrganisationSchema = z.object({
  id,
  name: text,
  kind: z.enum(ORGANISATION_KINDS),
  website: z.url().optional(),
  description: z.string().optional(),
});

export const TheoryOfChangeSchema = z.object({
  inputs: z.array(text).default([]),
  activities: z.array(text).default([]),
  outputs: z.array(text).default([]),
  shortTermOutcomes: z.array(text).default([]),
  longTermOutcomes: z.array(text).default([]),
  assumptions: z.array(text).default([]),
});
export type TheoryOfChange = z.infer<typeof TheoryOfChangeSchema>;

const ContinuousStatsSchema = z.object({
  m1: z.number().finite(),
  sd1: nonNegative,
  n1: positiveCount,
  m2: z.number().finite(),
  sd2: nonNegative,
  n2: positiveCount,
});
const BinaryStatsSchema = z
  .object({ events1: count, total1: positiveCount, events2: count, total2: positiveCount })
  .refine((s) => s.events1 <= s.total1, {
    path: ['events1'],
    message: 'events cannot exceed the group total',
  })
  .refine((s) => s.events2 <= s.total2, {
    path: ['events2'],
    message: 'events cannot exceed the group total',
  });
const ReportedEffectSchema = z
  .object({
    type: z.enum(REPORTED_EFFECT_TYPES),
    value: z.number().finite(),
    ciLower: z.number().finite().optional(),
    ciUpper: z.number().finite().optional(),
    se: z.number().finite().positive().optional(),
    p: z.number().min(0).max(1).optional(),
    n1: positiveCount.optional(),
    n2: positiveCount.optional(),
  })
  .refine((e) => e.ciLower === undefined || e.ciUpper === undefined || e.ciLower <= e.ciUpper, {
    path: ['ciLower'],
    message: 'the lower confidence limit must not exceed the upper',
  });
const TStatisticSchema = z.object({ t: z.number().finite(), n1: positiveCount, n2: positiveCount });

export const outcomeResultBase = {
  id,
  outcomeId: id,
  measureName: text,
  timePointMonths: nonNegative.optional(),
  timePointLabel: z.string().optional(),
  higherIsBetter: z.boolean(),
  illustrative: z.boolean(),
  notes: z.string().optional(),
};

/** An outcome result in each of the four ways studies report, around the given common fields. */
export function outcomeResultUnion<Base extends z.ZodRawShape>(base: Base) {
  return z.discriminatedUnion('dataType', [
    z.object({ ...base, dataType: z.literal(OUTCOME_DATA_TYPES[0]), stats: ContinuousStatsSchema }),
    z.object({ ...base, dataType: z.literal(OUTCOME_DATA_TYPES[1]), stats: BinaryStatsSchema }),
    z.object({ ...base, dataType: z.literal(OUTCOME_DATA_TYPES[2]), stats: ReportedEffectSchema }),
    z.object({ ...base, dataType: z.literal(OUTCOME_DATA_TYPES[3]), stats: TStatisticSchema }),
  ]);
}

export const OutcomeResultSchema = outcomeResultUnion(outcomeResultBase);
export type BundleOutcomeResult = z.infer<typeof OutcomeResultSchema>;

export const EvaluationSchema = z.object({
  id,
  title: text,
  authors: z.string().optional(),
  evaluatorOrganisationId: id.optional(),
  independent: z.boolean(),
  year: year.optional(),
  design: z.enum(DESIGNS),
  nTreatment: count.optional(),
  nControl: count.optional(),
  followUpMonths: nonNegative.optional(),
  place: z.string().optional(),
  country: z.string().default('United Kingdom'),
  smsScore: z.number().int().min(1).max(5).optional(),
  riskOfBias: z
    .array(
      z.object({
        domain: z.enum(RISK_OF_BIAS_DOMAINS),
        judgement: z.enum(RISK_OF_BIAS_JUDGEMENTS),
        note: z.string().optional(),
      }),
    )
    .default([]),
  findings: z.string().optional(),
  doi: z.string().optional(),
  url: z.url().optional(),
  illustrative: z.boolean(),
  sources: z.array(SourceCitationSchema).default([]),
  outcomeResults: z.array(OutcomeResultSchema).default([]),
});
export type BundleEvaluation = z.infer<typeof EvaluationSchema>;

/** A cost item's own fields, without the cross-field rules. */
export const CostItemFields = z.object({
  id,
  description: text,
  category: z.enum(COST_CATEGORIES),
  amount: nonNegative,
  amountLow: nonNegative.optional(),
  amountHigh: nonNegative.optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default('GBP'),
  priceYear: year,
  basis: z.enum(COST_BASES),
  participants: positiveCount.optional(),
  years: positiveCount.optional(),
  illustrative: z.boolean(),
  sources: z.array(SourceCitationSchema).default([]),
});

/** A cost item's range must hold its amount. */
export function withCostRules<
  T extends z.ZodType<{ amount: number; amountLow?: number | undefined; amountHigh?: number | undefined }>,
>(schema: T) {
  return schema
    .refine((c) => c.amountLow === undefined || c.amountLow <= c.amount, {
      path: ['amountLow'],
      message: 'the low estimate must not exceed the amount',
    })
    .refine((c) => c.amountHigh === undefined || c.amountHigh >= c.amount, {
      path: ['amountHigh'],
      message: 'the high estimate must not be below the amount',
    });
}

export const CostItemSchema = withCostRules(CostItemFields);
export type BundleCostItem = z.infer<typeof CostItemSchema>;

/** An intervention's own fields, without the cross-field rules (so editing forms can derive from it). */
export const InterventionFields = z.object({
  id,
  name: text,
  summary: text,
  description: z.string().optional(),
  approachTypeId: id,
  tier: z.enum(TIERS),
  strand: z.enum(STRANDS),
  ageMin: z.number().int().min(0).max(30).optional(),
  ageMax: z.number().int().min(0).max(30).optional(),
  riskLevel: z.string().optional(),
  gender: z.string().optional(),
  targetOther: z.string().optional(),
  settings: z.array(z.enum(SETTINGS)).default([]),
  areaIds: z.array(id).default([]),
  durationWeeks: nonNegative.optional(),
  sessions: count.optional(),
  dosage: z.string().optional(),
  staffing: z.string().optional(),
  manualAvailable: z.boolean().optional(),
  reachPerYear: count.optional(),
  status: z.enum(INTERVENTION_STATUSES),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  theoryOfChange: TheoryOfChangeSchema.optional(),
  tags: z.array(text).default([]),
  // Only web addresses, as the links table's check requires: a javascript: or data: URL is named
  // as the field's mistake rather than failing the insert.
  links: z
    .array(
      z.object({
        label: text,
        url: z.url({ protocol: /^https?$/, error: 'use a web address starting http:// or https://' }),
      }),
    )
    .default([]),
  contacts: z
    .array(
      z.object({
        name: text,
        role: z.string().optional(),
        email: z.email().optional(),
        phone: z.string().optional(),
      }),
    )
    .default([]),
  organisations: z.array(z.object({ organisationId: id, role: z.enum(ORGANISATION_ROLES) })).default([]),
  evidenceLevel: z.number().int().min(1).max(5).optional(),
  validationStatus: z.enum(VALIDATION_STATUSES).default('not-assessed'),
  validatedBy: z.string().optional(),
  validatedAt: isoDate.optional(),
  /** Names of fields whose values are invented for illustration, not taken from a source. */
  illustrativeFields: z.array(z.string()).default([]),
  sources: z.array(SourceCitationSchema).default([]),
  evaluations: z.array(EvaluationSchema).default([]),
  costItems: z.array(CostItemSchema).default([]),
});

/** The cross-field rules of an intervention: ages and dates in order. */
export function withInterventionRules<
  T extends z.ZodType<{
    ageMin?: number | undefined;
    ageMax?: number | undefined;
    startDate?: string | undefined;
    endDate?: string | undefined;
  }>,
>(schema: T) {
  return schema
    .refine((i) => i.ageMin === undefined || i.ageMax === undefined || i.ageMin <= i.ageMax, {
      path: ['ageMin'],
      message: 'the minimum age must not exceed the maximum',
    })
    .refine((i) => i.startDate === undefined || i.endDate === undefined || i.startDate <= i.endDate, {
      path: ['startDate'],
      message: 'the start date must not be after the end date',
    });
}

export const InterventionSchema = withInterventionRules(InterventionFields);
export type BundleIntervention = z.infer<typeof InterventionSchema>;

export const SourceDocumentSchema = z.object({
  id: text,
  title: text,
  publisher: z.string().optional(),
  date: z.string().optional(),
});

/** A local baseline rate of an outcome (reference data), citing the passage that states it. */
export const BaselineRateBundleSchema = z.object({
  id,
  outcomeId: id,
  /** Absent: the library-wide rate. */
  areaId: id.optional(),
  rate: z.number().gt(0).lt(1),
  population: z.string().optional(),
  year: year.optional(),
  source: SourceCitationSchema.omit({ field: true }),
});
export type BundleBaselineRate = z.infer<typeof BaselineRateBundleSchema>;

/** Version 1: the sample library's shape (no reference data, baseline rates citing a document). */
export const LibraryBundleV1Schema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(1),
  library: z.object({ name: text, description: z.string().optional() }),
  /** The documents cited by `sources[].document`, by their id. */
  documents: z.array(SourceDocumentSchema).default([]),
  organisations: z.array(OrganisationSchema).default([]),
  interventions: z.array(InterventionSchema),
  baselineRates: z.array(BaselineRateBundleSchema).default([]),
});
export type LibraryBundleV1 = z.infer<typeof LibraryBundleV1Schema>;

// ---------------------------------------------------------------------------------------------
// Version 2 adds the reference data and the records hanging from interventions that version 1
// left out. Those sections hold rows as the library stores them: null means "not recorded".

const nullableText = z.string().nullable();

export const ReferenceBundleSchema = z.object({
  outcomeGroups: z.array(z.object({ id, name: text, position: count })).default([]),
  outcomeDomains: z
    .array(
      z.object({
        id,
        groupId: id,
        name: text,
        description: nullableText,
        higherIsBetter: z.boolean(),
        position: count,
      }),
    )
    .default([]),
  approachTypes: z.array(z.object({ id, name: text, description: nullableText })).default([]),
  areas: z.array(z.object({ id, name: text, kind: z.enum(AREA_KINDS), parentId: id.nullable() })).default([]),
});
export type ReferenceBundle = z.infer<typeof ReferenceBundleSchema>;

/** A baseline rate as the library stores it: its source in words. */
export const StoredBaselineRateSchema = z.object({
  id,
  outcomeDomainId: id,
  areaId: id.nullable(),
  rate: z.number().min(0).max(1),
  population: nullableText,
  year: year.nullable(),
  source: text,
  sourceDate: nullableText,
});

export const UnitCostBundleSchema = z.object({
  id,
  outcomeDomainId: id.nullable(),
  name: text,
  amount: nonNegative,
  currency: z.string().regex(/^[A-Z]{3}$/),
  priceYear: year,
  bearer: nullableText,
  source: text,
  sourceDate: nullableText,
});

export const PriceIndexBundleSchema = z.object({
  series: text,
  rows: z.array(z.object({ year, value: z.number().positive(), source: text, sourceDate: nullableText })),
});

export const ValueSettingsBundleSchema = z.object({
  priceYear: year.nullable(),
  discountRate: z.number().min(0).max(1).nullable(),
});

export const SelfAssessmentBundleSchema = z.object({
  interventionId: id,
  frameworkId: text,
  claimedLevel: nullableText,
  status: z.enum(SELF_ASSESSMENT_STATUSES),
  submittedBy: nullableText,
  submittedAt: nullableText,
  reviewedBy: nullableText,
  reviewedAt: nullableText,
  reviewNotes: nullableText,
  validatedLevel: nullableText,
  evidence: z.array(z.object({ criterion: text, text, evaluationId: id.nullable(), url: nullableText })),
});

export const RatingOverrideBundleSchema = z.object({
  interventionId: id,
  frameworkId: text,
  subjectId: z.string(),
  level: text,
  computedLevel: z.string(),
  reason: text,
  overriddenBy: text,
  overriddenAt: text,
});

export const AttachmentBundleSchema = z
  .object({
    id,
    interventionId: id.nullable(),
    evaluationId: id.nullable(),
    fileName: text,
    mediaType: text,
    sizeBytes: count,
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'use the 64 hex digits of the SHA-256'),
    createdAt: text,
    /** The file's bytes in base64. */
    content: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'the content must be base64'),
  })
  .refine((a) => (a.interventionId === null) !== (a.evaluationId === null), {
    path: ['interventionId'],
    message: 'an attachment belongs to an intervention or an evaluation, not both or neither',
  });
export type BundleAttachment = z.infer<typeof AttachmentBundleSchema>;

export const LibraryBundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  library: z.object({ name: text, description: z.string().optional() }),
  exportedAt: z.string().optional(),
  /** Present when the bundle holds chosen interventions rather than the whole library. */
  selection: z.object({ interventionIds: z.array(id) }).optional(),
  reference: ReferenceBundleSchema.default({
    outcomeGroups: [],
    outcomeDomains: [],
    approachTypes: [],
    areas: [],
  }),
  documents: z.array(SourceDocumentSchema).default([]),
  organisations: z.array(OrganisationSchema).default([]),
  interventions: z.array(InterventionSchema),
  baselineRates: z.array(StoredBaselineRateSchema).default([]),
  unitCosts: z.array(UnitCostBundleSchema).default([]),
  priceIndex: z.array(PriceIndexBundleSchema).default([]),
  valueSettings: ValueSettingsBundleSchema.optional(),
  selfAssessments: z.array(SelfAssessmentBundleSchema).default([]),
  ratingOverrides: z.array(RatingOverrideBundleSchema).default([]),
  attachments: z.array(AttachmentBundleSchema).default([]),
});
export type LibraryBundle = z.infer<typeof LibraryBundleSchema>;
export type LibraryBundleInput = z.input<typeof LibraryBundleSchema>;
