// Exporting a bundle from a button: whether it is running, and what happened (the file
// downloaded, or why not), for the button's status line.
import { useState } from 'react';
import { downloadBundle } from './bundle-files';

export interface BundleDownload {
  pending: boolean;
  status: { ok: boolean; text: string } | null;
  /** Exports the chosen interventions, or the whole library. */
  start: (interventionIds?: readonly string[]) => Promise<void>;
}

export function useBundleDownload(): BundleDownload {
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState<BundleDownload['status']>(null);
  const start = async (interventionIds?: readonly string[]) => {
    setPending(true);
    setStatus(null);
    try {
      const fileName = await downloadBundle(interventionIds);
      setStatus({ ok: true, text: `Downloaded ${fileName}.` });
    } catch (error) {
      setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) });
    } finally {
      setPending(false);
    }
  };
  return { pending, status, start };
}
