// A grid cell's two lines: the value, and under it a smaller detail (a summary, a badge); and how
// a cell with no value reads (a dash on screen, words for a screen reader).
import type { ReactNode } from 'react';
import { NO_VALUE } from '../../../shared/format';

export function Blank({ label }: { label: string }) {
  return (
    <span className="muted" title={label}>
      <span aria-hidden="true">{NO_VALUE}</span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}

export function Stack({ first, second }: { first: ReactNode; second?: ReactNode }) {
  return (
    <div className="cell-stack">
      <span className="cell-stack__first">{first}</span>
      {second !== undefined && second !== null && second !== false && (
        <span className="cell-stack__second">{second}</span>
      )}
    </div>
  );
}
