// The filters a grid column can offer, answered by the library: our checkbox list for categorical
// columns, and AG Grid's text and number filters limited to what the list APIs can answer.
import type { ColDef } from 'ag-grid-community';
import { CategoryFilter, type CategoryFilterParams } from './category-filter';
import { NUMBER_FILTER_OPTIONS, TEXT_FILTER_OPTIONS } from './grid-query';

type FilterProps = Pick<ColDef, 'filter' | 'filterParams'>;

// Filtering happens in the library (infinite row model); the grid never filters rows itself.
export const passAll = () => true;

export function categoryFilter(params: CategoryFilterParams): FilterProps {
  return { filter: { component: CategoryFilter, doesFilterPass: passAll }, filterParams: params };
}

export function numberFilter(defaultOption: (typeof NUMBER_FILTER_OPTIONS)[number]): FilterProps {
  return {
    filter: 'agNumberColumnFilter',
    filterParams: {
      filterOptions: [...NUMBER_FILTER_OPTIONS],
      defaultOption,
      maxNumConditions: 1,
      inRangeInclusive: true,
      allowedCharPattern: '\\d\\.',
    },
  };
}

export function textFilter(): FilterProps {
  return {
    filter: 'agTextColumnFilter',
    filterParams: { filterOptions: TEXT_FILTER_OPTIONS, maxNumConditions: 1, trimInput: true },
  };
}
