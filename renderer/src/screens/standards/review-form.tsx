// The hub's review of a submitted self-assessment: validate it at a level (which the intervention
// then records as its validated standard, for Project Oracle) or return it with notes. The form
// checks with the API's own schema, so a missing level or notes is named before anything is sent.
import { type FormEvent, useEffect, useState } from 'react';
import {
  REVIEW_DECISIONS,
  type SelfAssessmentReview,
  SelfAssessmentReviewSchema,
  type SelfAssessmentView,
} from '../../../../shared/model/self-assessment';
import { RadioGroup, SelectField, TextField } from '../../components/form-controls';
import { focusControl } from '../../components/form-fields';
import { announceLibraryChange } from '../../data/library-changes';
import { YourNameField } from '../editing/your-name';
import { controlId, issuesOf, send, useActor, useSubmitState } from '../study-editing/form-support';
import { STATUS_ID } from './assessment-summary';

const P = 'review';
const FIELDS = ['decision', 'validatedLevel', 'notes', 'by'];
const DECISION_LABELS = { validated: 'Validate', returned: 'Return to the provider' } as const;

export function ReviewForm({ view }: { view: SelfAssessmentView }) {
  const actor = useActor();
  const state = useSubmitState();
  const [decision, setDecision] = useState('');
  const [level, setLevel] = useState(view.assessment?.claimedLevel ?? '');
  const [notes, setNotes] = useState('');
  const general = state.issues.filter((i) => !FIELDS.includes(i.field));

  useEffect(() => {
    const first = state.issues[0];
    if (state.attempt === 0 || first === undefined) return;
    focusControl(FIELDS.includes(first.field) ? controlId(P, first.field) : `${P}-errors`);
  }, [state.attempt]); // eslint-disable-line react-hooks/exhaustive-deps -- only after each refusal

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (state.pending) return;
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
    <section className="record-section sa-review" aria-labelledby="review-title">
      <h2 id="review-title">Review</h2>
      <p className="muted">
        For the hub: validate the claim after the validation interview, or return it to the provider with what
        to add or change.
        {view.framework.id === 'project-oracle' &&
          ' Validating records the standard, the reviewer and the date on this intervention.'}
      </p>
      <form className="sa-form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="review-title">
        <div id={`${P}-errors`} tabIndex={-1}>
          {general.length > 0 && (
            <div className="notice notice--error" role="alert">
              <p className="notice__title">Not recorded</p>
              {general.map((g) => (
                <p key={g.field + g.message}>{g.message}</p>
              ))}
            </div>
          )}
        </div>
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
        <YourNameField
          id={controlId(P, 'by')}
          stored={actor.stored}
          value={actor.by}
          onChange={actor.setBy}
          error={state.errorOf('by')}
        />
        <div className="edit-form__buttons">
          <button type="submit" className="button button--primary" disabled={state.pending}>
            {state.pending ? 'Recording…' : 'Record the review'}
          </button>
        </div>
      </form>
    </section>
  );
}
