// A list of repeated rows in a form (organisations, links, contacts): each row's fields, a named
// Remove button per row, and an Add button, so every list behaves the same way.
import type { ReactNode } from 'react';
import { rowKey } from './intervention-form-state';

export function RowList<Row extends { key: number }>({
  rows,
  onChange,
  noun,
  addLabel,
  blank,
  rowClassName = 'edit-row',
  children,
}: {
  rows: readonly Row[];
  onChange: (rows: Row[]) => void;
  /** Names each row for its labels: "Link 1", "Link 2", … */
  noun: string;
  addLabel: string;
  blank: () => Omit<Row, 'key'>;
  rowClassName?: string;
  children: (row: Row, index: number, name: string, update: (patch: Partial<Row>) => void) => ReactNode;
}) {
  return (
    <>
      {rows.length > 0 && (
        <ol className="edit-rows">
          {rows.map((row, index) => {
            const name = `${noun} ${index + 1}`;
            const update = (patch: Partial<Row>) =>
              onChange(rows.map((r) => (r.key === row.key ? { ...r, ...patch } : r)));
            return (
              <li key={row.key} className={rowClassName}>
                {children(row, index, name, update)}
                <button
                  type="button"
                  aria-label={`Remove: ${name}`}
                  className="button button--small button--quiet edit-row__remove"
                  onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <button
        type="button"
        className="button button--small"
        onClick={() => onChange([...rows, { ...blank(), key: rowKey() } as Row])}
      >
        {addLabel}
      </button>
    </>
  );
}
