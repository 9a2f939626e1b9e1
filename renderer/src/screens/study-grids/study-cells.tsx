// What both study grids share: how a blank value reads, and set-filter options built from the
// values the library holds, with "Not recorded" last.
import { NO_VALUE } from '../../../../shared/format';
import type { CategoryOption } from '../../grid/category-filter';
import { BLANK_VALUE } from '../../grid/grid-query';

export function Blank({ label }: { label: string }) {
  return (
    <span className="muted" title={label}>
      <span aria-hidden="true">{NO_VALUE}</span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}

export function blankableOptions<T extends string | number>(
  values: readonly (T | null)[],
  label: (value: T) => string = String,
): CategoryOption[] {
  return values.map((v) =>
    v === null ? { value: BLANK_VALUE, label: 'Not recorded' } : { value: String(v), label: label(v) },
  );
}
