// The catalogue: every intervention in the library in a grid that pages, sorts, filters and
// searches in the library itself (AG Grid's infinite row model), so it stays quick at 10,000+.
import type {
  CellKeyDownEvent,
  FilterModel,
  FullWidthCellKeyDownEvent,
  GridApi,
  GridReadyEvent,
  GridState,
  RowClickedEvent,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { formatCount, formatInteger } from '../../../../shared/format';
import type { InterventionRow } from '../../../../shared/model/catalogue';
import { useDocumentTitle } from '../../app/use-document-title';
import { ErrorState } from '../../components/states';
import { useLibraryInfo, useReferenceData } from '../../data/app-data';
import { gridTheme, styleNonce } from '../../grid/grid-setup';
import { hrefFor, interventionHref, navigate } from '../../routing/routes';
import type { ApiCallError } from '../../transport/api-client';
import { CATALOGUE_PAGE_SIZE, catalogueDatasource } from '../../data/catalogue-datasource';
import { COLUMN, hasFilters, toFilters } from '../../data/catalogue-query';
import { catalogueMemory } from './catalogue-memory';
import { ColumnChooser } from './column-chooser';
import { catalogueColumns } from './columns';
import { describeFilters } from './filter-summary';
import { SavedViews } from './saved-views';

const SEARCH_DELAY_MS = 250;

export function CatalogueScreen() {
  useDocumentTitle('Catalogue');
  const info = useLibraryInfo();
  const reference = useReferenceData();
  const headingId = useId();
  const searchId = useId();
  const columnDefs = useMemo(() => catalogueColumns(reference), [reference]);
  const [searchText, setSearchText] = useState(catalogueMemory.search);
  const [search, setSearch] = useState(catalogueMemory.search);
  const [filterModel, setFilterModel] = useState<FilterModel>(catalogueMemory.filterModel);
  const [total, setTotal] = useState<number | null>(null);
  const [loadError, setLoadError] = useState<ApiCallError | null>(null);
  const [initialState] = useState<GridState>(() => ({
    filter: { filterModel: catalogueMemory.filterModel },
    sort: { sortModel: catalogueMemory.sortModel },
  }));
  const [gridApi, setGridApi] = useState<GridApi<InterventionRow> | null>(null);
  const gridBoxRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const timer = window.setTimeout(() => setSearch(searchText.trim()), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [searchText]);

  // A new datasource per search: the grid drops its cached pages and starts again from the top.
  const datasource = useMemo(
    () =>
      catalogueDatasource(search, {
        onPage: (n) => {
          setTotal(n);
          setLoadError(null);
        },
        onError: setLoadError,
      }),
    [search],
  );

  useEffect(() => {
    catalogueMemory.search = search;
  }, [search]);

  // Coming back from an intervention page: bring the row that was opened into view and focus.
  useEffect(() => {
    const index = catalogueMemory.openedIndex;
    if (gridApi === null || total === null || index === null) return;
    catalogueMemory.openedIndex = null;
    if (index >= total) return;
    const timer = window.setTimeout(() => {
      gridApi.ensureIndexVisible(index, 'middle');
      gridApi.setFocusedCell(index, COLUMN.name);
    }, 0);
    return () => window.clearTimeout(timer);
  }, [gridApi, total]);

  const chips = useMemo(() => describeFilters(filterModel, reference), [filterModel, reference]);
  const filtered = search !== '' || chips.length > 0 || hasFilters(toFilters(filterModel));

  const open = (row: InterventionRow, rowIndex: number | null) => {
    catalogueMemory.openedIndex = rowIndex;
    navigate(interventionHref(row.id));
  };

  const onGridReady = (event: GridReadyEvent<InterventionRow>) => {
    if (catalogueMemory.columnState !== null) {
      event.api.applyColumnState({ state: catalogueMemory.columnState, applyOrder: true });
    }
    setGridApi(event.api);
    // Name the grid after the screen's heading for screen readers.
    gridBoxRef.current
      ?.querySelector('[role="grid"], [role="treegrid"]')
      ?.setAttribute('aria-labelledby', headingId);
  };

  const onRowClicked = (event: RowClickedEvent<InterventionRow>) => {
    if (event.data === undefined) return;
    const target = event.event?.target;
    if (target instanceof Element && target.closest('a') !== null) {
      catalogueMemory.openedIndex = event.rowIndex; // the link itself navigates
      return;
    }
    open(event.data, event.rowIndex);
  };

  const onCellKeyDown = (
    event: CellKeyDownEvent<InterventionRow> | FullWidthCellKeyDownEvent<InterventionRow>,
  ) => {
    const key = event.event instanceof KeyboardEvent ? event.event.key : undefined;
    if (key === 'Enter' && event.data !== undefined) open(event.data, event.rowIndex);
  };

  const removeFilter = (colId: string) => {
    if (gridApi === null) return;
    void Promise.resolve(gridApi.setColumnFilterModel(colId, null)).then(() => gridApi.onFilterChanged());
  };

  const applySearch = (text: string) => {
    setSearchText(text);
    setSearch(text.trim());
  };

  const rememberColumns = (api: GridApi<InterventionRow>) => {
    catalogueMemory.columnState = api.getColumnState();
  };

  const clearAll = () => {
    setSearchText('');
    setSearch('');
    gridApi?.setFilterModel(null);
  };

  const libraryTotal = info.counts.interventions;
  const status =
    total === null
      ? 'Loading interventions…'
      : filtered
        ? `${formatInteger(total)} of ${formatCount(libraryTotal, 'intervention')} match`
        : formatCount(total, 'intervention');

  return (
    <div className="catalogue">
      <header className="page-header page-header--row">
        <div>
          <h1 id={headingId}>Catalogue</h1>
          <p className="page-header__lead">
            Youth-crime prevention programmes in this library, with the strength of their evidence and their
            costs.
          </p>
        </div>
        <a className="button button--primary" href={hrefFor({ screen: 'edit', entity: 'intervention' })}>
          New intervention
        </a>
      </header>

      {info.hasIllustrativeData && (
        <p className="illustrative-note" role="note">
          <span className="badge badge--illustrative">Illustrative</span>
          <span>
            Figures marked Illustrative are invented for demonstration, not taken from a source document. They
            are not evidence.
          </span>
        </p>
      )}

      <div className="catalogue__toolbar">
        <div className="search-field">
          <label htmlFor={searchId} className="search-field__label">
            Search the catalogue
          </label>
          <input
            id={searchId}
            type="search"
            className="input search-field__input"
            value={searchText}
            placeholder="Name, summary, description or evaluation"
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setSearchText(e.target.value)}
          />
        </div>
        <div className="catalogue__tools">
          <SavedViews api={gridApi} search={search} onApplySearch={applySearch} />
          <ColumnChooser api={gridApi} columns={columnDefs} />
        </div>
        <p className="catalogue__count" role="status" aria-live="polite">
          {status}
        </p>
      </div>

      {(chips.length > 0 || search !== '') && (
        <div className="filter-chips" aria-label="Active search and filters" role="group">
          {search !== '' && (
            <span className="chip">
              Search: “{search}”
              <button
                type="button"
                className="chip__remove"
                aria-label={`Remove search “${search}”`}
                onClick={() => {
                  setSearchText('');
                  setSearch('');
                }}
              >
                ×
              </button>
            </span>
          )}
          {chips.map((chip) => (
            <span key={chip.colId} className="chip">
              {chip.text}
              <button
                type="button"
                className="chip__remove"
                aria-label={`Remove filter: ${chip.text}`}
                onClick={() => removeFilter(chip.colId)}
              >
                ×
              </button>
            </span>
          ))}
          <button type="button" className="button button--small button--quiet" onClick={clearAll}>
            Clear all
          </button>
        </div>
      )}

      {loadError !== null && (
        <ErrorState
          title="The catalogue could not be loaded"
          error={loadError}
          onRetry={() => {
            setLoadError(null);
            gridApi?.purgeInfiniteCache();
          }}
        />
      )}

      <div className="catalogue__grid" ref={gridBoxRef}>
        <AgGridReact<InterventionRow>
          theme={gridTheme}
          styleNonce={styleNonce()}
          rowModelType="infinite"
          datasource={datasource}
          cacheBlockSize={CATALOGUE_PAGE_SIZE}
          maxBlocksInCache={100}
          infiniteInitialRowCount={1}
          columnDefs={columnDefs}
          defaultColDef={{
            sortable: true,
            resizable: true,
            suppressHeaderMenuButton: true,
            wrapHeaderText: true,
            autoHeaderHeight: true,
          }}
          enableFilterHandlers
          initialState={initialState}
          getRowId={(p) => p.data.id}
          rowHeight={58}
          tooltipShowDelay={400}
          suppressDragLeaveHidesColumns
          alwaysShowVerticalScroll
          suppressNoRowsOverlay
          onGridReady={onGridReady}
          onRowClicked={onRowClicked}
          onCellKeyDown={onCellKeyDown}
          onFilterChanged={(e) => {
            const model = e.api.getFilterModel();
            catalogueMemory.filterModel = model;
            setFilterModel(model);
          }}
          onColumnVisible={(e) => rememberColumns(e.api)}
          onColumnMoved={(e) => {
            if (e.finished) rememberColumns(e.api);
          }}
          onColumnResized={(e) => {
            if (e.finished) rememberColumns(e.api);
          }}
          onSortChanged={(e) => {
            catalogueMemory.sortModel = e.api
              .getColumnState()
              .filter((c) => c.sort === 'asc' || c.sort === 'desc')
              .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
              .map((c) => ({ colId: c.colId, sort: c.sort === 'desc' ? 'desc' : 'asc' }));
          }}
        />
        {total === 0 && (
          <div className="catalogue__empty">
            {filtered ? (
              <>
                <p className="state__title">No interventions match your search and filters.</p>
                <button type="button" className="button" onClick={clearAll}>
                  Clear search and filters
                </button>
              </>
            ) : (
              <p className="state__title">This library holds no interventions yet.</p>
            )}
          </div>
        )}
      </div>
      <p className="catalogue__hint muted">
        Select a heading to sort by it. To filter a column, use the filter button that appears in its heading
        (or press Ctrl+Enter on the heading). Click a row, or press Enter on it, to open the intervention.
      </p>
    </div>
  );
}
