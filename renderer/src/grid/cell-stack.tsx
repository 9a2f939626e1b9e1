// A grid cell's two lines: the value, and under it a smaller detail (a summary, a badge).
import type { ReactNode } from 'react';

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
