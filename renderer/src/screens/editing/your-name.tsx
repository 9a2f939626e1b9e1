// The "Your name" control of every editing form: asked for while none is stored, otherwise shown as
// "Recorded as …" with a button to change it. The form saves the name when its change succeeds.
import { useState } from 'react';
import { FieldError } from '../../components/form-fields';

export function YourNameField({
  id,
  stored,
  value,
  onChange,
  error,
}: {
  id: string;
  /** The name already stored ('' when none). */
  stored: string;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
}) {
  const [editing, setEditing] = useState(stored === '');
  if (!editing && error === null) {
    return (
      <p className="your-name">
        Changes are recorded in the history as <strong>{value}</strong>.{' '}
        <button type="button" className="button button--small button--quiet" onClick={() => setEditing(true)}>
          Change name
        </button>
      </p>
    );
  }
  return (
    <div className="field your-name">
      <label className="field__label" htmlFor={id}>
        Your name
      </label>
      <input
        id={id}
        className="input"
        autoComplete="name"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error !== null}
        aria-describedby={[`${id}-hint`, error !== null ? `${id}-error` : ''].join(' ').trim()}
      />
      <p className="field__hint muted small" id={`${id}-hint`}>
        Recorded in the history with every change you make; remembered on this computer.
      </p>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
