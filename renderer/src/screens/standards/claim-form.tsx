// The provider's claim: the level claimed (saved with the draft) and submitting the self-assessment
// for validation, which needs evidence for every criterion of that level (the API says which lack it).
import { type FormEvent, useEffect, useState } from 'react';
import type { SelfAssessmentView } from '../../../../shared/model/self-assessment';
import { SelectField } from '../../components/form-controls';
import { focusControl } from '../../components/form-fields';
import { announceLibraryChange } from '../../data/library-changes';
import { YourNameField } from '../editing/your-name';
import { controlId, send, useActor, useSubmitState } from '../study-editing/form-support';
import { savePayload } from './assessment-payload';
import { STATUS_ID } from './assessment-summary';

const P = 'claim';
const FIELDS = ['claimedLevel', 'by'];

export function ClaimForm({ view }: { view: SelfAssessmentView }) {
  const actor = useActor();
  const state = useSubmitState();
  const storedLevel = view.assessment?.claimedLevel ?? '';
  const [level, setLevel] = useState(storedLevel);
  const general = state.issues.filter((i) => !FIELDS.includes(i.field));

  useEffect(() => {
    const first = state.issues[0];
    if (state.attempt === 0 || first === undefined) return;
    focusControl(FIELDS.includes(first.field) ? controlId(P, first.field) : `${P}-errors`);
  }, [state.attempt]); // eslint-disable-line react-hooks/exhaustive-deps -- only after each refusal

  const run = async (andSubmit: boolean) => {
    if (andSubmit && level === '') {
      state.refuse([{ field: 'claimedLevel', message: 'Choose the level you claim before submitting' }]);
      return;
    }
    state.setPending(true);
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

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!state.pending) void run(true);
  };

  return (
    <section className="record-section" aria-labelledby="claim-title">
      <h2 id="claim-title">Claim and submit</h2>
      <form className="sa-form" noValidate onSubmit={submit} aria-labelledby="claim-title">
        <div id={`${P}-errors`} tabIndex={-1}>
          {general.length > 0 && (
            <div className="notice notice--error" role="alert">
              <p className="notice__title">Not submitted</p>
              {general.map((g) => (
                <p key={g.field + g.message}>{g.message}</p>
              ))}
            </div>
          )}
        </div>
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
        <YourNameField
          id={controlId(P, 'by')}
          stored={actor.stored}
          value={actor.by}
          onChange={actor.setBy}
          error={state.errorOf('by')}
        />
        <div className="edit-form__buttons">
          <button type="submit" className="button button--primary" disabled={state.pending}>
            {state.pending ? 'Saving…' : 'Submit for validation'}
          </button>
          <button type="button" className="button" disabled={state.pending} onClick={() => void run(false)}>
            Save claim as draft
          </button>
        </div>
      </form>
    </section>
  );
}
