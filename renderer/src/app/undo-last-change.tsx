// "Undo last change…" from any screen (the top bar, or the command palette): a dialog that shows
// the change an undo would reverse (which record, what, who, when) and asks before undoing it.
import { useState } from 'react';
import type { HistoryEntry } from '../../../shared/model/editing';
import { ModalDialog } from '../components/modal-dialog';
import { createOpenFlag } from '../components/open-flag';
import { ErrorState } from '../components/states';
import { useApiAction } from '../data/use-api-action';
import { useApiQuery } from '../data/use-api-query';
import { fieldLabel } from '../labels';
import {
  ACTION_WORDS,
  changedFields,
  entityWord,
  formatWhen,
  recordName,
} from '../screens/editing/history-text';
import { useUserName } from '../screens/editing/user-name';
import { YourNameField } from '../screens/editing/your-name';

// ---- Opening it from anywhere (the top bar, the command palette) -------------------------------

const undoDialog = createOpenFlag();

export function openUndoDialog(): void {
  undoDialog.set(true);
}

export function UndoButton() {
  return (
    <button
      type="button"
      className="button button--small topbar__undo"
      aria-haspopup="dialog"
      onClick={openUndoDialog}
    >
      Undo last change…
    </button>
  );
}

/** The dialog, while open; `onUndone` gets what was undone (the screen then reloads). */
export function UndoDialogHost({ onUndone }: { onUndone: (entry: HistoryEntry) => void }) {
  const isOpen = undoDialog.useOpen();
  return isOpen ? <UndoDialog onClose={() => undoDialog.set(false)} onUndone={onUndone} /> : null;
}

function ChangeFacts({ change }: { change: HistoryEntry }) {
  const fields = change.action === 'update' ? changedFields(change) : [];
  return (
    <dl className="facts facts--wide modal-dialog__facts">
      <div className="facts__row">
        <dt>Record</dt>
        <dd data-field="record">
          {entityWord(change.entityType).replace(/^./, (c) => c.toUpperCase())} “{recordName(change)}”
        </dd>
      </div>
      <div className="facts__row">
        <dt>Change</dt>
        <dd data-field="action">
          {ACTION_WORDS[change.action]}
          {fields.length > 0 && `: ${fields.map(fieldLabel).join(', ')}`}
        </dd>
      </div>
      <div className="facts__row">
        <dt>By</dt>
        <dd data-field="by">{change.userName}</dd>
      </div>
      <div className="facts__row">
        <dt>When</dt>
        <dd>
          <time dateTime={change.at}>{formatWhen(change.at)}</time>
        </dd>
      </div>
    </dl>
  );
}

function UndoDialog({ onClose, onUndone }: { onClose: () => void; onUndone: (entry: HistoryEntry) => void }) {
  const last = useApiQuery('history/last', {});
  const undo = useApiAction('history/undo');
  const [storedName, setStoredName] = useUserName();
  const [askName] = useState(storedName === '');
  const [by, setBy] = useState(storedName);

  const change = last.status === 'ok' ? last.value.change : null;
  const run = async () => {
    const result = await undo.run({ by: by.trim() });
    if (result === null) return;
    if (by.trim() !== storedName) setStoredName(by);
    onClose();
    if (result.undone !== null) onUndone(result.undone);
  };

  return (
    <ModalDialog
      id="undo-dialog"
      title="Undo the last change?"
      describedBy={last.status === 'error' ? undefined : 'undo-dialog-lead'}
      onClose={onClose}
      buttons={
        <>
          {change !== null && (
            <button
              type="button"
              className="button button--primary"
              disabled={undo.pending}
              onClick={() => void run()}
              autoFocus
            >
              {undo.pending ? 'Undoing…' : 'Undo this change'}
            </button>
          )}
          <button type="button" className="button" onClick={onClose} autoFocus={change === null}>
            {change === null ? 'Close' : 'Cancel'}
          </button>
        </>
      }
    >
      {last.status === 'loading' && (
        <p id="undo-dialog-lead" className="muted">
          Finding the last change…
        </p>
      )}
      {last.status === 'error' && (
        <ErrorState title="The last change could not be found" error={last.error} onRetry={last.reload} />
      )}
      {last.status === 'ok' && change === null && (
        <p id="undo-dialog-lead">There is no change left to undo in this library.</p>
      )}
      {change !== null && (
        <>
          <p id="undo-dialog-lead">
            This puts the record back as it was before this change. The undo is itself recorded in the
            history.
          </p>
          <ChangeFacts change={change} />
          {askName && (
            <YourNameField
              id="undo-by"
              stored=""
              value={by}
              onChange={setBy}
              error={undo.error?.field === 'by' ? 'Say who is undoing the change' : null}
            />
          )}
        </>
      )}
      {undo.error !== null && undo.error.field !== 'by' && (
        <p className="field-error" role="alert">
          {undo.error.message}
        </p>
      )}
    </ModalDialog>
  );
}
