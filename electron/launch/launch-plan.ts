// The decisions `npm start` makes, as pure functions so tests can check them under Node: which
// mode to run, what it says when it falls back, and the command lines it runs.
import type { Outcome } from './electron-binary';
import { NATIVE_BINDING_ENV } from './native-binding';

export type LaunchPlan =
  { mode: 'electron'; electronPath: string; nativeBinding: string } | { mode: 'browser'; why: string };

/** Electron when both its binary and a native SQLite build for it exist; the browser otherwise. */
export function planLaunch(electron: Outcome, native: Outcome | null): LaunchPlan {
  if (!electron.ok) return { mode: 'browser', why: `Electron could not be downloaded (${electron.reason})` };
  if (native === null || !native.ok) {
    const reason = native === null ? 'not attempted' : native.reason;
    return { mode: 'browser', why: `The SQLite module could not be built for Electron (${reason})` };
  }
  return { mode: 'electron', electronPath: electron.path, nativeBinding: native.path };
}

/** The one line printed when the desktop window cannot be started here. */
export function fallbackLine(why: string): string {
  return `${why}: starting the browser-served mode instead.`;
}

/** `npm start -- file.ewb` opens that file in either mode. */
export function libraryArgument(args: readonly string[]): string | null {
  return args.find((a) => !a.startsWith('-') && a.toLowerCase().endsWith('.ewb')) ?? null;
}

/** node arguments for the browser-served mode (electron/cli serve), from the repository root. */
export function browserModeArgs(args: readonly string[]): string[] {
  const library = libraryArgument(args);
  return [
    '--import',
    'tsx',
    'electron/cli/main.ts',
    'serve',
    '--open',
    ...(library === null ? [] : ['--library', library]),
  ];
}

/** The environment Electron starts with: the native binding, and never in plain-Node mode. */
export function electronEnv(env: NodeJS.ProcessEnv, nativeBinding: string): NodeJS.ProcessEnv {
  const next: NodeJS.ProcessEnv = { ...env, [NATIVE_BINDING_ENV]: nativeBinding };
  delete next.ELECTRON_RUN_AS_NODE;
  return next;
}
