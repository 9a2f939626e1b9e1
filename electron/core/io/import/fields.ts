// The fields a spreadsheet column can fill, per kind of record, with the schema each row must pass:
// the same zod schemas the forms and the API use, so an import accepts exactly what editing does.
import type { z } from 'zod';
import {
  CostItemEditSchema,
  EvaluationEditSchema,
  InterventionEditSchema,
  OrganisationEditSchema,
  OutcomeResultEditSchema,
} from '../../../../shared/model/editing';
import type { ImportEntity, ImportField, ImportFieldKind } from '../../../../shared/model/import';
import {
  COST_BASES,
  COST_BASIS_LABELS,
  COST_CATEGORIES,
  COST_CATEGORY_LABELS,
  DESIGN_LABELS,
  DESIGNS,
  DIRECTION_WORDS,
  EFFECT_TYPE_LABELS,
  INDEPENDENCE_WORDS,
  INTERVENTION_STATUS_LABELS,
  INTERVENTION_STATUSES,
  ORGANISATION_KIND_LABELS,
  ORGANISATION_KINDS,
  OUTCOME_DATA_TYPE_LABELS,
  OUTCOME_DATA_TYPES,
  REPORTED_EFFECT_TYPES,
  SETTING_LABELS,
  SETTINGS,
  STRAND_LABELS,
  STRANDS,
  TIER_LABELS,
  TIERS,
  VALIDATION_STATUS_LABELS,
  VALIDATION_STATUSES,
} from '../../../../shared/model/vocabulary';

/** The reference lists a column may name a record from (by id or by name). */
export type ReferenceList =
  'approachTypes' | 'areas' | 'outcomes' | 'organisations' | 'interventions' | 'evaluations';

export interface FieldSpec extends ImportField {
  /** For references: which list the value names a record in. */
  reference?: ReferenceList;
  /** For choices: the words the app (and its exports) shows for each value, accepted as well. */
  labels?: Readonly<Record<string, string>>;
  /** For yes/no fields the app writes in words: [the word for yes, the word for no]. */
  words?: readonly [string, string];
}

export interface EntitySpec {
  /** One record, in the words of a message ("intervention"). */
  noun: string;
  table: 'interventions' | 'organisations' | 'evaluations' | 'outcome_results' | 'cost_items';
  fields: readonly FieldSpec[];
  schema: z.ZodType;
}

function field(
  key: string,
  label: string,
  kind: ImportFieldKind,
  description: string,
  extra: Partial<Pick<FieldSpec, 'required' | 'choices' | 'reference' | 'labels' | 'words'>> = {},
): FieldSpec {
  return { key, label, kind, description, required: extra.required ?? false, ...extra };
}

const required = { required: true } as const;
const idField = field(
  'id',
  'Id',
  'text',
  'Optional: lower-case letters, digits and hyphens; made from the name when blank.',
);
const illustrative = field(
  'illustrative',
  'Illustrative',
  'boolean',
  'yes when the figures are invented for illustration; blank means no.',
);

const INTERVENTION_FIELDS: readonly FieldSpec[] = [
  idField,
  field('name', 'Name', 'text', 'The programme or project’s name.', required),
  field('summary', 'Summary', 'text', 'One or two sentences on what it does.', required),
  field('description', 'Description', 'text', 'A longer description.'),
  field('approachTypeId', 'Approach type', 'reference', 'An approach type of the library, by name or id.', {
    ...required,
    reference: 'approachTypes',
  }),
  field('tier', 'Prevention tier', 'choice', 'universal, targeted or specialist.', {
    ...required,
    choices: TIERS,
    labels: TIER_LABELS,
  }),
  field('strand', 'Strand', 'choice', 'The strand it belongs to.', {
    ...required,
    choices: STRANDS,
    labels: STRAND_LABELS,
  }),
  field('ageMin', 'Youngest age', 'integer', 'Youngest age served, 0–30.'),
  field('ageMax', 'Oldest age', 'integer', 'Oldest age served, 0–30.'),
  field('riskLevel', 'Risk level', 'text', 'The risk level of the target group.'),
  field('gender', 'Gender', 'text', 'The gender of the target group, if limited.'),
  field('targetOther', 'Target group', 'text', 'Anything else about who it serves.'),
  field('settings', 'Settings', 'list', 'Where it is delivered; separate several with ;.', {
    choices: SETTINGS,
    labels: SETTING_LABELS,
  }),
  field(
    'areaIds',
    'Areas',
    'list',
    'Boroughs or other areas of the library, by name or id; separate with ;.',
    {
      reference: 'areas',
    },
  ),
  field('durationWeeks', 'Duration (weeks)', 'number', 'How long it runs, in weeks.'),
  field('sessions', 'Sessions', 'integer', 'Number of sessions.'),
  field('dosage', 'Dosage', 'text', 'How much of it a participant receives.'),
  field('staffing', 'Staffing', 'text', 'Who delivers it.'),
  field('manualAvailable', 'Manual available', 'boolean', 'yes or no.'),
  field('reachPerYear', 'Reach per year', 'integer', 'Participants a year.'),
  field('status', 'Status', 'choice', 'planned, pilot, active or ended.', {
    ...required,
    choices: INTERVENTION_STATUSES,
    labels: INTERVENTION_STATUS_LABELS,
  }),
  field('startDate', 'Start date', 'text', 'YYYY, YYYY-MM or YYYY-MM-DD.'),
  field('endDate', 'End date', 'text', 'YYYY, YYYY-MM or YYYY-MM-DD.'),
  field('tags', 'Tags', 'list', 'Free tags; separate with ;.'),
  field('evidenceLevel', 'Evidence level', 'integer', 'Assessed standard of evidence, 1–5.'),
  field(
    'validationStatus',
    'Validation status',
    'choice',
    'not-assessed (default), self-assessed or validated.',
    {
      choices: VALIDATION_STATUSES,
      labels: VALIDATION_STATUS_LABELS,
    },
  ),
];

const ORGANISATION_FIELDS: readonly FieldSpec[] = [
  idField,
  field('name', 'Name', 'text', 'The organisation’s name.', required),
  field('kind', 'Kind', 'choice', 'What sort of organisation it is.', {
    ...required,
    choices: ORGANISATION_KINDS,
    labels: ORGANISATION_KIND_LABELS,
  }),
  field('website', 'Website', 'text', 'A full http(s) address.'),
  field('description', 'Description', 'text', 'What it does.'),
];

const EVALUATION_FIELDS: readonly FieldSpec[] = [
  idField,
  field('interventionId', 'Intervention', 'reference', 'The intervention evaluated, by name or id.', {
    ...required,
    reference: 'interventions',
  }),
  field('title', 'Title', 'text', 'The report’s title.', required),
  field('authors', 'Authors', 'text', 'Authors or evaluator, as cited.'),
  field(
    'evaluatorOrganisationId',
    'Evaluator organisation',
    'reference',
    'An organisation of the library, by name or id.',
    {
      reference: 'organisations',
    },
  ),
  field(
    'independent',
    'Independent',
    'boolean',
    'yes (Independent) when carried out independently of the provider; no (Internal) otherwise.',
    { ...required, words: INDEPENDENCE_WORDS },
  ),
  field('year', 'Year', 'integer', 'Year of the report, 1900–2100.'),
  field('design', 'Design', 'choice', 'The study design.', {
    ...required,
    choices: DESIGNS,
    labels: DESIGN_LABELS,
  }),
  field('nTreatment', 'Treatment group size', 'integer', 'Participants in the treatment group.'),
  field('nControl', 'Control group size', 'integer', 'Participants in the control or comparison group.'),
  field('followUpMonths', 'Follow-up (months)', 'number', 'Length of follow-up in months.'),
  field('place', 'Place', 'text', 'Where it took place.'),
  field('country', 'Country', 'text', 'United Kingdom when blank.'),
  field('smsScore', 'Maryland SMS score', 'integer', 'Maryland Scientific Methods Scale, 1–5.'),
  field('findings', 'Findings', 'text', 'Summary of findings.'),
  field('doi', 'DOI', 'text', 'The report’s DOI.'),
  field('url', 'URL', 'text', 'A full http(s) address of the report.'),
  illustrative,
];

const OUTCOME_RESULT_FIELDS: readonly FieldSpec[] = [
  idField,
  field('evaluationId', 'Evaluation', 'reference', 'The evaluation that measured it, by id or title.', {
    ...required,
    reference: 'evaluations',
  }),
  field('outcomeId', 'Outcome', 'reference', 'An outcome of the library’s taxonomy, by name or id.', {
    ...required,
    reference: 'outcomes',
  }),
  field('measureName', 'Measure', 'text', 'The measure’s own name.', required),
  field('timePointMonths', 'Time point (months)', 'number', 'Months after the start.'),
  field('timePointLabel', 'Time point', 'text', 'The time point in words.'),
  field(
    'higherIsBetter',
    'Higher is better',
    'boolean',
    'yes or no (Higher is better, Lower is better); the outcome’s own direction when blank.',
    { words: DIRECTION_WORDS },
  ),
  illustrative,
  field('notes', 'Notes', 'text', 'Anything else.'),
  field(
    'dataType',
    'Data type',
    'choice',
    'How the study reported it; decides which statistics are needed.',
    {
      ...required,
      choices: OUTCOME_DATA_TYPES,
      labels: OUTCOME_DATA_TYPE_LABELS,
    },
  ),
  field('m1', 'Mean (treatment)', 'number', 'continuous: treatment group mean.'),
  field('sd1', 'SD (treatment)', 'number', 'continuous: treatment group SD.'),
  field('n1', 'n (treatment)', 'integer', 'continuous, effect or t-statistic: treatment group size.'),
  field('m2', 'Mean (control)', 'number', 'continuous: control group mean.'),
  field('sd2', 'SD (control)', 'number', 'continuous: control group SD.'),
  field('n2', 'n (control)', 'integer', 'continuous, effect or t-statistic: control group size.'),
  field('events1', 'Events (treatment)', 'integer', 'binary: events in the treatment group.'),
  field('total1', 'Total (treatment)', 'integer', 'binary: treatment group total.'),
  field('events2', 'Events (control)', 'integer', 'binary: events in the control group.'),
  field('total2', 'Total (control)', 'integer', 'binary: control group total.'),
  field('effectType', 'Effect type', 'choice', 'effect: d, g, OR or RR.', {
    choices: REPORTED_EFFECT_TYPES,
    labels: EFFECT_TYPE_LABELS,
  }),
  field('effectValue', 'Effect', 'number', 'effect: the reported effect size.'),
  field('ciLower', 'CI lower', 'number', 'effect: lower confidence limit.'),
  field('ciUpper', 'CI upper', 'number', 'effect: upper confidence limit.'),
  field('se', 'SE', 'number', 'effect: standard error.'),
  field('p', 'p', 'number', 'effect: p value.'),
  field('t', 't', 'number', 't-statistic: the t statistic.'),
];

const COST_ITEM_FIELDS: readonly FieldSpec[] = [
  idField,
  field('interventionId', 'Intervention', 'reference', 'The intervention it costs, by name or id.', {
    ...required,
    reference: 'interventions',
  }),
  field('description', 'Description', 'text', 'What the cost covers.', required),
  field('category', 'Category', 'choice', 'The kind of cost.', {
    ...required,
    choices: COST_CATEGORIES,
    labels: COST_CATEGORY_LABELS,
  }),
  field('amount', 'Amount', 'number', 'The amount, not negative.', required),
  field('amountLow', 'Low estimate', 'number', 'The low end of its range.'),
  field('amountHigh', 'High estimate', 'number', 'The high end of its range.'),
  field('currency', 'Currency', 'text', 'Three capital letters; GBP when blank.'),
  field('priceYear', 'Price year', 'integer', 'The year its prices are in.', required),
  field('basis', 'Basis', 'choice', 'What the amount is per.', {
    ...required,
    choices: COST_BASES,
    labels: COST_BASIS_LABELS,
  }),
  field('participants', 'Participants', 'integer', 'Participants it covers.'),
  field('years', 'Years', 'integer', 'Years it covers.'),
  illustrative,
];

export const ENTITY_SPECS: Record<ImportEntity, EntitySpec> = {
  interventions: {
    noun: 'intervention',
    table: 'interventions',
    fields: INTERVENTION_FIELDS,
    schema: InterventionEditSchema,
  },
  organisations: {
    noun: 'organisation',
    table: 'organisations',
    fields: ORGANISATION_FIELDS,
    schema: OrganisationEditSchema,
  },
  evaluations: {
    noun: 'evaluation',
    table: 'evaluations',
    fields: EVALUATION_FIELDS,
    schema: EvaluationEditSchema,
  },
  'outcome-results': {
    noun: 'outcome result',
    table: 'outcome_results',
    fields: OUTCOME_RESULT_FIELDS,
    schema: OutcomeResultEditSchema,
  },
  'cost-items': {
    noun: 'cost item',
    table: 'cost_items',
    fields: COST_ITEM_FIELDS,
    schema: CostItemEditSchema,
  },
};

/** The fields as the API shows them (without the core's reference wiring). */
export function importFields(entity: ImportEntity): ImportField[] {
  return ENTITY_SPECS[entity].fields.map(
    ({ reference: _reference, labels: _labels, words: _words, ...f }) => f,
  );
}

/** Outcome statistics sit under `stats` in the schema; these are their columns. */
export const STAT_FIELDS: Record<string, readonly string[]> = {
  continuous: ['m1', 'sd1', 'n1', 'm2', 'sd2', 'n2'],
  binary: ['events1', 'total1', 'events2', 'total2'],
  effect: ['effectType', 'effectValue', 'ciLower', 'ciUpper', 'se', 'p', 'n1', 'n2'],
  't-statistic': ['t', 'n1', 'n2'],
};
/** A reported effect's schema names two of its statistics differently from their columns. */
export const STAT_SCHEMA_KEYS: Record<string, string> = { effectType: 'type', effectValue: 'value' };
