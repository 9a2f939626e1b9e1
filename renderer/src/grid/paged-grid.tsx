// A grid screen's body: a search box, saved views, a column chooser, the row count, chips for the
// active filters, and a grid that pages, sorts, filters and searches in the library itself (AG
// Grid's infinite row model), so it stays quick with hundreds of thousands of rows. The catalogue,
// evaluations and outcome-results screens differ only in what they pass in.
import type {
  CellKeyDownEvent,
  ColDef,
  FilterModel,
  FullWidthCellKeyDownEvent,
  GridApi,
  GridReadyEvent,
  GridState,
  RowClickedEvent,
  RowSelectionOptions,
  SortModelItem,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import { formatCount, formatInteger } from '../../../shared/format';
import type { GridExportView } from '../../../shared/model/exports';
import type { ViewScreen } from '../../../shared/model/finding';
import { ErrorState } from '../components/states';
import { navigate } from '../routing/routes';
import type { ApiCallError } from '../transport/api-client';
import { ColumnChooser } from './column-chooser';
import { ExportMenu } from './export-menu';
import type { FilterChip } from './filter-chips';
import { gridMemory, remember } from './grid-memory';
import { gridTheme, styleNonce } from './grid-setup';
import { PAGE_SIZE, type PageSource, pagedDatasource } from './paged-datasource';
import { SavedViews } from './saved-views';

const SEARCH_DELAY_MS = 250;

/** The grid's sort keys in order of priority, as the list APIs take them. */
function sortModelOf<TRow>(api: GridApi<TRow>): SortModelItem[] {
  return api
    .getColumnState()
    .filter((c) => c.sort === 'asc' || c.sort === 'desc')
    .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
    .map((c) => ({ colId: c.colId, sort: c.sort === 'desc' ? 'desc' : 'asc' }));
}

export interface PagedGridProps<TRow extends { id: string }> {
  /** Whose saved views these are. */
  screen: ViewScreen;
  /** The id of the screen's heading, which names the grid for screen readers. */
  headingId: string;
  columns: ColDef<TRow>[];
  /** The column whose cell links to each record: always shown, and focused on coming back. */
  linkColumn: string;
  source: PageSource<TRow>;
  describeFilters: (filterModel: FilterModel) => FilterChip[];
  /** True when the filter model narrows the rows (including filters the chips do not name). */
  isFiltered: (filterModel: FilterModel) => boolean;
  hrefOf: (row: TRow) => string;
  /** What a row is called, e.g. "evaluation"; plurals add an "s". */
  noun: string;
  /** How many the library holds in all, for "12 of 340 match". */
  libraryTotal: number;
  searchLabel: string;
  searchPlaceholder: string;
  rowHeight: number;
  /** Said when the library holds none at all. */
  emptyLibraryText: string;
  /** What opening a row shows, for the hint under the grid, e.g. "the intervention". */
  opens: string;
  /** Rows can be selected (checkbox, or Space on a row) for what `selectionActions` offers. */
  selectionActions?: (selected: readonly TRow[]) => ReactNode;
}

/** Selection by checkbox or Space only: a click on a row still opens it. */
const ROW_SELECTION: RowSelectionOptions = {
  mode: 'multiRow',
  checkboxes: true,
  headerCheckbox: false,
  enableClickSelection: false,
};

export function PagedGrid<TRow extends { id: string }>(props: PagedGridProps<TRow>) {
  const { screen, columns, linkColumn, noun, headingId } = props;
  const [memory] = useState(() => gridMemory(screen));
  const searchId = useId();
  const [searchText, setSearchText] = useState(memory.search);
  const [search, setSearch] = useState(memory.search);
  const [filterModel, setFilterModel] = useState<FilterModel>(memory.filterModel);
  const [total, setTotal] = useState<number | null>(null);
  const [loadError, setLoadError] = useState<ApiCallError | null>(null);
  const [initialState] = useState<GridState>(() => ({
    filter: { filterModel: memory.filterModel },
    sort: { sortModel: memory.sortModel },
  }));
  const [gridApi, setGridApi] = useState<GridApi<TRow> | null>(null);
  const [selected, setSelected] = useState<TRow[]>([]);
  const gridBoxRef = useRef<HTMLDivElement>(null);
  const source = props.source;

  useEffect(() => {
    const timer = window.setTimeout(() => setSearch(searchText.trim()), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [searchText]);

  // A new datasource per search: the grid drops its cached pages and starts again from the top.
  const datasource = useMemo(
    () =>
      pagedDatasource(source, search, {
        onPage: (n) => {
          setTotal(n);
          setLoadError(null);
        },
        onError: setLoadError,
      }),
    [source, search],
  );

  useEffect(() => {
    remember(screen, { search });
  }, [screen, search]);

  // Coming back from a record's page: bring the row that was opened into view and focus.
  useEffect(() => {
    const index = gridMemory(screen).openedIndex;
    if (gridApi === null || total === null || index === null) return;
    remember(screen, { openedIndex: null });
    if (index >= total) return;
    const timer = window.setTimeout(() => {
      gridApi.ensureIndexVisible(index, 'middle');
      gridApi.setFocusedCell(index, linkColumn);
    }, 0);
    return () => window.clearTimeout(timer);
  }, [gridApi, total, screen, linkColumn]);

  const chips = props.describeFilters(filterModel);
  const filtered = search !== '' || chips.length > 0 || props.isFiltered(filterModel);

  const open = (row: TRow, rowIndex: number | null) => {
    remember(screen, { openedIndex: rowIndex });
    navigate(props.hrefOf(row));
  };

  const onGridReady = (event: GridReadyEvent<TRow>) => {
    if (memory.columnState !== null) {
      event.api.applyColumnState({ state: memory.columnState, applyOrder: true });
    }
    setGridApi(event.api);
    gridBoxRef.current
      ?.querySelector('[role="grid"], [role="treegrid"]')
      ?.setAttribute('aria-labelledby', headingId);
  };

  const onRowClicked = (event: RowClickedEvent<TRow>) => {
    if (event.data === undefined) return;
    const target = event.event?.target;
    if (target instanceof Element && target.closest('.ag-selection-checkbox') !== null) return;
    if (target instanceof Element && target.closest('a') !== null) {
      remember(screen, { openedIndex: event.rowIndex }); // the link itself navigates
      return;
    }
    open(event.data, event.rowIndex);
  };

  const onCellKeyDown = (event: CellKeyDownEvent<TRow> | FullWidthCellKeyDownEvent<TRow>) => {
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

  const rememberColumns = (api: GridApi<TRow>) => {
    remember(screen, { columnState: api.getColumnState() });
  };

  const clearAll = () => {
    applySearch('');
    gridApi?.setFilterModel(null);
  };

  /** The view as shown, for an export: its query, visible columns and headings, and notes. */
  const exportView = (): GridExportView | null => {
    if (gridApi === null) return null;
    const columns = gridApi
      .getAllDisplayedColumns()
      // AG Grid's own columns (the selection tick boxes) hold no data to export.
      .filter((c) => !c.getColId().startsWith('ag-Grid-'))
      .map((c) => ({ id: c.getColId(), header: c.getColDef().headerName ?? c.getColId() }));
    const headerOf = (colId: string) => columns.find((c) => c.id === colId)?.header ?? colId;
    const sortModel = sortModelOf(gridApi);
    const notes = [
      ...(search === '' ? [] : [{ label: 'Search', value: search }]),
      ...chips.map((chip) => ({ label: 'Filter', value: chip.text })),
      {
        label: 'Sort',
        value:
          sortModel.length === 0
            ? 'Default order'
            : sortModel
                .map((s) => `${headerOf(s.colId)} (${s.sort === 'desc' ? 'descending' : 'ascending'})`)
                .join(', '),
      },
    ];
    const view = source.exportQuery({
      sortModel,
      filterModel: gridApi.getFilterModel(),
      search: search === '' ? undefined : search,
    });
    return { ...view, columns, notes };
  };

  const plural = `${noun}s`;
  const status =
    total === null
      ? `Loading ${plural}…`
      : filtered
        ? `${formatInteger(total)} of ${formatCount(props.libraryTotal, noun)} match`
        : formatCount(total, noun);

  return (
    <>
      <div className="catalogue__toolbar">
        <div className="search-field">
          <label htmlFor={searchId} className="search-field__label">
            {props.searchLabel}
          </label>
          <input
            id={searchId}
            type="search"
            className="input search-field__input"
            value={searchText}
            placeholder={props.searchPlaceholder}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setSearchText(e.target.value)}
          />
        </div>
        <div className="catalogue__tools">
          <SavedViews screen={screen} api={gridApi} search={search} onApplySearch={applySearch} />
          <ColumnChooser api={gridApi} columns={columns} fixedColumn={linkColumn} />
          <ExportMenu request={exportView} />
        </div>
        <p className="catalogue__count" role="status" aria-live="polite">
          {status}
        </p>
      </div>

      {props.selectionActions !== undefined && selected.length > 0 && (
        <div className="selection-bar" role="group" aria-label={`Selected ${plural}`}>
          <span>{formatCount(selected.length, `${noun} selected`)}</span>
          {props.selectionActions(selected)}
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => gridApi?.deselectAll()}
          >
            Clear selection
          </button>
        </div>
      )}

      {(chips.length > 0 || search !== '') && (
        <div className="filter-chips" aria-label="Active search and filters" role="group">
          {search !== '' && (
            <span className="chip">
              Search: “{search}”
              <button
                type="button"
                className="chip__remove"
                aria-label={`Remove search “${search}”`}
                onClick={() => applySearch('')}
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
          title={`The ${plural} could not be loaded`}
          error={loadError}
          onRetry={() => {
            setLoadError(null);
            gridApi?.purgeInfiniteCache();
          }}
        />
      )}

      <div className="catalogue__grid" ref={gridBoxRef}>
        <AgGridReact<TRow>
          theme={gridTheme}
          styleNonce={styleNonce()}
          rowModelType="infinite"
          datasource={datasource}
          cacheBlockSize={PAGE_SIZE}
          maxBlocksInCache={100}
          infiniteInitialRowCount={1}
          columnDefs={columns}
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
          rowHeight={props.rowHeight}
          tooltipShowDelay={400}
          suppressDragLeaveHidesColumns
          alwaysShowVerticalScroll
          // The screen says itself when nothing matches, and how to clear the filters.
          suppressOverlays={['noRows', 'noMatchingRows']}
          onGridReady={onGridReady}
          {...(props.selectionActions === undefined
            ? {}
            : {
                rowSelection: ROW_SELECTION,
                onSelectionChanged: (e: { api: GridApi<TRow> }) => setSelected(e.api.getSelectedRows()),
              })}
          onRowClicked={onRowClicked}
          onCellKeyDown={onCellKeyDown}
          onFilterChanged={(e) => {
            const model = e.api.getFilterModel();
            remember(screen, { filterModel: model });
            setFilterModel(model);
          }}
          onColumnVisible={(e) => rememberColumns(e.api)}
          onColumnMoved={(e) => {
            if (e.finished) rememberColumns(e.api);
          }}
          onColumnResized={(e) => {
            if (e.finished) rememberColumns(e.api);
          }}
          onSortChanged={(e) => remember(screen, { sortModel: sortModelOf(e.api) })}
        />
        {total === 0 && (
          <div className="catalogue__empty">
            {filtered ? (
              <>
                <p className="state__title">No {plural} match your search and filters.</p>
                <button type="button" className="button" onClick={clearAll}>
                  Clear search and filters
                </button>
              </>
            ) : (
              <p className="state__title">{props.emptyLibraryText}</p>
            )}
          </div>
        )}
      </div>
      <p className="catalogue__hint muted">
        Select a heading to sort by it. To filter a column, use the filter button that appears in its heading
        (or press Ctrl+Enter on the heading). Click a row, or press Enter on it, to open {props.opens}.
        {props.selectionActions !== undefined && ' Tick its box, or press Space on it, to select it.'}
      </p>
    </>
  );
}
