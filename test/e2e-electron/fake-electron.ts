// A stand-in for the `electron` module, so the bundled main process can be run under plain Node
// (main-process.test.ts): it records what main asks of Electron and lets the test drive it.

type Listener = (...args: unknown[]) => unknown;

interface FakeWindow {
  options: unknown;
  loaded: string[];
  title: string;
  sent: unknown[][];
  shown: boolean;
}

const appListeners = new Map<string, Listener[]>();
const ipcHandlers = new Map<string, Listener>();
const protocolHandlers = new Map<string, (request: { url: string; method: string }) => Promise<Response>>();
const windows: FakeWindow[] = [];
const menus: unknown[] = [];
const errors: string[] = [];
const privileged: unknown[] = [];
const sessionCalls: string[] = [];
const messages: string[] = [];
let userData = '';
/** What the next save dialog answers; null: the user cancels. */
let savePath: string | null = null;

const emit = (name: string, ...args: unknown[]) => {
  for (const listener of appListeners.get(name) ?? []) listener(...args);
};

export const app = {
  isPackaged: false,
  getAppPath: () => process.env.FAKE_APP_ROOT ?? '',
  getPath: (name: string) => (name === 'userData' ? userData : `/tmp/fake-${name}`),
  setPath: (name: string, value: string) => {
    if (name === 'userData') userData = value;
  },
  getVersion: () => '0.0.0-test',
  enableSandbox: () => sessionCalls.push('enableSandbox'),
  setAppUserModelId: () => undefined,
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  on: (name: string, listener: Listener) => {
    appListeners.set(name, [...(appListeners.get(name) ?? []), listener]);
    return app;
  },
  quit: () => errors.push('quit'),
  addRecentDocument: () => undefined,
  clearRecentDocuments: () => undefined,
};

export class BrowserWindow {
  private readonly record: FakeWindow;
  readonly webContents = {
    isLoading: () => false,
    send: (...args: unknown[]) => this.record.sent.push(args),
  };

  constructor(options: unknown) {
    this.record = { options, loaded: [], title: '', sent: [], shown: false };
    windows.push(this.record);
  }

  static getAllWindows() {
    return windows;
  }

  once(name: string, listener: Listener) {
    if (name === 'ready-to-show') setTimeout(() => listener(), 0);
  }

  on() {}

  loadURL(url: string) {
    this.record.loaded.push(url);
    return Promise.resolve();
  }

  setTitle(title: string) {
    this.record.title = title;
  }

  show() {
    this.record.shown = true;
  }

  isMinimized() {
    return false;
  }

  restore() {}

  focus() {}
}

export const dialog = {
  showErrorBox: (title: string, content: string) => errors.push(`${title}: ${content}`),
  showMessageBox: (...args: unknown[]) => {
    const options = args[args.length - 1] as { type?: string; message?: string; detail?: string };
    (options.type === 'info' ? messages : errors).push(`${options.message ?? ''} ${options.detail ?? ''}`);
    return Promise.resolve({ response: 0 });
  },
  showSaveDialog: () =>
    Promise.resolve(savePath === null ? { canceled: true } : { canceled: false, filePath: savePath }),
  showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
};

export const ipcMain = { handle: (channel: string, handler: Listener) => ipcHandlers.set(channel, handler) };

export const Menu = {
  buildFromTemplate: (template: unknown) => template,
  setApplicationMenu: (menu: unknown) => menus.push(menu),
};

export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown) => privileged.push(schemes),
  handle: (scheme: string, handler: (request: { url: string; method: string }) => Promise<Response>) =>
    protocolHandlers.set(scheme, handler),
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: () => sessionCalls.push('permissionRequest'),
    setPermissionCheckHandler: () => sessionCalls.push('permissionCheck'),
    setDevicePermissionHandler: () => sessionCalls.push('devicePermission'),
    webRequest: { onBeforeRequest: () => sessionCalls.push('onBeforeRequest') },
  },
};

export const shell = { openExternal: () => Promise.resolve(), showItemInFolder: () => undefined };

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for ${what} (${errors.join('; ')})`);
}

interface MenuItem {
  label?: string;
  role?: string;
  submenu?: MenuItem[];
  click?: () => void;
}

/** Clicks File > `label` in the menu main set last. */
function clickFileMenu(label: string): void {
  const file = ((menus.at(-1) ?? []) as MenuItem[]).find((m) => m.label === '&File');
  const item = file?.submenu?.find((m) => m.label === label);
  if (item?.click === undefined) throw new Error(`no File > ${label}`);
  item.click();
}

/** Runs the scenario the test checks and returns what main did, as JSON-friendly values. */
export async function drive(secondLibrary: string, copyPath: string) {
  await until(() => windows.length > 0 && windows[0]?.shown === true, 'the window');
  const invoke = ipcHandlers.get('ewb:invoke');
  const serve = protocolHandlers.get('app');
  if (invoke === undefined || serve === undefined) throw new Error('no IPC handler or protocol handler');
  const trusted = { senderFrame: { url: 'app://ewb/index.html', parent: null } };
  const info = await invoke(trusted, 'library/info', {});
  const forbidden = await invoke(
    { senderFrame: { url: 'https://evil.example/', parent: null } },
    'library/info',
    {},
  );
  const page = await serve({ url: 'app://ewb/index.html', method: 'GET' });
  const window = windows[0];
  const titleBefore = window?.title;
  emit('second-instance', {}, ['/opt/ewb/evidence-workbench', secondLibrary], '/');
  await until(() => (window?.sent.length ?? 0) > 0, 'library-changed');
  const after = await invoke(trusted, 'library/info', {});
  // File > Save a Copy…: the path comes from the dialog; the page may not name one itself.
  savePath = copyPath;
  clickFileMenu('Save a Copy…');
  await until(() => messages.some((m) => m.startsWith('Saved a copy')), 'the copy');
  const typedCopy = await invoke(trusted, 'library-files/save-copy', { path: `${copyPath}-typed.ewb` });
  const backups = await invoke(trusted, 'backups/list', {});
  return {
    privileged,
    sessionCalls,
    window: window === undefined ? null : { ...window, titleBefore },
    info,
    forbidden,
    page: { status: page.status, csp: page.headers.get('content-security-policy'), body: await page.text() },
    after,
    messages,
    typedCopy,
    backups,
    menuLabels: ((menus.at(-1) ?? []) as { label?: string; role?: string }[]).map((m) => m.label ?? m.role),
    errors,
  };
}
