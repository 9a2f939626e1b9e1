// The desktop's "save this brief": a finished export (brief-exports/file) or a snapshot
// (brief-snapshots/file) saved where the user chooses, written whole or not at all. Node only,
// so tests run it under Node.
import type { ApiResult } from '../../shared/errors';
import type { BriefFile } from '../../shared/model/brief';
import { writeWholeFile } from '../core/io/whole-file';
import type { HostHandlers, InvokeDispatch } from './ipc-guard';

export interface BriefFilesHostOptions {
  dispatch: () => InvokeDispatch;
  /** A save dialog suggesting `fileName`; the path chosen, or null when cancelled. */
  chooseSavePath: (fileName: string) => Promise<string | null>;
}

async function save(
  options: BriefFilesHostOptions,
  fetched: ApiResult<unknown>,
): Promise<ApiResult<{ saved: boolean; fileName: string }>> {
  if (!fetched.ok) return fetched;
  const file = fetched.value as BriefFile;
  const path = await options.chooseSavePath(file.fileName);
  if (path !== null) await writeWholeFile(path, Buffer.from(file.content, 'base64'));
  return { ok: true, value: { saved: path !== null, fileName: file.fileName } };
}

export function briefFilesHost(
  options: BriefFilesHostOptions,
): Pick<HostHandlers, 'brief-exports/save' | 'brief-snapshots/save'> {
  return {
    'brief-exports/save': async ({ jobId }) =>
      save(options, await options.dispatch()('brief-exports/file', { jobId })),
    'brief-snapshots/save': async ({ id }) =>
      save(options, await options.dispatch()('brief-snapshots/file', { id })),
  };
}
