// One figure of a brief as the preview shows it: its printed text, the Illustrative badge when it
// rests on invented data, and where it comes from, shown on hover or keyboard focus (and read as
// its description), so every number can be traced to its inputs.
import { useId } from 'react';
import type { BriefFigure } from '../../../../shared/model/brief-document';
import { MaybeIllustrative } from '../../components/badges';

export function Figure({ figure }: { figure: BriefFigure }) {
  const sourceId = useId();
  return (
    <span
      className="brief-figure"
      tabIndex={0}
      data-figure={figure.key}
      data-value={figure.value ?? ''}
      aria-describedby={sourceId}
    >
      <span className="brief-figure__text">{figure.text}</span>
      <MaybeIllustrative illustrative={figure.illustrative} compact />
      <span className="brief-figure__source" role="tooltip" id={sourceId}>
        Source: {figure.source}
      </span>
    </span>
  );
}

/** Label and figure lines, as a definition list. */
export function FigureList({ figures }: { figures: BriefFigure[] }) {
  return (
    <dl className="facts facts--wide">
      {figures.map((f) => (
        <div key={f.key} className="facts__row">
          <dt>{f.label}</dt>
          <dd>
            <Figure figure={f} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
