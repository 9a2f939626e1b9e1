// The "Delete …?" question for a study record (an evaluation, an outcome result, a cost item):
// says what goes with it, asks who is deleting when no name is stored, then deletes through the
// API and lets the page reload with focus where the record was.
import { useEffect, useRef, useState } from 'react';
import { announceLibraryChange } from '../../data/library-changes';
import { send, useActor } from './form-support';

export function ConfirmDelete({
  method,
  id,
  title,
  consequence,
  deleteLabel,
  focusAfter,
  onCancel,
}: {
  method: 'evaluations/delete' | 'outcome-results/delete' | 'cost-items/delete';
  id: string;
  /** The question: "Delete the evaluation “…”?" */
  title: string;
  /** What goes with it, in a sentence. */
  consequence: string;
  deleteLabel: string;
  /** The element to focus once the page has reloaded without the record. */
  focusAfter: string;
  onCancel: () => void;
}) {
  const actor = useActor();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [askName] = useState(actor.stored === '');
  const confirmRef = useRef<HTMLButtonElement>(null);
  const panelId = `delete-${id}`;

  useEffect(() => confirmRef.current?.focus(), []);

  const remove = async () => {
    if (actor.by.trim() === '') {
      setError('Your name: say who is making the change');
      return;
    }
    setPending(true);
    const outcome = await send(method, { id, by: actor.by, confirm: true });
    setPending(false);
    if (!outcome.ok) {
      setError(outcome.issue.message);
      return;
    }
    actor.remember();
    announceLibraryChange(focusAfter);
  };

  return (
    <div className="study-confirm" id={panelId} role="group" aria-labelledby={`${panelId}-title`}>
      <p id={`${panelId}-title`} className="study-confirm__title">
        {title}
      </p>
      <p>{consequence} The change is recorded in the history and can be undone.</p>
      {askName && (
        <div className="field study-field">
          <label className="field__label" htmlFor={`${panelId}-by`}>
            Your name
          </label>
          <input
            id={`${panelId}-by`}
            className="input"
            autoComplete="name"
            value={actor.by}
            onChange={(e) => actor.setBy(e.target.value)}
          />
        </div>
      )}
      {error !== null && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="study-form__actions">
        <button
          type="button"
          className="button button--danger"
          ref={confirmRef}
          disabled={pending}
          onClick={() => void remove()}
        >
          {pending ? 'Deleting…' : deleteLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Keep it
        </button>
      </div>
    </div>
  );
}
