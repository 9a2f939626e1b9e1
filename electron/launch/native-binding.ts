// A better-sqlite3 binary built for Electron, kept in .cache/ beside (never instead of) the Node
// build in node_modules that the tests and the CLI load (architecture.md rule 6). Built once per
// Electron and better-sqlite3 version: a prebuilt download first, a compile from source otherwise,
// and only kept once Electron itself has loaded it.
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { failureReason, runCaptured, type ChildResult } from './child';
import type { Outcome } from './electron-binary';

export const NATIVE_BINDING_ENV = 'EWB_NATIVE_BINDING';
const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';
const DOWNLOAD_TIMEOUT_MS = 2 * 60_000;
const COMPILE_TIMEOUT_MS = 15 * 60_000;
const LOAD_TIMEOUT_MS = 60_000;

export interface NativeTarget {
  electronVersion: string;
  /** The better-sqlite3 version: a binary only fits the JavaScript it was released with. */
  moduleVersion: string;
  platform: NodeJS.Platform;
  arch: string;
}

export function nativeBindingPath(appRoot: string, target: NativeTarget): string {
  return join(
    appRoot,
    '.cache',
    'electron-native',
    target.electronVersion,
    `${target.platform}-${target.arch}`,
    `better-sqlite3-${target.moduleVersion}`,
    'better_sqlite3.node',
  );
}

/**
 * The environment for the build tools without npm settings that would aim them at another
 * runtime: on some machines npm's `nodedir` makes node-gyp compile against Node's headers and
 * report success, which is why the result is also loaded in Electron before it is kept.
 */
export function buildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const steering =
    /^npm_config_(nodedir|target|target_arch|target_platform|runtime|disturl|dist_url|arch|platform|build_from_source|devdir)$/i;
  const clean: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) {
    if (!steering.test(key) && key !== 'ELECTRON_RUN_AS_NODE') clean[key] = value;
  }
  return clean;
}

export function betterSqliteDir(appRoot: string): string {
  return join(appRoot, 'node_modules', 'better-sqlite3');
}

export function nativeTarget(appRoot: string, electronVersion: string): NativeTarget {
  const pkg = JSON.parse(readFileSync(join(betterSqliteDir(appRoot), 'package.json'), 'utf8')) as {
    version: string;
  };
  return { electronVersion, moduleVersion: pkg.version, platform: process.platform, arch: process.arch };
}

/** Loads the binary in Electron's own Node: the only proof it was built for Electron. */
async function loadsInElectron(electronPath: string, binary: string, cwd: string): Promise<ChildResult> {
  return runCaptured(electronPath, ['-e', `require(${JSON.stringify(binary)})`], {
    cwd,
    env: { ...buildEnv(process.env), ELECTRON_RUN_AS_NODE: '1' },
    timeoutMs: LOAD_TIMEOUT_MS,
  });
}

function resolveTool(appRoot: string, request: string): string | null {
  for (const from of [join(betterSqliteDir(appRoot), 'package.json'), join(appRoot, 'package.json')]) {
    try {
      return createRequire(from).resolve(request);
    } catch {
      // Try the next place it may be installed.
    }
  }
  return null;
}

export interface EnsureOptions {
  appRoot: string;
  electronPath: string;
  electronVersion: string;
  log: (line: string) => void;
}

/** Returns the path of a better-sqlite3 binary that loads in this Electron, building it once. */
export async function ensureElectronNativeBinding(options: EnsureOptions): Promise<Outcome> {
  const { appRoot, electronPath, electronVersion, log } = options;
  const target = nativeTarget(appRoot, electronVersion);
  const cached = nativeBindingPath(appRoot, target);
  if (existsSync(cached)) return { ok: true, path: cached };

  log(`Building the SQLite module for Electron ${electronVersion} (once; about a minute)…`);
  const work = mkdtempSync(join(tmpdir(), 'ewb-native-'));
  try {
    // A copy without its build/ folder: node_modules keeps the Node build untouched.
    const moduleDir = join(work, 'better-sqlite3');
    const source = betterSqliteDir(appRoot);
    cpSync(source, moduleDir, {
      recursive: true,
      filter: (path) => !(dirname(path) === source && basename(path) === 'build'),
    });
    const env = buildEnv(process.env);
    const arch = target.arch;
    const attempts: { name: string; tool: string | null; args: string[]; timeoutMs: number }[] = [
      {
        name: 'prebuilt download',
        tool: resolveTool(appRoot, 'prebuild-install/bin.js'),
        args: [
          '--runtime=electron',
          `--target=${electronVersion}`,
          `--arch=${arch}`,
          `--platform=${target.platform}`,
        ],
        timeoutMs: DOWNLOAD_TIMEOUT_MS,
      },
      {
        name: 'compile from source',
        tool: resolveTool(appRoot, 'node-gyp/bin/node-gyp.js') ?? process.env.npm_config_node_gyp ?? null,
        args: [
          'rebuild',
          '--release',
          '--runtime=electron',
          `--target=${electronVersion}`,
          `--arch=${arch}`,
          `--dist-url=${ELECTRON_HEADERS_URL}`,
          `--devdir=${join(appRoot, '.cache', 'electron-gyp')}`,
        ],
        timeoutMs: COMPILE_TIMEOUT_MS,
      },
    ];
    const built = join(moduleDir, 'build', 'Release', 'better_sqlite3.node');
    let reason = 'no build tool found (prebuild-install or node-gyp)';
    for (const attempt of attempts) {
      if (attempt.tool === null) continue;
      rmSync(join(moduleDir, 'build'), { recursive: true, force: true });
      const result = await runCaptured(process.execPath, [attempt.tool, ...attempt.args], {
        cwd: moduleDir,
        env,
        timeoutMs: attempt.timeoutMs,
      });
      if (result.status !== 0 || !existsSync(built)) {
        reason = `${attempt.name}: ${failureReason(result, attempt.timeoutMs)}`;
        log(`  ${attempt.name} did not work (${failureReason(result, attempt.timeoutMs)}).`);
        continue;
      }
      const loaded = await loadsInElectron(electronPath, built, work);
      if (loaded.status !== 0) {
        reason = `${attempt.name} made a binary Electron cannot load: ${failureReason(loaded, LOAD_TIMEOUT_MS)}`;
        log(`  ${reason}.`);
        continue;
      }
      // Copy then rename, so an interrupted run never leaves half a binary in the cache.
      mkdirSync(dirname(cached), { recursive: true });
      copyFileSync(built, `${cached}.partial`);
      renameSync(`${cached}.partial`, cached);
      log(`  SQLite module ready (${attempt.name}).`);
      return { ok: true, path: cached };
    }
    return { ok: false, reason };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
