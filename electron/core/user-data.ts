// Where a user's libraries live by default: the same per-user folder Electron's
// app.getPath('userData') uses for this app, so the desktop and browser modes share a library.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_FOLDER_NAME = 'Evidence Workbench';
export const LIBRARY_EXTENSION = '.ewb';
export const DEFAULT_LIBRARY_FILE = `Evidence library${LIBRARY_EXTENSION}`;

export function userDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (env.EWB_USER_DATA) return env.EWB_USER_DATA;
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_FOLDER_NAME);
}

export function defaultLibraryPath(dataDir: string = userDataDir()): string {
  return join(dataDir, DEFAULT_LIBRARY_FILE);
}

/** A path typed or chosen without the extension gets it, so the file opens with the app. */
export function withLibraryExtension(path: string): string {
  return path.toLowerCase().endsWith(LIBRARY_EXTENSION) ? path : `${path}${LIBRARY_EXTENSION}`;
}
