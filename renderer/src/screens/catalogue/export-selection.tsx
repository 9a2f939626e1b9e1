// The catalogue's action on selected interventions: export them, with what they refer to, as a
// bundle a colleague can merge.
import { useBundleDownload } from '../../data/use-bundle-download';

export function ExportSelection({ ids }: { ids: readonly string[] }) {
  const { pending, status, start } = useBundleDownload();
  return (
    <>
      <button
        type="button"
        className="button button--small"
        disabled={pending}
        onClick={() => void start(ids)}
      >
        {pending ? 'Exporting…' : 'Export as a bundle'}
      </button>
      {status !== null && (
        <span className={status.ok ? 'muted small' : 'field-error'} role={status.ok ? 'status' : 'alert'}>
          {status.text}
        </span>
      )}
    </>
  );
}
