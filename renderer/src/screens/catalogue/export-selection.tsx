// The catalogue's action on selected interventions: export them, with what they refer to, as a
// bundle a colleague can merge.
import { useState } from 'react';
import { downloadBundle } from '../../data/bundle-files';

export function ExportSelection({ ids }: { ids: readonly string[] }) {
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async () => {
    setPending(true);
    setStatus(null);
    try {
      const fileName = await downloadBundle(ids);
      setStatus({ ok: true, text: `Downloaded ${fileName}.` });
    } catch (error) {
      setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) });
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <button type="button" className="button button--small" disabled={pending} onClick={() => void run()}>
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
