// One export of a brief from a button: starts the job, polls its progress until it ends, then
// hands the file over; the state says how far it got, or why it failed.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BriefExportStatus, BriefFormat } from '../../../../shared/model/brief';
import { call } from '../../transport/api-client';
import { deliverExport } from './brief-files';

const POLL_MS = 400;

export type ExportState =
  | { status: 'idle' }
  | { status: 'running'; format: BriefFormat; progress: BriefExportStatus | null }
  | { status: 'done'; format: BriefFormat; fileName: string | null }
  | { status: 'failed'; format: BriefFormat; message: string };

const wait = (ms: number) => new Promise((resolve) => window.setTimeout(resolve, ms));
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function useBriefExport(briefId: string): {
  state: ExportState;
  start: (format: BriefFormat) => void;
} {
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  // Polling stops when the page goes away.
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const run = useCallback(
    async (format: BriefFormat) => {
      setState({ status: 'running', format, progress: null });
      try {
        const { jobId } = await call('brief-exports/start', { id: briefId, format });
        for (;;) {
          if (!live.current) return;
          const progress = await call('brief-exports/progress', { jobId });
          if (!live.current) return;
          if (progress.state === 'failed') {
            setState({ status: 'failed', format, message: progress.message ?? 'The export failed.' });
            return;
          }
          setState({ status: 'running', format, progress });
          if (progress.state === 'succeeded') break;
          await wait(POLL_MS);
        }
        const fileName = await deliverExport(jobId);
        if (live.current) setState({ status: 'done', format, fileName });
      } catch (error) {
        if (live.current) setState({ status: 'failed', format, message: messageOf(error) });
      }
    },
    [briefId],
  );
  const start = useCallback((format: BriefFormat) => void run(format), [run]);
  return { state, start };
}
