// "Delete…" that asks first: says what would go with the record, asks for the user's name when
// none is stored (for the history), deletes through the API, and reloads the page on success.
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { MethodInput, MethodName } from '../../../../shared/api';
import { announceLibraryChange } from '../../data/library-changes';
import { send, useActor } from './form-support';

type DeleteMethod = Extract<MethodName, `${string}/delete`>;

export function ConfirmDelete<M extends DeleteMethod>({
  method,
  input,
  panelId,
  name,
  question,
  children,
  confirmLabel,
  focusAfter,
}: {
  method: M;
  /** The method's input without `by`, which the user supplies here. */
  input: (by: string) => MethodInput<M>;
  panelId: string;
  /** The record's name, read after "Delete…" by assistive technology. */
  name: string;
  question: string;
  /** What goes with it, and that it can be undone. */
  children: ReactNode;
  confirmLabel: string;
  /** The element to focus once the page has reloaded. */
  focusAfter: string;
}) {
  const actor = useActor();
  const [asking, setAsking] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const [closed, setClosed] = useState(false);
  const [askName] = useState(actor.stored === '');

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (closed) openerRef.current?.focus();
  }, [asking, closed]);

  const remove = async () => {
    if (actor.by.trim() === '') {
      setError('Your name: say who is making the change');
      return;
    }
    setPending(true);
    const outcome = await send(method, input(actor.by));
    setPending(false);
    if (!outcome.ok) {
      setError(outcome.issue.message);
      return;
    }
    actor.remember();
    announceLibraryChange(focusAfter);
  };

  if (!asking) {
    return (
      <button
        type="button"
        className="button button--small button--quiet"
        ref={openerRef}
        aria-expanded={false}
        aria-controls={panelId}
        onClick={() => setAsking(true)}
      >
        Delete…<span className="visually-hidden"> {name}</span>
      </button>
    );
  }
  return (
    <div className="study-confirm" id={panelId} role="group" aria-labelledby={`${panelId}-title`}>
      <p id={`${panelId}-title`} className="study-confirm__title">
        {question}
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
          onClick={() => void remove()}
        >
          {pending ? 'Deleting…' : confirmLabel}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setAsking(false);
            setClosed(true);
            setError(null);
          }}
        >
          Keep it
        </button>
      </div>
    </div>
  );
}
