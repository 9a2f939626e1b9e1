// The open library file: its name, where it is, its format version against this app's, its size,
// what it holds, and why it is read-only if it is; opening, creating and copying library files,
// its backups; exporting it as a bundle and merging others in. A damaged library shows what was
// found and its backups first, since restoring one is what it needs.
import { formatFileSize, formatInteger } from '../../../../shared/format';
import { useDocumentTitle } from '../../app/use-document-title';
import { Notice } from '../../components/states';
import { useLibraryInfo } from '../../data/app-data';
import { hrefFor } from '../../routing/routes';
import { transportKind } from '../../transport/api-client';
import { BackupsSection } from './backups-section';
import { DamageSection } from './damage-section';
import { ExportSection } from './export-section';
import { LibraryFileActions } from './library-file-actions';
import { MergeSection } from './merge-section';

function formatVersionNote(schema: number, app: number): string {
  if (schema === app) return 'The same as this version of Evidence Workbench.';
  if (schema > app)
    return 'Made by a newer version of Evidence Workbench: this version can read it but not change it.';
  return 'An older format than this version of Evidence Workbench uses.';
}

export function LibraryScreen() {
  const info = useLibraryInfo();
  useDocumentTitle('Library');
  const counts: { label: string; value: number }[] = [
    { label: 'Interventions', value: info.counts.interventions },
    { label: 'Evaluations', value: info.counts.evaluations },
    { label: 'Outcome results', value: info.counts.outcomeResults },
    { label: 'Cost items', value: info.counts.costItems },
    { label: 'Organisations', value: info.counts.organisations },
  ];
  return (
    <div className="page page--narrow">
      <header className="page-header">
        <p className="page-header__eyebrow">Library</p>
        <h1>{info.name}</h1>
        {info.description !== null && <p className="page-header__lead">{info.description}</p>}
      </header>

      {info.damage !== null && (
        <>
          <DamageSection damage={info.damage} />
          <BackupsSection readOnly damaged />
        </>
      )}

      {info.hasIllustrativeData && (
        <Notice tone="illustrative" title="Illustrative figures">
          <p>
            This library holds figures invented for demonstration. Wherever they appear they carry the label
            Illustrative; they are not evidence.
          </p>
        </Notice>
      )}

      <section className="panel" aria-labelledby="library-file">
        <h2 id="library-file">File</h2>
        <dl className="facts facts--wide">
          <div className="facts__row">
            <dt>File name</dt>
            <dd>{info.fileName}</dd>
          </div>
          <div className="facts__row">
            <dt>Location</dt>
            <dd>
              <code className="path">{info.path}</code>
            </dd>
          </div>
          <div className="facts__row">
            <dt>File size</dt>
            <dd>{formatFileSize(info.fileSizeBytes)}</dd>
          </div>
          <div className="facts__row">
            <dt>Library format</dt>
            <dd>
              Version {formatInteger(info.schemaVersion)}{' '}
              <span className="muted">(this app: version {formatInteger(info.appSchemaVersion)})</span>
              <br />
              <span className="muted">{formatVersionNote(info.schemaVersion, info.appSchemaVersion)}</span>
            </dd>
          </div>
          <div className="facts__row">
            <dt>Access</dt>
            <dd>
              {info.readOnlyReason === null
                ? 'Can be changed'
                : 'Read-only, for the reason shown at the top of the page'}
              {transportKind() === 'browser' && (
                <>
                  <br />
                  <span className="muted">Viewed in a browser through ewb serve, on this computer only.</span>
                </>
              )}
            </dd>
          </div>
        </dl>
      </section>

      <section className="panel" aria-labelledby="library-contents">
        <h2 id="library-contents">Contents</h2>
        <table className="table table--compact counts-table">
          <caption className="visually-hidden">Records in this library</caption>
          <thead>
            <tr>
              <th scope="col">Record</th>
              <th scope="col" className="num">
                Number
              </th>
            </tr>
          </thead>
          <tbody>
            {counts.map((c) => (
              <tr key={c.label}>
                <th scope="row">{c.label}</th>
                <td className="num">{formatInteger(c.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          <a href={hrefFor({ screen: 'catalogue' })}>Browse the interventions in the Catalogue</a>
        </p>
      </section>

      {info.damage === null && <BackupsSection readOnly={info.readOnlyReason !== null} damaged={false} />}
      <LibraryFileActions />
      <ExportSection />
      {info.readOnlyReason === null && <MergeSection />}
    </div>
  );
}
