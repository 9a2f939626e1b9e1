// What the catalogue shows: the shape of an intervention row, its full record, and the query
// that pages, sorts, filters and searches the catalogue.
import { z } from 'zod';
import type { CostPerParticipant } from '../analysis/cost-per-participant';
import type { SourceCitation, TheoryOfChange } from './bundle';
import {
  type CostBasis,
  type CostCategory,
  type Design,
  type InterventionStatus,
  type OrganisationKind,
  type OrganisationRole,
  type OutcomeDataType,
  type ReportedEffectType,
  type RiskOfBiasDomain,
  type RiskOfBiasJudgement,
  type Setting,
  type Strand,
  type Tier,
  type ValidationStatus,
  STRANDS,
  TIERS,
  VALIDATION_STATUSES,
} from './vocabulary';

export interface NamedRef {
  id: string;
  name: string;
}

/** One row of the catalogue grid. */
export interface InterventionRow {
  id: string;
  name: string;
  summary: string;
  approachType: NamedRef;
  strand: Strand;
  tier: Tier;
  ageMin: number | null;
  ageMax: number | null;
  areas: NamedRef[];
  evidenceLevel: number | null;
  validationStatus: ValidationStatus;
  status: InterventionStatus;
  evaluationCount: number;
  /** Null when the intervention has no cost data, or its costs cannot be combined. */
  costPerParticipant: { amount: number; currency: string; priceYear: number } | null;
  illustrativeFields: string[];
}

export const SORTABLE_FIELDS = [
  'name',
  'approachType',
  'strand',
  'tier',
  'ageMin',
  'ageMax',
  'areas',
  'evidenceLevel',
  'evaluationCount',
  'costPerParticipant',
] as const;
export type SortableField = (typeof SORTABLE_FIELDS)[number];

export const NUMERIC_FILTER_FIELDS = [
  'ageMin',
  'ageMax',
  'evidenceLevel',
  'evaluationCount',
  'costPerParticipant',
] as const;
export type NumericFilterField = (typeof NUMERIC_FILTER_FIELDS)[number];

export const NUMERIC_OPERATORS = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'blank', 'notBlank'] as const;
export const TEXT_OPERATORS = ['contains', 'notContains', 'equals', 'startsWith', 'endsWith'] as const;

export const idList = z.array(z.string().min(1).max(120)).max(200);

/** A text column's filter: one condition, answered with LIKE in the library. */
export const TextConditionSchema = z.object({ op: z.enum(TEXT_OPERATORS), value: z.string().max(200) });
export type TextCondition = z.infer<typeof TextConditionSchema>;

/** Conditions on a grid's number columns, AND-joined. */
export function numericConditionsSchema<const F extends readonly [string, ...string[]]>(fields: F) {
  return z
    .array(
      z
        .object({
          field: z.enum(fields),
          op: z.enum(NUMERIC_OPERATORS),
          value: z.number().finite().optional(),
        })
        .refine((f) => f.op === 'blank' || f.op === 'notBlank' || f.value !== undefined, {
          path: ['value'],
          message: 'a number is required for this comparison',
        }),
    )
    .max(20);
}

/** A grid's page request: paging, up to four sort keys, a search and its own filters. */
export function listInputSchema<const S extends readonly [string, ...string[]], F extends z.ZodType>(
  sortFields: S,
  filters: F,
) {
  return z
    .object({
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
      sort: z
        .array(z.object({ field: z.enum(sortFields), direction: z.enum(['asc', 'desc']) }))
        .max(4)
        .default([]),
      search: z.string().trim().max(200).optional(),
      // Every filter is optional, so "no filters" is the empty object.
      filters: filters.default(() => ({}) as z.core.util.NoUndefined<z.output<F>>),
    })
    .strict();
}

export const InterventionFiltersSchema = z
  .object({
    strand: z.array(z.enum(STRANDS)).optional(),
    tier: z.array(z.enum(TIERS)).optional(),
    approachTypeId: idList.optional(),
    areaId: idList.optional(),
    validationStatus: z.array(z.enum(VALIDATION_STATUSES)).optional(),
    name: TextConditionSchema.optional(),
    numeric: numericConditionsSchema(NUMERIC_FILTER_FIELDS).optional(),
    /** Interventions whose target age range overlaps this band. */
    ages: z
      .object({ min: z.number().int().min(0).max(30), max: z.number().int().min(0).max(30) })
      .refine((a) => a.min <= a.max, {
        path: ['min'],
        message: 'the minimum age must not exceed the maximum',
      })
      .optional(),
  })
  .strict();
export type InterventionFilters = z.infer<typeof InterventionFiltersSchema>;

export const InterventionListInputSchema = listInputSchema(SORTABLE_FIELDS, InterventionFiltersSchema);
export type InterventionListInput = z.input<typeof InterventionListInputSchema>;

export type InterventionPage = ListPage<InterventionRow>;

export interface SourceCitationView extends SourceCitation {
  documentTitle: string;
}

export interface OrganisationLink extends NamedRef {
  kind: OrganisationKind;
  role: OrganisationRole;
}

/** The raw statistics of an outcome result, as reported; which fields are set follows the data type. */
export interface OutcomeStatistics {
  m1: number | null;
  sd1: number | null;
  n1: number | null;
  m2: number | null;
  sd2: number | null;
  n2: number | null;
  events1: number | null;
  total1: number | null;
  events2: number | null;
  total2: number | null;
  effectType: ReportedEffectType | null;
  effectValue: number | null;
  ciLower: number | null;
  ciUpper: number | null;
  se: number | null;
  p: number | null;
  t: number | null;
}

/** Every statistic unset: the starting point for a result of any data type. */
export const NO_STATISTICS: OutcomeStatistics = {
  m1: null,
  sd1: null,
  n1: null,
  m2: null,
  sd2: null,
  n2: null,
  events1: null,
  total1: null,
  events2: null,
  total2: null,
  effectType: null,
  effectValue: null,
  ciLower: null,
  ciUpper: null,
  se: null,
  p: null,
  t: null,
};

export interface OutcomeResultView {
  id: string;
  outcome: NamedRef & { higherIsBetter: boolean };
  measureName: string;
  timePointMonths: number | null;
  timePointLabel: string | null;
  higherIsBetter: boolean;
  dataType: OutcomeDataType;
  stats: OutcomeStatistics;
  illustrative: boolean;
  notes: string | null;
}

export interface EvaluationView {
  id: string;
  title: string;
  authors: string | null;
  evaluator: NamedRef | null;
  independent: boolean;
  year: number | null;
  design: Design;
  nTreatment: number | null;
  nControl: number | null;
  followUpMonths: number | null;
  place: string | null;
  country: string | null;
  smsScore: number | null;
  riskOfBias: { domain: RiskOfBiasDomain; judgement: RiskOfBiasJudgement; note: string | null }[];
  findings: string | null;
  doi: string | null;
  url: string | null;
  illustrative: boolean;
  sources: SourceCitationView[];
  outcomeResults: OutcomeResultView[];
}

/** An evaluation's own facts, as a grid row and the intervention page both show them. */
export type EvaluationSummary = Pick<
  EvaluationView,
  | 'id'
  | 'title'
  | 'authors'
  | 'evaluator'
  | 'independent'
  | 'year'
  | 'design'
  | 'nTreatment'
  | 'nControl'
  | 'followUpMonths'
  | 'place'
  | 'country'
  | 'smsScore'
  | 'illustrative'
>;

/** One page of a grid's rows, with how many match in all. */
export interface ListPage<TRow> {
  total: number;
  rows: TRow[];
}

export interface CostItemView {
  id: string;
  description: string;
  category: CostCategory;
  amount: number;
  amountLow: number | null;
  amountHigh: number | null;
  currency: string;
  priceYear: number;
  basis: CostBasis;
  participants: number | null;
  years: number | null;
  illustrative: boolean;
  sources: SourceCitationView[];
}

export interface InterventionDetail extends InterventionRow {
  description: string | null;
  riskLevel: string | null;
  gender: string | null;
  targetOther: string | null;
  settings: Setting[];
  durationWeeks: number | null;
  sessions: number | null;
  dosage: string | null;
  staffing: string | null;
  manualAvailable: boolean | null;
  reachPerYear: number | null;
  startDate: string | null;
  endDate: string | null;
  theoryOfChange: TheoryOfChange | null;
  tags: string[];
  links: { label: string; url: string }[];
  contacts: { name: string; role: string | null; email: string | null; phone: string | null }[];
  organisations: OrganisationLink[];
  validatedBy: string | null;
  validatedAt: string | null;
  sources: SourceCitationView[];
  evaluations: EvaluationView[];
  costItems: CostItemView[];
  /** How the cost per participant was worked out, item by item, or why it could not be. */
  cost: CostPerParticipant;
  /** Files attached to it and to its evaluations (listed by attachments/list). */
  attachmentCount: number;
}

/** The catalogue query after validation, with defaults applied. */
export type InterventionListQuery = z.output<typeof InterventionListInputSchema>;
