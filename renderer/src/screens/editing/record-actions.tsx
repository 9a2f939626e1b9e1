// What can be done to a record from its page: edit it, delete it (after seeing what would go with
// it, or what stops it) and read its history. The last change is undone from the app's top bar.
import { type ReactNode, useState } from 'react';
import type { InterventionDetail } from '../../../../shared/model/catalogue';
import type { Dependents } from '../../../../shared/model/editing';
import { formatCount } from '../../../../shared/format';
import { useApiAction } from '../../data/use-api-action';
import { hrefFor, interventionHref, navigate } from '../../routing/routes';
import { RecordHistory } from './record-history';
import { useUserName } from './user-name';
import { YourNameField } from './your-name';

export function dependentsText(dependents: Dependents[]): string {
  return dependents.map((d) => formatCount(d.count, d.label.replace(/s$/, ''))).join(', ');
}

/** What a delete would take with it, as far as the page knows (the server confirms). */
function localDependents(detail: InterventionDetail): Dependents[] {
  const results = detail.evaluations.reduce((n, e) => n + e.outcomeResults.length, 0);
  return [
    { label: 'evaluations', count: detail.evaluations.length },
    { label: 'outcome results', count: results },
    { label: 'cost items', count: detail.costItems.length },
    // Its own files and its evaluations' files.
    { label: 'attachments', count: detail.attachmentCount },
  ].filter((d) => d.count > 0);
}

const sameDependents = (a: Dependents[], b: Dependents[]) =>
  JSON.stringify([...a].sort((x, y) => x.label.localeCompare(y.label))) ===
  JSON.stringify([...b].sort((x, y) => x.label.localeCompare(y.label)));

/**
 * "Delete …?": says what goes with the record (or, via `blocked`, why it cannot go), then deletes
 * it, confirming the dependents only once the person has seen the ones the server counted.
 */
export function DeletePanel({
  method,
  id,
  name,
  noun,
  dependents: known,
  consequence,
  blocked = null,
  afterDelete,
  onCancel,
}: {
  method: 'interventions/delete' | 'organisations/delete' | 'briefs/delete';
  id: string;
  name: string;
  /** "intervention", "organisation". */
  noun: string;
  dependents: Dependents[];
  /** What happens to the dependents, in a sentence. */
  consequence: (dependents: Dependents[]) => ReactNode;
  /** Why it cannot be deleted now; no Delete button is offered. */
  blocked?: ReactNode;
  /** Where to go once it is gone, or what to do instead (when the page stays). */
  afterDelete: string | (() => void);
  onCancel: () => void;
}) {
  const [storedName, setStoredName] = useUserName();
  const [by, setBy] = useState(storedName);
  const [dependents, setDependents] = useState(known);
  const [serverConfirmed, setServerConfirmed] = useState(false);
  const remove = useApiAction(method);
  const titleId = `delete-${noun}-title`;
  const byError =
    remove.error?.field === 'by'
      ? remove.error.message.replace(/^by: /, '')
      : by.trim() === '' && remove.error !== null
        ? 'Say who you are'
        : null;

  const confirm = async () => {
    const input = { id, by: by.trim() };
    // Asks first without confirming: the server deletes at once only when nothing depends on it.
    const first = await remove.run({ ...input, confirm: serverConfirmed });
    if (first === null) return;
    let done = first.deleted;
    if (!done && sameDependents(first.dependents, dependents)) {
      const second = await remove.run({ ...input, confirm: true });
      if (second === null) return;
      done = second.deleted;
    } else if (!done) {
      setDependents(first.dependents);
      setServerConfirmed(true);
      return;
    }
    if (done) {
      if (input.by !== storedName) setStoredName(input.by);
      if (typeof afterDelete === 'string') navigate(afterDelete);
      else afterDelete();
    }
  };

  return (
    <section className="delete-panel" aria-labelledby={titleId}>
      <h2 id={titleId} className="delete-panel__title">
        Delete “{name}”?
      </h2>
      {blocked !== null ? (
        <p data-blocked="">{blocked}</p>
      ) : (
        <>
          {dependents.length > 0 ? (
            <p>{consequence(dependents)}</p>
          ) : (
            <p>Nothing else in the library depends on it.</p>
          )}
          <p className="muted small">
            The deletion is recorded in the history and can be undone as the last change.
          </p>
          {storedName === '' && (
            <YourNameField id={`delete-${noun}-by`} stored="" value={by} onChange={setBy} error={byError} />
          )}
        </>
      )}
      {remove.error !== null && remove.error.field !== 'by' && (
        <p className="field-error" role="alert">
          {remove.error.message}
        </p>
      )}
      <div className="edit-form__buttons">
        {blocked === null && (
          <button
            type="button"
            className="button button--danger"
            disabled={remove.pending}
            onClick={() => void confirm()}
          >
            {remove.pending ? 'Deleting…' : `Delete ${noun}`}
          </button>
        )}
        <button type="button" className="button" onClick={onCancel}>
          {blocked === null ? 'Cancel' : 'Close'}
        </button>
      </div>
    </section>
  );
}

/** Edit (a link to the record's form), Delete… (opening `deletePanel`) and the record's History. */
export function RecordActions({
  entityType,
  id,
  name,
  noun,
  editHref,
  deletePanel,
  historyNote,
}: {
  /** The history's entity type: 'intervention', 'organisation'. */
  entityType: string;
  id: string;
  name: string;
  noun: string;
  editHref: string;
  deletePanel: (close: () => void) => ReactNode;
  historyNote?: ReactNode;
}) {
  const [deleting, setDeleting] = useState(false);
  return (
    <div className="record-actions">
      <div className="record-actions__buttons">
        <a className="button" href={editHref}>
          Edit<span className="visually-hidden"> {name}</span>
        </a>
        <button type="button" className="button" aria-expanded={deleting} onClick={() => setDeleting(true)}>
          Delete {noun}…
        </button>
      </div>
      {deleting && deletePanel(() => setDeleting(false))}
      <RecordHistory entityType={entityType} entityId={id} note={historyNote} />
    </div>
  );
}

export function InterventionActions({ detail }: { detail: InterventionDetail }) {
  return (
    <RecordActions
      entityType="intervention"
      id={detail.id}
      name={detail.name}
      noun="intervention"
      editHref={hrefFor({ screen: 'edit', entity: 'intervention', id: detail.id })}
      historyNote={
        <>
          Self-assessments and their validation (which sets the standard recorded here) have their own
          history, on the <a href={interventionHref(detail.id, 'standards')}>Standards tab</a>.
        </>
      }
      deletePanel={(close) => (
        <DeletePanel
          method="interventions/delete"
          id={detail.id}
          name={detail.name}
          noun="intervention"
          dependents={localDependents(detail)}
          consequence={(dependents) => (
            <>
              This will also delete its <strong>{dependentsText(dependents)}</strong>.
            </>
          )}
          afterDelete={hrefFor({ screen: 'catalogue' })}
          onCancel={close}
        />
      )}
    />
  );
}
