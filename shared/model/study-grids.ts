// What the evaluations and outcome-results grids show and ask for: a row of each, and the query
// (paging, sort, set filters on every categorical column, number ranges, search) the library answers.
import { z } from 'zod';
import {
  type EvaluationSummary,
  type ListPage,
  type NamedRef,
  type OutcomeStatistics,
  TextConditionSchema,
  idList,
  listInputSchema,
  numericConditionsSchema,
} from './catalogue';
import { DESIGNS, type Design, OUTCOME_DATA_TYPES, type OutcomeDataType } from './vocabulary';

/** Free-text values chosen in a set filter; null stands for "not recorded". */
const textValues = z.array(z.string().max(200).nullable()).max(200);

// ---- Evaluations -----------------------------------------------------------------------------

export interface EvaluationRow extends EvaluationSummary {
  intervention: NamedRef;
  outcomeResultCount: number;
}

export const EVALUATION_SORT_FIELDS = [
  'title',
  'intervention',
  'year',
  'design',
  'independent',
  'smsScore',
  'sampleSize',
  'followUpMonths',
  'country',
  'place',
  'outcomeResultCount',
] as const;
export type EvaluationSortField = (typeof EVALUATION_SORT_FIELDS)[number];

export const EVALUATION_NUMERIC_FIELDS = [
  'year',
  'sampleSize',
  'followUpMonths',
  'outcomeResultCount',
] as const;
export type EvaluationNumericField = (typeof EVALUATION_NUMERIC_FIELDS)[number];

export const INDEPENDENCE = ['independent', 'internal'] as const;
export type Independence = (typeof INDEPENDENCE)[number];

export const EvaluationFiltersSchema = z
  .object({
    design: z.array(z.enum(DESIGNS)).optional(),
    independence: z.array(z.enum(INDEPENDENCE)).optional(),
    /** Maryland Scientific Methods Scale levels; null for studies not scored. */
    smsScore: z.array(z.number().int().min(1).max(5).nullable()).max(6).optional(),
    country: textValues.optional(),
    place: textValues.optional(),
    interventionId: idList.optional(),
    title: TextConditionSchema.optional(),
    numeric: numericConditionsSchema(EVALUATION_NUMERIC_FIELDS).optional(),
  })
  .strict();
export type EvaluationFilters = z.infer<typeof EvaluationFiltersSchema>;

export const EvaluationListInputSchema = listInputSchema(EVALUATION_SORT_FIELDS, EvaluationFiltersSchema);
export type EvaluationListInput = z.input<typeof EvaluationListInputSchema>;
export type EvaluationListQuery = z.output<typeof EvaluationListInputSchema>;

export type EvaluationPage = ListPage<EvaluationRow>;

// ---- Outcome results -------------------------------------------------------------------------

export interface OutcomeResultRow {
  id: string;
  measureName: string;
  outcome: NamedRef;
  outcomeGroup: NamedRef;
  evaluation: NamedRef & { year: number | null; design: Design };
  intervention: NamedRef;
  timePointMonths: number | null;
  timePointLabel: string | null;
  higherIsBetter: boolean;
  dataType: OutcomeDataType;
  illustrative: boolean;
  /** The statistics as the study reported them, which the effect is worked out from. */
  stats: OutcomeStatistics;
  /** The standardised effect (Hedges' g, positive = beneficial) from the evidence engine. */
  effect: { yi: number; vi: number; ciLower: number; ciUpper: number } | null;
  /** Why no standardised effect could be computed, when it could not. */
  excludedReason: string | null;
}

export const OUTCOME_RESULT_SORT_FIELDS = [
  'measureName',
  'outcome',
  'outcomeGroup',
  'evaluation',
  'intervention',
  'year',
  'timePoint',
  'direction',
  'dataType',
] as const;
export type OutcomeResultSortField = (typeof OUTCOME_RESULT_SORT_FIELDS)[number];

export const OUTCOME_RESULT_NUMERIC_FIELDS = ['year', 'timePoint'] as const;

export const DIRECTIONS = ['higher', 'lower'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const OutcomeResultFiltersSchema = z
  .object({
    outcomeId: idList.optional(),
    outcomeGroupId: idList.optional(),
    dataType: z.array(z.enum(OUTCOME_DATA_TYPES)).optional(),
    /** Time points in months; null for results with none recorded. */
    timePointMonths: z.array(z.number().min(0).max(1200).nullable()).max(200).optional(),
    direction: z.array(z.enum(DIRECTIONS)).optional(),
    interventionId: idList.optional(),
    design: z.array(z.enum(DESIGNS)).optional(),
    measureName: TextConditionSchema.optional(),
    numeric: numericConditionsSchema(OUTCOME_RESULT_NUMERIC_FIELDS).optional(),
  })
  .strict();
export type OutcomeResultFilters = z.infer<typeof OutcomeResultFiltersSchema>;

export const OutcomeResultListInputSchema = listInputSchema(
  OUTCOME_RESULT_SORT_FIELDS,
  OutcomeResultFiltersSchema,
);
export type OutcomeResultListInput = z.input<typeof OutcomeResultListInputSchema>;
export type OutcomeResultListQuery = z.output<typeof OutcomeResultListInputSchema>;

export type OutcomeResultPage = ListPage<OutcomeResultRow>;

// ---- The values a set filter offers -----------------------------------------------------------

/** Distinct values of the free-text and numeric categorical columns, as the library holds them. */
export interface StudyFacets {
  countries: (string | null)[];
  places: (string | null)[];
  timePoints: (number | null)[];
}
