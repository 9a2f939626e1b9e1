// What both study grids share: how a blank value reads, set-filter options built from the values
// the library holds ("Not recorded" last), and the year and intervention columns.
import type { ColDef, ValueGetterParams } from 'ag-grid-community';
import { NO_VALUE } from '../../../../shared/format';
import type { EntityName } from '../../../../shared/model/library';
import type { NamedRef } from '../../../../shared/model/catalogue';
import type { CategoryOption } from '../../grid/category-filter';
import { categoryFilter, numberFilter } from '../../grid/column-filters';
import { BLANK_VALUE } from '../../grid/grid-query';

export function blankableOptions<T extends string | number>(
  values: readonly (T | null)[],
  label: (value: T) => string = String,
): CategoryOption[] {
  return values.map((v) =>
    v === null ? { value: BLANK_VALUE, label: 'Not recorded' } : { value: String(v), label: label(v) },
  );
}

/** The study's year, filtered as a range. */
export function yearColumn<TRow>(year: (row: TRow) => number | null): ColDef<TRow> {
  return {
    colId: 'year',
    headerName: 'Year',
    valueGetter: (p: ValueGetterParams<TRow>) => (p.data === undefined ? undefined : year(p.data)),
    valueFormatter: (p) => (typeof p.value === 'number' ? String(p.value) : NO_VALUE),
    width: 88,
    ...numberFilter('inRange'),
  };
}

/** The intervention a row belongs to, filtered by a searchable list of the library's interventions. */
export function interventionColumn<TRow>(
  intervention: (row: TRow) => NamedRef,
  interventions: EntityName[],
  legend: string,
): ColDef<TRow> {
  const name = (p: { data?: TRow | undefined }) =>
    p.data === undefined ? undefined : intervention(p.data).name;
  return {
    colId: 'intervention',
    headerName: 'Intervention',
    valueGetter: name,
    tooltipValueGetter: name,
    width: 170,
    ...categoryFilter({
      legend,
      searchable: true,
      options: interventions.map((i) => ({ value: i.id, label: i.name })),
    }),
  };
}
