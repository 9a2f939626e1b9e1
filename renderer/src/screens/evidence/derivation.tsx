// How one study's standardised effect was worked out, as the core traced it: the method, the
// formulas, the reported inputs and each intermediate step with its value, and whether the sign
// was turned so that positive means beneficial. Shown, never recomputed.
import { formatEffectInterval, formatNumber } from '../../../../shared/format';
import type { StudyEffect, TraceValue } from '../../../../shared/model/evidence';

/** Trace values at enough precision to check against a reference (metafor agrees to 1e-6). */
const traceNumber = (value: number) => formatNumber(value, { maximumFractionDigits: 6 });

function TraceList({ values, label }: { values: TraceValue[]; label: string }) {
  if (values.length === 0) return <p className="muted small">None recorded.</p>;
  return (
    <table className="table table--compact trace-table">
      <caption className="visually-hidden">{label}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col" className="num">
            Value
          </th>
        </tr>
      </thead>
      <tbody>
        {values.map((v, index) => (
          <tr key={`${v.name}-${index}`} data-trace={v.name}>
            <th scope="row">
              <code>{v.name}</code>
            </th>
            <td className="num" data-field="value">
              {traceNumber(v.value)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DerivationView({ effect }: { effect: StudyEffect }) {
  const d = effect.derivation;
  if (d === null) {
    return <p className="muted">The core recorded no derivation for this result.</p>;
  }
  return (
    <div className="derivation" data-derivation={effect.outcomeResultId}>
      <p className="derivation__method">
        <strong>Method:</strong> <span data-field="method">{d.method}</span>
      </p>
      {d.directionFlipped && (
        <p className="derivation__flip" data-field="direction">
          <span aria-hidden="true">⇅ </span>
          Direction flipped so positive = beneficial (for this measure, lower is better).
        </p>
      )}
      <div className="derivation__grid">
        <div className="derivation__formulas-block">
          <h4 className="derivation__heading">Formulas</h4>
          <ul className="derivation__formulas">
            {d.formulas.map((f, index) => (
              <li key={index}>
                <code>{f}</code>
              </li>
            ))}
          </ul>
          {effect.yi !== null && effect.vi !== null && (
            <p className="derivation__result">
              Result: <code>g = {traceNumber(effect.yi)}</code>,{' '}
              <code>variance = {traceNumber(effect.vi)}</code>, 95% CI{' '}
              {formatEffectInterval(effect.ciLower, effect.ciUpper)}
            </p>
          )}
        </div>
        <div>
          <h4 className="derivation__heading">Inputs, as reported</h4>
          <TraceList values={d.inputs} label="Inputs" />
        </div>
        <div>
          <h4 className="derivation__heading">Steps, in order</h4>
          <TraceList values={d.steps} label="Steps" />
        </div>
      </div>
    </div>
  );
}
