// A record's history, folded away under a "History" button: who changed it, when, and which of
// its fields, newest first. Any kind of record (intervention, organisation, outcome result, …).
import { type ReactNode, useState } from 'react';
import type { HistoryEntry } from '../../../../shared/model/editing';
import { ErrorState } from '../../components/states';
import { useApiQuery } from '../../data/use-api-query';
import { fieldLabel } from '../../labels';
import { ACTION_WORDS, changedFields, entityWord, formatWhen } from './history-text';

export function HistoryList({
  entityType,
  entityId,
  empty,
}: {
  entityType: string;
  entityId: string;
  /** What to say when nothing is recorded, where the default does not fit. */
  empty?: string;
}) {
  const history = useApiQuery('history/list', { entityType, entityId });
  if (history.status === 'loading') return <p className="muted">Loading the history…</p>;
  if (history.status === 'error')
    return <ErrorState title="The history could not be loaded" error={history.error} />;
  if (history.value.length === 0) {
    return (
      <p className="muted">
        {empty ?? `No changes recorded since this ${entityWord(entityType)} was loaded into the library.`}
      </p>
    );
  }
  return (
    <ol className="history-list">
      {history.value.map((entry: HistoryEntry) => {
        const fields = entry.action === 'update' ? changedFields(entry) : [];
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

/** The History toggle and, once opened, the list; `label` names the record for screen readers. */
export function RecordHistory({
  entityType,
  entityId,
  label,
  note,
}: {
  entityType: string;
  entityId: string;
  /** e.g. "outcome result: Reoffending" when several histories share a page. */
  label?: string;
  /** Shown under the list: e.g. where related records keep their own history. */
  note?: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const panelId = `history-${entityType}-${entityId}`;
  return (
    <div className="history">
      <button
        type="button"
        className="history__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
      >
        <span className="history__marker" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        History{label !== undefined && <span className="visually-hidden"> of {label}</span>}
      </button>
      <div id={panelId} hidden={!open}>
        {open && (
          <>
            <HistoryList entityType={entityType} entityId={entityId} />
            {note !== undefined && <p className="muted small">{note}</p>}
          </>
        )}
      </div>
    </div>
  );
}
