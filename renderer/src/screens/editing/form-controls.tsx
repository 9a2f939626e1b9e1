// Labelled controls for the editing forms: each takes the id of its slot, shows its unit or hint,
// and its error underneath, tied to the control with aria-describedby and aria-invalid.
import type { ReactNode } from 'react';
import { FieldError } from '../../components/form-fields';

export interface SlotProps {
  id: string;
  error: string | null;
}

function describedBy(id: string, hint: boolean, error: string | null): string | undefined {
  return [hint ? `${id}-hint` : '', error !== null ? `${id}-error` : ''].join(' ').trim() || undefined;
}

export function TextField({
  id,
  error,
  label,
  value,
  onChange,
  hint,
  unit,
  multiline,
  inputMode,
  type = 'text',
  className,
  autoComplete,
}: SlotProps & {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  unit?: string;
  multiline?: boolean;
  inputMode?: 'numeric' | 'decimal';
  type?: 'text' | 'url' | 'email' | 'tel';
  className?: string;
  autoComplete?: string;
}) {
  const common = {
    id,
    className: `input${className === undefined ? '' : ` ${className}`}`,
    value,
    'aria-invalid': error !== null,
    'aria-describedby': describedBy(id, hint !== undefined, error),
  };
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
        {unit !== undefined && <span className="field__unit"> ({unit})</span>}
      </label>
      {multiline === true ? (
        <textarea {...common} rows={4} onChange={(e) => onChange(e.target.value)} />
      ) : unit !== undefined ? (
        <span className="input-with-unit">
          <input
            {...common}
            type={type}
            inputMode={inputMode}
            autoComplete={autoComplete ?? 'off'}
            onChange={(e) => onChange(e.target.value)}
          />
          <span className="input-with-unit__unit" aria-hidden="true">
            {unit}
          </span>
        </span>
      ) : (
        <input
          {...common}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete ?? 'off'}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {hint !== undefined && (
        <p className="field__hint muted small" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function SelectField({
  id,
  error,
  label,
  value,
  onChange,
  options,
  placeholder,
  hint,
}: SlotProps & {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  placeholder?: string;
  hint?: string;
}) {
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
        aria-describedby={describedBy(id, hint !== undefined, error)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint !== undefined && (
        <p className="field__hint muted small" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** A group of checkboxes or radios under a legend. */
export function ChoiceGroup({
  id,
  error,
  legend,
  children,
  className,
}: SlotProps & { legend: string; children: ReactNode; className?: string }) {
  return (
    <fieldset
      id={id}
      className={`choice-group${className === undefined ? '' : ` ${className}`}`}
      aria-describedby={error !== null ? `${id}-error` : undefined}
    >
      <legend className="field__label">{legend}</legend>
      {children}
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
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
