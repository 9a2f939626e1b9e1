// The catalogue grid's datasource: AG Grid's infinite row model asks for a block of rows with its
// sort and filter models; this turns them into an interventions/list call (the library pages, sorts,
// filters and searches) and hands back the rows with the total.
import type { FilterModel, IDatasource, IGetRowsParams } from 'ag-grid-community';
import type { InterventionListInput } from '../../../shared/model/catalogue';
import { ApiCallError, call } from '../transport/api-client';
import { toFilters, toSort } from './catalogue-query';

/** Rows per request; the API allows up to 500. */
export const CATALOGUE_PAGE_SIZE = 100;

export interface DatasourceEvents {
  onPage: (total: number) => void;
  onError: (error: ApiCallError) => void;
}

export function catalogueDatasource(search: string, events: DatasourceEvents): IDatasource {
  return {
    getRows(params: IGetRowsParams) {
      const input: InterventionListInput = {
        offset: params.startRow,
        limit: Math.min(500, Math.max(1, params.endRow - params.startRow)),
        sort: toSort(params.sortModel),
        filters: toFilters(params.filterModel as FilterModel),
        ...(search === '' ? {} : { search }),
      };
      call('interventions/list', input).then(
        (page) => {
          params.successCallback(page.rows, page.total);
          events.onPage(page.total);
        },
        (error: unknown) => {
          params.failCallback();
          events.onError(
            error instanceof ApiCallError
              ? error
              : new ApiCallError('interventions/list', 'INTERNAL', String(error)),
          );
        },
      );
    },
  };
}
