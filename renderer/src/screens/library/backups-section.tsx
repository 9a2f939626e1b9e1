// The open library's backups: what is kept and where, "Back up now", each backup with when and why
// it was made, its size, format version and check, and Restore (after a confirmation) for each.
// Backups that failed their check were removed by the core; they are reported here once.
import { useEffect, useState } from 'react';
import { formatFileSize, formatInteger } from '../../../../shared/format';
import {
  BACKUP_KIND_LABELS,
  type BackupFile,
  type BackupList,
  type RestoreOutcome,
} from '../../../../shared/model/library-files';
import { ModalDialog } from '../../components/modal-dialog';
import { ErrorState, LoadingState, Notice } from '../../components/states';
import { announceLibraryChange, subscribeLibraryChanges } from '../../data/library-changes';
import { useApiAction } from '../../data/use-api-action';
import { useApiQuery, useSteady } from '../../data/use-api-query';

/** To the second: backups taken minutes apart must be told apart. */
function formatMade(at: string): string {
  return new Date(at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });
}

/** When a check ran: its time alone when that was today. */
function formatChecked(at: string): string {
  const when = new Date(at);
  return when.toDateString() === new Date().toDateString()
    ? `today, ${when.toLocaleTimeString('en-GB')}`
    : formatMade(at);
}

function restoredMessage(outcome: RestoreOutcome): string {
  const restored = `Restored the backup of ${formatMade(outcome.restored.createdAt)}.`;
  if (outcome.safetyBackup !== null) {
    return (
      `${restored} The library as it was just before is kept as the backup of ` +
      `${formatMade(outcome.safetyBackup.createdAt)}: restore that to undo this.`
    );
  }
  return outcome.damagedFile === null
    ? restored
    : `${restored} The damaged file is kept, unchanged, as ${outcome.damagedFile}.`;
}

function RestoreDialog({
  backup,
  damaged,
  onClose,
  onRestored,
}: {
  backup: BackupFile;
  /** The open library is damaged: it is moved aside rather than backed up. */
  damaged: boolean;
  onClose: () => void;
  onRestored: (message: string) => void;
}) {
  const restore = useApiAction('backups/restore');
  const run = async () => {
    const outcome = await restore.run({ fileName: backup.fileName });
    if (outcome === null) return;
    onClose();
    onRestored(restoredMessage(outcome));
  };
  return (
    <ModalDialog
      id="restore-dialog"
      title="Restore this backup?"
      describedBy="restore-dialog-lead"
      onClose={onClose}
      buttons={
        <>
          <button
            type="button"
            className="button button--primary"
            disabled={restore.pending}
            onClick={() => void run()}
            autoFocus
          >
            {restore.pending ? 'Restoring…' : 'Restore this backup'}
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </>
      }
    >
      {damaged ? (
        <p id="restore-dialog-lead">
          The library will hold exactly what it held on {formatMade(backup.createdAt)}. The damaged file is
          not changed or deleted: it is moved aside, beside the library, under a name ending
          &ldquo;.damaged-&rdquo; and the date.
        </p>
      ) : (
        <p id="restore-dialog-lead">
          The library will hold exactly what it held on {formatMade(backup.createdAt)}; later changes leave
          it. Its present state is backed up first, so you can restore that to undo this.
        </p>
      )}
      <dl className="facts facts--wide modal-dialog__facts">
        <div className="facts__row">
          <dt>Backup</dt>
          <dd>
            <code className="path">{backup.fileName}</code>
          </dd>
        </div>
        <div className="facts__row">
          <dt>Made</dt>
          <dd>
            {formatMade(backup.createdAt)} ({BACKUP_KIND_LABELS[backup.kind].toLowerCase()})
          </dd>
        </div>
      </dl>
      {restore.error !== null && (
        <p className="field-error" role="alert">
          {restore.error.message}
        </p>
      )}
    </ModalDialog>
  );
}

function BackupsTable({
  list,
  canRestore,
  onRestore,
}: {
  list: BackupList;
  canRestore: boolean;
  onRestore: (backup: BackupFile) => void;
}) {
  if (list.backups.length === 0) return <p data-field="no-backups">No backups yet.</p>;
  return (
    <div className="table-scroll" role="region" aria-label="Backups of this library" tabIndex={0}>
      <table className="table table--compact backups-table">
        <caption className="visually-hidden">Backups of this library, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Made</th>
            <th scope="col">Why</th>
            <th scope="col" className="num">
              Size
            </th>
            <th scope="col" className="num">
              Format
            </th>
            <th scope="col">Integrity check</th>
            {canRestore && (
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {list.backups.map((b) => (
            <tr key={b.fileName} data-backup={b.fileName}>
              <th scope="row">
                <time dateTime={b.createdAt}>{formatMade(b.createdAt)}</time>
              </th>
              <td>{BACKUP_KIND_LABELS[b.kind]}</td>
              <td className="num">{formatFileSize(b.sizeBytes)}</td>
              <td className="num">Version {formatInteger(b.schemaVersion)}</td>
              <td>
                <span className="backup-check">Passed</span>
                <span className="muted small backup-check__when">
                  checked <time dateTime={b.verifiedAt}>{formatChecked(b.verifiedAt)}</time>
                </span>
              </td>
              {canRestore && (
                <td>
                  <button
                    type="button"
                    className="button button--small"
                    aria-haspopup="dialog"
                    aria-label={`Restore the backup of ${formatMade(b.createdAt)}…`}
                    onClick={() => onRestore(b)}
                  >
                    Restore…
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * `damaged`: the open library was found damaged. It is read-only, but restoring a backup over it is
 * what it needs (the core keeps the damaged file aside); it is never backed up itself.
 */
export function BackupsSection({ readOnly, damaged }: { readOnly: boolean; damaged: boolean }) {
  const backups = useSteady(useApiQuery('backups/list', {}));
  const reload = backups.reload;
  // Another library opened, or this one restored: its backups are listed afresh.
  useEffect(() => subscribeLibraryChanges(reload), [reload]);
  const create = useApiAction('backups/create');
  const [message, setMessage] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<BackupFile | null>(null);

  const backUpNow = async () => {
    setMessage(null);
    const made = await create.run({});
    if (made === null) return;
    const removed = made.removed.length === 0 ? '' : ` ${formatInteger(made.removed.length)} older removed.`;
    setMessage(`Backed up: ${made.backup.fileName} passed its integrity check.${removed}`);
    reload();
  };

  return (
    <section className="panel" aria-labelledby="library-backups">
      <h2 id="library-backups">Backups</h2>
      {backups.status === 'loading' && <LoadingState label="Checking the backups…" />}
      {backups.status === 'error' && (
        <ErrorState title="The backups could not be read" error={backups.error} onRetry={backups.reload} />
      )}
      {backups.status === 'ok' && (
        <>
          {damaged ? (
            <p className="small">
              Each backup below has just passed SQLite&rsquo;s integrity check. Restoring one puts it in the
              library&rsquo;s place; the damaged file is kept beside it, unchanged. Backups are kept in{' '}
              <code className="path">{backups.value.folder}</code>.
            </p>
          ) : (
            <p className="small">
              A backup is made each day the library is open, before its format is upgraded and before a
              restore, and whenever you ask. Each is checked with SQLite&rsquo;s integrity check; the newest{' '}
              {formatInteger(backups.value.limit)} are kept, in{' '}
              <code className="path">{backups.value.folder}</code>.
            </p>
          )}
          {backups.value.discarded.length > 0 && (
            <Notice tone="warning" title="Damaged backups removed">
              <ul>
                {backups.value.discarded.map((d) => (
                  <li key={d.fileName}>
                    {d.fileName}: {d.problem}
                  </li>
                ))}
              </ul>
            </Notice>
          )}
          {!damaged && (
            <div className="backups-actions">
              <button
                type="button"
                className="button"
                disabled={create.pending}
                onClick={() => void backUpNow()}
              >
                {create.pending ? 'Backing up…' : 'Back up now'}
              </button>
            </div>
          )}
          <div role="status" className="backups-status">
            {message !== null && <p className="notice notice--success">{message}</p>}
          </div>
          {create.error !== null && (
            <p className="field-error" role="alert">
              {create.error.message}
            </p>
          )}
          <BackupsTable list={backups.value} canRestore={!readOnly || damaged} onRestore={setRestoring} />
        </>
      )}
      {restoring !== null && (
        <RestoreDialog
          backup={restoring}
          damaged={damaged}
          onClose={() => setRestoring(null)}
          onRestored={(text) => {
            setMessage(text);
            announceLibraryChange();
          }}
        />
      )}
    </section>
  );
}
