// The import wizard: choose a spreadsheet and what its rows are, map its columns to fields (matched
// automatically, remembered for next time), check it (a preview with each cell's problems and
// every error by row and column), then import all rows or none, with progress and Cancel.
import { useEffect, useRef, useState } from 'react';
import { formatInteger } from '../../../../shared/format';
import {
  type ColumnMapping,
  IMPORT_ENTITIES,
  IMPORT_ENTITY_LABELS,
  IMPORT_LIMITS,
  type ImportEntity,
  type ImportInspection,
  type ImportJobStatus,
  type ImportReport,
  type ImportSource,
  startingJob,
  type TableFormat,
} from '../../../../shared/model/import';
import { useDocumentTitle } from '../../app/use-document-title';
import { SelectField } from '../../components/form-controls';
import { Notice } from '../../components/states';
import { useLibraryInfo } from '../../data/app-data';
import { downloadBytes, readAsBase64 } from '../../data/attachment-files';
import { announceLibraryChange } from '../../data/library-changes';
import { screenHref } from '../../routing/routes';
import { ApiCallError, call } from '../../transport/api-client';
import { YourNameField } from '../editing/your-name';
import { useActor } from '../study-editing/form-support';
import { ImportReportView } from './import-report';

const ENTITY_OPTIONS = IMPORT_ENTITIES.map((e) => ({ value: e, label: IMPORT_ENTITY_LABELS[e] }));
const NOT_IMPORTED = '';
const POLL_MS = 200;

/** Where the imported records are listed afterwards. */
const LISTED_AT: Record<ImportEntity, Parameters<typeof screenHref>[0]> = {
  interventions: 'catalogue',
  organisations: 'organisations',
  evaluations: 'evaluations',
  'outcome-results': 'outcome-results',
  'cost-items': 'catalogue',
};

const messageOf = (caught: unknown) =>
  caught instanceof ApiCallError || caught instanceof Error ? caught.message : String(caught);

function formatOf(name: string): TableFormat {
  return name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
}

function TemplateLinks({ entity }: { entity: ImportEntity }) {
  const [problem, setProblem] = useState<string | null>(null);
  const download = async (format: TableFormat) => {
    setProblem(null);
    try {
      const template = await call('import/template', { entity, format });
      downloadBytes(template.fileName, template.content);
    } catch (caught) {
      setProblem(messageOf(caught));
    }
  };
  return (
    <div className="import-templates">
      <p className="muted small">
        A template has a column for each field of {IMPORT_ENTITY_LABELS[entity].toLowerCase()} and a row of
        notes saying what each takes.
      </p>
      <div className="import-templates__buttons">
        {(['csv', 'xlsx'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button button--small"
            onClick={() => void download(format)}
          >
            Download {format.toUpperCase()} template
            <span className="visually-hidden"> for {IMPORT_ENTITY_LABELS[entity].toLowerCase()}</span>
          </button>
        ))}
      </div>
      {problem !== null && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

function MappingTable({
  inspection,
  mapping,
  onChange,
}: {
  inspection: ImportInspection;
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}) {
  const options = [
    { value: NOT_IMPORTED, label: 'Not imported' },
    ...inspection.fields.map((f) => ({
      value: f.key,
      label: f.required ? `${f.label} (required)` : f.label,
    })),
  ];
  const filled = new Set(Object.values(mapping));
  const missing = inspection.fields.filter((f) => f.required && !filled.has(f.key));
  return (
    <>
      <div className="table-scroll">
        <table className="table table--compact import-mapping">
          <thead>
            <tr>
              <th scope="col">Column in the file</th>
              <th scope="col">Imported as</th>
              <th scope="col">What the field takes</th>
            </tr>
          </thead>
          <tbody>
            {inspection.headers
              .filter((h) => h !== '')
              .map((header, k) => {
                const key = mapping[header] ?? NOT_IMPORTED;
                const field = inspection.fields.find((f) => f.key === key);
                return (
                  <tr key={header}>
                    <th scope="row">{header}</th>
                    <td>
                      <label className="visually-hidden" htmlFor={`import-map-${k}`}>
                        Field for column {header}
                      </label>
                      <select
                        id={`import-map-${k}`}
                        className="input"
                        value={key}
                        onChange={(e) => {
                          const next = { ...mapping };
                          if (e.target.value === NOT_IMPORTED) delete next[header];
                          else next[header] = e.target.value;
                          onChange(next);
                        }}
                      >
                        {options.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td className="muted small">
                      {field?.description ??
                        (inspection.derivedColumns.includes(header)
                          ? 'Not imported (worked out by the library).'
                          : 'This column is left out.')}
                    </td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      </div>
      {missing.length > 0 && (
        <p className="import-missing" role="status">
          <span aria-hidden="true">⚠ </span>
          No column is mapped to the required {missing.length === 1 ? 'field' : 'fields'}{' '}
          {missing.map((f) => f.label).join(', ')}.
        </p>
      )}
    </>
  );
}

function ImportProgress({ status, onCancel }: { status: ImportJobStatus; onCancel: () => void }) {
  const running = status.state === 'running';
  const label =
    status.phase === 'reading'
      ? 'Reading the file'
      : status.phase === 'checking'
        ? `Checking rows: ${formatInteger(status.done)} of ${formatInteger(status.total)}`
        : `Writing ${formatInteger(status.total)} rows`;
  return (
    <div className="import-progress">
      {running && (
        <>
          <label htmlFor="import-progress-bar">{label}</label>
          <div className="import-progress__row">
            {/* Reading and writing have no count to show: the bar is indeterminate for them. */}
            {status.phase === 'checking' ? (
              <progress id="import-progress-bar" max={Math.max(status.total, 1)} value={status.done} />
            ) : (
              <progress id="import-progress-bar" />
            )}
            <button type="button" className="button button--small" onClick={onCancel}>
              Cancel import
            </button>
          </div>
        </>
      )}
      <p role="status" className="import-progress__message">
        {status.message ?? ''}
      </p>
    </div>
  );
}

export function ImportScreen() {
  useDocumentTitle('Import');
  const readOnly = useLibraryInfo().readOnlyReason !== null;
  const actor = useActor();
  const [entity, setEntity] = useState<ImportEntity>('interventions');
  const [source, setSource] = useState<ImportSource | null>(null);
  const [inspection, setInspection] = useState<ImportInspection | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [report, setReport] = useState<ImportReport | null>(null);
  const [job, setJob] = useState<ImportJobStatus | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const polling = useRef<number | null>(null);

  useEffect(() => () => window.clearTimeout(polling.current ?? undefined), []);

  const inspect = async (next: ImportSource | null, nextEntity: ImportEntity) => {
    setInspection(null);
    setReport(null);
    setJob(null);
    setProblem(null);
    if (next === null) return;
    setPending(true);
    try {
      const found = await call('import/inspect', { source: next, entity: nextEntity });
      setInspection(found);
      setMapping(found.mapping);
    } catch (caught) {
      setProblem(messageOf(caught));
    } finally {
      setPending(false);
    }
  };

  const chooseFile = async (file: File | null) => {
    if (file === null) return void inspect(null, entity);
    if (file.size > IMPORT_LIMITS.fileBytes) {
      setSource(null);
      setProblem(
        `The file is larger than ${IMPORT_LIMITS.fileBytes / (1024 * 1024)} MB, the most an import takes.`,
      );
      return;
    }
    const next: ImportSource = {
      fileName: file.name,
      format: formatOf(file.name),
      content: await readAsBase64(file),
    };
    setSource(next);
    await inspect(next, entity);
  };

  const check = async () => {
    if (source === null) return;
    setPending(true);
    setProblem(null);
    setJob(null);
    try {
      setReport(await call('import/check', { source, entity, mapping }));
    } catch (caught) {
      setProblem(messageOf(caught));
    } finally {
      setPending(false);
    }
  };

  const poll = (jobId: string) => {
    polling.current = window.setTimeout(() => {
      void call('import/progress', { jobId })
        .then((status) => {
          setJob(status);
          if (status.state === 'running') poll(jobId);
          else if (status.state === 'succeeded') announceLibraryChange('import-done');
        })
        .catch((caught: unknown) => setProblem(messageOf(caught)));
    }, POLL_MS);
  };

  const start = async () => {
    if (source === null) return;
    if (actor.by.trim() === '') {
      setNameError('say who is importing: the history records it');
      return;
    }
    setNameError(null);
    setProblem(null);
    try {
      const { jobId } = await call('import/start', { source, entity, mapping, by: actor.by.trim() });
      actor.remember();
      setJob(startingJob(jobId));
      poll(jobId);
    } catch (caught) {
      setProblem(messageOf(caught));
    }
  };

  const cancel = async () => {
    if (job === null) return;
    try {
      setJob(await call('import/cancel', { jobId: job.jobId }));
    } catch (caught) {
      setProblem(messageOf(caught));
    }
  };

  const checkedClean = report !== null && report.errors.length === 0 && report.rowCount > 0;
  const entityLabel = IMPORT_ENTITY_LABELS[entity].toLowerCase();

  return (
    <div className="page import-page">
      <header className="page-header">
        <p className="page-header__eyebrow">Library</p>
        <h1>Import from a spreadsheet</h1>
        <p className="page-header__lead">
          Add rows from a CSV or Excel (XLSX) file. Every row is checked first; the import adds all of them
          or, if any row has a problem, none.
        </p>
      </header>

      {readOnly && (
        <Notice tone="warning" title="This library is read-only">
          <p>Files can be checked, but nothing can be imported into it.</p>
        </Notice>
      )}

      <section className="panel" aria-labelledby="import-step-file">
        <h2 id="import-step-file">1. File and records</h2>
        <SelectField
          id="import-entity"
          label="The rows are"
          error={null}
          value={entity}
          options={ENTITY_OPTIONS}
          onChange={(value) => {
            const next = value as ImportEntity;
            setEntity(next);
            void inspect(source, next);
          }}
        />
        <TemplateLinks entity={entity} />
        <div className="field">
          <label className="field__label" htmlFor="import-file">
            Spreadsheet file
          </label>
          <p className="field__hint muted small" id="import-file-hint">
            CSV (UTF-8) or XLSX, up to {IMPORT_LIMITS.fileBytes / (1024 * 1024)} MB and{' '}
            {formatInteger(IMPORT_LIMITS.rows)} rows; the first row holds the column names.
          </p>
          <input
            id="import-file"
            type="file"
            accept=".csv,.xlsx,text/csv"
            className="input input--file"
            aria-describedby="import-file-hint"
            onChange={(e) => void chooseFile(e.target.files?.[0] ?? null)}
          />
        </div>
        {pending && inspection === null && <p role="status">Reading the file…</p>}
        {problem !== null && (
          <p className="field-error" role="alert">
            {problem}
          </p>
        )}
      </section>

      {inspection !== null && (
        <section className="panel" aria-labelledby="import-step-columns">
          <h2 id="import-step-columns">2. Columns</h2>
          <p className="muted">
            {formatInteger(inspection.rowCount)} row{inspection.rowCount === 1 ? '' : 's'} in{' '}
            {source?.fileName}.{' '}
            {inspection.mappingRemembered
              ? 'The columns are mapped as in your last import of a file with these columns.'
              : 'Columns named like a field are matched to it; choose the field for any other.'}
          </p>
          <MappingTable
            inspection={inspection}
            mapping={mapping}
            onChange={(next) => {
              setMapping(next);
              setReport(null);
            }}
          />
          <div className="import-actions">
            <button type="button" className="button" disabled={pending} onClick={() => void check()}>
              {pending ? 'Checking…' : 'Check every row'}
            </button>
          </div>
        </section>
      )}

      {report !== null && (
        <section className="panel" aria-labelledby="import-step-check">
          <h2 id="import-step-check">3. Check</h2>
          <ImportReportView report={report} />
        </section>
      )}

      {checkedClean && (
        <section className="panel" aria-labelledby="import-step-import">
          <h2 id="import-step-import">4. Import</h2>
          <YourNameField
            id="import-by"
            stored={actor.stored}
            value={actor.by}
            onChange={actor.setBy}
            error={nameError}
          />
          {/* Once imported, the file is in the library: importing it again would add its rows twice. */}
          {job === null || job.state === 'failed' || job.state === 'cancelled' ? (
            <div className="import-actions">
              <button
                type="button"
                className="button button--primary"
                disabled={readOnly}
                onClick={() => void start()}
              >
                Import {formatInteger(report.rowCount)} {entityLabel}
              </button>
            </div>
          ) : null}
          {job !== null && <ImportProgress status={job} onCancel={() => void cancel()} />}
          {job?.state === 'succeeded' && (
            <p>
              <a id="import-done" href={screenHref(LISTED_AT[entity])}>
                See the {LISTED_AT[entity] === 'catalogue' ? 'catalogue' : entityLabel}
              </a>
              . The import can be undone as one change.
            </p>
          )}
        </section>
      )}
    </div>
  );
}
