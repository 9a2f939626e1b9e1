// The one place the app window's options are decided, so the security settings of
// architecture.md ("Security baseline") are checked by tests under plain Node.
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** No Node, Chromium's sandbox, nothing insecure: every window the app makes starts from these. */
const LOCKED_DOWN = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  enableWebSQL: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: false,
} as const satisfies WebPreferences;

/** The renderer gets no Node, runs in Chromium's sandbox and reaches the core only via the preload. */
export function secureWebPreferences(preload: string, devTools: boolean): WebPreferences {
  return { preload, ...LOCKED_DOWN, devTools };
}

export interface MainWindowSettings {
  /** Absolute path of dist/electron/preload.cjs. */
  preload: string;
  /** DevTools only while developing: a packaged app does not offer them. */
  devTools: boolean;
  /** Window icon (used on Linux; macOS and Windows take it from the app bundle). */
  icon?: string;
}

export function mainWindowOptions(settings: MainWindowSettings): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Evidence Workbench',
    backgroundColor: '#ffffff',
    // Shown once the first paint is ready, so the user never sees a blank white frame.
    show: false,
    ...(settings.icon === undefined ? {} : { icon: settings.icon }),
    webPreferences: secureWebPreferences(settings.preload, settings.devTools),
  };
}

/**
 * The hidden window that prints a brief to PDF or draws a chart to PNG: the brief's own HTML (no
 * script in it) with JavaScript off, sandboxed, no preload, no Node, never shown.
 */
export function printWindowOptions(width: number, height: number): BrowserWindowConstructorOptions {
  return {
    show: false,
    width,
    height,
    useContentSize: true,
    backgroundColor: '#ffffff',
    webPreferences: { ...LOCKED_DOWN, javascript: false, devTools: false },
    // Painted while hidden, so capturePage has pixels.
    paintWhenInitiallyHidden: true,
  };
}
