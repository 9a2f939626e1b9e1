// A grid's datasource: AG Grid's infinite row model asks for a block of rows with its sort and
// filter models; the screen's `fetchPage` turns them into its list call (the library pages, sorts,
// filters and searches) and this hands back the rows with the total.
import type { FilterModel, IDatasource, IGetRowsParams, SortModelItem } from 'ag-grid-community';
import type { MethodName } from '../../../shared/api';
import type { GridExportQuery } from '../../../shared/model/exports';
import { ApiCallError } from '../transport/api-client';

/** Rows per request; the list APIs allow up to 500. */
export const PAGE_SIZE = 100;

export interface PageRequest {
  offset: number;
  limit: number;
  sortModel: SortModelItem[];
  filterModel: FilterModel;
  /** The search text, or undefined for none. */
  search: string | undefined;
}

/** The view a grid shows, without the page: what an export of it as shown asks for. */
export type ViewRequest = Omit<PageRequest, 'offset' | 'limit'>;

export interface Page<TRow> {
  total: number;
  rows: TRow[];
}

export interface PageSource<TRow> {
  /** The list method, named in errors. */
  method: MethodName;
  fetchPage: (request: PageRequest) => Promise<Page<TRow>>;
  /** The same view as an export query (exports/grid), so a file holds every row the grid matches. */
  exportQuery: (request: ViewRequest) => GridExportQuery;
}

export interface DatasourceEvents {
  onPage: (total: number) => void;
  onError: (error: ApiCallError) => void;
}

export function pagedDatasource<TRow>(
  source: PageSource<TRow>,
  search: string,
  events: DatasourceEvents,
): IDatasource {
  return {
    getRows(params: IGetRowsParams) {
      source
        .fetchPage({
          offset: params.startRow,
          limit: Math.min(500, Math.max(1, params.endRow - params.startRow)),
          sortModel: params.sortModel,
          filterModel: params.filterModel as FilterModel,
          search: search === '' ? undefined : search,
        })
        .then(
          (page) => {
            params.successCallback(page.rows, page.total);
            events.onPage(page.total);
          },
          (error: unknown) => {
            params.failCallback();
            events.onError(
              error instanceof ApiCallError
                ? error
                : new ApiCallError(source.method, 'INTERNAL', String(error)),
            );
          },
        );
    },
  };
}
