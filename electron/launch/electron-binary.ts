// Finding the Electron binary for `npm start` and the desktop tests. `require('electron')`
// downloads it on first use, which fails without internet, so it runs in a child process with a
// time limit; the tests only look for an installed binary and never start a download.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { failureReason, runCaptured } from './child';

export type Outcome = { ok: true; path: string } | { ok: false; reason: string };

/** Long enough for a first download of about 100 MB; a closed network fails in well under a second. */
export const ELECTRON_DOWNLOAD_TIMEOUT_MS = 5 * 60_000;
const MARKER = 'EWB_ELECTRON_PATH=';
const GET_ELECTRON = `const p = require('electron'); process.stdout.write('\\n${MARKER}' + p + '\\n');`;

function electronPackageDir(appRoot: string): string {
  return join(appRoot, 'node_modules', 'electron');
}

/** The version of the installed `electron` package (the binary may not be there yet). */
export function electronVersion(appRoot: string): string {
  const pkg = JSON.parse(readFileSync(join(electronPackageDir(appRoot), 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** The binary when it has already been downloaded, without ever starting a download. */
export function installedElectronBinary(appRoot: string): string | null {
  const dir = electronPackageDir(appRoot);
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** Picks the path out of the child's output, which may also hold download messages. */
export function electronPathFromOutput(stdout: string): string | null {
  const line = stdout
    .split(/\r?\n/)
    .reverse()
    .find((l) => l.startsWith(MARKER));
  const path = line?.slice(MARKER.length).trim();
  return path === undefined || path === '' ? null : path;
}

/** Gets the Electron binary, downloading it once if needed; never throws. */
export async function obtainElectron(
  appRoot: string,
  timeoutMs: number = ELECTRON_DOWNLOAD_TIMEOUT_MS,
): Promise<Outcome> {
  if (!existsSync(join(electronPackageDir(appRoot), 'package.json'))) {
    return { ok: false, reason: 'the electron package is not installed: run npm ci' };
  }
  const result = await runCaptured(process.execPath, ['-e', GET_ELECTRON], { cwd: appRoot, timeoutMs });
  const path = result.status === 0 ? electronPathFromOutput(result.stdout) : null;
  if (path !== null && existsSync(path)) return { ok: true, path };
  return { ok: false, reason: failureReason(result, timeoutMs) };
}
