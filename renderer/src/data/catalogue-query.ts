// Turns the catalogue grid's sort and filter models into the catalogue query of the API
// (interventions/list), so sorting, filtering and search run in the library, not in the page.
import type { FilterModel } from 'ag-grid-community';
import {
  type InterventionFilters,
  type InterventionListInput,
  type NumericFilterField,
  SORTABLE_FIELDS,
  type SortableField,
} from '../../../shared/model/catalogue';
import { STRANDS, TIERS } from '../../../shared/model/vocabulary';
import { call } from '../transport/api-client';
import {
  isFiniteNumber,
  numericFilters,
  textCondition,
  toSort,
  valuesOf,
  vocabularyValues,
} from '../grid/grid-query';
import type { PageSource, ViewRequest } from '../grid/paged-datasource';
import type { InterventionRow } from '../../../shared/model/catalogue';

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

/** Columns hidden by default and not sort keys of the library: an export shows them when asked. */
export const OPTIONAL_COLUMN = { summary: 'summary', status: 'status' } as const;

/** The model of the age filter: programmes whose target ages overlap this band. */
export interface AgeBandFilterModel {
  filterType: 'ageBand';
  min: number;
  max: number;
}

function isAgeBandModel(value: unknown): value is AgeBandFilterModel {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { filterType?: unknown }).filterType === 'ageBand' &&
    isFiniteNumber((value as { min?: unknown }).min) &&
    isFiniteNumber((value as { max?: unknown }).max)
  );
}

/** The API's filters for the grid's filter model; models the API cannot answer are left out. */
export function toFilters(filterModel: FilterModel | null | undefined): InterventionFilters {
  const model = filterModel ?? {};
  const ages = model[COLUMN.ages];
  return {
    strand: vocabularyValues(model[COLUMN.strand], STRANDS),
    tier: vocabularyValues(model[COLUMN.tier], TIERS),
    approachTypeId: valuesOf(model[COLUMN.approachType]),
    areaId: valuesOf(model[COLUMN.areas]),
    name: textCondition(model[COLUMN.name]),
    ages: isAgeBandModel(ages) && ages.min <= ages.max ? { min: ages.min, max: ages.max } : undefined,
    numeric: numericFilters(model, NUMBER_FILTER_COLUMNS),
  };
}

function catalogueQuery({ sortModel, filterModel, search }: ViewRequest) {
  return {
    sort: toSort(sortModel, SORTABLE_FIELDS),
    filters: toFilters(filterModel),
    ...(search === undefined ? {} : { search }),
  } satisfies InterventionListInput;
}

/** The catalogue's pages, from interventions/list. */
export const cataloguePages: PageSource<InterventionRow> = {
  method: 'interventions/list',
  fetchPage: (request) =>
    call('interventions/list', { ...catalogueQuery(request), offset: request.offset, limit: request.limit }),
  exportQuery: (request) => ({ grid: 'interventions', query: catalogueQuery(request) }),
};
