// The ages column's filter answers a commissioner's question, "which programmes work with
// 12–18s?": it keeps programmes whose target age range overlaps the band entered (programmes
// with no recorded ages stay in, since not knowing is not evidence that they do not fit).
import { type CustomFilterDisplayProps, useGridFilterDisplay } from 'ag-grid-react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { formatAgeRange } from '../../../../shared/format';
import type { InterventionRow } from '../../../../shared/model/catalogue';
import type { AgeBandFilterModel } from '../../data/catalogue-query';

const MIN_AGE = 0;
const MAX_AGE = 30;

type Props = CustomFilterDisplayProps<InterventionRow, unknown, AgeBandFilterModel>;

function parseAge(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isInteger(n) && n >= MIN_AGE && n <= MAX_AGE ? n : 'invalid';
}

export function AgeBandFilter({ model, onModelChange }: Props) {
  const [from, setFrom] = useState(model === null ? '' : String(model.min));
  const [to, setTo] = useState(model === null ? '' : String(model.max));
  const [error, setError] = useState<string | null>(null);
  const firstField = useRef<HTMLInputElement>(null);
  const id = useId();
  useGridFilterDisplay({
    afterGuiAttached: (params) => {
      if (params?.suppressFocus !== true) firstField.current?.focus();
    },
  });

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const min = parseAge(from);
    const max = parseAge(to);
    if (min === 'invalid' || max === 'invalid') {
      setError(`Enter whole-number ages from ${MIN_AGE} to ${MAX_AGE}.`);
      return;
    }
    if (min === null && max === null) {
      setError(null);
      onModelChange(null);
      return;
    }
    const band = { min: min ?? MIN_AGE, max: max ?? MAX_AGE };
    if (band.min > band.max) {
      setError('The first age must not be more than the second.');
      return;
    }
    setError(null);
    onModelChange({ filterType: 'ageBand', ...band });
  };

  const clear = () => {
    setFrom('');
    setTo('');
    setError(null);
    onModelChange(null);
  };

  return (
    <form className="grid-filter" onSubmit={apply} noValidate>
      <fieldset className="grid-filter__fieldset">
        <legend className="grid-filter__legend">Works with young people aged</legend>
        <div className="grid-filter__range">
          <label htmlFor={`${id}-from`}>From</label>
          <input
            id={`${id}-from`}
            ref={firstField}
            className="input input--small input--age"
            inputMode="numeric"
            value={from}
            aria-invalid={error !== null}
            aria-describedby={error === null ? undefined : `${id}-error`}
            onChange={(e) => setFrom(e.target.value)}
          />
          <label htmlFor={`${id}-to`}>to</label>
          <input
            id={`${id}-to`}
            className="input input--small input--age"
            inputMode="numeric"
            value={to}
            aria-invalid={error !== null}
            aria-describedby={error === null ? undefined : `${id}-error`}
            onChange={(e) => setTo(e.target.value)}
          />
        </div>
        {error !== null && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
        <p className="muted grid-filter__help">
          Keeps programmes whose ages overlap the band, and those with no ages recorded.
        </p>
      </fieldset>
      <div className="grid-filter__footer">
        <span className="muted">
          {model === null ? 'No filter' : `Ages ${formatAgeRange(model.min, model.max)}`}
        </span>
        <span className="grid-filter__buttons">
          {model !== null && (
            <button type="button" className="button button--small button--quiet" onClick={clear}>
              Clear
            </button>
          )}
          <button type="submit" className="button button--small button--primary">
            Apply
          </button>
        </span>
      </div>
    </form>
  );
}
