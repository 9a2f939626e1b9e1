// The provider's claim: the level claimed (saved with the draft) and submitting the self-assessment
// for validation, which needs evidence for every criterion of that level (the API says which lack it).
import { useState } from 'react';
import type { SelfAssessmentView } from '../../../../shared/model/self-assessment';
import { SelectField } from '../../components/form-controls';
import { announceLibraryChange } from '../../data/library-changes';
import { controlId, send, useActor, useSubmitState } from '../study-editing/form-support';
import { savePayload } from './assessment-payload';
import { STATUS_ID } from './assessment-summary';
import { WorkflowForm } from './workflow-form';

const P = 'claim';

export function ClaimForm({ view }: { view: SelfAssessmentView }) {
  const actor = useActor();
  const state = useSubmitState();
  const storedLevel = view.assessment?.claimedLevel ?? '';
  const [level, setLevel] = useState(storedLevel);

  /** Saves the claim when it changed, then submits when asked: each step its own transaction. */
  const run = async (andSubmit: boolean) => {
    if (andSubmit && level === '') {
      state.refuse([{ field: 'claimedLevel', message: 'Choose the level you claim before submitting' }]);
      return;
    }
    const key = { interventionId: view.interventionId, frameworkId: view.framework.id };
    const steps = [
      ...(level !== storedLevel || view.assessment === null
        ? [
            () =>
              send(
                'self-assessments/save',
                savePayload(view, actor.by, { claimedLevel: level || undefined }),
              ),
          ]
        : []),
      ...(andSubmit ? [() => send('self-assessments/submit', { ...key, by: actor.by })] : []),
    ];
    state.setPending(true);
    for (const step of steps) {
      const result = await step();
      if (!result.ok) {
        state.setPending(false);
        state.refuse([result.issue]);
        return;
      }
    }
    state.setPending(false);
    actor.remember();
    announceLibraryChange(STATUS_ID);
  };

  return (
    <WorkflowForm
      prefix={P}
      title="Claim and submit"
      fields={['claimedLevel']}
      refusedTitle="Not submitted"
      state={state}
      actor={actor}
      onSubmit={() => void run(true)}
      buttons={
        <>
          <button type="submit" className="button button--primary" disabled={state.pending}>
            {state.pending ? 'Saving…' : 'Submit for validation'}
          </button>
          <button type="button" className="button" disabled={state.pending} onClick={() => void run(false)}>
            Save claim as draft
          </button>
        </>
      }
    >
      <SelectField
        id={controlId(P, 'claimedLevel')}
        label="Level claimed"
        value={level}
        onChange={setLevel}
        placeholder="Choose a level"
        options={view.levels.map((l) => ({ value: l.id, label: l.label }))}
        error={state.errorOf('claimedLevel')}
        hint="Before submitting, give evidence for every criterion the level needs."
      />
    </WorkflowForm>
  );
}
