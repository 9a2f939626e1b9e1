// Merging a colleague's bundle or library file into this library: choose the file, see what is
// new, identical and conflicting, choose per conflict, then merge in one change that Undo reverses.
import { useState } from 'react';
import { formatInteger } from '../../../../shared/format';
import {
  MERGE_KIND_LABELS,
  type MergeApplied,
  type MergeChoice,
  type MergePreview,
  type MergeSource,
} from '../../../../shared/model/merge';
import { readMergeSource } from '../../data/bundle-files';
import { announceLibraryChange } from '../../data/library-changes';
import { YourNameField } from '../editing/your-name';
import { send, useActor } from '../study-editing/form-support';
import { conflictChoiceId, MergeConflict } from './merge-conflict';

/** New records are listed up to this many; the rest are counted. */
const NEW_SHOWN = 40;

interface Loaded {
  source: MergeSource;
  preview: MergePreview;
}

function provenance(p: MergePreview): string {
  return `“${p.source.fileName}” (library “${p.source.libraryName}”)`;
}

function appliedText(fileName: string, a: MergeApplied): string {
  return (
    `Merged “${fileName}”: ${formatInteger(a.added)} added, ${formatInteger(a.replaced)} replaced by theirs, ` +
    `${formatInteger(a.kept)} kept as they were, ${formatInteger(a.identical)} already identical.` +
    (a.changeId === null ? ' Nothing needed changing.' : ' Undo reverses the whole merge.')
  );
}

export function MergeSection() {
  const actor = useActor();
  const [file, setFile] = useState<File | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [choices, setChoices] = useState<Record<string, MergeChoice>>({});
  const [missing, setMissing] = useState<string[]>([]);
  const [problem, setProblem] = useState<{ at: 'file' | 'by' | ''; message: string } | null>(null);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const fileError = problem?.at === 'file' ? problem.message : null;

  const previewFile = async () => {
    if (file === null) return setProblem({ at: 'file', message: 'Choose a bundle or library file' });
    setPending(true);
    setProblem(null);
    setDone(null);
    try {
      const source = await readMergeSource(file);
      const result = await send('merge/preview', { source });
      if (!result.ok) return setProblem({ at: 'file', message: result.issue.message });
      setLoaded({ source, preview: result.value });
      setChoices({});
      setMissing([]);
    } finally {
      setPending(false);
    }
  };

  const conflicts = loaded?.preview.items.filter((i) => i.status === 'conflict') ?? [];
  const added = loaded?.preview.items.filter((i) => i.status === 'new') ?? [];

  const merge = async () => {
    if (loaded === null) return;
    const unchosen = conflicts.filter((c) => choices[c.key] === undefined);
    setMissing(unchosen.map((c) => c.key));
    if (unchosen[0] !== undefined) {
      document.getElementById(`${conflictChoiceId(unchosen[0])}-mine`)?.focus();
      return;
    }
    if (actor.by.trim() === '') return setProblem({ at: 'by', message: 'Say who is making the change' });
    setPending(true);
    setProblem(null);
    try {
      const result = await send('merge/apply', { source: loaded.source, choices, by: actor.by.trim() });
      if (!result.ok)
        return setProblem({ at: result.issue.field === 'by' ? 'by' : '', message: result.issue.message });
      actor.remember();
      setDone(appliedText(loaded.preview.source.fileName, result.value));
      setLoaded(null);
      setFile(null);
      announceLibraryChange('merge-result');
    } finally {
      setPending(false);
    }
  };

  const chooseAll = (choice: MergeChoice) => {
    setChoices(Object.fromEntries(conflicts.map((c) => [c.key, choice])));
    setMissing([]);
  };

  return (
    <section className="panel merge" aria-labelledby="library-merge">
      <h2 id="library-merge">Merge a bundle or library</h2>
      <p>
        Bring a colleague’s bundle (.json) or library file (.ewb) into this library. Records are matched by
        their id, then by name and key fields (an intervention by its name and lead organisation, an
        evaluation by its title and year). Nothing changes until you merge; their file is only read.
      </p>
      <div className="field merge__file">
        <label className="field__label" htmlFor="merge-file">
          Bundle or library file
        </label>
        <input
          id="merge-file"
          type="file"
          className="input input--file"
          accept=".json,.ewb,.sqlite,application/json"
          aria-invalid={fileError !== null}
          aria-describedby={fileError === null ? undefined : 'merge-file-error'}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setLoaded(null);
            setProblem(null);
          }}
        />
        {fileError !== null && (
          <p className="field-error" id="merge-file-error" role="alert">
            {fileError}
          </p>
        )}
      </div>
      <button
        type="button"
        className="button"
        disabled={pending || file === null}
        onClick={() => void previewFile()}
      >
        {pending && loaded === null ? 'Reading…' : 'Preview the merge'}
      </button>
      <p id="merge-result" className="muted" role="status" tabIndex={-1}>
        {done}
      </p>

      {loaded !== null && (
        <div className="merge__preview">
          <h3>What {provenance(loaded.preview)} holds</h3>
          <ul className="merge__counts" aria-label="Records by how they compare">
            <li>
              <strong>{formatInteger(loaded.preview.counts.new)}</strong> new
            </li>
            <li>
              <strong>{formatInteger(loaded.preview.counts.identical)}</strong> identical
            </li>
            <li>
              <strong>{formatInteger(loaded.preview.counts.conflict)}</strong> in conflict
            </li>
          </ul>

          {conflicts.length > 0 && (
            <>
              <h3>Conflicts: choose for each</h3>
              <p className="merge__all">
                <button
                  type="button"
                  className="button button--small button--quiet"
                  onClick={() => chooseAll('mine')}
                >
                  Keep mine for all
                </button>{' '}
                <button
                  type="button"
                  className="button button--small button--quiet"
                  onClick={() => chooseAll('theirs')}
                >
                  Take theirs for all
                </button>
              </p>
              {conflicts.map((item) => (
                <MergeConflict
                  key={item.key}
                  item={item}
                  choice={choices[item.key]}
                  missing={missing.includes(item.key)}
                  onChoose={(choice) => {
                    setChoices((c) => ({ ...c, [item.key]: choice }));
                    setMissing((m) => m.filter((k) => k !== item.key));
                  }}
                />
              ))}
            </>
          )}

          {added.length > 0 && (
            <>
              <h3>New records</h3>
              <ul className="merge__new small">
                {added.slice(0, NEW_SHOWN).map((item) => (
                  <li key={item.key}>
                    {MERGE_KIND_LABELS[item.kind]}: {item.label}
                  </li>
                ))}
              </ul>
              {added.length > NEW_SHOWN && (
                <p className="muted small">and {formatInteger(added.length - NEW_SHOWN)} more.</p>
              )}
            </>
          )}

          {(actor.stored === '' || problem?.at === 'by') && (
            <YourNameField
              id="merge-by"
              stored=""
              value={actor.by}
              onChange={actor.setBy}
              error={problem?.at === 'by' ? problem.message : null}
            />
          )}
          {missing.length > 0 && (
            <p className="field-error" role="alert">
              Choose keep mine or take theirs for{' '}
              {missing.length === 1 ? 'the conflict' : `${missing.length} conflicts`} above.
            </p>
          )}
          {problem?.at === '' && (
            <p className="field-error" role="alert">
              {problem.message}
            </p>
          )}
          <div className="study-form__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={pending}
              onClick={() => void merge()}
            >
              {pending ? 'Merging…' : 'Merge into this library'}
            </button>
            <button
              type="button"
              className="button button--quiet"
              disabled={pending}
              onClick={() => setLoaded(null)}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
