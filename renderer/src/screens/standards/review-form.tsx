// The hub's review of a submitted self-assessment: validate it at a level (which the intervention
// then records as its validated standard, for Project Oracle) or return it with notes. The form
// checks with the API's own schema, so a missing level or notes is named before anything is sent.
import { useState } from 'react';
import {
  REVIEW_DECISIONS,
  type SelfAssessmentReview,
  SelfAssessmentReviewSchema,
  type SelfAssessmentView,
} from '../../../../shared/model/self-assessment';
import { RadioGroup, SelectField, TextField } from '../../components/form-controls';
import { announceLibraryChange } from '../../data/library-changes';
import { controlId, issuesOf, send, useActor, useSubmitState } from '../study-editing/form-support';
import { STATUS_ID } from './assessment-summary';
import { WorkflowForm } from './workflow-form';

const P = 'review';
const DECISION_LABELS = { validated: 'Validate', returned: 'Return to the provider' } as const;

export function ReviewForm({ view }: { view: SelfAssessmentView }) {
  const actor = useActor();
  const state = useSubmitState();
  const [decision, setDecision] = useState('');
  const [level, setLevel] = useState(view.assessment?.claimedLevel ?? '');
  const [notes, setNotes] = useState('');

  const submit = async () => {
    const input: SelfAssessmentReview = {
      interventionId: view.interventionId,
      frameworkId: view.framework.id,
      decision: decision as SelfAssessmentReview['decision'],
      ...(decision === 'validated' && level !== '' ? { validatedLevel: level } : {}),
      ...(notes.trim() === '' ? {} : { notes }),
      by: actor.by,
    };
    const parsed = SelfAssessmentReviewSchema.safeParse(input);
    if (!parsed.success) {
      state.refuse(issuesOf(parsed.error.issues));
      return;
    }
    state.setPending(true);
    const result = await send('self-assessments/review', input);
    state.setPending(false);
    if (!result.ok) {
      state.refuse([result.issue]);
      return;
    }
    actor.remember();
    announceLibraryChange(STATUS_ID);
  };

  return (
    <WorkflowForm
      prefix={P}
      title="Review"
      intro={
        <p className="muted">
          For the hub: validate the claim after the validation interview, or return it to the provider with
          what to add or change.
          {view.framework.id === 'project-oracle' &&
            ' Validating records the standard, the reviewer and the date on this intervention.'}
        </p>
      }
      fields={['decision', 'validatedLevel', 'notes']}
      refusedTitle="Not recorded"
      state={state}
      actor={actor}
      onSubmit={() => void submit()}
      buttons={
        <button type="submit" className="button button--primary" disabled={state.pending}>
          {state.pending ? 'Recording…' : 'Record the review'}
        </button>
      }
    >
      <RadioGroup
        id={controlId(P, 'decision')}
        legend="Decision"
        name="review-decision"
        value={decision}
        options={REVIEW_DECISIONS.map((d) => ({ value: d, label: DECISION_LABELS[d] }))}
        onChange={setDecision}
        error={state.errorOf('decision')}
      />
      {decision === 'validated' && (
        <SelectField
          id={controlId(P, 'validatedLevel')}
          label="Validated level"
          value={level}
          onChange={setLevel}
          placeholder="Choose a level"
          options={view.levels.map((l) => ({ value: l.id, label: l.label }))}
          error={state.errorOf('validatedLevel')}
          hint="It may differ from the level claimed."
        />
      )}
      <TextField
        id={controlId(P, 'notes')}
        label="Notes"
        multiline
        value={notes}
        onChange={setNotes}
        error={state.errorOf('notes')}
        hint={
          decision === 'returned'
            ? 'Required: what the provider should add or change before resubmitting.'
            : 'What the review found; required when returning it.'
        }
      />
    </WorkflowForm>
  );
}
