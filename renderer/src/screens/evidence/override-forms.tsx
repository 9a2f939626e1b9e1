// The forms a researcher uses to override a computed rating (a level, the reason, their name) or
// to clear an override (their name, for the history). The API validates; its errors are shown
// next to the field they name, and anything else above the buttons.
import { type FormEvent, useId, useState } from 'react';
import type { FrameworkRatings, RatedSubject } from '../../../../shared/model/evidence';
import { FieldError, fieldMessage } from '../../components/form-fields';
import { useApiAction } from '../../data/use-api-action';
import type { ApiCallError } from '../../transport/api-client';

type FieldName = 'level' | 'reason' | 'by';
const FIELDS: readonly string[] = ['level', 'reason', 'by'];

/** The API's error for `field`, if that is the field it names (without its "field: " prefix). */
function fieldError(error: ApiCallError | null, field: FieldName): string | null {
  if (error === null || error.field !== field) return null;
  return fieldMessage(field, error.message);
}

/** An error not about one of the form's fields (a conflict, a read-only library, …). */
function formError(error: ApiCallError | null): string | null {
  return error !== null && (error.field === undefined || !FIELDS.includes(error.field))
    ? error.message
    : null;
}

export interface SubjectContext {
  interventionId: string;
  framework: FrameworkRatings['framework'];
  rated: RatedSubject;
  /** '' for the intervention as a whole, else the outcome or study rated. */
  subjectId: string;
  subjectName: string;
}

/** "Your name": who is recorded in the history for the change. */
function NameField({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
}) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-by`}>
        Your name
      </label>
      <input
        id={`${id}-by`}
        className="input"
        autoComplete="name"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error !== null}
        aria-describedby={error !== null ? `${id}-by-error` : undefined}
      />
      <FieldError id={`${id}-by-error`} message={error} />
    </div>
  );
}

/** A form-wide error, then the submit and cancel buttons. */
function FormFooter({
  general,
  pending,
  submitLabel,
  pendingLabel,
  onCancel,
}: {
  general: string | null;
  pending: boolean;
  submitLabel: string;
  pendingLabel: string;
  onCancel: () => void;
}) {
  return (
    <>
      {general !== null && (
        <p className="field-error" role="alert">
          {general}
        </p>
      )}
      <div className="override-form__buttons">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}

export function OverrideForm({
  context,
  levelChoices,
  onDone,
  onCancel,
}: {
  context: SubjectContext;
  levelChoices: FrameworkRatings['levelChoices'];
  onDone: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const action = useApiAction('ratings/override');
  const [level, setLevel] = useState('');
  const [reason, setReason] = useState('');
  const [by, setBy] = useState('');
  const errors = {
    level: fieldError(action.error, 'level'),
    reason: fieldError(action.error, 'reason'),
    by: fieldError(action.error, 'by'),
  };
  const general = formError(action.error);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const saved = await action.run({
      interventionId: context.interventionId,
      frameworkId: context.framework.id,
      subjectId: context.subjectId,
      level,
      reason,
      by,
    });
    if (saved !== null) onDone();
  };

  const described = (field: FieldName, hint?: string) =>
    [hint, errors[field] !== null ? `${id}-${field}-error` : undefined].filter(Boolean).join(' ') ||
    undefined;

  return (
    <form
      className="override-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h5 className="override-form__title" id={`${id}-title`}>
        Override the {context.framework.name} rating
        {context.subjectId === '' ? '' : ` of ${context.subjectName}`}
      </h5>
      <p className="muted small">
        The computed rating stays visible beside your override; both are recorded in the history.
      </p>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-level`}>
          Level
        </label>
        <select
          id={`${id}-level`}
          className="input"
          value={level}
          onChange={(e) => setLevel(e.target.value)}
          aria-invalid={errors.level !== null}
          aria-describedby={described('level')}
        >
          <option value="">Choose a level…</option>
          {levelChoices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.label}
              {choice.id === context.rated.level ? ' (computed)' : ''}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-level-error`} message={errors.level} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-reason`}>
          Reason
        </label>
        <textarea
          id={`${id}-reason`}
          className="input override-form__reason"
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={errors.reason !== null}
          aria-describedby={described('reason', `${id}-reason-hint`)}
        />
        <p className="field__hint muted small" id={`${id}-reason-hint`}>
          What the rules cannot see: a validation interview, a report not yet catalogued, a flaw in a study.
        </p>
        <FieldError id={`${id}-reason-error`} message={errors.reason} />
      </div>
      <NameField id={id} value={by} onChange={setBy} error={errors.by} />
      <FormFooter
        general={general}
        pending={action.pending}
        submitLabel="Save override"
        pendingLabel="Saving…"
        onCancel={onCancel}
      />
    </form>
  );
}

export function ClearOverrideForm({
  context,
  onDone,
  onCancel,
}: {
  context: SubjectContext;
  onDone: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const action = useApiAction('ratings/clear-override');
  const [by, setBy] = useState('');
  const byError = fieldError(action.error, 'by');
  const general = formError(action.error);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await action.run({
      interventionId: context.interventionId,
      frameworkId: context.framework.id,
      subjectId: context.subjectId,
      by,
    });
    if (result !== null) onDone();
  };

  return (
    <form
      className="override-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h5 className="override-form__title" id={`${id}-title`}>
        Clear the override{context.subjectId === '' ? '' : ` of ${context.subjectName}`}
      </h5>
      <p className="muted small">
        The computed rating applies again. Who cleared it is recorded in the history.
      </p>
      <NameField id={id} value={by} onChange={setBy} error={byError} />
      <FormFooter
        general={general}
        pending={action.pending}
        submitLabel="Clear override"
        pendingLabel="Clearing…"
        onCancel={onCancel}
      />
    </form>
  );
}
