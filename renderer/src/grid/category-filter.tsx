// A column filter for categorical columns (strand, tier, approach, boroughs, design, outcome…): a
// labelled list of checkboxes built from the vocabulary, the library's reference data or the
// values it holds. Choosing values filters at once; none chosen means no filter.
import { type CustomFilterDisplayProps, useGridFilterDisplay } from 'ag-grid-react';
import { useId, useRef, useState } from 'react';
import type { ValuesFilterModel } from './grid-query';

export interface CategoryOption {
  value: string;
  label: string;
}

/** What a column passes in `filterParams`. */
export interface CategoryFilterParams {
  options: CategoryOption[];
  /** The question the checkboxes answer, e.g. "Show these strands". */
  legend: string;
  /** Adds a box to narrow long lists (boroughs, places). */
  searchable?: boolean;
}

type Props = CustomFilterDisplayProps<unknown, unknown, ValuesFilterModel> & CategoryFilterParams;

export function CategoryFilter({ model, onModelChange, options, legend, searchable = false }: Props) {
  const [query, setQuery] = useState('');
  const firstField = useRef<HTMLInputElement>(null);
  const id = useId();
  useGridFilterDisplay({
    afterGuiAttached: (params) => {
      if (params?.suppressFocus !== true) firstField.current?.focus();
    },
  });

  const selected = new Set(model?.values ?? []);
  const needle = query.trim().toLowerCase();
  const visible = needle === '' ? options : options.filter((o) => o.label.toLowerCase().includes(needle));

  const change = (next: Set<string>) => {
    const values = options.filter((o) => next.has(o.value)).map((o) => o.value);
    onModelChange(values.length === 0 ? null : { filterType: 'values', values });
  };
  const toggle = (value: string, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(value);
    else next.delete(value);
    change(next);
  };

  return (
    <div className="grid-filter">
      <fieldset className="grid-filter__fieldset">
        <legend className="grid-filter__legend">{legend}</legend>
        {searchable && (
          <div className="grid-filter__search">
            <label htmlFor={`${id}-find`}>Find in list</label>
            <input
              id={`${id}-find`}
              ref={firstField}
              type="search"
              className="input input--small"
              value={query}
              autoComplete="off"
              onChange={(e) => setQuery(e.target.value)}
            />
          </div>
        )}
        <div className="grid-filter__options">
          {visible.length === 0 && <p className="muted grid-filter__none">Nothing matches “{query}”.</p>}
          {visible.map((option, index) => (
            <label key={option.value} className="check">
              <input
                ref={!searchable && index === 0 ? firstField : undefined}
                type="checkbox"
                checked={selected.has(option.value)}
                onChange={(e) => toggle(option.value, e.target.checked)}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid-filter__footer">
        <span className="muted" aria-live="polite">
          {selected.size === 0 ? 'No filter: all shown' : `${selected.size} selected`}
        </span>
        {selected.size > 0 && (
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => change(new Set())}
          >
            Clear
          </button>
        )}
      </div>
    </div>
  );
}
