// Turns a grid's sort and filter models into the parts of a list query every grid API shares
// (sort keys, set filters, text and number conditions), so sorting and filtering run in the
// library, not in the page. Each screen maps its own columns with these.
import type { FilterModel, NumberFilterModel, SortModelItem, TextFilterModel } from 'ag-grid-community';
import { type NUMERIC_OPERATORS, TEXT_OPERATORS, type TextCondition } from '../../../shared/model/catalogue';

/** The model of the checkbox-list filters on categorical columns. */
export interface ValuesFilterModel {
  filterType: 'values';
  values: string[];
}

/** The value a checkbox list uses for "not recorded", since filter models hold strings. */
export const BLANK_VALUE = '__blank__';

export interface NumericCondition<F extends string> {
  field: F;
  op: (typeof NUMERIC_OPERATORS)[number];
  value?: number;
}

const NUMBER_OPERATORS: Record<string, NumericCondition<string>['op'] | undefined> = {
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
export const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

function isValuesModel(value: unknown): value is ValuesFilterModel {
  return isObject(value) && value.filterType === 'values' && Array.isArray(value.values);
}

/** One or more conditions of a simple filter model (AND-joined only: the APIs have no OR). */
function conditionsOf<M>(model: unknown): M[] {
  if (!isObject(model)) return [];
  if (Array.isArray(model.conditions)) return model.operator === 'OR' ? [] : (model.conditions as M[]);
  return [model as M];
}

export function numericConditions<F extends string>(field: F, model: unknown): NumericCondition<F>[] {
  const out: NumericCondition<F>[] = [];
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

/** Number conditions of several columns, each column id being the API's field. */
export function numericFilters<F extends string>(
  model: FilterModel,
  fields: readonly F[],
): NumericCondition<F>[] | undefined {
  const conditions = fields.flatMap((field) => numericConditions(field, model[field]));
  return conditions.length > 0 ? conditions : undefined;
}

export function textCondition(model: unknown): TextCondition | undefined {
  const [condition] = conditionsOf<TextFilterModel>(model);
  if (condition === undefined) return undefined;
  const op = TEXT_OPERATORS.find((o) => o === condition.type);
  const value = typeof condition.filter === 'string' ? condition.filter.trim() : '';
  return op === undefined || value === '' ? undefined : { op, value: value.slice(0, 200) };
}

/** The values chosen in a checkbox-list filter, or undefined when it is off. */
export function valuesOf(model: unknown): string[] | undefined {
  return isValuesModel(model) && model.values.length > 0 ? model.values : undefined;
}

/** Chosen values that belong to a closed vocabulary (a stale saved view may hold others). */
export function vocabularyValues<T extends string>(
  model: unknown,
  vocabulary: readonly T[],
): T[] | undefined {
  const values = valuesOf(model)?.filter((v): v is T => (vocabulary as readonly string[]).includes(v));
  return values === undefined || values.length === 0 ? undefined : values;
}

/** Chosen values with "not recorded" as null, each parsed by `parse` (undefined drops it). */
export function blankableValues<T>(
  model: unknown,
  parse: (v: string) => T | undefined,
): (T | null)[] | undefined {
  const values = valuesOf(model)
    ?.map((v) => (v === BLANK_VALUE ? null : parse(v)))
    .filter((v): v is T | null => v !== undefined);
  return values === undefined || values.length === 0 ? undefined : values;
}

/** The API's sort for the grid's sort model (at most four keys, sortable columns only). */
export function toSort<F extends string>(
  sortModel: readonly SortModelItem[],
  fields: readonly F[],
): { field: F; direction: 'asc' | 'desc' }[] {
  return sortModel
    .filter((s): s is SortModelItem & { colId: F } => (fields as readonly string[]).includes(s.colId))
    .slice(0, 4)
    .map((s) => ({ field: s.colId, direction: s.sort === 'desc' ? 'desc' : 'asc' }));
}

/** True when any filter is set (filters left undefined do not count). */
export function hasFilters(filters: object): boolean {
  return Object.values(filters).some((v) => v !== undefined);
}
