// What a grid screen remembers while the app is open, so going back from a record's page finds
// the same search, filters, sort, columns and row as before. One memory per screen.
import type { ColumnState, FilterModel, SortModelItem } from 'ag-grid-community';
import type { ViewScreen } from '../../../shared/model/finding';

interface GridMemory {
  search: string;
  filterModel: FilterModel;
  sortModel: SortModelItem[];
  /** Column order, widths and visibility, once the user has changed them. */
  columnState: ColumnState[] | null;
  /** The row last opened, to bring back into view and focus. */
  openedIndex: number | null;
}

const memories = new Map<ViewScreen, GridMemory>();

/** What the screen remembers (read it; change it with `remember`). */
export function gridMemory(screen: ViewScreen): Readonly<GridMemory> {
  return (
    memories.get(screen) ?? {
      search: '',
      filterModel: {},
      sortModel: [],
      columnState: null,
      openedIndex: null,
    }
  );
}

export function remember(screen: ViewScreen, changes: Partial<GridMemory>): void {
  memories.set(screen, { ...gridMemory(screen), ...changes });
}
