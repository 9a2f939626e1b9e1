// One figure of the value report: its value (or "Missing" with what is needed and where to add it),
// its interval with what the interval is, and a disclosure that unfolds the formula with the
// actual numbers and the sources of the reference data used.
import type { ReactNode } from 'react';
import { formatFigureValue } from '../../../../shared/format';
import type { Figure, FigureKey } from '../../../../shared/model/value';
import { DisclosureButton } from '../../components/disclosure-button';
import { Derivation, figureDomId } from './figure-inputs';
import { intervalText } from '../../../../shared/format/figure-text';
import { MissingInputs, MissingValue } from './missing-inputs';

export interface FigureExpansion {
  isOpen: (key: FigureKey) => boolean;
  toggle: (key: FigureKey) => void;
  /** Opens a figure's derivation and moves focus to it (from another figure's inputs). */
  reveal: (key: FigureKey) => void;
}

export const disclosureId = (key: FigureKey) => `${figureDomId(key)}-toggle`;

export function FigureCard({
  figure,
  interventionId,
  expansion,
  headline = false,
  children,
}: {
  figure: Figure;
  interventionId: string;
  expansion: FigureExpansion;
  /** Shown larger: the figures a board reads first. */
  headline?: boolean;
  /** Words under the value (the cost band's scale, what a ratio means). */
  children?: ReactNode;
}) {
  const labelId = `${figureDomId(figure.key)}-label`;
  const derivationId = `${figureDomId(figure.key)}-derivation`;
  const open = expansion.isOpen(figure.key);
  return (
    <div
      className={`value-figure${headline ? ' value-figure--headline' : ''}`}
      data-figure={figure.key}
      data-status={figure.status}
      role="group"
      aria-labelledby={labelId}
    >
      <p className="value-figure__label" id={labelId}>
        {figure.label}
      </p>
      {figure.status === 'missing' ? (
        <>
          <p className="value-figure__value">
            <MissingValue />
          </p>
          <MissingInputs missing={figure.missing} interventionId={interventionId} />
        </>
      ) : (
        <>
          <p className="value-figure__value" data-field="value">
            {formatFigureValue(figure.value, figure.unit)}
          </p>
          {figure.interval !== null && (
            <p className="value-figure__interval small" data-field="interval">
              {figure.interval.label}:{' '}
              <span data-field="interval-value">
                {intervalText(figure.interval.lower, figure.interval.upper, figure.unit)}
              </span>
            </p>
          )}
          {children}
          <DisclosureButton
            id={disclosureId(figure.key)}
            open={open}
            controls={derivationId}
            label="How it was worked out"
            subject={figure.label}
            onToggle={() => expansion.toggle(figure.key)}
          />
          {open && (
            <Derivation
              id={derivationId}
              formula={figure.formula}
              inputs={figure.inputs}
              notes={figure.notes}
              label={figure.label}
              onReveal={expansion.reveal}
            />
          )}
        </>
      )}
    </div>
  );
}
