// "Delete…" for an evaluation: asks first, saying what would go with it (its outcome results and
// attached files), then deletes through the API with the dependents confirmed.
import { formatCount, formatList } from '../../../../shared/format';
import type { EvaluationView } from '../../../../shared/model/catalogue';
import { useApiQuery } from '../../data/use-api-query';
import { ConfirmDelete } from './confirm-delete';

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
  return (
    <ConfirmDelete
      method="evaluations/delete"
      input={(by) => ({ id: evaluation.id, by, confirm: true })}
      panelId={`delete-${evaluation.id}`}
      name={evaluation.title}
      question={`Delete the evaluation “${evaluation.title}”?`}
      confirmLabel={
        evaluation.outcomeResults.length === 0 ? 'Delete evaluation' : 'Delete evaluation and its results'
      }
      focusAfter="evaluations-title"
    >
      <WhatGoesWithIt evaluation={evaluation} /> The change is recorded in the history and can be undone.
    </ConfirmDelete>
  );
}
