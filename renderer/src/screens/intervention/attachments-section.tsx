// The files attached to an intervention or one of its evaluations: listed with type, size and date;
// opened with the system viewer or saved (desktop) or downloaded (browser); attached from a file
// chooser and deleted after a confirmation. A read-only library lists them and says why no more.
import { useState } from 'react';
import { formatFileSize, formatInteger, formatPartialDate } from '../../../../shared/format';
import {
  type Attachment,
  type AttachmentOwner,
  attachmentSizeProblem,
  MAX_ATTACHMENT_BYTES,
} from '../../../../shared/model/attachments';
import { mediaTypeLabel, opensInViewer } from '../../../../shared/model/media-types';
import { ErrorState } from '../../components/states';
import { useLibraryInfo } from '../../data/app-data';
import { downloadBytes, readAsBase64 } from '../../data/attachment-files';
import { announceLibraryChange } from '../../data/library-changes';
import { useApiQuery } from '../../data/use-api-query';
import { call, callHost, transportKind } from '../../transport/api-client';
import { YourNameField } from '../editing/your-name';
import { DeleteConfirmation } from '../study-editing/delete-confirmation';
import { send, useActor } from '../study-editing/form-support';

const MAX_MB = MAX_ATTACHMENT_BYTES / (1024 * 1024);

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Where a refusal is shown: under the file chooser, under the name, or for the whole form. */
interface Problem {
  at: 'file' | 'by' | '';
  message: string;
}

const FILE_FIELDS = new Set(['fileName', 'content']);

/** Open or save (desktop), or download (browser); a failure is reported to the section. */
function FileActions({ attachment, onProblem }: { attachment: Attachment; onProblem: (m: string) => void }) {
  const [pending, setPending] = useState(false);
  const run = async (work: () => Promise<unknown>) => {
    setPending(true);
    onProblem('');
    try {
      await work();
    } catch (error) {
      onProblem(messageOf(error));
    } finally {
      setPending(false);
    }
  };
  const name = <span className="visually-hidden"> {attachment.fileName}</span>;
  if (transportKind() === 'browser') {
    return (
      <button
        type="button"
        className="button button--small"
        disabled={pending}
        onClick={() =>
          void run(async () => {
            const file = await call('attachments/content', { id: attachment.id });
            downloadBytes(file.attachment.fileName, file.content);
          })
        }
      >
        Download{name}
      </button>
    );
  }
  return (
    <>
      {opensInViewer(attachment.mediaType) && (
        <button
          type="button"
          className="button button--small"
          disabled={pending}
          onClick={() => void run(() => callHost('attachments/open', { id: attachment.id }))}
        >
          Open{name}
        </button>
      )}
      <button
        type="button"
        className="button button--small"
        disabled={pending}
        onClick={() => void run(() => callHost('attachments/save', { id: attachment.id }))}
      >
        Save a copy…{name}
      </button>
    </>
  );
}

function AddAttachment({
  owner,
  ownerName,
  idBase,
  focusAfter,
}: {
  owner: AttachmentOwner;
  ownerName: string;
  idBase: string;
  focusAfter: string;
}) {
  const actor = useActor();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [pending, setPending] = useState(false);
  const inputId = `${idBase}-file`;
  const fileError = problem?.at === 'file' ? problem.message : null;
  const describedBy = [`${inputId}-hint`, fileError === null ? '' : `${inputId}-error`].join(' ').trim();

  const attach = async () => {
    if (file === null) return setProblem({ at: 'file', message: 'Choose a file to attach' });
    const sizeProblem = attachmentSizeProblem(file.size);
    if (sizeProblem !== null) return setProblem({ at: 'file', message: `File: ${sizeProblem}` });
    if (actor.by.trim() === '') return setProblem({ at: 'by', message: 'Say who is making the change' });
    setPending(true);
    setProblem(null);
    try {
      const content = await readAsBase64(file);
      const saved = await send('attachments/add', {
        owner,
        fileName: file.name,
        content,
        by: actor.by.trim(),
      });
      if (!saved.ok) {
        const { field, message } = saved.issue;
        setProblem({ at: field === 'by' ? 'by' : FILE_FIELDS.has(field) ? 'file' : '', message });
        return;
      }
      actor.remember();
      announceLibraryChange(focusAfter);
    } catch (caught) {
      setProblem({ at: '', message: messageOf(caught) });
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="attachments-add">
      <div className="field attachments-add__file">
        <label className="field__label" htmlFor={inputId}>
          Attach a file<span className="visually-hidden"> to {ownerName}</span>
        </label>
        <p className="field__hint muted small" id={`${inputId}-hint`}>
          A report, protocol or data file of up to {MAX_MB} MB, kept inside the library file.
        </p>
        <input
          id={inputId}
          type="file"
          className="input input--file"
          aria-describedby={describedBy}
          aria-invalid={fileError !== null}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setProblem(null);
          }}
        />
        {fileError !== null && (
          <p className="field-error" id={`${inputId}-error`} role="alert">
            {fileError}
          </p>
        )}
      </div>
      {(actor.stored === '' || problem?.at === 'by') && (
        <YourNameField
          id={`${idBase}-by`}
          stored=""
          value={actor.by}
          onChange={actor.setBy}
          error={problem?.at === 'by' ? problem.message : null}
        />
      )}
      <div className="study-form__actions">
        <button
          type="button"
          className="button button--small"
          disabled={pending || file === null}
          onClick={() => void attach()}
        >
          {pending ? 'Attaching…' : 'Attach file'}
          <span className="visually-hidden"> to {ownerName}</span>
        </button>
      </div>
      {problem?.at === '' && (
        <p className="field-error attachments-add__problem" role="alert">
          {problem.message}
        </p>
      )}
    </div>
  );
}

export function AttachmentsSection({
  owner,
  ownerName,
  variant,
}: {
  owner: AttachmentOwner;
  /** The intervention's name or the evaluation's title, for labels read out of context. */
  ownerName: string;
  /** A section of the intervention page (h2), or a block within an evaluation (h4). */
  variant: 'record' | 'evaluation';
}) {
  const list = useApiQuery('attachments/list', { owner });
  const readOnly = useLibraryInfo().readOnlyReason !== null;
  const [deleting, setDeleting] = useState<Attachment | null>(null);
  const [problem, setProblem] = useState('');
  const idBase = `attachments-${owner.kind}-${owner.id}`;
  const titleId = `${idBase}-title`;
  const count = list.status === 'ok' ? list.value.length : null;
  const title = (
    <>
      Attachments {count !== null && count > 0 && <span className="count-pill">{formatInteger(count)}</span>}
    </>
  );
  const body = (
    <>
      {variant === 'record' ? (
        <h2 id={titleId} tabIndex={-1}>
          {title}
        </h2>
      ) : (
        <h4 id={titleId} tabIndex={-1}>
          {title}
        </h4>
      )}
      {list.status === 'loading' && <p className="muted">Loading the attachments…</p>}
      {list.status === 'error' && (
        <ErrorState title="The attachments could not be loaded" error={list.error} onRetry={list.reload} />
      )}
      {list.status === 'ok' &&
        (list.value.length === 0 ? (
          <p className="muted">No files are attached.</p>
        ) : (
          <table className="table table--compact attachments-table">
            <caption className="visually-hidden">Files attached to {ownerName}</caption>
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Type</th>
                <th scope="col" className="num">
                  Size
                </th>
                <th scope="col">Added</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.value.map((a) => (
                <tr key={a.id} data-attachment={a.fileName}>
                  <th scope="row" className="attachments-table__name">
                    {a.fileName}
                  </th>
                  <td>{mediaTypeLabel(a.mediaType)}</td>
                  <td className="num">{formatFileSize(a.sizeBytes)}</td>
                  <td>
                    <time dateTime={a.createdAt}>{formatPartialDate(a.createdAt.slice(0, 10))}</time>
                  </td>
                  <td>
                    <div className="attachments-table__actions">
                      <FileActions attachment={a} onProblem={setProblem} />
                      {!readOnly && (
                        <button
                          type="button"
                          id={`${idBase}-delete-${a.id}`}
                          className="button button--small button--quiet"
                          aria-expanded={deleting?.id === a.id}
                          onClick={() => setDeleting(a)}
                        >
                          Delete…<span className="visually-hidden"> {a.fileName}</span>
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      {problem !== '' && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {deleting !== null && (
        <DeleteConfirmation
          key={deleting.id}
          panelId={`${idBase}-delete`}
          title={`Delete the file “${deleting.fileName}”?`}
          confirmLabel="Delete file"
          remove={(by) => send('attachments/delete', { id: deleting.id, by })}
          focusAfter={titleId}
          onKeep={() => {
            const opener = `${idBase}-delete-${deleting.id}`;
            setDeleting(null);
            window.requestAnimationFrame(() => document.getElementById(opener)?.focus());
          }}
        >
          The deletion is recorded in the history and can be undone, bringing the file back.
        </DeleteConfirmation>
      )}
      {readOnly ? (
        <p className="muted small">This library is read-only, so files cannot be attached or deleted.</p>
      ) : (
        deleting === null && (
          <AddAttachment owner={owner} ownerName={ownerName} idBase={idBase} focusAfter={titleId} />
        )
      )}
    </>
  );
  return variant === 'record' ? (
    <section className="record-section" aria-labelledby={titleId} id="attachments">
      {body}
    </section>
  ) : (
    <div className="evaluation__block attachments-block">{body}</div>
  );
}
