// "Delete…" for an evaluation: asks first, saying what would go with it (its outcome results),
// then deletes through the API with the dependents confirmed.
import { useEffect, useRef, useState } from 'react';
import { formatCount } from '../../../../shared/format';
import type { EvaluationView } from '../../../../shared/model/catalogue';
import { ConfirmDelete } from './confirm-delete';

export function DeleteEvaluation({ evaluation }: { evaluation: EvaluationView }) {
  const [asking, setAsking] = useState(false);
  const [closed, setClosed] = useState(false);
  const openerRef = useRef<HTMLButtonElement>(null);
  const results = evaluation.outcomeResults.length;

  useEffect(() => {
    if (!asking && closed) openerRef.current?.focus();
  }, [asking, closed]);

  if (!asking) {
    return (
      <button
        type="button"
        className="button button--small button--quiet"
        ref={openerRef}
        aria-expanded={false}
        aria-controls={`delete-${evaluation.id}`}
        onClick={() => setAsking(true)}
      >
        Delete…<span className="visually-hidden"> {evaluation.title}</span>
      </button>
    );
  }
  return (
    <ConfirmDelete
      method="evaluations/delete"
      id={evaluation.id}
      title={`Delete the evaluation “${evaluation.title}”?`}
      consequence={
        results === 0
          ? 'It has no outcome results.'
          : `Its ${formatCount(results, 'outcome result')} will be deleted with it.`
      }
      deleteLabel={results === 0 ? 'Delete evaluation' : 'Delete evaluation and its results'}
      focusAfter="evaluations-title"
      onCancel={() => {
        setAsking(false);
        setClosed(true);
      }}
    />
  );
}
