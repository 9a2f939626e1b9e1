// What the catalogue remembers while the app is open, so going back from an intervention page
// finds the same search, filters, sort, columns and row as before.
import type { ColumnState, FilterModel, SortModelItem } from 'ag-grid-community';

interface CatalogueMemory {
  search: string;
  filterModel: FilterModel;
  sortModel: SortModelItem[];
  /** Column order, widths and visibility, once the user has changed them. */
  columnState: ColumnState[] | null;
  /** The row last opened, to bring back into view and focus. */
  openedIndex: number | null;
}

export const catalogueMemory: CatalogueMemory = {
  search: '',
  filterModel: {},
  sortModel: [],
  columnState: null,
  openedIndex: null,
};
