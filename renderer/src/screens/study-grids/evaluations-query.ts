// Turns the evaluations grid's sort and filter models into an evaluations/list query, so the
// library pages, sorts, filters and searches them.
import type { FilterModel } from 'ag-grid-community';
import {
  EVALUATION_NUMERIC_FIELDS,
  EVALUATION_SORT_FIELDS,
  type EvaluationFilters,
  type EvaluationRow,
  type EvaluationSortField,
  INDEPENDENCE,
} from '../../../../shared/model/study-grids';
import { DESIGNS } from '../../../../shared/model/vocabulary';
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

/** The grid's column ids; each is the API's sort field of the same name. */
export const EVALUATION_COLUMN = {
  title: 'title',
  intervention: 'intervention',
  year: 'year',
  design: 'design',
  independence: 'independent',
  sms: 'smsScore',
  sample: 'sampleSize',
  followUp: 'followUpMonths',
  place: 'place',
  country: 'country',
  results: 'outcomeResultCount',
} as const satisfies Record<string, EvaluationSortField>;

const C = EVALUATION_COLUMN;

const smsLevel = (v: string): number | undefined => {
  const n = Number(v);
  return Number.isInteger(n) && n >= 1 && n <= 5 ? n : undefined;
};

export function evaluationFilters(model: FilterModel): EvaluationFilters {
  return {
    design: vocabularyValues(model[C.design], DESIGNS),
    independence: vocabularyValues(model[C.independence], INDEPENDENCE),
    smsScore: blankableValues(model[C.sms], smsLevel),
    country: blankableValues(model[C.country], (v) => v),
    place: blankableValues(model[C.place], (v) => v),
    interventionId: valuesOf(model[C.intervention]),
    title: textCondition(model[C.title]),
    numeric: numericFilters(model, EVALUATION_NUMERIC_FIELDS),
  };
}

function evaluationQuery({ sortModel, filterModel, search }: ViewRequest) {
  return {
    sort: toSort(sortModel, EVALUATION_SORT_FIELDS),
    filters: evaluationFilters(filterModel),
    ...(search === undefined ? {} : { search }),
  };
}

export const evaluationPages: PageSource<EvaluationRow> = {
  method: 'evaluations/list',
  fetchPage: (request) =>
    call('evaluations/list', { ...evaluationQuery(request), offset: request.offset, limit: request.limit }),
  exportQuery: (request) => ({ grid: 'evaluations', query: evaluationQuery(request) }),
};
