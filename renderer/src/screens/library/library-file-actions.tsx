// New, Open and Save a copy. In the browser-served mode the page cannot browse the server's
// folders, so a library is named by its full path, typed, with the recent libraries offered to
// open in one click; the desktop app asks in its own dialogs from the File menu instead.
import { type FormEvent, useEffect, useState } from 'react';
import { formatFileSize } from '../../../../shared/format';
import type { LibraryPathInputSchema, RecentLibrary } from '../../../../shared/model/library-files';
import type { z } from 'zod';
import { TextField } from '../../components/form-controls';
import { ErrorState } from '../../components/states';
import { useLibraryInfo } from '../../data/app-data';
import { announceLibraryChange, subscribeLibraryChanges } from '../../data/library-changes';
import { useApiAction } from '../../data/use-api-action';
import { useApiQuery, useSteady } from '../../data/use-api-query';
import { transportKind } from '../../transport/api-client';

type PathMethod = 'library-files/open' | 'library-files/create' | 'library-files/save-copy';
type PathInput = z.input<typeof LibraryPathInputSchema>;

function PathForm({
  id,
  method,
  label,
  hint,
  submitLabel,
  pendingLabel,
  onDone,
}: {
  id: string;
  method: PathMethod;
  label: string;
  hint: string;
  submitLabel: string;
  pendingLabel: string;
  onDone: (message: string, switched: boolean) => void;
}) {
  const action = useApiAction(method);
  const [path, setPath] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input: PathInput = { path };
    const result = await action.run(input);
    if (result === null) return;
    setPath('');
    if ('fileName' in result) onDone(`Now working on ${result.fileName} (${result.path}).`, true);
    else
      onDone(`Saved a copy of this library as ${result.path} (${formatFileSize(result.sizeBytes)}).`, false);
  };
  const fieldError = action.error?.field === 'path' ? action.error.message : null;
  return (
    <form className="path-form" onSubmit={(e) => void submit(e)} noValidate>
      <TextField id={id} label={label} hint={hint} value={path} onChange={setPath} error={fieldError} />
      <button type="submit" className="button" disabled={action.pending}>
        {action.pending ? pendingLabel : submitLabel}
      </button>
      {action.error !== null && fieldError === null && (
        <p className="field-error" role="alert">
          {action.error.message}
        </p>
      )}
    </form>
  );
}

function RecentList({ recent, onDone }: { recent: RecentLibrary[]; onDone: (message: string) => void }) {
  const open = useApiAction('library-files/open');
  const others = recent.filter((r) => !r.current);
  if (others.length === 0) return <p className="muted small">No other library opened recently.</p>;
  const openRecent = async (library: RecentLibrary) => {
    const result = await open.run({ path: library.path });
    if (result !== null) onDone(`Now working on ${result.fileName} (${result.path}).`);
  };
  return (
    <>
      <ul className="plain-list recent-libraries">
        {others.map((r) => (
          <li key={r.path} className="recent-libraries__item">
            <span className="recent-libraries__name">
              {r.fileName}
              <code className="path small">{r.path}</code>
            </span>
            <button
              type="button"
              className="button button--small"
              aria-label={`Open ${r.fileName} (${r.path})`}
              disabled={open.pending}
              onClick={() => void openRecent(r)}
            >
              Open
            </button>
          </li>
        ))}
      </ul>
      {open.error !== null && (
        <p className="field-error" role="alert">
          {open.error.message}
        </p>
      )}
    </>
  );
}

function TypedPathActions() {
  const damaged = useLibraryInfo().damage !== null;
  const recent = useSteady(useApiQuery('library-files/recent', {}));
  const reload = recent.reload;
  useEffect(() => subscribeLibraryChanges(reload), [reload]);
  const [message, setMessage] = useState<string | null>(null);
  const done = (text: string, switched: boolean) => {
    setMessage(text);
    // Every screen, the shell's name and counts, the backups and this list reload.
    if (switched) announceLibraryChange();
  };
  return (
    <>
      <div role="status" className="library-files-status">
        {message !== null && <p className="notice notice--success">{message}</p>}
      </div>
      <h3 className="library-files__heading">Recent libraries</h3>
      {recent.status === 'error' && (
        <ErrorState title="The recent libraries could not be read" error={recent.error} onRetry={reload} />
      )}
      {recent.status === 'ok' && <RecentList recent={recent.value} onDone={(text) => done(text, true)} />}
      <p className="muted small library-files__note">
        This page runs in a browser, which cannot look through this computer&rsquo;s folders: type the full
        path of the file, e.g. <code>/home/you/Documents/Youth services.ewb</code>. A library file is never
        overwritten.
      </p>
      <div className="path-forms">
        <PathForm
          id="open-path"
          method="library-files/open"
          label="Open a library"
          hint="The full path of an existing .ewb file."
          submitLabel="Open"
          pendingLabel="Opening…"
          onDone={done}
        />
        <PathForm
          id="new-path"
          method="library-files/create"
          label="New empty library"
          hint="Where to create it; .ewb is added if you leave it off."
          submitLabel="Create"
          pendingLabel="Creating…"
          onDone={done}
        />
        {/* A damaged library is never copied: the copy would be as damaged as it is. */}
        {!damaged && (
          <PathForm
            id="copy-path"
            method="library-files/save-copy"
            label="Save a copy of this library"
            hint="A new file; this library stays open."
            submitLabel="Save a copy"
            pendingLabel="Saving…"
            onDone={done}
          />
        )}
      </div>
    </>
  );
}

export function LibraryFileActions() {
  return (
    <section className="panel" aria-labelledby="library-files">
      <h2 id="library-files">Open, create or copy a library</h2>
      {transportKind() === 'browser' ? (
        <TypedPathActions />
      ) : (
        <p>
          Use the File menu: <strong>New Library…</strong>, <strong>Open Library…</strong>,{' '}
          <strong>Open Recent</strong> and <strong>Save a Copy…</strong> ask for the file in the usual
          dialogs.
        </p>
      )}
    </section>
  );
}
