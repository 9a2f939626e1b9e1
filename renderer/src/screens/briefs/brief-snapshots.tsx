// A brief's snapshots: a generated file frozen in the library with its date and figures, so a
// board paper can be reproduced later. Freeze one in a chosen format, download or delete one, and
// compare one with the library now to see which figures have changed since.
import { useEffect, useState } from 'react';
import { BRIEF_FORMATS, type BriefFormat, type BriefSnapshotSummary } from '../../../../shared/model/brief';
import { formatFileSize } from '../../../../shared/format';
import { SelectField } from '../../components/form-controls';
import { ErrorState, LoadingState } from '../../components/states';
import { announceLibraryChange, subscribeLibraryChanges } from '../../data/library-changes';
import { useApiAction } from '../../data/use-api-action';
import { useApiQuery } from '../../data/use-api-query';
import { formatWhen } from '../editing/history-text';
import { useUserName } from '../editing/user-name';
import { YourNameField } from '../editing/your-name';
import { deliverSnapshot } from './brief-files';
import { FORMAT_NAMES } from './brief-export';

function SnapshotDiff({ snapshot }: { snapshot: BriefSnapshotSummary }) {
  const diff = useApiQuery('brief-snapshots/diff', { id: snapshot.id });
  const titleId = `diff-${snapshot.id}-title`;
  return (
    <section className="panel brief-diff" aria-labelledby={titleId} data-diff={snapshot.id}>
      <h2 id={titleId}>What has changed since the snapshot of {formatWhen(snapshot.createdAt)}</h2>
      {diff.status === 'loading' && <LoadingState label="Comparing the figures…" />}
      {diff.status === 'error' && (
        <ErrorState title="The figures could not be compared" error={diff.error} onRetry={diff.reload} />
      )}
      {diff.status === 'ok' &&
        (diff.value.changes.length === 0 ? (
          <p data-field="no-changes">
            No figures have changed: the library gives the same figures as the snapshot.
          </p>
        ) : (
          <>
            <p className="muted small">
              {diff.value.changes.length === 1
                ? 'One figure has'
                : `${diff.value.changes.length} figures have`}{' '}
              changed; {diff.value.unchanged} unchanged. Compared on {formatWhen(diff.value.comparedAt)}.
            </p>
            <div className="table-scroll">
              <table className="table brief-diff__table">
                <caption className="visually-hidden">Figures changed since the snapshot</caption>
                <thead>
                  <tr>
                    <th scope="col">Option</th>
                    <th scope="col">Figure</th>
                    <th scope="col">Then</th>
                    <th scope="col">Now</th>
                  </tr>
                </thead>
                <tbody>
                  {diff.value.changes.map((c) => (
                    <tr key={c.key} data-change={c.key} data-change-kind={c.change}>
                      <td>{c.intervention ?? 'The whole brief'}</td>
                      <th scope="row">{c.label}</th>
                      <td>{c.before ?? <span className="muted">Not in the snapshot</span>}</td>
                      <td>{c.after ?? <span className="muted">No longer shown</span>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ))}
    </section>
  );
}

export function BriefSnapshots({ briefId }: { briefId: string }) {
  const snapshots = useApiQuery('brief-snapshots/list', { id: briefId });
  const reload = snapshots.reload;
  useEffect(() => subscribeLibraryChanges(reload), [reload]);
  const [storedName, setStoredName] = useUserName();
  const [by, setBy] = useState(storedName);
  const [format, setFormat] = useState<BriefFormat>('pdf');
  const [comparing, setComparing] = useState<string | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const create = useApiAction('brief-snapshots/create');
  const remove = useApiAction('brief-snapshots/delete');
  const byError =
    (create.error ?? remove.error)?.field === 'by' ? 'Say who you are: it is recorded in the history.' : null;

  const freeze = async () => {
    setStatus(null);
    const made = await create.run({ briefId, format, by: by.trim() });
    if (made === null) return;
    if (by.trim() !== storedName) setStoredName(by);
    setStatus({ ok: true, text: `Frozen as ${made.fileName}.` });
    announceLibraryChange();
  };
  const download = async (snapshot: BriefSnapshotSummary) => {
    setStatus(null);
    try {
      const fileName = await deliverSnapshot(snapshot.id);
      if (fileName !== null) setStatus({ ok: true, text: `Downloaded ${fileName}.` });
    } catch (error) {
      setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
  };
  const del = async (snapshot: BriefSnapshotSummary) => {
    setStatus(null);
    const done = await remove.run({ id: snapshot.id, by: by.trim(), confirm: true });
    if (done === null) return;
    if (comparing === snapshot.id) setComparing(null);
    setStatus({
      ok: true,
      text: `Deleted ${snapshot.fileName}. Undo it from “Undo last change…” at the top.`,
    });
    announceLibraryChange();
  };
  const failure = create.error ?? remove.error;
  const compared =
    snapshots.status === 'ok' ? (snapshots.value.find((s) => s.id === comparing) ?? null) : null;

  return (
    <div className="brief-snapshots">
      <section className="panel" aria-labelledby="brief-freeze-title">
        <h2 id="brief-freeze-title">Freeze as snapshot</h2>
        <p className="muted small">
          Generates the brief now and keeps the file in the library with its date and figures, so the board
          paper can be reproduced later and its figures compared with the library.
        </p>
        <YourNameField id="snapshot-by" stored={storedName} value={by} onChange={setBy} error={byError} />
        <div className="brief-freeze">
          <SelectField
            id="snapshot-format"
            label="Format"
            error={null}
            value={format}
            onChange={(v) => setFormat(v as BriefFormat)}
            options={BRIEF_FORMATS.map((f) => ({ value: f, label: FORMAT_NAMES[f] }))}
          />
          <button
            type="button"
            className="button button--primary"
            // Not `disabled`, which would drop keyboard focus to the page while freezing.
            aria-disabled={create.pending}
            onClick={() => {
              if (!create.pending) void freeze();
            }}
          >
            {create.pending ? 'Freezing…' : 'Freeze as snapshot'}
          </button>
        </div>
        <div role="status" className="brief-snapshots__status">
          {status !== null && status.ok && <p className="notice notice--success">{status.text}</p>}
        </div>
        {failure !== null && failure.field !== 'by' && (
          <p className="field-error" role="alert">
            {failure.message}
          </p>
        )}
        {status !== null && !status.ok && (
          <p className="field-error" role="alert">
            {status.text}
          </p>
        )}
      </section>

      <section className="panel" aria-labelledby="brief-snapshots-title">
        <h2 id="brief-snapshots-title">Snapshots</h2>
        {snapshots.status === 'loading' && <LoadingState label="Loading the snapshots…" />}
        {snapshots.status === 'error' && (
          <ErrorState title="The snapshots could not be listed" error={snapshots.error} onRetry={reload} />
        )}
        {snapshots.status === 'ok' && snapshots.value.length === 0 && (
          <p className="muted">No snapshots yet.</p>
        )}
        {snapshots.status === 'ok' && snapshots.value.length > 0 && (
          <div className="table-scroll">
            <table className="table brief-snapshots__table">
              <thead>
                <tr>
                  <th scope="col">Frozen</th>
                  <th scope="col">Format</th>
                  <th scope="col">Size</th>
                  <th scope="col">By</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {snapshots.value.map((s) => (
                  <tr key={s.id} data-snapshot={s.id}>
                    <th scope="row">
                      <time dateTime={s.createdAt}>{formatWhen(s.createdAt)}</time>
                      <span className="muted small brief-snapshots__file">{s.fileName}</span>
                    </th>
                    <td>{FORMAT_NAMES[s.format]}</td>
                    <td>{formatFileSize(s.sizeBytes)}</td>
                    <td>{s.createdBy}</td>
                    <td className="brief-snapshots__actions">
                      <button
                        type="button"
                        className="button button--small"
                        aria-pressed={comparing === s.id}
                        onClick={() => setComparing(comparing === s.id ? null : s.id)}
                      >
                        Compare with now<span className="visually-hidden">: {s.fileName}</span>
                      </button>
                      <button type="button" className="button button--small" onClick={() => void download(s)}>
                        Download<span className="visually-hidden"> {s.fileName}</span>
                      </button>
                      <button
                        type="button"
                        className="button button--small button--quiet"
                        disabled={remove.pending}
                        onClick={() => void del(s)}
                      >
                        Delete<span className="visually-hidden"> {s.fileName}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {compared !== null && <SnapshotDiff key={compared.id} snapshot={compared} />}
    </div>
  );
}
