// Each grid's columns as an export writes them: the same ids as the grid's columns, a default
// heading (for the CLI; the app sends the headings it shows), and the cells of a row. Numbers stay
// numbers; a column that shows two facts (an age range, a cost with its price year) writes each in
// its own column, so the file re-imports to the same values. Each cell also says which field of
// the spreadsheet importer it fills, or that the library works it out (a count, a computed effect),
// so the importer recognises an export's headings and vocabulary labels without a second list.
import type { CsvCell } from '../../../shared/format/csv';
import type { InterventionRow, OutcomeStatistics } from '../../../shared/model/catalogue';
import type { ExportEntity } from '../../../shared/model/exports';
import type { CostItemListRow } from '../repos/cost-items';
import type { OrganisationRow } from '../../../shared/model/organisations';
import type { EvaluationRow, OutcomeResultRow } from '../../../shared/model/study-grids';
import { ENTITY_SPECS, STAT_FIELDS } from './import/fields';
import {
  COST_BASIS_LABELS,
  COST_CATEGORY_LABELS,
  DESIGN_LABELS,
  DIRECTION_WORDS,
  EFFECT_TYPE_LABELS,
  INDEPENDENCE_WORDS,
  INTERVENTION_STATUS_LABELS,
  ORGANISATION_KIND_LABELS,
  OUTCOME_DATA_TYPE_LABELS,
  STRAND_LABELS,
  TIER_LABELS,
  VALIDATION_STATUS_LABELS,
} from '../../../shared/model/vocabulary';

/** What a cell holds: the importer's field it fills, or DERIVED when the library works it out. */
export const DERIVED = null;
export type CellField = string | typeof DERIVED;

export interface ExportColumn<TRow> {
  header: string;
  /** The headings of the file's columns for this grid column (one unless it writes several). */
  headings?: (label: string) => string[];
  /** Per file column: the import field it fills, or DERIVED. */
  fields: readonly CellField[];
  cells: (row: TRow) => CsvCell[];
}

export type ColumnSet<TRow> = Record<string, ExportColumn<TRow>>;

const one = <TRow>(header: string, field: CellField, cell: (row: TRow) => CsvCell): ExportColumn<TRow> => ({
  header,
  fields: [field],
  cells: (r) => [cell(r)],
});

const sub =
  (...parts: string[]) =>
  (label: string) => [label, ...parts.map((p) => `${label}: ${p}`)];

const [INDEPENDENT, INTERNAL] = INDEPENDENCE_WORDS;
const [HIGHER_IS_BETTER, LOWER_IS_BETTER] = DIRECTION_WORDS;

export const INTERVENTION_COLUMNS: ColumnSet<InterventionRow> = {
  name: one('Intervention', 'name', (r) => r.name),
  approachType: one('Approach', 'approachTypeId', (r) => r.approachType.name),
  strand: one('Strand', 'strand', (r) => STRAND_LABELS[r.strand]),
  tier: one('Tier', 'tier', (r) => TIER_LABELS[r.tier]),
  ageMin: {
    header: 'Ages',
    headings: (label) => [`${label}: youngest`, `${label}: oldest`],
    fields: ['ageMin', 'ageMax'],
    cells: (r) => [r.ageMin, r.ageMax],
  },
  areas: one('Boroughs and areas', 'areaIds', (r) => r.areas.map((a) => a.name).join('; ')),
  evidenceLevel: {
    header: 'Evidence',
    headings: sub('validation'),
    fields: ['evidenceLevel', 'validationStatus'],
    cells: (r) => [r.evidenceLevel, VALIDATION_STATUS_LABELS[r.validationStatus]],
  },
  evaluationCount: one('Evaluations', DERIVED, (r) => r.evaluationCount),
  costPerParticipant: {
    header: 'Cost per participant',
    headings: sub('currency', 'price year'),
    // Worked out from the cost items (exported with them), so never imported from here.
    fields: [DERIVED, DERIVED, DERIVED],
    cells: (r) => {
      const c = r.costPerParticipant;
      return c === null ? [null, null, null] : [c.amount, c.currency, c.priceYear];
    },
  },
  // Hidden in the grid by default, but fields every intervention needs: the CLI's export carries
  // them so that its file re-imports as whole records.
  summary: one('Summary', 'summary', (r) => r.summary),
  status: one('Status', 'status', (r) => INTERVENTION_STATUS_LABELS[r.status]),
};

export const EVALUATION_COLUMNS: ColumnSet<EvaluationRow> = {
  title: {
    header: 'Evaluation',
    headings: sub('authors', 'evaluator'),
    fields: ['title', 'authors', 'evaluatorOrganisationId'],
    cells: (r) => [r.title, r.authors, r.evaluator?.name ?? null],
  },
  intervention: one('Intervention', 'interventionId', (r) => r.intervention.name),
  year: one('Year', 'year', (r) => r.year),
  design: one('Design', 'design', (r) => DESIGN_LABELS[r.design]),
  independent: one('Evaluator', 'independent', (r) => (r.independent ? INDEPENDENT : INTERNAL)),
  smsScore: one('Maryland SMS', 'smsScore', (r) => r.smsScore),
  sampleSize: {
    header: 'Sample',
    headings: sub('intervention group', 'comparison group'),
    fields: [DERIVED, 'nTreatment', 'nControl'],
    cells: (r) => [
      r.nTreatment === null && r.nControl === null ? null : (r.nTreatment ?? 0) + (r.nControl ?? 0),
      r.nTreatment,
      r.nControl,
    ],
  },
  followUpMonths: {
    header: 'Follow-up',
    headings: (l) => [`${l} (months)`],
    fields: ['followUpMonths'],
    cells: (r) => [r.followUpMonths],
  },
  place: one('Place', 'place', (r) => r.place),
  country: one('Country', 'country', (r) => r.country),
  outcomeResultCount: one('Results', DERIVED, (r) => r.outcomeResultCount),
};

/** The statistics a study reported, as the importer's fields (and its template) name them. */
const STATISTICS = Object.values(STAT_FIELDS)
  .flat()
  .filter((key, k, all) => all.indexOf(key) === k) as (keyof OutcomeStatistics)[];
const statisticLabel = (key: string) =>
  ENTITY_SPECS['outcome-results'].fields.find((f) => f.key === key)?.label ?? key;

export const OUTCOME_RESULT_COLUMNS: ColumnSet<OutcomeResultRow> = {
  measureName: one('Measure', 'measureName', (r) => r.measureName),
  outcome: one('Outcome', 'outcomeId', (r) => r.outcome.name),
  outcomeGroup: one('Outcome group', DERIVED, (r) => r.outcomeGroup.name),
  effect: {
    header: 'Effect (g)',
    headings: sub('95% CI lower', '95% CI upper', 'variance', 'not computed because'),
    fields: [DERIVED, DERIVED, DERIVED, DERIVED, DERIVED],
    cells: (r) =>
      r.effect === null
        ? [null, null, null, null, r.excludedReason]
        : [r.effect.yi, r.effect.ciLower, r.effect.ciUpper, r.effect.vi, null],
  },
  timePoint: {
    header: 'Time point',
    headings: (l) => [`${l} (months)`, `${l}: label`],
    fields: ['timePointMonths', 'timePointLabel'],
    cells: (r) => [r.timePointMonths, r.timePointLabel],
  },
  direction: one('Direction', 'higherIsBetter', (r) =>
    r.higherIsBetter ? HIGHER_IS_BETTER : LOWER_IS_BETTER,
  ),
  dataType: one('Reported as', 'dataType', (r) => OUTCOME_DATA_TYPE_LABELS[r.dataType]),
  evaluation: one('Evaluation', 'evaluationId', (r) => r.evaluation.name),
  design: one('Design', DERIVED, (r) => DESIGN_LABELS[r.evaluation.design]),
  year: one('Year', DERIVED, (r) => r.evaluation.year),
  intervention: one('Intervention', DERIVED, (r) => r.intervention.name),
  // Hidden in the grid by default: the figures the effect is worked out from, which a re-import needs.
  statistics: {
    header: 'Statistics',
    headings: () => STATISTICS.map(statisticLabel),
    fields: STATISTICS,
    cells: (r) =>
      STATISTICS.map((key) =>
        key === 'effectType'
          ? r.stats.effectType === null
            ? null
            : EFFECT_TYPE_LABELS[r.stats.effectType]
          : r.stats[key],
      ),
  },
};

export const ORGANISATION_COLUMNS: ColumnSet<OrganisationRow> = {
  name: one('Name', 'name', (r) => r.name),
  kind: one('Kind', 'kind', (r) => ORGANISATION_KIND_LABELS[r.kind]),
  interventionCount: one('Interventions', DERIVED, (r) => r.interventionCount),
  evaluationCount: one('Evaluations carried out', DERIVED, (r) => r.evaluationCount),
};

/** Cost items have no grid of their own: the CLI exports them with these columns. */
export const COST_ITEM_COLUMNS: ColumnSet<CostItemListRow> = {
  intervention: one('Intervention', 'interventionId', (r) => r.interventionName),
  description: one('Description', 'description', (r) => r.description),
  category: one('Category', 'category', (r) => COST_CATEGORY_LABELS[r.category]),
  amount: one('Amount', 'amount', (r) => r.amount),
  amountLow: one('Amount (low)', 'amountLow', (r) => r.amountLow),
  amountHigh: one('Amount (high)', 'amountHigh', (r) => r.amountHigh),
  currency: one('Currency', 'currency', (r) => r.currency),
  priceYear: one('Price year', 'priceYear', (r) => r.priceYear),
  basis: one('Basis', 'basis', (r) => COST_BASIS_LABELS[r.basis]),
  participants: one('Participants', 'participants', (r) => r.participants),
  years: one('Years', 'years', (r) => r.years),
};

/** Every column of a set, with its default heading: what the CLI exports. */
export function defaultColumns<TRow>(set: ColumnSet<TRow>): { id: string; header: string }[] {
  return Object.entries(set).map(([id, c]) => ({ id, header: c.header }));
}

/** Each entity's columns: the grids' and the cost items'. */
export const ENTITY_COLUMNS = {
  interventions: INTERVENTION_COLUMNS,
  evaluations: EVALUATION_COLUMNS,
  'outcome-results': OUTCOME_RESULT_COLUMNS,
  organisations: ORGANISATION_COLUMNS,
  'cost-items': COST_ITEM_COLUMNS,
} as const satisfies Record<ExportEntity, unknown>;

/**
 * What each heading of an entity's export holds, under the headings the grid shows by default:
 * the import field it fills, or DERIVED. This is how the importer reads an export back.
 */
export function exportedHeadings(entity: ExportEntity): Map<string, CellField> {
  const set = ENTITY_COLUMNS[entity] as ColumnSet<unknown>;
  const headings = new Map<string, CellField>();
  for (const column of Object.values(set)) {
    const names = column.headings?.(column.header) ?? [column.header];
    names.forEach((name, k) => headings.set(name, column.fields[k] ?? DERIVED));
  }
  return headings;
}
