// "Delete…" for an evaluation: asks first, saying what would go with it (its outcome results and
// attached files), then deletes through the API with the dependents confirmed.
import { useEffect, useRef, useState } from 'react';
import { formatCount, formatList } from '../../../../shared/format';
import type { EvaluationView } from '../../../../shared/model/catalogue';
import { useApiQuery } from '../../data/use-api-query';
import { DeleteConfirmation } from './delete-confirmation';
import { send } from './form-support';

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
  const [asking, setAsking] = useState(false);
  const openerRef = useRef<HTMLButtonElement>(null);
  const [closed, setClosed] = useState(false);
  const panelId = `delete-${evaluation.id}`;

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
        aria-controls={panelId}
        onClick={() => setAsking(true)}
      >
        Delete…<span className="visually-hidden"> {evaluation.title}</span>
      </button>
    );
  }
  return (
    <DeleteConfirmation
      panelId={panelId}
      title={`Delete the evaluation “${evaluation.title}”?`}
      confirmLabel={
        evaluation.outcomeResults.length === 0 ? 'Delete evaluation' : 'Delete evaluation and its results'
      }
      remove={(by) => send('evaluations/delete', { id: evaluation.id, by, confirm: true })}
      focusAfter="evaluations-title"
      onKeep={() => {
        setAsking(false);
        setClosed(true);
      }}
    >
      <WhatGoesWithIt evaluation={evaluation} /> The change is recorded in the history and can be undone.
    </DeleteConfirmation>
  );
}
