// "Import references…" on an intervention's evaluations: a RIS or BibTeX file is read by the library,
// each entry shown as new, duplicate (of which evaluation) or invalid (and why); the chosen entries
// become evaluations of this intervention in one change, which the global undo takes back.
import { useEffect, useId, useRef, useState } from 'react';
import { formatCount } from '../../../../shared/format';
import {
  type PreviewEntry,
  type ReferencePreview,
  MAX_REFERENCE_FILE_CHARS,
} from '../../../../shared/model/references';
import { DESIGNS, DESIGN_LABELS, type Design } from '../../../../shared/model/vocabulary';
import { SelectField } from '../../components/form-controls';
import { FieldError } from '../../components/form-fields';
import { announceLibraryChange } from '../../data/library-changes';
import { ApiCallError, call } from '../../transport/api-client';
import { YourNameField } from '../editing/your-name';
import { useActor } from './form-support';

interface ChosenFile {
  fileName: string;
  content: string;
}

/**
 * What the last import did, for the evaluations section to say: the intervention page reloads after
 * a change (showing "Loading…" meanwhile), so the section that started the import is a new one.
 */
let lastImport: { interventionId: string; message: string } | null = null;

/** The message of an import into this intervention not yet shown, if any. */
export function pendingImportMessage(interventionId: string): string | null {
  return lastImport?.interventionId === interventionId ? lastImport.message : null;
}

/** Once shown, the message is not shown again on a later visit. */
export function clearImportMessage(): void {
  lastImport = null;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function statusText(entry: PreviewEntry): string {
  if (entry.status === 'new') return 'New';
  if (entry.status === 'invalid') return `Invalid: ${entry.problem}`;
  const match = entry.duplicateOf;
  const what =
    match.kind === 'evaluation'
      ? `“${match.title}” (${match.interventionName})`
      : `entry ${match.number} of this file`;
  return `Duplicate of ${what}: same ${entry.matchedBy === 'doi' ? 'DOI' : 'title and year'}`;
}

function referenceLine(entry: Exclude<PreviewEntry, { status: 'invalid' }>): string {
  const r = entry.reference;
  return [r.authors, r.year === null ? null : String(r.year), r.doi === null ? null : `DOI ${r.doi}`]
    .filter((p): p is string => p !== null)
    .join(' · ');
}

function PreviewTable({
  preview,
  fileName,
  chosen,
  onToggle,
}: {
  preview: ReferencePreview;
  fileName: string;
  chosen: ReadonlySet<number>;
  onToggle: (number: number, on: boolean) => void;
}) {
  return (
    <div className="table-scroll" role="region" aria-label={`Entries in ${fileName}`} tabIndex={0}>
      <table className="table table--compact reference-preview">
        <caption className="visually-hidden">Entries in {fileName}: choose the ones to import</caption>
        <thead>
          <tr>
            <th scope="col">Import</th>
            <th scope="col" className="num">
              Entry
            </th>
            <th scope="col">Reference</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {preview.entries.map((entry) => (
            <tr key={entry.number} data-entry={entry.number} className={`reference-preview__${entry.status}`}>
              <td>
                <input
                  type="checkbox"
                  checked={chosen.has(entry.number)}
                  disabled={entry.status === 'invalid'}
                  aria-label={`Import entry ${entry.number}${entry.status === 'invalid' ? '' : `: ${entry.reference.title}`}`}
                  onChange={(e) => onToggle(entry.number, e.target.checked)}
                />
              </td>
              <td className="num">{entry.number}</td>
              <td>
                {entry.status === 'invalid' ? (
                  <span className="muted">Not readable</span>
                ) : (
                  <>
                    <span className="reference-preview__title">{entry.reference.title}</span>
                    <span className="muted small reference-preview__byline">{referenceLine(entry)}</span>
                  </>
                )}
              </td>
              <td>
                <span className={`reference-status reference-status--${entry.status}`}>
                  {statusText(entry)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ImportReferences({
  interventionId,
  onDone,
  onCancel,
}: {
  interventionId: string;
  /** Called once the library has the new evaluations (pendingImportMessage says what they are). */
  onDone: () => void;
  onCancel: () => void;
}) {
  const baseId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const actor = useActor();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [preview, setPreview] = useState<ReferencePreview | null>(null);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [design, setDesign] = useState<Design | ''>('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  useEffect(() => headingRef.current?.focus(), []);
  /** A field's refusal goes once the person changes that field. */
  const fixed = (field: string) =>
    setErrors((prev) => Object.fromEntries(Object.entries(prev).filter(([key]) => key !== field)));

  const readFile = async (picked: File | undefined) => {
    setFile(null);
    setPreview(null);
    setErrors({});
    if (picked === undefined) return;
    if (picked.size > MAX_REFERENCE_FILE_CHARS) {
      setErrors({ file: 'The file is too large to import (10 MB at most).' });
      return;
    }
    setPending(true);
    try {
      const chosenFile = { fileName: picked.name, content: await picked.text() };
      const result = await call('references/preview', { interventionId, ...chosenFile });
      setFile(chosenFile);
      setPreview(result);
      setChosen(new Set(result.entries.filter((e) => e.status === 'new').map((e) => e.number)));
    } catch (error) {
      setErrors({ file: messageOf(error) });
    } finally {
      setPending(false);
    }
  };

  const importChosen = async () => {
    if (file === null) return setErrors({ file: 'Choose a RIS or BibTeX file' });
    const found: Record<string, string> = {};
    if (chosen.size === 0) found.entries = 'Choose at least one entry to import';
    if (design === '') found.design = 'Choose the design of these studies';
    if (actor.by.trim() === '') found.by = 'Say who is making the change';
    setErrors(found);
    if (Object.keys(found).length > 0 || design === '') return;
    setPending(true);
    try {
      const { created } = await call('references/import', {
        interventionId,
        ...file,
        entries: [...chosen],
        design,
        by: actor.by,
      });
      actor.remember();
      lastImport = {
        interventionId,
        message: `Imported ${formatCount(created.length, 'evaluation')} from ${file.fileName}.`,
      };
      onDone();
      announceLibraryChange('evaluations-title');
    } catch (error) {
      const field = error instanceof ApiCallError && error.field !== undefined ? error.field : 'entries';
      setErrors({ [field === 'content' ? 'file' : field]: messageOf(error) });
    } finally {
      setPending(false);
    }
  };

  const counts =
    preview === null
      ? null
      : (['new', 'duplicate', 'invalid'] as const).map(
          (status) => preview.entries.filter((e) => e.status === status).length,
        );
  const fileId = `${baseId}-file`;
  return (
    <section className="study-form import-references" aria-labelledby={`${baseId}-heading`}>
      <h3 id={`${baseId}-heading`} className="study-form__title" tabIndex={-1} ref={headingRef}>
        Import references
      </h3>
      <div className="field">
        <label className="field__label" htmlFor={fileId}>
          Reference file
        </label>
        <input
          id={fileId}
          type="file"
          className="input"
          accept=".ris,.bib,.txt"
          aria-invalid={errors.file !== undefined}
          aria-describedby={`${fileId}-hint${errors.file === undefined ? '' : ` ${fileId}-error`}`}
          onChange={(e) => void readFile(e.target.files?.[0])}
        />
        <p className="field__hint muted small" id={`${fileId}-hint`}>
          A RIS (.ris) or BibTeX (.bib) file from a reference manager. Each entry becomes an evaluation of
          this intervention: its title, authors, year, DOI or web address, and its abstract as the findings.
        </p>
        <FieldError id={`${fileId}-error`} message={errors.file} />
      </div>

      {pending && preview === null && (
        <p className="muted" role="status">
          Reading the file…
        </p>
      )}

      {preview !== null && file !== null && counts !== null && (
        <>
          <p role="status">
            {formatCount(preview.entries.length, 'entry', 'entries')} in {file.fileName}: {counts[0]} new,{' '}
            {counts[1]} {counts[1] === 1 ? 'duplicate' : 'duplicates'}, {counts[2]} invalid. New entries are
            chosen; choose a duplicate only if it is a different study.
          </p>
          <PreviewTable
            preview={preview}
            fileName={file.fileName}
            chosen={chosen}
            onToggle={(number, on) => {
              fixed('entries');
              setChosen((prev) => {
                const next = new Set(prev);
                if (on) next.add(number);
                else next.delete(number);
                return next;
              });
            }}
          />
          <FieldError id={`${baseId}-entries-error`} message={errors.entries} />
          <SelectField
            id={`${baseId}-design`}
            label="Design of these studies"
            hint="A reference does not say; change it on each evaluation later if they differ."
            value={design}
            onChange={(v) => {
              setDesign(DESIGNS.find((d) => d === v) ?? '');
              fixed('design');
            }}
            placeholder="Choose a design"
            options={DESIGNS.map((d) => ({ value: d, label: DESIGN_LABELS[d] }))}
            error={errors.design ?? null}
          />
          <YourNameField
            id={`${baseId}-by`}
            stored={actor.stored}
            value={actor.by}
            onChange={(v) => {
              actor.setBy(v);
              fixed('by');
            }}
            error={errors.by ?? null}
          />
        </>
      )}

      <div className="study-form__actions">
        {preview !== null && (
          <button
            type="button"
            className="button button--primary"
            disabled={pending}
            onClick={() => void importChosen()}
          >
            {pending ? 'Importing…' : `Import ${formatCount(chosen.size, 'reference')}`}
          </button>
        )}
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
