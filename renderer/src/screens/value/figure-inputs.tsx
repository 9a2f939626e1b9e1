// How a value figure was worked out, as the core traced it: the formula, each input with its value
// and where it came from (price index release, unit cost source, baseline source), and the notes a
// reader must see. An input that is itself a figure of the report links to that figure.
import type { FigureInput, FigureKey } from '../../../../shared/model/value';
import { inputText } from '../../../../shared/format/figure-text';

export const figureDomId = (key: FigureKey) => `value-figure-${key}`;

export function InputsTable({
  inputs,
  caption,
  onReveal,
}: {
  inputs: readonly FigureInput[];
  caption: string;
  /** Opens another figure's derivation and moves focus to it. */
  onReveal?: (key: FigureKey) => void;
}) {
  if (inputs.length === 0) return <p className="muted small">No inputs recorded.</p>;
  return (
    <table className="table table--compact value-inputs">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Input</th>
          <th scope="col" className="num">
            Value
          </th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {inputs.map((input, index) => {
          const target = input.figure;
          return (
            <tr key={`${input.name}-${index}`} data-input={input.name}>
              <th scope="row">
                {input.name}
                {target !== undefined && onReveal !== undefined && (
                  <button
                    type="button"
                    className="button button--quiet button--small value-inputs__reveal"
                    onClick={() => onReveal(target)}
                  >
                    How this was worked out<span className="visually-hidden">: {input.name}</span>
                  </button>
                )}
              </th>
              <td className="num" data-field="value">
                {inputText(input.value, input.unit)}
              </td>
              <td className="value-inputs__source" data-field="source">
                {input.source ?? <span className="muted">Setting or constant</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function Derivation({
  id,
  formula,
  inputs,
  notes,
  label,
  onReveal,
}: {
  id: string;
  formula: string;
  inputs: readonly FigureInput[];
  notes: readonly string[];
  label: string;
  onReveal?: (key: FigureKey) => void;
}) {
  return (
    <div className="derivation value-derivation" id={id}>
      <p className="value-derivation__formula">
        <strong>Formula:</strong> <code data-field="formula">{formula}</code>
      </p>
      <InputsTable inputs={inputs} caption={`Inputs of ${label}`} onReveal={onReveal} />
      {notes.length > 0 && (
        <ul className="value-derivation__notes small">
          {notes.map((note) => (
            <li key={note} data-field="note">
              {note}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
