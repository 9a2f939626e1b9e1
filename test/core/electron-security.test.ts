// The desktop app's security baseline (architecture.md) checked under plain Node: window options,
// the IPC sender check, where the window may go, the protocol it loads from, the preload's surface,
// and a look through electron/main for windows made without the shared options.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { APP_EVENTS, BRIDGE_KEY, IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/bridge';
import { contentSecurityPolicy } from '../../electron/core/web/content-security-policy';
import { createRendererAssets } from '../../electron/core/web/renderer-assets';
import { APP_SCHEME_PRIVILEGES, APP_START_URL, serveAppRequest } from '../../electron/main/app-protocol';
import { guardWebContents, hardenSession } from '../../electron/main/hardening';
import { createInvokeHandler, isTrustedSender } from '../../electron/main/ipc-guard';
import { isAllowedExternalUrl, isAllowedRequestUrl, isAppUrl } from '../../electron/main/navigation';
import {
  mainWindowOptions,
  printWindowOptions,
  secureWebPreferences,
} from '../../electron/main/window-options';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const electronMock = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as unknown[][],
  listeners: new Map<string, ((...args: unknown[]) => void)[]>(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => electronMock.exposed.set(key, value),
  },
  ipcRenderer: {
    invoke: (...args: unknown[]) => {
      electronMock.invoked.push(args);
      return Promise.resolve({ ok: true, value: 'answered' });
    },
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      electronMock.listeners.set(channel, [...(electronMock.listeners.get(channel) ?? []), listener]);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
      electronMock.listeners.set(
        channel,
        (electronMock.listeners.get(channel) ?? []).filter((l) => l !== listener),
      );
    },
  },
}));

describe('window options', () => {
  it('isolate, sandbox and deny Node to the page', () => {
    const prefs = secureWebPreferences('/app/dist/electron/preload.cjs', false);
    expect(prefs).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false,
    });
  });

  it('are what the main window is made with', () => {
    const options = mainWindowOptions({ preload: '/p.cjs', devTools: true });
    expect(options.webPreferences).toEqual(secureWebPreferences('/p.cjs', true));
    expect(options.show).toBe(false);
  });

  it('make the brief print window hidden, sandboxed, without Node, preload or JavaScript', () => {
    const options = printWindowOptions(794, 1123);
    expect(options).toMatchObject({ show: false, width: 794, height: 1123 });
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      javascript: false,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
    });
    expect(options.webPreferences).not.toHaveProperty('preload');
  });

  it('are the only way electron/main makes a window', () => {
    const dir = join(root, 'electron', 'main');
    const sources = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));
    const windows = sources.flatMap(({ file, text }) =>
      [...text.matchAll(/new\s+BrowserWindow\s*\(\s*([A-Za-z_$][\w$]*)?/g)].map((m) => ({
        file,
        options: m[1],
      })),
    );
    expect(windows.length).toBeGreaterThan(0);
    // The app window, and the hidden window that prints briefs (brief-printer.ts) and nothing else.
    const allowed = (file: string) =>
      file === 'brief-printer.ts' ? 'printWindowOptions' : 'mainWindowOptions';
    for (const w of windows)
      expect(w, `${w.file} makes a window`).toEqual({ file: w.file, options: allowed(w.file) });
    for (const { file, text } of sources) {
      if (file !== 'window-options.ts') expect(text, file).not.toMatch(/webPreferences\s*:/);
      expect(text, file).not.toMatch(/\.loadFile\(/);
      // Pages come only from the app:// protocol; the print window loads only the brief it prints.
      const url = file === 'brief-printer.ts' ? 'printableDataUrl(html)' : 'APP_START_URL';
      for (const m of text.matchAll(/\.loadURL\(([^)]*\)?)\)/g)) expect(m[1], file).toBe(url);
    }
  });

  it('are never weakened anywhere in electron/', () => {
    const files = readdirSync(join(root, 'electron'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ts'),
    );
    for (const f of files) {
      const text = readFileSync(join(root, 'electron', f), 'utf8');
      expect(text, f).not.toMatch(
        /(contextIsolation|sandbox|webSecurity)\s*:\s*false|nodeIntegration\w*\s*:\s*true|allowRunningInsecureContent\s*:\s*true/,
      );
    }
  });
});

describe('IPC sender check', () => {
  it('accepts only pages of app://ewb', () => {
    expect(isTrustedSender('app://ewb/index.html')).toBe(true);
    expect(isTrustedSender('app://ewb/')).toBe(true);
    for (const url of [
      'file:///app/dist/renderer/index.html',
      'http://evil.example/',
      'https://ewb/',
      'app://other/index.html',
      'app://ewb.evil/index.html',
      'app://ewb@evil/index.html',
      'app://ewb:8080/index.html',
      'devtools://devtools/bundled/inspector.html',
      'about:blank',
      '',
      null,
      undefined,
      'not a url',
    ]) {
      expect(isTrustedSender(url), String(url)).toBe(false);
    }
  });

  const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });

  it('refuses other senders before anything reaches the core', async () => {
    const dispatch = vi.fn(() => Promise.resolve({ ok: true as const, value: 1 }));
    const handler = createInvokeHandler(() => dispatch);
    for (const event of [
      frame('http://evil.example/'),
      frame('file:///index.html'),
      frame(APP_START_URL, { url: APP_START_URL }),
      { senderFrame: null },
    ]) {
      const result = await handler(event, 'library/info', {});
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('checks the method name, then dispatches to the library open at the time', async () => {
    let current = vi.fn(() => Promise.resolve({ ok: true as const, value: 'first' }));
    const handler = createInvokeHandler(() => current);
    expect(await handler(frame(APP_START_URL), 42, {})).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await handler(frame(APP_START_URL), 'x'.repeat(500), {})).toMatchObject({ ok: false });
    expect(await handler(frame(APP_START_URL), 'library/info', { a: 1 })).toEqual({
      ok: true,
      value: 'first',
    });
    expect(current).toHaveBeenCalledWith('library/info', { a: 1 });
    current = vi.fn(() => Promise.resolve({ ok: true as const, value: 'second' }));
    expect(await handler(frame(APP_START_URL), 'library/info', {})).toEqual({ ok: true, value: 'second' });
  });
});

describe('navigation and requests', () => {
  it('hands only http(s) links to the operating system', () => {
    expect(isAllowedExternalUrl('https://www.example.org/report.pdf')).toBe(true);
    expect(isAllowedExternalUrl('http://example.org')).toBe(true);
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<script>alert(1)</script>',
      'app://ewb/index.html',
      'smb://server/share',
      'ms-settings:',
      'https://user:pass@example.org/',
      'https://',
      'not a url',
      `https://example.org/${'a'.repeat(3000)}`,
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });

  it('lets the window go only to its own pages and fetch nothing remote', () => {
    expect(isAppUrl('app://ewb/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('https://example.org/')).toBe(false);
    expect(isAllowedRequestUrl('app://ewb/assets/index.js')).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html')).toBe(true);
    for (const url of [
      'https://example.org/x.js',
      'http://127.0.0.1:8080/',
      'wss://example.org/',
      'file:///x',
      'app://other/',
    ]) {
      expect(isAllowedRequestUrl(url), url).toBe(false);
    }
  });

  it('denies permissions and cancels remote requests in the session', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const fake = {
      setPermissionRequestHandler: (h: (...args: never[]) => unknown) => (handlers.request = h),
      setPermissionCheckHandler: (h: (...args: never[]) => unknown) => (handlers.check = h),
      setDevicePermissionHandler: (h: (...args: never[]) => unknown) => (handlers.device = h),
      webRequest: { onBeforeRequest: (h: (...args: never[]) => unknown) => (handlers.beforeRequest = h) },
    };
    hardenSession(fake as unknown as Session);
    const answers: unknown[] = [];
    const request = handlers.request as (c: unknown, p: string, cb: (granted: boolean) => void) => void;
    request({}, 'media', (granted) => answers.push(granted));
    request({}, 'clipboard-read', (granted) => answers.push(granted));
    expect(answers).toEqual([false, false]);
    expect((handlers.check as () => boolean)()).toBe(false);
    expect((handlers.device as () => boolean)()).toBe(false);
    const before = handlers.beforeRequest as (
      d: { url: string },
      cb: (r: { cancel: boolean }) => void,
    ) => void;
    const cancelled: Record<string, boolean> = {};
    for (const url of ['https://example.org/', 'app://ewb/index.html'])
      before({ url }, (r) => (cancelled[url] = r.cancel));
    expect(cancelled).toEqual({ 'https://example.org/': true, 'app://ewb/index.html': false });
  });

  it('keeps a page on the app, sending clicked http(s) links to the browser', () => {
    const on: Record<
      string,
      (event: { url: string; isMainFrame?: boolean; preventDefault: () => void }) => void
    > = {};
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    const fake = {
      on: (name: string, listener: (typeof on)[string]) => (on[name] = listener),
      setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
    };
    const opened: string[] = [];
    guardWebContents(fake as unknown as WebContents, (url) => opened.push(url));
    const navigate = (url: string) => {
      const event = { url, isMainFrame: true, preventDefault: vi.fn() };
      on['will-navigate']?.(event);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('app://ewb/index.html')).toBe(false);
    expect(navigate('https://example.org/a')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(openHandler?.({ url: 'https://example.org/b' })).toEqual({ action: 'deny' });
    expect(openHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.org/a', 'https://example.org/b']);
    const webview = { url: '', preventDefault: vi.fn() };
    on['will-attach-webview']?.(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });
});

describe('the app:// protocol', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ewb-protocol-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<style nonce="__EWB_STYLE_NONCE__"></style>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  const assets = createRendererAssets(dir);

  it('is a standard, secure scheme that does not bypass the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP).toBeUndefined();
    expect(APP_START_URL).toBe('app://ewb/index.html');
  });

  it('serves the renderer with its CSP and a fresh nonce', async () => {
    const response = await serveAppRequest(assets, { url: APP_START_URL, method: 'GET' });
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(await response.text()).toBe(`<style nonce="${nonce}"></style>`);
    expect((await serveAppRequest(assets, { url: 'app://ewb/assets/app.js', method: 'GET' })).status).toBe(
      200,
    );
  });

  it('refuses other hosts, other methods and paths outside the renderer', async () => {
    expect((await serveAppRequest(assets, { url: 'app://other/index.html', method: 'GET' })).status).toBe(
      404,
    );
    expect((await serveAppRequest(assets, { url: APP_START_URL, method: 'POST' })).status).toBe(405);
    const escape = await serveAppRequest(assets, {
      url: 'app://ewb/%2e%2e/%2e%2e/etc/passwd',
      method: 'GET',
    });
    expect([403, 404]).toContain(escape.status);
  });

  it("has a CSP without 'unsafe-inline' or 'unsafe-eval'", () => {
    const csp = contentSecurityPolicy('abc');
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/object-src 'none'/);
  });
});

describe('the preload', () => {
  it('exposes only invoke and on, over our channels', async () => {
    await import('../../electron/preload/preload');
    const bridge = electronMock.exposed.get(BRIDGE_KEY) as {
      invoke: (m: string, i: unknown) => Promise<unknown>;
      on: (e: string, l: (p: unknown) => void) => () => void;
    };
    expect([...electronMock.exposed.keys()]).toEqual([BRIDGE_KEY]);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);

    expect(await bridge.invoke('library/info', {})).toEqual({ ok: true, value: 'answered' });
    expect(electronMock.invoked).toEqual([[IPC_INVOKE_CHANNEL, 'library/info', {}]]);

    expect(() => bridge.on('anything-else', () => undefined)).toThrow();
    const received: unknown[] = [];
    const event = APP_EVENTS[0];
    const off = bridge.on(event, (payload) => received.push(payload));
    const [listener] = electronMock.listeners.get(IPC_EVENT_CHANNEL) ?? [];
    listener?.({ sender: 'electron internals' }, event, { fileName: 'x.ewb' });
    listener?.({ sender: 'electron internals' }, 'other-event', 1);
    expect(received).toEqual([{ fileName: 'x.ewb' }]);
    off();
    expect(electronMock.listeners.get(IPC_EVENT_CHANNEL)).toEqual([]);
  });

  it('imports nothing but electron and shared contracts', () => {
    const text = readFileSync(join(root, 'electron', 'preload', 'preload.ts'), 'utf8');
    const imports = [...text.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
    expect(imports.every((i) => i === 'electron' || i?.startsWith('../../shared/'))).toBe(true);
  });
});
