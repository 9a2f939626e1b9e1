// Electron's main process, kept thin: lifecycle, the one window, the File menu and its dialogs,
// and the one IPC channel into the library core. Security decisions live in the small modules
// it imports (window-options, hardening, ipc-guard, navigation) where tests can check them.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  session,
  shell,
  type MessageBoxOptions,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type AppEvent } from '../../shared/bridge';
import { readBackupLimit } from '../core/backup-limit';
import { loadBriefTemplate } from '../core/briefs/template';
import type { Library } from '../core/library';
import { LibrarySession } from '../core/library-session';
import { RECENT_LIBRARIES_FILE, recentLibraries } from '../core/recent-libraries';
import { rendererDir, sampleBundlePath } from '../core/resources';
import { ensureLibrary } from '../core/services/sample-library';
import { defaultLibraryPath, LIBRARY_EXTENSION, withLibraryExtension } from '../core/user-data';
import { createRendererAssets } from '../core/web/renderer-assets';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, APP_START_URL, serveAppRequest } from './app-protocol';
import { attachmentHost } from './attachment-files';
import { briefFilesHost } from './brief-files';
import { electronPrinter } from './brief-printer';
import { libraryPathFromArgs } from './command-line';
import { exportHost } from './export-files';
import { guardWebContents, hardenSession } from './hardening';
import { createInvokeHandler } from './ipc-guard';
import { menuTemplate } from './menu';
import { mainWindowOptions } from './window-options';

const APP_ID = 'org.evidenceworkbench.app';
const LIBRARY_FILTERS = [{ name: 'Evidence Workbench library', extensions: [LIBRARY_EXTENSION.slice(1)] }];

// The data folder can be redirected (tests, portable use), as in the browser-served mode. It must
// be set before the single-instance lock, which lives in that folder.
if (process.env.EWB_USER_DATA) app.setPath('userData', process.env.EWB_USER_DATA);
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

/** The repository in development, the app.asar folder when packaged (no import.meta in CJS). */
const appRoot = app.getAppPath();
// Only a development run may point at another native binary (npm start builds one for Electron);
// a packaged app uses the one electron-builder rebuilt for it.
const nativeBinding =
  !app.isPackaged && process.env.EWB_NATIVE_BINDING ? process.env.EWB_NATIVE_BINDING : undefined;
const recent = recentLibraries(join(app.getPath('userData'), RECENT_LIBRARIES_FILE));
const libraries = new LibrarySession({
  ...(nativeBinding === undefined ? {} : { nativeBinding }),
  recent,
  backupLimit: readBackupLimit(app.getPath('userData')),
  onInternalError: (error) => console.error('Evidence Workbench: internal error', error),
  briefs: { template: loadBriefTemplate(appRoot), printer: electronPrinter() },
});

let mainWindow: BrowserWindow | null = null;
let started = false;
/** A file asked for before the app was ready (command line, macOS open-file). */
let pendingPath: string | null = libraryPathFromArgs(process.argv.slice(1), process.cwd());

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function showMessage(options: MessageBoxOptions): void {
  const shown =
    mainWindow === null ? dialog.showMessageBox(options) : dialog.showMessageBox(mainWindow, options);
  void shown.catch(() => undefined);
}

function showError(message: string, detail: string): void {
  showMessage({ type: 'error', title: 'Evidence Workbench', message, detail, buttons: ['OK'] });
}

/** Menu clicks and OS events start async work; a failure becomes a dialog, never a crash. */
function run(task: () => Promise<unknown>): void {
  task().catch((error: unknown) => showError('Something went wrong.', messageOf(error)));
}

function sendEvent(event: AppEvent, payload: unknown): void {
  if (mainWindow !== null && !mainWindow.webContents.isLoading()) {
    mainWindow.webContents.send(IPC_EVENT_CHANNEL, event, payload);
  }
}

function updateTitle(library: Library | null): void {
  if (mainWindow === null) return;
  if (library === null) return mainWindow.setTitle('Evidence Workbench');
  const name = basename(library.path, extname(library.path));
  const readOnly = library.readOnlyReason === null ? '' : ' (read-only)';
  mainWindow.setTitle(`${name}${readOnly} — Evidence Workbench`);
}

function refreshMenu(): void {
  const state = {
    platform: process.platform,
    isPackaged: app.isPackaged,
    recent: recent.list(),
    hasLibrary: libraries.library !== null,
  };
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(state, {
        newLibrary: () => run(() => newLibrary(false)),
        newLibraryFromSample: () => run(() => newLibrary(true)),
        openLibrary: () => run(openLibraryDialog),
        openRecent: (path) => run(() => openLibrary(path)),
        saveCopy: () => run(saveCopyDialog),
        clearRecent: () => {
          recent.clear();
          app.clearRecentDocuments();
          refreshMenu();
        },
        showLibraryInFolder: () => {
          if (libraries.library !== null) shell.showItemInFolder(libraries.library.path);
        },
        about: showAbout,
      }),
    ),
  );
}

/** Makes `library` the one the window shows (the session has remembered it) and tells the renderer to reload. */
function switched(library: Library): void {
  app.addRecentDocument(library.path);
  updateTitle(library);
  refreshMenu();
  sendEvent('library-changed', {
    fileName: basename(library.path),
    readOnly: library.readOnlyReason !== null,
  });
  if (library.readOnlyReason !== null) {
    showMessage({ type: 'info', message: 'This library is open read-only.', detail: library.readOnlyReason });
  }
}

/** Opens, creates or copies the sample into `path`; on failure the current library stays open. */
async function openLibrary(path: string, how: 'open' | 'create' | 'sample' = 'open'): Promise<boolean> {
  try {
    const library =
      how === 'create'
        ? await libraries.create(path)
        : how === 'sample'
          ? await libraries.createFromSample(path, sampleBundlePath(appRoot))
          : await libraries.open(path);
    switched(library);
    return true;
  } catch (error) {
    const verb = how === 'open' ? 'open' : 'create';
    showError(`Could not ${verb} ${basename(path)}.`, messageOf(error));
    return false;
  }
}

/** A save dialog over the window; the path chosen, or null when cancelled. */
async function askSavePath(options: SaveDialogOptions): Promise<string | null> {
  const answer =
    mainWindow === null
      ? await dialog.showSaveDialog(options)
      : await dialog.showSaveDialog(mainWindow, options);
  return answer.canceled || !answer.filePath ? null : answer.filePath;
}

async function newLibrary(fromSample: boolean): Promise<void> {
  const options: SaveDialogOptions = {
    title: fromSample ? 'New library from the sample' : 'New library',
    buttonLabel: 'Create',
    defaultPath: join(
      app.getPath('documents'),
      `${fromSample ? 'Sample library' : 'New library'}${LIBRARY_EXTENSION}`,
    ),
    filters: LIBRARY_FILTERS,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const path = await askSavePath(options);
  if (path === null) return;
  // Library.create refuses an existing file, even one the dialog agreed to replace.
  await openLibrary(withLibraryExtension(path), fromSample ? 'sample' : 'create');
}

async function openLibraryDialog(): Promise<void> {
  const options: OpenDialogOptions = {
    title: 'Open library',
    filters: LIBRARY_FILTERS,
    properties: ['openFile'],
  };
  const answer =
    mainWindow === null
      ? await dialog.showOpenDialog(options)
      : await dialog.showOpenDialog(mainWindow, options);
  const path = answer.filePaths[0];
  if (!answer.canceled && path !== undefined) await openLibrary(path);
}

/** File > Save a Copy…: the open library, copied with the online backup API; it stays open. */
async function saveCopyDialog(): Promise<void> {
  const current = libraries.library;
  if (current === null) return;
  const options: SaveDialogOptions = {
    title: 'Save a copy of the library',
    buttonLabel: 'Save Copy',
    defaultPath: join(
      app.getPath('documents'),
      `${basename(current.path, extname(current.path))} copy${LIBRARY_EXTENSION}`,
    ),
    filters: LIBRARY_FILTERS,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const path = await askSavePath(options);
  if (path === null) return;
  const target = withLibraryExtension(path);
  try {
    // Like New, it refuses an existing file even when the dialog agreed to replace it.
    await libraries.saveCopy(target);
    showMessage({ type: 'info', message: `Saved a copy as ${basename(target)}.`, detail: target });
  } catch (error) {
    showError(`Could not save a copy as ${basename(target)}.`, messageOf(error));
  }
}

function showAbout(): void {
  const versions = `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`;
  const library = libraries.library === null ? 'No library open' : `Library: ${libraries.library.path}`;
  showMessage({
    type: 'info',
    title: 'About Evidence Workbench',
    message: `Evidence Workbench ${app.getVersion()}`,
    detail: `Catalogue youth-crime interventions, their evaluations, outcomes and costs, and compare what works.\n\n${versions}\n${library}`,
    buttons: ['OK'],
  });
}

/** The file asked for, else the most recent library, else the user's default library. */
async function openFirstLibrary(): Promise<void> {
  const requested = pendingPath;
  pendingPath = null;
  if (requested !== null && (await openLibrary(requested))) return;
  const last = recent.list()[0];
  if (last !== undefined && (await openLibrary(last))) return;
  const fallback = defaultLibraryPath(app.getPath('userData'));
  try {
    // First run: the sample library becomes the user's library; an existing one is never replaced.
    await ensureLibrary(
      fallback,
      sampleBundlePath(appRoot),
      nativeBinding === undefined ? {} : { nativeBinding },
    );
  } catch (error) {
    showError('Your library could not be created from the sample library.', messageOf(error));
    return;
  }
  await openLibrary(fallback);
}

/** Copies of attachments opened with the system viewer: one private folder per run, removed on quit. */
let attachmentCopiesDir: string | null = null;
function attachmentCopies(): string {
  attachmentCopiesDir ??= mkdtempSync(join(app.getPath('temp'), 'evidence-workbench-'));
  return attachmentCopiesDir;
}

async function chooseSavePath(fileName: string, title: string): Promise<string | null> {
  const options: SaveDialogOptions = {
    title,
    defaultPath: join(app.getPath('downloads'), fileName),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  return askSavePath(options);
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow(
    mainWindowOptions({
      preload: join(appRoot, 'dist', 'electron', 'preload.cjs'),
      devTools: !app.isPackaged,
      ...(process.platform === 'linux'
        ? { icon: join(appRoot, 'resources', 'icons', 'png', '512x512.png') }
        : {}),
    }),
  );
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  // The title names the open library; the page does not get to change it.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  updateTitle(libraries.library);
  void window.loadURL(APP_START_URL);
  return window;
}

function showWindow(): void {
  if (mainWindow === null) createWindow();
  else {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  }
}

/** Opens a file the OS handed us; the window comes forward once it shows that library. */
function requestOpen(path: string): void {
  if (!started) {
    pendingPath = path;
    return;
  }
  run(async () => {
    await openLibrary(path);
    showWindow();
  });
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  const renderer = rendererDir(appRoot);
  if (!existsSync(join(renderer, 'index.html'))) {
    dialog.showErrorBox(
      'Evidence Workbench',
      `The user interface is not built (${renderer}): run "npm run build".`,
    );
    app.quit();
    return;
  }
  const assets = createRendererAssets(renderer);
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(assets, request));
  ipcMain.handle(
    IPC_INVOKE_CHANNEL,
    createInvokeHandler(() => libraries.dispatch, {
      ...attachmentHost({
        dispatch: () => libraries.dispatch,
        tempRoot: attachmentCopies,
        openPath: (path) => shell.openPath(path),
        chooseSavePath: (fileName) => chooseSavePath(fileName, 'Save a copy of the attachment'),
      }),
      ...exportHost({
        dispatch: () => libraries.dispatch,
        chooseSavePath: (fileName) => chooseSavePath(fileName, 'Save the export'),
      }),
      ...briefFilesHost({
        dispatch: () => libraries.dispatch,
        chooseSavePath: (fileName) => chooseSavePath(fileName, 'Save the brief'),
      }),
    }),
  );
  await openFirstLibrary();
  libraries.startDailyBackups();
  refreshMenu();
  createWindow();
  started = true;
  if (pendingPath !== null) requestOpen(pendingPath);
}

if (!app.requestSingleInstanceLock()) {
  // Another window is already running: it receives our arguments through 'second-instance'.
  app.quit();
} else {
  // Every web contents, including any DevTools or future window, gets the same guards.
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, (url) => void shell.openExternal(url).catch(() => undefined));
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = libraryPathFromArgs(argv.slice(1), workingDirectory);
    if (path !== null) requestOpen(path);
    else if (started) showWindow();
  });
  // macOS: double-click on a .ewb file, or a drop on the Dock icon; may come before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    requestOpen(path);
  });
  app.on('activate', () => {
    if (started && BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    libraries.close();
    if (attachmentCopiesDir !== null) rmSync(attachmentCopiesDir, { recursive: true, force: true });
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Evidence Workbench could not start', messageOf(error));
      app.quit();
    });
}
