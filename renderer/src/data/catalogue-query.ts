// Turns the grid's sort and filter models into the catalogue query of the API
// (interventions/list), so sorting, filtering and search run in the library, not in the page.
import type { FilterModel, NumberFilterModel, SortModelItem, TextFilterModel } from 'ag-grid-community';
import {
  type InterventionFilters,
  type InterventionListInput,
  type NumericFilterField,
  SORTABLE_FIELDS,
  type SortableField,
  TEXT_OPERATORS,
} from '../../../shared/model/catalogue';
import { STRANDS, type Strand, TIERS, type Tier } from '../../../shared/model/vocabulary';

/** Number filters the grid offers (ages use the age-band filter instead). */
const NUMBER_FILTER_COLUMNS: readonly NumericFilterField[] = [
  'evidenceLevel',
  'evaluationCount',
  'costPerParticipant',
];

/** The grid's column ids; sortable ones are the API's sort fields. */
export const COLUMN = {
  name: 'name',
  approachType: 'approachType',
  strand: 'strand',
  tier: 'tier',
  ages: 'ageMin',
  areas: 'areas',
  evidence: 'evidenceLevel',
  evaluations: 'evaluationCount',
  cost: 'costPerParticipant',
} as const satisfies Record<string, SortableField>;

/** The model of the checkbox-list filters on categorical columns. */
export interface ValuesFilterModel {
  filterType: 'values';
  values: string[];
}

/** The model of the age filter: programmes whose target ages overlap this band. */
export interface AgeBandFilterModel {
  filterType: 'ageBand';
  min: number;
  max: number;
}

type NumericCondition = NonNullable<InterventionFilters['numeric']>[number];

const NUMBER_OPERATORS: Record<string, NumericCondition['op'] | undefined> = {
  equals: 'eq',
  notEqual: 'ne',
  lessThan: 'lt',
  lessThanOrEqual: 'lte',
  greaterThan: 'gt',
  greaterThanOrEqual: 'gte',
  blank: 'blank',
  notBlank: 'notBlank',
};

/** The number filter's options the API can answer (inRange becomes two conditions). */
export const NUMBER_FILTER_OPTIONS = [
  'greaterThanOrEqual',
  'lessThanOrEqual',
  'equals',
  'notEqual',
  'greaterThan',
  'lessThan',
  'inRange',
  'blank',
  'notBlank',
] as const;

export const TEXT_FILTER_OPTIONS = [...TEXT_OPERATORS];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

function isValuesModel(value: unknown): value is ValuesFilterModel {
  return isObject(value) && value.filterType === 'values' && Array.isArray(value.values);
}

function isAgeBandModel(value: unknown): value is AgeBandFilterModel {
  return (
    isObject(value) &&
    value.filterType === 'ageBand' &&
    isFiniteNumber(value.min) &&
    isFiniteNumber(value.max)
  );
}

/** One or more conditions of a simple filter model (AND-joined only: the API has no OR). */
function conditionsOf<M>(model: unknown): M[] {
  if (!isObject(model)) return [];
  if (Array.isArray(model.conditions)) return model.operator === 'OR' ? [] : (model.conditions as M[]);
  return [model as M];
}

function numericConditions(field: NumericFilterField, model: unknown): NumericCondition[] {
  const out: NumericCondition[] = [];
  for (const condition of conditionsOf<NumberFilterModel>(model)) {
    const type = condition.type ?? undefined;
    if (type === 'inRange') {
      if (isFiniteNumber(condition.filter)) out.push({ field, op: 'gte', value: condition.filter });
      if (isFiniteNumber(condition.filterTo)) out.push({ field, op: 'lte', value: condition.filterTo });
      continue;
    }
    const op = type === undefined ? undefined : NUMBER_OPERATORS[type];
    if (op === undefined) continue;
    if (op === 'blank' || op === 'notBlank') out.push({ field, op });
    else if (isFiniteNumber(condition.filter)) out.push({ field, op, value: condition.filter });
  }
  return out;
}

function nameCondition(model: unknown): InterventionFilters['name'] {
  const [condition] = conditionsOf<TextFilterModel>(model);
  if (condition === undefined) return undefined;
  const op = TEXT_OPERATORS.find((o) => o === condition.type);
  const value = typeof condition.filter === 'string' ? condition.filter.trim() : '';
  return op === undefined || value === '' ? undefined : { op, value: value.slice(0, 200) };
}

function valuesOf(model: unknown): string[] | undefined {
  return isValuesModel(model) && model.values.length > 0 ? model.values : undefined;
}

/** The API's filters for the grid's filter model; models the API cannot answer are left out. */
export function toFilters(filterModel: FilterModel | null | undefined): InterventionFilters {
  const model = filterModel ?? {};
  const filters: InterventionFilters = {};
  const strands = valuesOf(model[COLUMN.strand])?.filter((v): v is Strand =>
    (STRANDS as readonly string[]).includes(v),
  );
  if (strands !== undefined && strands.length > 0) filters.strand = strands;
  const tiers = valuesOf(model[COLUMN.tier])?.filter((v): v is Tier =>
    (TIERS as readonly string[]).includes(v),
  );
  if (tiers !== undefined && tiers.length > 0) filters.tier = tiers;
  const approaches = valuesOf(model[COLUMN.approachType]);
  if (approaches !== undefined) filters.approachTypeId = approaches;
  const areas = valuesOf(model[COLUMN.areas]);
  if (areas !== undefined) filters.areaId = areas;
  const name = nameCondition(model[COLUMN.name]);
  if (name !== undefined) filters.name = name;
  const ages = model[COLUMN.ages];
  if (isAgeBandModel(ages) && ages.min <= ages.max) filters.ages = { min: ages.min, max: ages.max };
  const numeric = NUMBER_FILTER_COLUMNS.flatMap((field) => numericConditions(field, model[field]));
  if (numeric.length > 0) filters.numeric = numeric;
  return filters;
}

/** The API's sort for the grid's sort model (at most four keys, sortable columns only). */
export function toSort(sortModel: readonly SortModelItem[]): NonNullable<InterventionListInput['sort']> {
  return sortModel
    .filter((s): s is SortModelItem & { colId: SortableField } =>
      (SORTABLE_FIELDS as readonly string[]).includes(s.colId),
    )
    .slice(0, 4)
    .map((s) => ({ field: s.colId, direction: s.sort === 'desc' ? 'desc' : 'asc' }));
}

export function hasFilters(filters: InterventionFilters): boolean {
  return Object.keys(filters).length > 0;
}
