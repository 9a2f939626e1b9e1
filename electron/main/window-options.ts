// The one place the app makes a window, so that every window (the main one, and any hidden one
// for printing) gets the security settings of architecture.md ("Security baseline"). They are
// written out where `new BrowserWindow` is, so Electronegativity sees them too
// (test/core/electronegativity.test.ts), and tests run this module under plain Node.
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';

/** Electron's BrowserWindow class; passed in so tests can hand over a stand-in that records. */
export type BrowserWindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** Size, title, icon…: everything about a window except its webPreferences, which only this module sets. */
export type WindowLook = Omit<BrowserWindowConstructorOptions, 'webPreferences'>;

export interface SecureWindowSettings {
  /**
   * Absolute path of dist/electron/preload.cjs, for a page that calls the library; a window that
   * only shows or prints a document gets no preload and so no bridge.
   */
  preload?: string;
  /** DevTools only while developing: a packaged app does not offer them. */
  devTools: boolean;
  /** Off for a window that only shows or prints a document the app wrote (it holds no script). */
  javascript?: false;
  look: WindowLook;
}

/**
 * Makes a window whose page gets no Node, runs in Chromium's sandbox, keeps web security and
 * reaches the core only through the preload's bridge. The look is spread first so that nothing
 * in it can replace these preferences.
 */
export function createSecureWindow(
  BrowserWindow: BrowserWindowClass,
  settings: SecureWindowSettings,
): BrowserWindow {
  // The scanner's advice, disableBlinkFeatures: 'Auxclick', names a switch Chromium no longer has. A
  // middle-clicked link, like any request for a new window, goes to the window-open handler, which
  // denies them all (hardening.ts; test: "keeps a page on the app").
  /* eng-disable AUXCLICK_JS_CHECK: new windows are all denied */ return new BrowserWindow({
    ...settings.look,
    webPreferences: {
      preload: settings.preload, // eng-disable PRELOAD_JS_CHECK: it exposes only invoke and on, over our two channels (test: "the preload")
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
      devTools: settings.devTools,
      javascript: settings.javascript ?? true,
    },
  });
}

/** The main window's look; it is shown once the first paint is ready, never as a blank white frame. */
export function mainWindowLook(icon?: string): WindowLook {
  return {
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Evidence Workbench',
    backgroundColor: '#ffffff',
    show: false,
    ...(icon === undefined ? {} : { icon }),
  };
}

/**
 * The hidden window's look for printing a brief to PDF or drawing a chart to PNG: never shown, but
 * painted while hidden so capturePage has pixels.
 */
export function printWindowLook(width: number, height: number): WindowLook {
  return {
    show: false,
    width,
    height,
    useContentSize: true,
    backgroundColor: '#ffffff',
    paintWhenInitiallyHidden: true,
  };
}
