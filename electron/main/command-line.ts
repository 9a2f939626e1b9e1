// Finds the library file the app was asked to open: on the command line, from a second launch
// (double-click on a .ewb file on Windows/Linux) or from the desktop as a file:// URL.
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIBRARY_EXTENSION } from '../core/user-data';

/** The last argument naming a `.ewb` file, made absolute against `cwd`; null when there is none. */
export function libraryPathFromArgs(args: readonly string[], cwd: string): string | null {
  for (let i = args.length - 1; i >= 0; i--) {
    const arg = args[i];
    if (arg === undefined || arg.startsWith('-')) continue;
    if (!arg.toLowerCase().endsWith(LIBRARY_EXTENSION)) continue;
    if (arg.startsWith('file://')) {
      try {
        return fileURLToPath(arg);
      } catch {
        continue;
      }
    }
    return isAbsolute(arg) ? arg : resolve(cwd, arg);
  }
  return null;
}
