// What a saved view of a grid screen holds (column order, widths and visibility, sort, filters and
// the search text) and how it is read back and applied to the grid.
import type { ColumnState, FilterModel, GridApi } from 'ag-grid-community';

export interface GridViewState {
  version: 1;
  columns: ColumnState[];
  filterModel: FilterModel;
  search: string;
}

export function captureView<TRow>(api: GridApi<TRow>, search: string): GridViewState {
  return { version: 1, columns: api.getColumnState(), filterModel: api.getFilterModel(), search };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A stored view's state, or null when it is not one this version understands. */
export function readView(state: unknown): GridViewState | null {
  if (!isRecord(state) || state.version !== 1) return null;
  const { columns, filterModel, search } = state;
  if (!Array.isArray(columns) || !columns.every((c) => isRecord(c) && typeof c.colId === 'string'))
    return null;
  if (!isRecord(filterModel) || typeof search !== 'string') return null;
  return { version: 1, columns: columns as ColumnState[], filterModel: filterModel as FilterModel, search };
}

/**
 * Applies a view's columns, sort and filters to the grid (the search text is the screen's). A column
 * the view does not know (added since it was saved) takes its default visibility, after the others.
 */
export function applyView<TRow>(api: GridApi<TRow>, view: GridViewState): void {
  const saved = new Set(view.columns.map((c) => c.colId));
  const added = (api.getColumns() ?? [])
    .filter((c) => !saved.has(c.getColId()))
    .map((c) => ({ colId: c.getColId(), hide: c.getColDef().hide === true }));
  api.applyColumnState({
    state: [...view.columns, ...added],
    applyOrder: true,
    defaultState: { sort: null },
  });
  api.setFilterModel(view.filterModel);
}
