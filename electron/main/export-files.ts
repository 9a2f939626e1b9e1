// The desktop's answer to "export this grid": the core writes the file (exports/grid) and it is
// saved where the user chooses in a save dialog. Node only, so tests run it under Node.
import { writeFile } from 'node:fs/promises';
import type { ExportFile } from '../../shared/model/exports';
import type { HostHandlers, InvokeDispatch } from './ipc-guard';

export interface ExportHostOptions {
  dispatch: () => InvokeDispatch;
  /** A save dialog suggesting `fileName`; the path chosen, or null when cancelled. */
  chooseSavePath: (fileName: string) => Promise<string | null>;
}

export function exportHost(options: ExportHostOptions): Pick<HostHandlers, 'exports/save'> {
  return {
    'exports/save': async (input) => {
      const result = await options.dispatch()('exports/grid', input);
      if (!result.ok) return result;
      const file = result.value as ExportFile;
      const path = await options.chooseSavePath(file.fileName);
      if (path !== null) await writeFile(path, Buffer.from(file.content, 'base64'));
      return { ok: true, value: { saved: path !== null, fileName: file.fileName, rowCount: file.rowCount } };
    },
  };
}
