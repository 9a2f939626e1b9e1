// Unit tests (vitest, plain Node) for the desktop app's glue that runs without Electron: the recent
// libraries list, file arguments, switching libraries, the menu, and `npm start`'s decisions.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, describe, expect, it } from 'vitest';
import type { LibraryInfo } from '../../shared/model/library';
import { withLibraryExtension } from '../../electron/core/user-data';
import { libraryPathFromArgs } from '../../electron/main/command-line';
import { LibrarySession } from '../../electron/core/library-session';
import { menuTemplate, type MenuActions } from '../../electron/main/menu';
import {
  MAX_RECENT_LIBRARIES,
  readRecentLibraries,
  recentLibraries,
  withRecent,
} from '../../electron/core/recent-libraries';
import { failureReason, runCaptured, type ChildResult } from '../../electron/launch/child';
import { electronPathFromOutput, installedElectronBinary } from '../../electron/launch/electron-binary';
import {
  browserModeArgs,
  electronEnv,
  fallbackLine,
  libraryArgument,
  planLaunch,
} from '../../electron/launch/launch-plan';
import { buildEnv, nativeBindingPath } from '../../electron/launch/native-binding';

const work = mkdtempSync(join(tmpdir(), 'ewb-desktop-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('recent libraries', () => {
  it('puts the latest first, once, and keeps ten', () => {
    let list: string[] = [];
    for (let i = 0; i < 12; i++) list = withRecent(list, `/l/${i}.ewb`);
    list = withRecent(list, '/l/5.ewb');
    expect(list).toHaveLength(MAX_RECENT_LIBRARIES);
    expect(list.slice(0, 3)).toEqual(['/l/5.ewb', '/l/11.ewb', '/l/10.ewb']);
    expect(new Set(list).size).toBe(list.length);
  });

  it('persists as JSON and drops files that have gone', () => {
    const dir = join(work, 'recent');
    mkdirSync(dir);
    const file = join(dir, 'recent-libraries.json');
    const a = join(dir, 'a.ewb');
    const b = join(dir, 'b.ewb');
    writeFileSync(a, '');
    writeFileSync(b, '');
    const recent = recentLibraries(file);
    recent.add(a);
    recent.add(b);
    expect(recent.list()).toEqual([b, a]);
    rmSync(b);
    expect(recent.list()).toEqual([a]);
    expect(readRecentLibraries(file)).toEqual([a]);
    recent.clear();
    expect(recent.list()).toEqual([]);
  });

  it('treats a damaged file as an empty list', () => {
    const file = join(work, 'damaged.json');
    writeFileSync(file, '{"libraries": [1, "x.ewb", null');
    expect(readRecentLibraries(file)).toEqual([]);
    writeFileSync(file, '{"libraries": [1, "x.ewb", null, "x.ewb"]}');
    expect(readRecentLibraries(file)).toEqual(['x.ewb']);
  });
});

describe('library files from the command line and the OS', () => {
  it('takes the last .ewb argument, made absolute', () => {
    expect(libraryPathFromArgs(['/opt/app', '--flag', 'a.ewb', 'B.EWB'], '/home/me')).toBe('/home/me/B.EWB');
    expect(libraryPathFromArgs(['.', '/data/x.ewb', '--inspect=0'], '/w')).toBe('/data/x.ewb');
    expect(libraryPathFromArgs(['file:///data/my%20lib.ewb'], '/w')).toBe('/data/my lib.ewb');
    expect(libraryPathFromArgs(['/opt/app', '--x=y.ewb', 'notes.txt'], '/w')).toBeNull();
  });

  it('adds the extension a save dialog may leave off', () => {
    expect(withLibraryExtension('/d/New')).toBe('/d/New.ewb');
    expect(withLibraryExtension('/d/New.EWB')).toBe('/d/New.EWB');
  });
});

describe('the library session', () => {
  it('answers for whichever library is open and keeps the old one when opening fails', async () => {
    const session = new LibrarySession();
    expect(await session.dispatch('library/info', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });

    const first = await session.create(join(work, 'First.ewb'));
    const info = async () => {
      const result = await session.dispatch('library/info', {});
      if (!result.ok) throw new Error(result.error.message);
      return result.value as LibraryInfo;
    };
    expect((await info()).name).toBe('First');

    await session.create(join(work, 'Second.ewb'));
    expect(first.db.open).toBe(false);
    expect((await info()).name).toBe('Second');

    const notALibrary = join(work, 'notes.ewb');
    writeFileSync(notALibrary, 'plain text, not SQLite');
    await expect(session.open(notALibrary)).rejects.toThrow();
    expect((await info()).name).toBe('Second');

    await expect(session.create(join(work, 'Second.ewb'))).rejects.toThrow(/already exists/);
    const reopened = await session.open(join(work, 'First.ewb'));
    expect(await session.open(join(work, 'First.ewb'))).toBe(reopened);
    expect((await info()).name).toBe('First');
    session.close();
    expect(reopened.db.open).toBe(false);
  });
});

describe('the menu', () => {
  const noop = () => undefined;
  const actions: MenuActions = {
    newLibrary: noop,
    newLibraryFromSample: noop,
    openLibrary: noop,
    openRecent: noop,
    saveCopy: noop,
    clearRecent: noop,
    showLibraryInFolder: noop,
    about: noop,
  };
  const submenu = (item: MenuItemConstructorOptions | undefined) =>
    (item?.submenu ?? []) as MenuItemConstructorOptions[];

  it('has File with new, open, recent and quit, then the standard menus', () => {
    const state = {
      platform: 'linux' as const,
      isPackaged: true,
      recent: ['/a/One.ewb', '/b/Two.ewb'],
      hasLibrary: true,
    };
    const template = menuTemplate(state, actions);
    expect(template.map((m) => m.label ?? m.role)).toEqual([
      '&File',
      'editMenu',
      '&View',
      'windowMenu',
      'help',
    ]);
    const file = submenu(template[0]);
    expect(file.map((i) => i.role ?? i.label ?? i.type)).toEqual(
      expect.arrayContaining(['New Library…', 'Open Library…', 'Open Recent', 'Save a Copy…', 'quit']),
    );
    expect(file.find((i) => i.label === 'Save a Copy…')?.enabled).toBe(true);
    const recent = submenu(file.find((i) => i.label === 'Open Recent'));
    expect(recent.slice(0, 2).map((i) => i.label)).toEqual(['One.ewb', 'Two.ewb']);
    const view = submenu(template[2]).map((i) => i.role);
    expect(view).not.toContain('toggleDevTools');
  });

  it('offers DevTools only while developing, and the app menu on macOS', () => {
    const template = menuTemplate(
      { platform: 'darwin', isPackaged: false, recent: [], hasLibrary: false },
      actions,
    );
    expect(template[0]?.label).toBe('Evidence Workbench');
    // Nothing to copy until a library is open.
    expect(submenu(template[1]).find((i) => i.label === 'Save a Copy…')?.enabled).toBe(false);
    expect(submenu(template[3]).map((i) => i.role)).toContain('toggleDevTools');
  });
});

describe('npm start', () => {
  const failed = (stderr: string, extra: Partial<ChildResult> = {}): ChildResult => ({
    status: 1,
    signal: null,
    stdout: 'Downloading Electron binary...\n',
    stderr,
    timedOut: false,
    error: null,
    ...extra,
  });

  it('explains a failed download in one line and serves in the browser instead', () => {
    const reason = failureReason(
      failed(
        'TypeError: fetch failed\n    at node:internal/deps/undici\nError: Electron failed to install correctly.',
      ),
      1000,
    );
    expect(reason).toBe('fetch failed');
    const plan = planLaunch({ ok: false, reason }, null);
    expect(plan).toEqual({ mode: 'browser', why: 'Electron could not be downloaded (fetch failed)' });
    if (plan.mode !== 'browser') throw new Error('expected the browser mode');
    expect(fallbackLine(plan.why)).toBe(
      'Electron could not be downloaded (fetch failed): starting the browser-served mode instead.',
    );
    expect(
      failureReason(failed('prebuild-install warn install getaddrinfo ENOTFOUND github.com'), 1000),
    ).toBe('getaddrinfo ENOTFOUND github.com');
    expect(
      failureReason(
        failed(
          'gyp ERR! configure error\ngyp ERR! stack Error: This is most likely not a problem with node-gyp\n' +
            'gyp ERR! stack is related to network connectivity. In most cases you are behind a proxy',
        ),
        1000,
      ),
    ).toBe('no network connection');
    expect(failureReason(failed('gyp ERR! build error\ngyp ERR! stack Error: not found: make'), 1000)).toBe(
      'not found: make',
    );
    expect(failureReason(failed(''), 1000)).toBe('exit code 1');
    expect(failureReason(failed('', { timedOut: true, status: null, signal: 'SIGKILL' }), 300_000)).toBe(
      'no answer within 300 s',
    );
  });

  it('starts Electron only with a native module built for it', () => {
    const electron = { ok: true as const, path: '/e/electron' };
    expect(planLaunch(electron, { ok: false, reason: 'compile from source: exit code 1' })).toEqual({
      mode: 'browser',
      why: 'The SQLite module could not be built for Electron (compile from source: exit code 1)',
    });
    expect(planLaunch(electron, { ok: true, path: '/c/better_sqlite3.node' })).toEqual({
      mode: 'electron',
      electronPath: '/e/electron',
      nativeBinding: '/c/better_sqlite3.node',
    });
    const env = electronEnv({ PATH: '/bin', ELECTRON_RUN_AS_NODE: '1' }, '/c/b.node');
    expect(env).toEqual({ PATH: '/bin', EWB_NATIVE_BINDING: '/c/b.node' });
  });

  it('passes a library file on to either mode', () => {
    expect(libraryArgument(['--x', 'my.ewb'])).toBe('my.ewb');
    expect(browserModeArgs([])).toEqual(['--import', 'tsx', 'electron/cli/main.ts', 'serve', '--open']);
    expect(browserModeArgs(['my.ewb']).slice(-2)).toEqual(['--library', 'my.ewb']);
  });

  it('reads the Electron path from output that also holds download messages', () => {
    expect(
      electronPathFromOutput('Downloading Electron binary...\n\nEWB_ELECTRON_PATH=/e/dist/electron\n'),
    ).toBe('/e/dist/electron');
    expect(electronPathFromOutput('Downloading Electron binary...\n')).toBeNull();
  });

  it('looks for an installed Electron without downloading it', () => {
    const root = join(work, 'fake-root');
    const pkg = join(root, 'node_modules', 'electron');
    mkdirSync(join(pkg, 'dist'), { recursive: true });
    expect(installedElectronBinary(root)).toBeNull();
    writeFileSync(join(pkg, 'path.txt'), 'electron');
    expect(installedElectronBinary(root)).toBeNull();
    writeFileSync(join(pkg, 'dist', 'electron'), '');
    expect(installedElectronBinary(root)).toBe(join(pkg, 'dist', 'electron'));
  });

  it('keeps the Electron build of SQLite in its own cache, apart from the Node build', () => {
    const path = nativeBindingPath('/repo', {
      electronVersion: '45.5.0',
      moduleVersion: '12.11.1',
      platform: 'linux',
      arch: 'x64',
    });
    expect(path).toBe(
      '/repo/.cache/electron-native/45.5.0/linux-x64/better-sqlite3-12.11.1/better_sqlite3.node',
    );
    expect(path).not.toContain('node_modules');
  });

  it('builds without npm settings that aim node-gyp at another runtime', () => {
    const env = buildEnv({
      PATH: '/bin',
      npm_config_nodedir: '/usr',
      NPM_CONFIG_TARGET: '20.0.0',
      npm_config_runtime: 'node',
      npm_config_https_proxy: 'http://proxy:3128',
      ELECTRON_RUN_AS_NODE: '1',
    });
    expect(env).toEqual({ PATH: '/bin', npm_config_https_proxy: 'http://proxy:3128' });
  });

  it('stops a helper that does not answer in time', async () => {
    const result = await runCaptured(process.execPath, ['-e', 'setTimeout(() => {}, 10000)'], {
      cwd: work,
      timeoutMs: 200,
    });
    expect(result.timedOut).toBe(true);
    expect(failureReason(result, 200)).toBe('no answer within 1 s');
  });
});
