// Which row's form is open in the unit costs and baseline rates tables (a new row's, or one row's
// edit form), with focus going back to the button that opened it when the form closes.
import { useState } from 'react';

export function useRowForms(prefix: string) {
  const [open, setOpen] = useState<string | null>(null);
  const openerId = (row: string) => `${prefix}-${row === 'new' ? 'add' : `edit-${row}`}`;
  const close = () => {
    const back = open;
    setOpen(null);
    if (back !== null) window.requestAnimationFrame(() => document.getElementById(openerId(back))?.focus());
  };
  return { open, show: setOpen, close, openerId };
}

/**
 * The distinct sources of a table's rows, numbered in order of first use, so a long citation that
 * many rows share (a report's table of unit costs) is printed once under the table.
 */
export function numberedSources(sources: readonly string[]): {
  numberOf: (source: string) => number;
  list: string[];
} {
  const list = [...new Set(sources)];
  return { numberOf: (source) => list.indexOf(source) + 1, list };
}

export function SourceList({ id, list }: { id: string; list: readonly string[] }) {
  if (list.length === 0) return null;
  return (
    <div className="source-list" id={id}>
      <h3 className="section-subheading">Sources</h3>
      <ol className="source-list__items small">
        {list.map((source) => (
          <li key={source}>{source}</li>
        ))}
      </ol>
    </div>
  );
}
