// "Delete…" for an evaluation: asks first, saying what would go with it (its outcome results),
// then deletes through the API with the dependents confirmed.
import { formatCount } from '../../../../shared/format';
import type { EvaluationView } from '../../../../shared/model/catalogue';
import { ConfirmDelete } from './confirm-delete';

export function DeleteEvaluation({ evaluation }: { evaluation: EvaluationView }) {
  const results = evaluation.outcomeResults.length;
  return (
    <ConfirmDelete
      method="evaluations/delete"
      input={(by) => ({ id: evaluation.id, by, confirm: true })}
      panelId={`delete-${evaluation.id}`}
      name={evaluation.title}
      question={`Delete the evaluation “${evaluation.title}”?`}
      confirmLabel={results === 0 ? 'Delete evaluation' : 'Delete evaluation and its results'}
      focusAfter="evaluations-title"
    >
      {results === 0
        ? 'It has no outcome results.'
        : `Its ${formatCount(results, 'outcome result')} will be deleted with it.`}{' '}
      The change is recorded in the history and can be undone.
    </ConfirmDelete>
  );
}
