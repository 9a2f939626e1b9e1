// Runs the real main process (bundled as for Electron) under plain Node against a stand-in for
// the electron module, since Electron's binary is not available everywhere: it must open the
// default library, register the protocol, guard the session, answer IPC and switch libraries.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../../electron/core/library';
import { defaultLibraryPath } from '../../electron/core/user-data';
import type { drive } from './fake-electron';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = mkdtempSync(join(tmpdir(), 'ewb-main-'));
const appRoot = join(work, 'app');
const userData = join(work, 'user-data');
const copyPath = join(work, 'Second copy.ewb');
let result: Awaited<ReturnType<typeof drive>>;

beforeAll(async () => {
  const bundle = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
  } as const;
  await build({
    ...bundle,
    entryPoints: [join(root, 'electron', 'main', 'main.ts')],
    outfile: join(appRoot, 'dist', 'electron', 'main.cjs'),
    external: ['electron', 'better-sqlite3'],
  });
  await build({
    ...bundle,
    entryPoints: [join(root, 'test', 'e2e-electron', 'fake-electron.ts')],
    outfile: join(work, 'node_modules', 'electron', 'index.js'),
  });
  mkdirSync(join(appRoot, 'dist', 'renderer'), { recursive: true });
  writeFileSync(join(appRoot, 'dist', 'renderer', 'index.html'), '<meta content="__EWB_STYLE_NONCE__">');
  mkdirSync(join(appRoot, 'resources', 'sample-library'), { recursive: true });
  copyFileSync(
    join(root, 'test', 'fixtures', 'bundles', 'mini-library.json'),
    join(appRoot, 'resources', 'sample-library', 'sample-library.json'),
  );
  // The brief template, which the main process loads as it starts, as packaging bundles it.
  cpSync(join(root, 'resources', 'brief-template'), join(appRoot, 'resources', 'brief-template'), {
    recursive: true,
  });
  const second = join(work, 'Second.ewb');
  (await Library.create(second, { name: 'Second' })).close();

  const driver = `
    const fake = require('electron');
    require(${JSON.stringify(join(appRoot, 'dist', 'electron', 'main.cjs'))});
    fake.drive(${JSON.stringify(second)}, ${JSON.stringify(copyPath)}).then(
      (r) => { process.stdout.write(JSON.stringify(r)); process.exit(0); },
      (e) => { process.stderr.write(String(e && e.stack || e)); process.exit(1); });`;
  const run = spawnSync(process.execPath, ['-e', driver], {
    cwd: work,
    // better-sqlite3 (Node's build) from the repository; electron from the stand-in in work/.
    env: {
      ...process.env,
      NODE_PATH: join(root, 'node_modules'),
      FAKE_APP_ROOT: appRoot,
      EWB_USER_DATA: userData,
    },
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (run.status !== 0) throw new Error(`main process failed: ${run.stderr}`);
  result = JSON.parse(run.stdout) as typeof result;
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the main process (under a stand-in for Electron)', () => {
  it('creates the default library from the sample on first run and opens it', () => {
    expect(existsSync(defaultLibraryPath(userData))).toBe(true);
    expect(result.info).toMatchObject({ ok: true, value: { path: defaultLibraryPath(userData) } });
    expect(result.window?.titleBefore).toBe('Evidence library — Evidence Workbench');
    expect(result.errors).toEqual([]);
  });

  it('registers app:// and hardens the session before loading the page from it', () => {
    expect(result.privileged).toEqual([[expect.objectContaining({ scheme: 'app' })]]);
    expect(result.sessionCalls).toEqual(
      expect.arrayContaining(['enableSandbox', 'permissionRequest', 'permissionCheck', 'onBeforeRequest']),
    );
    expect(result.window?.loaded).toEqual(['app://ewb/index.html']);
    expect(result.window?.options).toMatchObject({
      show: false,
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true },
    });
    expect(result.page.status).toBe(200);
    expect(result.page.csp).toMatch(/^default-src 'self'/);
    expect(result.page.body).not.toContain('__EWB_STYLE_NONCE__');
  });

  it('refuses IPC from other origins', () => {
    expect(result.forbidden).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('opens a library handed over by a second launch and tells the page', () => {
    expect(result.window?.sent).toEqual([
      ['ewb:event', 'library-changed', { fileName: 'Second.ewb', readOnly: false }],
    ]);
    expect(result.after).toMatchObject({ ok: true, value: { name: 'Second' } });
    expect(result.window?.title).toBe('Second — Evidence Workbench');
    expect(result.menuLabels).toEqual(
      expect.arrayContaining(['&File', 'editMenu', '&View', 'windowMenu', 'help']),
    );
  });

  it('saves a copy where the File menu’s dialog says, and takes no path from the page', async () => {
    expect(result.messages).toEqual([`Saved a copy as Second copy.ewb. ${copyPath}`]);
    const copy = await Library.open(copyPath, { readOnly: true });
    expect(copy.db.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    expect(result.typedCopy).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(existsSync(`${copyPath}-typed.ewb`)).toBe(false);
    // Backups name no path, so the page lists them on the desktop too.
    expect(result.backups).toMatchObject({ ok: true, value: { limit: 10 } });
  });
});
