// What can be done to an intervention from its page: edit it, delete it (after seeing what would
// go with it), read its history (who changed which fields, when) and undo the library's last change.
import { useState } from 'react';
import type { InterventionDetail } from '../../../../shared/model/catalogue';
import type { Dependents, HistoryEntry } from '../../../../shared/model/editing';
import { formatCount } from '../../../../shared/format';
import { ErrorState } from '../../components/states';
import { useApiAction } from '../../data/use-api-action';
import { useApiQuery } from '../../data/use-api-query';
import { fieldLabel } from '../../labels';
import { hrefFor, interventionHref, navigate } from '../../routing/routes';
import { useUserName } from './user-name';
import { YourNameField } from './your-name';

const ACTION_WORDS: Record<HistoryEntry['action'], string> = {
  create: 'Created',
  update: 'Changed',
  delete: 'Deleted',
  import: 'Imported',
};

/** The top-level fields whose values differ between two versions of a record. */
export function changedFields(before: unknown, after: unknown): string[] {
  const b = (typeof before === 'object' && before !== null ? before : {}) as Record<string, unknown>;
  const a = (typeof after === 'object' && after !== null ? after : {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]));
}

function recordName(entry: HistoryEntry): string {
  for (const state of [entry.after, entry.before]) {
    if (typeof state !== 'object' || state === null) continue;
    if ('name' in state && typeof state.name === 'string') return state.name;
    if ('fileName' in state && typeof state.fileName === 'string') return state.fileName;
  }
  return entry.entityId;
}

function formatWhen(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime())
    ? at
    : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** The history's record kinds in words ("cost_item" → "cost item"). */
const ENTITY_WORDS: Record<string, string> = { self_assessment: 'self-assessment' };
const entityWords = (type: string) => ENTITY_WORDS[type] ?? type.replace(/_/g, ' ');

/** What an undo did, in a sentence for the status message. */
export function describeUndo(entry: HistoryEntry): string {
  const what = `${entityWords(entry.entityType)} “${recordName(entry)}”`;
  const verb = { create: 'creation of', update: 'change to', delete: 'deletion of', import: 'import of' }[
    entry.action
  ];
  const fields = entry.action === 'update' ? changedFields(entry.before, entry.after) : [];
  const detail = fields.length > 0 ? ` (${fields.map(fieldLabel).join(', ')})` : '';
  return `Undone: the ${verb} ${what}${detail} by ${entry.userName}.`;
}

/** One record's changes, newest first: who, when, which fields, and any note. */
export function HistoryList({
  entityType,
  entityId,
  empty,
}: {
  entityType: string;
  entityId: string;
  /** What to say when nothing is recorded. */
  empty: string;
}) {
  const history = useApiQuery('history/list', { entityType, entityId });
  if (history.status === 'loading') return <p className="muted">Loading the history…</p>;
  if (history.status === 'error')
    return <ErrorState title="The history could not be loaded" error={history.error} />;
  if (history.value.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ol className="history-list">
      {history.value.map((entry) => {
        const fields = entry.action === 'update' ? changedFields(entry.before, entry.after) : [];
        return (
          <li key={entry.id} className="history-entry">
            <p className="history-entry__head">
              <strong>{ACTION_WORDS[entry.action]}</strong> by {entry.userName}{' '}
              <time dateTime={entry.at} className="muted">
                {formatWhen(entry.at)}
              </time>
            </p>
            {fields.length > 0 && (
              <p className="history-entry__fields">Fields changed: {fields.map(fieldLabel).join(', ')}</p>
            )}
            {entry.action === 'update' && fields.length === 0 && (
              <p className="muted small">No field changed.</p>
            )}
            {entry.note !== null && <p className="muted small">{entry.note}</p>}
          </li>
        );
      })}
    </ol>
  );
}

function dependentsText(dependents: Dependents[]): string {
  return dependents.map((d) => formatCount(d.count, d.label.replace(/s$/, ''))).join(', ');
}

/** What a delete would take with it, as far as the page knows (the server confirms). */
function localDependents(detail: InterventionDetail): Dependents[] {
  const results = detail.evaluations.reduce((n, e) => n + e.outcomeResults.length, 0);
  return [
    { label: 'evaluations', count: detail.evaluations.length },
    { label: 'outcome results', count: results },
    { label: 'cost items', count: detail.costItems.length },
    { label: 'attachments', count: detail.attachmentCount },
  ].filter((d) => d.count > 0);
}

const sameDependents = (a: Dependents[], b: Dependents[]) =>
  JSON.stringify([...a].sort((x, y) => x.label.localeCompare(y.label))) ===
  JSON.stringify([...b].sort((x, y) => x.label.localeCompare(y.label)));

function DeletePanel({ detail, onCancel }: { detail: InterventionDetail; onCancel: () => void }) {
  const [storedName, setStoredName] = useUserName();
  const [by, setBy] = useState(storedName);
  const [dependents, setDependents] = useState(() => localDependents(detail));
  const [serverConfirmed, setServerConfirmed] = useState(false);
  const remove = useApiAction('interventions/delete');
  const byError =
    remove.error?.field === 'by'
      ? remove.error.message.replace(/^by: /, '')
      : by.trim() === '' && remove.error !== null
        ? 'Say who you are'
        : null;

  const confirm = async () => {
    const input = { id: detail.id, by: by.trim() };
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
      navigate(hrefFor({ screen: 'catalogue' }));
    }
  };

  return (
    <section className="delete-panel" aria-labelledby="delete-title">
      <h2 id="delete-title" className="delete-panel__title">
        Delete “{detail.name}”?
      </h2>
      {dependents.length > 0 ? (
        <p>
          This will also delete its{' '}
          <strong>{dependents.length === 0 ? '' : dependentsText(dependents)}</strong>.
        </p>
      ) : (
        <p>Nothing else in the library depends on it.</p>
      )}
      <p className="muted small">
        The deletion is recorded in the history and can be undone as the last change.
      </p>
      {storedName === '' && (
        <YourNameField id="delete-by" stored="" value={by} onChange={setBy} error={byError} />
      )}
      {remove.error !== null && remove.error.field !== 'by' && (
        <p className="field-error" role="alert">
          {remove.error.message}
        </p>
      )}
      <div className="edit-form__buttons">
        <button
          type="button"
          className="button button--danger"
          disabled={remove.pending}
          onClick={() => void confirm()}
        >
          {remove.pending ? 'Deleting…' : 'Delete intervention'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

export function UndoControl({ onUndone }: { onUndone: (message: string) => void }) {
  const [storedName, setStoredName] = useUserName();
  const [asking, setAsking] = useState(false);
  const [by, setBy] = useState(storedName);
  const undo = useApiAction('history/undo');

  const run = async (name: string) => {
    const result = await undo.run({ by: name.trim() });
    if (result === null) return;
    if (name.trim() !== storedName) setStoredName(name);
    setAsking(false);
    onUndone(result.undone === null ? 'There is no change left to undo.' : describeUndo(result.undone));
  };

  return (
    <>
      <button
        type="button"
        className="button"
        disabled={undo.pending}
        onClick={() => (storedName === '' ? setAsking(true) : void run(storedName))}
      >
        {undo.pending ? 'Undoing…' : 'Undo last change'}
      </button>
      {asking && (
        <div className="undo-ask">
          <YourNameField
            id="undo-by"
            stored=""
            value={by}
            onChange={setBy}
            error={undo.error?.field === 'by' ? 'Say who is undoing the change' : null}
          />
          <button type="button" className="button button--primary" onClick={() => void run(by)}>
            Undo
          </button>
        </div>
      )}
      {undo.error !== null && undo.error.field !== 'by' && (
        <p className="field-error" role="alert">
          {undo.error.message}
        </p>
      )}
    </>
  );
}

export function RecordActions({
  detail,
  onUndone,
}: {
  detail: InterventionDetail;
  /** Called with what was undone, once the undo has been made (the page then reloads). */
  onUndone: (message: string) => void;
}) {
  const [deleting, setDeleting] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  return (
    <div className="record-actions">
      <div className="record-actions__buttons">
        <a className="button" href={hrefFor({ screen: 'edit', entity: 'intervention', id: detail.id })}>
          Edit<span className="visually-hidden"> {detail.name}</span>
        </a>
        <button type="button" className="button" aria-expanded={deleting} onClick={() => setDeleting(true)}>
          Delete intervention…
        </button>
        <UndoControl onUndone={onUndone} />
      </div>
      {deleting && <DeletePanel detail={detail} onCancel={() => setDeleting(false)} />}
      <div className="history">
        <button
          type="button"
          className="history__toggle"
          aria-expanded={showHistory}
          aria-controls="record-history"
          onClick={() => setShowHistory((v) => !v)}
        >
          <span className="history__marker" aria-hidden="true">
            {showHistory ? '▾' : '▸'}
          </span>
          History
        </button>
        <div id="record-history" hidden={!showHistory}>
          {showHistory && (
            <>
              <HistoryList
                entityType="intervention"
                entityId={detail.id}
                empty="No changes recorded since this intervention was loaded into the library."
              />
              <p className="muted small">
                Self-assessments and their validation (which sets the standard recorded here) have their own
                history, on the <a href={interventionHref(detail.id, 'standards')}>Standards tab</a>.
              </p>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
