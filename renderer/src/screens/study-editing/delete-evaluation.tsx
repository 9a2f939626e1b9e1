// "Delete…" for an evaluation: asks first, saying what would go with it (its outcome results and
// attached files), then deletes through the API with the dependents confirmed.
import { useEffect, useRef, useState } from 'react';
import { formatCount, formatList } from '../../../../shared/format';
import type { EvaluationView } from '../../../../shared/model/catalogue';
import { announceLibraryChange } from '../../data/library-changes';
import { useApiQuery } from '../../data/use-api-query';
import { send, useActor } from './form-support';

/** "Its 2 outcome results and 1 attached file will be deleted with it." */
function WhatGoesWithIt({ evaluation }: { evaluation: EvaluationView }) {
  const files = useApiQuery('attachments/list', { owner: { kind: 'evaluation', id: evaluation.id } });
  const results = evaluation.outcomeResults.length;
  const fileCount = files.status === 'ok' ? files.value.length : 0;
  const parts = [
    ...(results > 0 ? [formatCount(results, 'outcome result')] : []),
    ...(fileCount > 0 ? [formatCount(fileCount, 'attached file')] : []),
  ];
  if (files.status === 'loading') return <>Counting what would go with it…</>;
  return (
    <>
      {parts.length === 0
        ? 'Nothing else goes with it.'
        : `Its ${formatList(parts)} will be deleted with it.`}
    </>
  );
}

export function DeleteEvaluation({ evaluation }: { evaluation: EvaluationView }) {
  const actor = useActor();
  const [asking, setAsking] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const [closed, setClosed] = useState(false);
  const [askName] = useState(actor.stored === '');
  const panelId = `delete-${evaluation.id}`;
  const results = evaluation.outcomeResults.length;

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
    const outcome = await send('evaluations/delete', { id: evaluation.id, by: actor.by, confirm: true });
    setPending(false);
    if (!outcome.ok) {
      setError(outcome.issue.message);
      return;
    }
    actor.remember();
    announceLibraryChange('evaluations-title');
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
        Delete…<span className="visually-hidden"> {evaluation.title}</span>
      </button>
    );
  }
  return (
    <div className="study-confirm" id={panelId} role="group" aria-labelledby={`${panelId}-title`}>
      <p id={`${panelId}-title`} className="study-confirm__title">
        Delete the evaluation “{evaluation.title}”?
      </p>
      <p>
        <WhatGoesWithIt evaluation={evaluation} /> The change is recorded in the history and can be undone.
      </p>
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
          {pending ? 'Deleting…' : results === 0 ? 'Delete evaluation' : 'Delete evaluation and its results'}
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
