// The column chooser: a checkbox per column to show or hide it. The column that links to each
// record (the intervention's name, the study's title) always stays. Its button counts the columns
// hidden that the grid shows by default; optional columns (hidden by default) are only offered.
import type { ColDef, GridApi } from 'ag-grid-community';
import { useEffect, useState } from 'react';
import { ToolbarPopover } from './toolbar-popover';

function hiddenColumns<TRow>(api: GridApi<TRow>): Set<string> {
  return new Set(
    api
      .getColumnState()
      .filter((c) => c.hide === true)
      .map((c) => c.colId),
  );
}

export function ColumnChooser<TRow>({
  api,
  columns,
  fixedColumn,
}: {
  api: GridApi<TRow> | null;
  columns: ColDef<TRow>[];
  /** The column that links to each record, which cannot be hidden. */
  fixedColumn: string;
}) {
  const [hidden, setHidden] = useState<Set<string>>(new Set());

  useEffect(() => {
    if (api === null) return;
    const update = () => setHidden(hiddenColumns(api));
    update();
    api.addEventListener('columnVisible', update);
    api.addEventListener('gridColumnsChanged', update);
    return () => {
      if (api.isDestroyed()) return;
      api.removeEventListener('columnVisible', update);
      api.removeEventListener('gridColumnsChanged', update);
    };
  }, [api]);

  const hiddenShownByDefault = columns.filter((c) => c.hide !== true && hidden.has(c.colId ?? '')).length;
  const label = hiddenShownByDefault === 0 ? 'Columns' : `Columns (${hiddenShownByDefault} hidden)`;
  return (
    <ToolbarPopover label={label} title="Choose columns" className="column-chooser">
      <fieldset className="column-chooser__set">
        <legend>Show columns</legend>
        {columns.map((col) => {
          const colId = col.colId ?? '';
          const always = colId === fixedColumn;
          return (
            <label key={colId} className="column-chooser__option">
              <input
                type="checkbox"
                checked={!hidden.has(colId)}
                disabled={always || api === null}
                onChange={(e) => api?.setColumnsVisible([colId], e.target.checked)}
              />
              {col.headerName}
              {always && <span className="muted small"> (always shown)</span>}
            </label>
          );
        })}
        <button
          type="button"
          className="button button--small button--quiet"
          disabled={hidden.size === 0 || api === null}
          onClick={() => api?.setColumnsVisible([...hidden], true)}
        >
          Show all columns
        </button>
      </fieldset>
    </ToolbarPopover>
  );
}
