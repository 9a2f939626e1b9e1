// Exporting the whole library as a bundle: one JSON file another Evidence Workbench can merge.
import { useBundleDownload } from '../../data/use-bundle-download';
import { hrefFor } from '../../routing/routes';

export function ExportSection() {
  const { pending, status, start } = useBundleDownload();
  return (
    <section className="panel" aria-labelledby="library-export">
      <h2 id="library-export">Export a bundle</h2>
      <p>
        One JSON file holding every intervention with its evaluations, outcome results and costs, the
        organisations, source documents, reference data, value settings and attached files, for a colleague to
        merge into their library. To export only some interventions, select them in the{' '}
        <a href={hrefFor({ screen: 'catalogue' })}>Catalogue</a>.
      </p>
      <button type="button" className="button" disabled={pending} onClick={() => void start()}>
        {pending ? 'Exporting…' : 'Export the library as a bundle'}
      </button>
      {status !== null && (
        <p className={status.ok ? 'muted small' : 'field-error'} role={status.ok ? 'status' : 'alert'}>
          {status.text}
        </p>
      )}
    </section>
  );
}
