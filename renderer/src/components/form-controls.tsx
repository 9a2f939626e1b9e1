// The labelled form controls every editing form uses (interventions, organisations, evaluations,
// outcome results, cost items): each takes the id of its control, shows its unit or hint, and its
// error underneath, tied to the control with aria-describedby and aria-invalid. The error itself,
// the error summary and focus moving come from form-fields.
import type { ReactNode } from 'react';
import { FieldError } from './form-fields';

export interface Option {
  value: string;
  label: string;
}

interface Slot {
  /** The control's id; its hint and error take `${id}-hint` and `${id}-error`. */
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

const withClass = (base: string, extra: string | undefined) =>
  extra === undefined ? base : `${base} ${extra}`;

function Hint({ id, hint }: { id: string; hint: string | undefined }) {
  if (hint === undefined) return null;
  return (
    <p className="field__hint muted small" id={`${id}-hint`}>
      {hint}
    </p>
  );
}

export function TextField({
  id,
  label,
  error,
  hint,
  wide,
  value,
  onChange,
  unit,
  unitBeside,
  multiline,
  inputMode,
  type = 'text',
  className,
  autoComplete = 'off',
  labelPrefix,
}: Slot & {
  /** Spans every column of a study-grid. */
  wide?: boolean;
  value: string;
  onChange: (value: string) => void;
  /** Shown in the label, as "(unit)". */
  unit?: string;
  /** Also show the unit after the input (a single-line field only). */
  unitBeside?: boolean;
  multiline?: boolean;
  /** A number field typed as text (so partial entries are kept) takes 'numeric' or 'decimal'. */
  inputMode?: 'numeric' | 'decimal';
  type?: 'text' | 'url' | 'email' | 'tel';
  /** Classes added to the control (after "input"). */
  className?: string;
  autoComplete?: string;
  /** Words of the label that only assistive technology needs (a visible row heading shows them). */
  labelPrefix?: string;
}) {
  const common = {
    id,
    value,
    className: withClass('input', className),
    'aria-invalid': error !== null,
    'aria-describedby': describedBy(id, hint, error),
  };
  const input = (
    <input
      {...common}
      type={type}
      inputMode={inputMode}
      autoComplete={autoComplete}
      onChange={(e) => onChange(e.target.value)}
    />
  );
  return (
    <div className={wide === true ? 'field study-field--wide' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {labelPrefix !== undefined && <span className="visually-hidden">{labelPrefix} </span>}
        {label}
        {unit !== undefined && <span className="field__unit"> ({unit})</span>}
      </label>
      {multiline === true ? (
        <textarea {...common} rows={4} onChange={(e) => onChange(e.target.value)} />
      ) : unit !== undefined && unitBeside === true ? (
        <span className="input-with-unit">
          {input}
          <span className="input-with-unit__unit" aria-hidden="true">
            {unit}
          </span>
        </span>
      ) : (
        input
      )}
      <Hint id={id} hint={hint} />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** A select of options, or of options in groups (optgroup), with an optional empty first choice. */
export function SelectField({
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
  const optionList = (list: readonly Option[]) =>
    list.map((o) => (
      <option key={o.value} value={o.value}>
        {o.label}
      </option>
    ));
  return (
    <div className="field">
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
        {options !== undefined && optionList(options)}
        {groups?.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {optionList(g.options)}
          </optgroup>
        ))}
      </select>
      <Hint id={id} hint={hint} />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** A single checkbox field with its label beside it. */
export function Checkbox({
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
    <div className="field study-field--check">
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

/** Controls under a legend, with the group's hint and error tied to the fieldset. */
function Group({
  id,
  error,
  hint,
  legend,
  className,
  children,
}: {
  id: string;
  error: string | null;
  hint?: string;
  legend: string;
  className: string;
  children: ReactNode;
}) {
  return (
    <fieldset id={id} className={className} aria-describedby={describedBy(id, hint, error)}>
      <legend className="field__label">{legend}</legend>
      <Hint id={id} hint={hint} />
      {children}
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}

/** A group of checkboxes or radios (Choice) under a legend. */
export function ChoiceGroup({
  id,
  error,
  legend,
  children,
  className,
}: {
  id: string;
  error: string | null;
  legend: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <Group id={id} error={error} legend={legend} className={withClass('choice-group', className)}>
      {children}
    </Group>
  );
}

export function Choice({
  id,
  type,
  name,
  label,
  checked,
  onChange,
}: {
  id: string;
  type: 'checkbox' | 'radio';
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="choice" htmlFor={id}>
      <input id={id} type={type} name={name} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

/** One choice of several, as radio buttons under a legend (arrow keys move between them). */
export function RadioGroup({
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
  id: string;
  legend: string;
  name: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
  error: string | null;
  hint?: string;
  wide?: boolean;
}) {
  return (
    <Group
      id={id}
      error={error}
      hint={hint}
      legend={legend}
      className={`study-radios${wide === true ? ' study-field--wide' : ''}`}
    >
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
    </Group>
  );
}

/** A titled group of fields laid out in columns. */
export function Fieldset({
  legend,
  children,
  hint,
  rows,
}: {
  legend: string;
  children: ReactNode;
  hint?: string;
  /** Children are rows (GroupRow), not fields in a grid. */
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
export function GroupRow({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div className="study-group-row">
      <p className="study-group-row__name" aria-hidden="true">
        {name}
      </p>
      {children}
    </div>
  );
}
