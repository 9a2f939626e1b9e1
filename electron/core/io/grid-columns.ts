// Each grid's columns as an export writes them: the same ids as the grid's columns, a default
// heading (for the CLI; the app sends the headings it shows), and the cells of a row. Numbers stay
// numbers; a column that shows two facts (an age range, a cost with its price year) writes each in
// its own column, so the file re-imports to the same values.
import type { CsvCell } from '../../../shared/format/csv';
import type { InterventionRow } from '../../../shared/model/catalogue';
import type { CostItemListRow } from '../repos/cost-items';
import type { OrganisationRow } from '../../../shared/model/organisations';
import type { EvaluationRow, OutcomeResultRow } from '../../../shared/model/study-grids';
import {
  COST_BASIS_LABELS,
  COST_CATEGORY_LABELS,
  DESIGN_LABELS,
  ORGANISATION_KIND_LABELS,
  OUTCOME_DATA_TYPE_LABELS,
  STRAND_LABELS,
  TIER_LABELS,
  VALIDATION_STATUS_LABELS,
} from '../../../shared/model/vocabulary';

export interface ExportColumn<TRow> {
  header: string;
  /** The headings of the file's columns for this grid column (one unless it writes several). */
  headings?: (label: string) => string[];
  cells: (row: TRow) => CsvCell[];
}

export type ColumnSet<TRow> = Record<string, ExportColumn<TRow>>;

const one = <TRow>(header: string, cell: (row: TRow) => CsvCell): ExportColumn<TRow> => ({
  header,
  cells: (r) => [cell(r)],
});

const sub =
  (...parts: string[]) =>
  (label: string) => [label, ...parts.map((p) => `${label}: ${p}`)];

export const INTERVENTION_COLUMNS: ColumnSet<InterventionRow> = {
  name: one('Intervention', (r) => r.name),
  approachType: one('Approach', (r) => r.approachType.name),
  strand: one('Strand', (r) => STRAND_LABELS[r.strand]),
  tier: one('Tier', (r) => TIER_LABELS[r.tier]),
  ageMin: {
    header: 'Ages',
    headings: (label) => [`${label}: youngest`, `${label}: oldest`],
    cells: (r) => [r.ageMin, r.ageMax],
  },
  areas: one('Boroughs and areas', (r) => r.areas.map((a) => a.name).join('; ')),
  evidenceLevel: {
    header: 'Evidence',
    headings: sub('validation'),
    cells: (r) => [r.evidenceLevel, VALIDATION_STATUS_LABELS[r.validationStatus]],
  },
  evaluationCount: one('Evaluations', (r) => r.evaluationCount),
  costPerParticipant: {
    header: 'Cost per participant',
    headings: sub('currency', 'price year'),
    cells: (r) => {
      const c = r.costPerParticipant;
      return c === null ? [null, null, null] : [c.amount, c.currency, c.priceYear];
    },
  },
};

export const EVALUATION_COLUMNS: ColumnSet<EvaluationRow> = {
  title: {
    header: 'Evaluation',
    headings: sub('authors', 'evaluator'),
    cells: (r) => [r.title, r.authors, r.evaluator?.name ?? null],
  },
  intervention: one('Intervention', (r) => r.intervention.name),
  year: one('Year', (r) => r.year),
  design: one('Design', (r) => DESIGN_LABELS[r.design]),
  independent: one('Evaluator', (r) => (r.independent ? 'Independent' : 'Internal')),
  smsScore: one('Maryland SMS', (r) => r.smsScore),
  sampleSize: {
    header: 'Sample',
    headings: sub('intervention group', 'comparison group'),
    cells: (r) => [
      r.nTreatment === null && r.nControl === null ? null : (r.nTreatment ?? 0) + (r.nControl ?? 0),
      r.nTreatment,
      r.nControl,
    ],
  },
  followUpMonths: {
    header: 'Follow-up',
    headings: (l) => [`${l} (months)`],
    cells: (r) => [r.followUpMonths],
  },
  place: one('Place', (r) => r.place),
  country: one('Country', (r) => r.country),
  outcomeResultCount: one('Results', (r) => r.outcomeResultCount),
};

export const OUTCOME_RESULT_COLUMNS: ColumnSet<OutcomeResultRow> = {
  measureName: one('Measure', (r) => r.measureName),
  outcome: one('Outcome', (r) => r.outcome.name),
  outcomeGroup: one('Outcome group', (r) => r.outcomeGroup.name),
  effect: {
    header: 'Effect (g)',
    headings: sub('95% CI lower', '95% CI upper', 'variance', 'not computed because'),
    cells: (r) =>
      r.effect === null
        ? [null, null, null, null, r.excludedReason]
        : [r.effect.yi, r.effect.ciLower, r.effect.ciUpper, r.effect.vi, null],
  },
  timePoint: {
    header: 'Time point',
    headings: (l) => [`${l} (months)`, `${l}: label`],
    cells: (r) => [r.timePointMonths, r.timePointLabel],
  },
  direction: one('Direction', (r) => (r.higherIsBetter ? 'Higher is better' : 'Lower is better')),
  dataType: one('Reported as', (r) => OUTCOME_DATA_TYPE_LABELS[r.dataType]),
  evaluation: one('Evaluation', (r) => r.evaluation.name),
  design: one('Design', (r) => DESIGN_LABELS[r.evaluation.design]),
  year: one('Year', (r) => r.evaluation.year),
  intervention: one('Intervention', (r) => r.intervention.name),
};

export const ORGANISATION_COLUMNS: ColumnSet<OrganisationRow> = {
  name: one('Name', (r) => r.name),
  kind: one('Kind', (r) => ORGANISATION_KIND_LABELS[r.kind]),
  interventionCount: one('Interventions', (r) => r.interventionCount),
  evaluationCount: one('Evaluations carried out', (r) => r.evaluationCount),
};

/** Cost items have no grid of their own: the CLI exports them with these columns. */
export const COST_ITEM_COLUMNS: ColumnSet<CostItemListRow> = {
  intervention: one('Intervention', (r) => r.interventionName),
  description: one('Description', (r) => r.description),
  category: one('Category', (r) => COST_CATEGORY_LABELS[r.category]),
  amount: one('Amount', (r) => r.amount),
  amountLow: one('Amount (low)', (r) => r.amountLow),
  amountHigh: one('Amount (high)', (r) => r.amountHigh),
  currency: one('Currency', (r) => r.currency),
  priceYear: one('Price year', (r) => r.priceYear),
  basis: one('Basis', (r) => COST_BASIS_LABELS[r.basis]),
  participants: one('Participants', (r) => r.participants),
  years: one('Years', (r) => r.years),
};

/** Every column of a set, with its default heading: what the CLI exports. */
export function defaultColumns<TRow>(set: ColumnSet<TRow>): { id: string; header: string }[] {
  return Object.entries(set).map(([id, c]) => ({ id, header: c.header }));
}
