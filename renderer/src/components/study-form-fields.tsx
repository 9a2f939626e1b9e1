// Labelled controls for the study editing forms (evaluations, outcome results, cost items): each
// takes the id of its control, shows its unit or hint, and its error underneath, tied to the
// control with aria-describedby and aria-invalid. Errors and the summary come from form-fields.
import type { ReactNode } from 'react';
import { FieldError } from './form-fields';

interface Slot {
  id: string;
  label: string;
  error: string | null;
  hint?: string;
}

function describedBy(id: string, hint: string | undefined, error: string | null): string | undefined {
  const ids = [hint !== undefined ? `${id}-hint` : '', error !== null ? `${id}-error` : ''].filter(
    (s) => s !== '',
  );
  return ids.length === 0 ? undefined : ids.join(' ');
}

function Hint({ id, hint }: { id: string; hint: string | undefined }) {
  if (hint === undefined) return null;
  return (
    <p className="field__hint muted small" id={`${id}-hint`}>
      {hint}
    </p>
  );
}

export function StudyTextField({
  id,
  label,
  error,
  hint,
  value,
  onChange,
  unit,
  multiline,
  numeric,
  type = 'text',
  wide,
  labelPrefix,
}: Slot & {
  value: string;
  onChange: (value: string) => void;
  unit?: string;
  multiline?: boolean;
  /** 'integer' or 'decimal': a number field (typed as text, so partial entries are kept). */
  numeric?: 'integer' | 'decimal';
  type?: 'text' | 'url';
  wide?: boolean;
  /** Words of the label that only assistive technology needs (a visible row heading shows them). */
  labelPrefix?: string;
}) {
  const common = {
    id,
    value,
    className: `input${numeric !== undefined ? ' study-field__number' : ''}`,
    'aria-invalid': error !== null,
    'aria-describedby': describedBy(id, hint, error),
  };
  return (
    <div className={`field study-field${wide === true ? ' study-field--wide' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {labelPrefix !== undefined && <span className="visually-hidden">{labelPrefix} </span>}
        {label}
        {unit !== undefined && <span className="field__unit"> ({unit})</span>}
      </label>
      {multiline === true ? (
        <textarea {...common} rows={4} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          inputMode={numeric === undefined ? undefined : numeric === 'integer' ? 'numeric' : 'decimal'}
          autoComplete="off"
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      <Hint id={id} hint={hint} />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function StudySelectField({
  id,
  label,
  error,
  hint,
  value,
  onChange,
  options,
  groups,
  placeholder,
}: Slot & {
  value: string;
  onChange: (value: string) => void;
  options?: readonly Option[];
  groups?: readonly { label: string; options: readonly Option[] }[];
  placeholder?: string;
}) {
  return (
    <div className="field study-field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="input"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error !== null}
        aria-describedby={describedBy(id, hint, error)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {groups?.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <Hint id={id} hint={hint} />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function StudyCheckbox({
  id,
  label,
  checked,
  onChange,
  hint,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}) {
  return (
    <div className="field study-field study-field--check">
      <label className="study-check" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={hint === undefined ? undefined : `${id}-hint`}
        />
        <span>{label}</span>
      </label>
      <Hint id={id} hint={hint} />
    </div>
  );
}

/** One choice of several, as radio buttons under a legend (arrow keys move between them). */
export function StudyRadioGroup({
  id,
  legend,
  name,
  value,
  options,
  onChange,
  error,
  hint,
  wide,
}: {
  wide?: boolean;
  id: string;
  legend: string;
  name: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
  error: string | null;
  hint?: string;
}) {
  return (
    <fieldset
      id={id}
      className={`study-radios${wide === true ? ' study-field--wide' : ''}`}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend className="field__label">{legend}</legend>
      <Hint id={id} hint={hint} />
      <div className="study-radios__options">
        {options.map((o) => (
          <label key={o.value} className="study-check study-radios__option" htmlFor={`${id}-${o.value}`}>
            <input
              id={`${id}-${o.value}`}
              type="radio"
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}

/** A titled group of fields laid out in columns. */
export function StudyFieldset({
  legend,
  children,
  hint,
  rows,
}: {
  legend: string;
  children: ReactNode;
  hint?: string;
  /** Children are rows (StudyGroupRow), not fields in a grid. */
  rows?: boolean;
}) {
  return (
    <fieldset className="study-fieldset">
      <legend>{legend}</legend>
      {hint !== undefined && <p className="muted small study-fieldset__hint">{hint}</p>}
      <div className={rows === true ? 'study-rows' : 'study-grid'}>{children}</div>
    </fieldset>
  );
}

/** One group's figures in a row under a visible name (the fields' labels carry the name too). */
export function StudyGroupRow({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div className="study-group-row">
      <p className="study-group-row__name" aria-hidden="true">
        {name}
      </p>
      {children}
    </div>
  );
}
