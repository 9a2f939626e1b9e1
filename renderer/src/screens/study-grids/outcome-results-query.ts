// Turns the outcome-results grid's sort and filter models into an outcome-results/list query, so
// the library pages, sorts, filters and searches them.
import type { FilterModel } from 'ag-grid-community';
import {
  DIRECTIONS,
  OUTCOME_RESULT_SORT_FIELDS,
  type OutcomeResultFilters,
  type OutcomeResultRow,
  type OutcomeResultSortField,
} from '../../../../shared/model/study-grids';
import { DESIGNS, OUTCOME_DATA_TYPES } from '../../../../shared/model/vocabulary';
import {
  blankableValues,
  numericFilters,
  textCondition,
  toSort,
  valuesOf,
  vocabularyValues,
} from '../../grid/grid-query';
import type { PageSource, ViewRequest } from '../../grid/paged-datasource';
import { call } from '../../transport/api-client';

/** The grid's column ids: sortable ones are the API's sort fields; the effect is shown, not sorted. */
export const RESULT_COLUMN = {
  measure: 'measureName',
  outcome: 'outcome',
  outcomeGroup: 'outcomeGroup',
  timePoint: 'timePoint',
  direction: 'direction',
  dataType: 'dataType',
  evaluation: 'evaluation',
  year: 'year',
  intervention: 'intervention',
} as const satisfies Record<string, OutcomeResultSortField>;
export const EFFECT_COLUMN = 'effect';
/** The study's design: filtered, but not a sort key of the results. */
export const DESIGN_COLUMN = 'design';
/** The statistics as reported: hidden by default, neither sorted nor filtered. */
export const STATISTICS_COLUMN = 'statistics';

const C = RESULT_COLUMN;

const months = (v: string): number | undefined => {
  const n = Number(v);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
};

export function outcomeResultFilters(model: FilterModel): OutcomeResultFilters {
  return {
    outcomeId: valuesOf(model[C.outcome]),
    outcomeGroupId: valuesOf(model[C.outcomeGroup]),
    dataType: vocabularyValues(model[C.dataType], OUTCOME_DATA_TYPES),
    timePointMonths: blankableValues(model[C.timePoint], months),
    direction: vocabularyValues(model[C.direction], DIRECTIONS),
    interventionId: valuesOf(model[C.intervention]),
    design: vocabularyValues(model[DESIGN_COLUMN], DESIGNS),
    measureName: textCondition(model[C.measure]),
    numeric: numericFilters(model, ['year'] as const),
  };
}

function outcomeResultQuery({ sortModel, filterModel, search }: ViewRequest) {
  return {
    sort: toSort(sortModel, OUTCOME_RESULT_SORT_FIELDS),
    filters: outcomeResultFilters(filterModel),
    ...(search === undefined ? {} : { search }),
  };
}

export const outcomeResultPages: PageSource<OutcomeResultRow> = {
  method: 'outcome-results/list',
  fetchPage: (request) =>
    call('outcome-results/list', {
      ...outcomeResultQuery(request),
      offset: request.offset,
      limit: request.limit,
    }),
  exportQuery: (request) => ({ grid: 'outcome-results', query: outcomeResultQuery(request) }),
};
