// The desktop app end to end: Electron opens a copy of the sample library and the catalogue shows
// its rows, through the real preload, IPC channel and app:// protocol. Where Electron's binary is
// not installed (it cannot be downloaded on every machine), the spec says why and skips; it never
// starts a download itself.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { DesktopBridge } from '../../shared/bridge';
import { electronVersion, installedElectronBinary } from '../../electron/launch/electron-binary';
import { ensureElectronNativeBinding, NATIVE_BINDING_ENV } from '../../electron/launch/native-binding';

const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The app's environment: Electron's SQLite build, a throwaway data folder, never plain-Node mode. */
function electronEnv(
  env: NodeJS.ProcessEnv,
  nativeBinding: string,
  userData: string,
): Record<string, string> {
  const next: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') next[key] = value;
  }
  return { ...next, [NATIVE_BINDING_ENV]: nativeBinding, EWB_USER_DATA: userData };
}

/** Why the desktop app cannot run here, or null when it can. Never downloads anything. */
function whyItCannotRun(): string | null {
  if (installedElectronBinary(appRoot) === null) {
    return (
      'the Electron binary is not installed (node_modules/electron/path.txt and dist/ are missing, and it ' +
      'cannot be downloaded here); with internet access run: npx install-electron'
    );
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'there is no display for the Electron window: run under xvfb-run';
  }
  for (const file of ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html']) {
    if (!existsSync(join(appRoot, file))) return `${file} is missing: run npm run build first`;
  }
  if (!existsSync(join(appRoot, 'resources', 'sample-library', 'sample-library.json'))) {
    return 'the sample library bundle (resources/sample-library/sample-library.json) is missing';
  }
  return null;
}

const cannotRun = whyItCannotRun();
if (cannotRun !== null) console.log(`Skipping the Electron end-to-end tests: ${cannotRun}.`);

test.describe('the desktop app', () => {
  test.skip(cannotRun !== null, cannotRun ?? '');

  let work = '';
  let app: ElectronApplication | undefined;
  let page: Page;

  test.beforeAll(async () => {
    test.setTimeout(20 * 60_000);
    const electronPath = installedElectronBinary(appRoot);
    if (electronPath === null) return;
    const native = await ensureElectronNativeBinding({
      appRoot,
      electronPath,
      electronVersion: electronVersion(appRoot),
      log: (line) => console.log(line),
    });
    if (!native.ok) {
      const reason = `better-sqlite3 could not be built for Electron (${native.reason})`;
      console.log(`Skipping the Electron end-to-end tests: ${reason}.`);
      test.skip(true, reason);
      return;
    }
    work = mkdtempSync(join(tmpdir(), 'ewb-electron-e2e-'));
    const library = join(work, 'Sample copy.ewb');
    // The CLI runs on Node's build of better-sqlite3; the app then opens the file with Electron's.
    execFileSync(
      process.execPath,
      ['--import', 'tsx', 'electron/cli/main.ts', 'init', '--library', library, '--sample'],
      { cwd: appRoot, stdio: 'pipe' },
    );
    app = await electron.launch({
      executablePath: electronPath,
      // Chromium refuses to run as root with its sandbox (CI containers); a normal user keeps it.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), appRoot, library],
      cwd: appRoot,
      env: electronEnv(process.env, native.path, join(work, 'user-data')),
    });
    page = await app.firstWindow();
  });

  test.afterAll(async () => {
    await app?.close();
    if (work !== '') rmSync(work, { recursive: true, force: true });
  });

  test('shows the sample library in the catalogue', async () => {
    expect(new URL(page.url()).origin).toBe('app://ewb');
    await expect(page.locator('.ag-row[row-index]').first()).toBeVisible();
    expect(await page.locator('.ag-row[row-index]').count()).toBeGreaterThan(0);
    expect(
      await app?.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle()),
    ).toContain('Sample copy');
  });

  test('gives the page the bridge and nothing of Node', async () => {
    const surface = await page.evaluate(() => {
      const scope = globalThis as unknown as Record<string, unknown>;
      const bridge = scope.ewb as Record<string, unknown> | undefined;
      return {
        require: typeof scope.require,
        process: typeof scope.process,
        bridgeKeys: bridge === undefined ? [] : Object.keys(bridge).sort(),
      };
    });
    expect(surface).toEqual({ require: 'undefined', process: 'undefined', bridgeKeys: ['invoke', 'on'] });
    const info = await page.evaluate(async () => {
      const bridge = (globalThis as unknown as { ewb: DesktopBridge }).ewb;
      return bridge.invoke('library/info', {});
    });
    expect(info).toMatchObject({ ok: true, value: { fileName: 'Sample copy.ewb' } });
  });

  test('refuses remote content and new windows', async () => {
    const blocked = await page.evaluate(async () => {
      try {
        await fetch('https://example.org/');
        return false;
      } catch {
        return true;
      }
    });
    expect(blocked).toBe(true);
    // Not an http(s) link, so the main process neither opens a window nor hands it to a browser.
    await page.evaluate(() => window.open('about:blank', '_blank'));
    expect(app?.windows()).toHaveLength(1);
  });
});
