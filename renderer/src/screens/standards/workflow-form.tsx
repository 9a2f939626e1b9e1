// The frame the claim and review forms share: a titled section with the form, the refusals that
// name no field of the form above it, the fields, "Your name" and the buttons; after each refusal,
// focus moves to the first field named (or to the refusal).
import { type FormEvent, type ReactNode, useEffect } from 'react';
import { focusControl } from '../../components/form-fields';
import { YourNameField } from '../editing/your-name';
import { controlId, type useActor, type useSubmitState } from '../study-editing/form-support';

export function WorkflowForm({
  prefix,
  title,
  intro,
  fields,
  refusedTitle,
  state,
  actor,
  onSubmit,
  buttons,
  children,
}: {
  prefix: string;
  title: string;
  intro?: ReactNode;
  /** The fields the form shows (besides "by"): refusals naming others are shown above it. */
  fields: readonly string[];
  refusedTitle: string;
  state: ReturnType<typeof useSubmitState>;
  actor: ReturnType<typeof useActor>;
  onSubmit: () => void;
  buttons: ReactNode;
  children: ReactNode;
}) {
  const known = [...fields, 'by'];
  const general = state.issues.filter((i) => !known.includes(i.field));
  const titleId = `${prefix}-title`;

  useEffect(() => {
    const first = state.issues[0];
    if (state.attempt === 0 || first === undefined) return;
    focusControl(known.includes(first.field) ? controlId(prefix, first.field) : `${prefix}-errors`);
  }, [state.attempt]); // eslint-disable-line react-hooks/exhaustive-deps -- only after each refusal

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!state.pending) onSubmit();
  };

  return (
    <section className={`record-section sa-${prefix}`} aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {intro}
      <form className="sa-form" noValidate onSubmit={submit} aria-labelledby={titleId}>
        <div id={`${prefix}-errors`} tabIndex={-1}>
          {general.length > 0 && (
            <div className="notice notice--error" role="alert">
              <p className="notice__title">{refusedTitle}</p>
              {general.map((g) => (
                <p key={g.field + g.message}>{g.message}</p>
              ))}
            </div>
          )}
        </div>
        {children}
        <YourNameField
          id={controlId(prefix, 'by')}
          stored={actor.stored}
          value={actor.by}
          onChange={actor.setBy}
          error={state.errorOf('by')}
        />
        <div className="edit-form__buttons">{buttons}</div>
      </form>
    </section>
  );
}
