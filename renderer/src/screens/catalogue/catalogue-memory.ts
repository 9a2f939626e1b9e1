// What the catalogue remembers while the app is open, so going back from an intervention page
// finds the same search, filters, sort and row as before.
import type { FilterModel, SortModelItem } from 'ag-grid-community';

interface CatalogueMemory {
  search: string;
  filterModel: FilterModel;
  sortModel: SortModelItem[];
  /** The row last opened, to bring back into view and focus. */
  openedIndex: number | null;
}

export const catalogueMemory: CatalogueMemory = {
  search: '',
  filterModel: {},
  sortModel: [],
  openedIndex: null,
};
