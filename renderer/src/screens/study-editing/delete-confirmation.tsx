// The "are you sure?" panel of an in-place delete (an evaluation, an attached file): what would go,
// who is deleting (asked once, then remembered), the API's refusal if any, and the two buttons,
// with focus on the one that deletes. After the delete the page reloads and focuses `focusAfter`.
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { announceLibraryChange } from '../../data/library-changes';
import { type Issue, useActor } from './form-support';

export function DeleteConfirmation({
  panelId,
  title,
  children,
  confirmLabel,
  remove,
  focusAfter,
  onKeep,
}: {
  panelId: string;
  title: string;
  /** What would go with it, and that the delete can be undone. */
  children: ReactNode;
  confirmLabel: string;
  /** Deletes, as the given person; the API's refusal as an issue. */
  remove: (by: string) => Promise<{ ok: true } | { ok: false; issue: Issue }>;
  focusAfter: string;
  onKeep: () => void;
}) {
  const actor = useActor();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [askName] = useState(actor.stored === '');
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmRef.current?.focus(), []);

  const confirm = async () => {
    if (actor.by.trim() === '') {
      setError('Your name: say who is making the change');
      return;
    }
    setPending(true);
    const outcome = await remove(actor.by.trim());
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
      <p>{children}</p>
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
          onClick={() => void confirm()}
        >
          {pending ? 'Deleting…' : confirmLabel}
        </button>
        <button type="button" className="button" onClick={onKeep}>
          Keep it
        </button>
      </div>
    </div>
  );
}
