// The server every end-to-end test talks to: a fresh copy of the sample library in a temporary
// folder, served by `ewb serve` on a free port, started once per worker and stopped after it.
import { type ChildProcessByStdio, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, type Page, test as base, expect } from '@playwright/test';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api';
import type { ApiResult } from '../../shared/errors';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ServedLibrary {
  /** The address `ewb serve` printed, with its token. */
  url: string;
  origin: string;
  token: string;
  libraryPath: string;
}

const URL_LINE = 'http://127.0.0.1:';

export function createSampleLibrary(folder: string): string {
  const libraryPath = join(folder, 'lib.ewb');
  const init = spawnSync('npm', ['run', '-s', 'ewb', '--', 'init', '--library', libraryPath, '--sample'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  if (init.status !== 0) {
    throw new Error(`ewb init failed (exit ${String(init.status)}):\n${init.stdout}\n${init.stderr}`);
  }
  return libraryPath;
}

function waitForUrl(child: ChildProcessByStdio<null, Readable, Readable>): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(
      () => reject(new Error(`ewb serve printed no URL within 60 s.\n${stdout}\n${stderr}`)),
      60_000,
    );
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      const line = stdout.split('\n').find((l) => l.startsWith(URL_LINE));
      if (line !== undefined) {
        clearTimeout(timer);
        resolveUrl(line.trim());
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`ewb serve exited (${String(code)}) before printing its URL.\n${stdout}\n${stderr}`));
    });
  });
}

async function stop(child: ChildProcessByStdio<null, Readable, Readable>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((done) => setTimeout(() => done('timeout'), 5_000));
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}

/**
 * Serves `libraryPath` with `ewb serve`, its user data (recent list) in `userData`. A spec that
 * switches the served library starts its own, so the shared one stays as other specs expect.
 */
export async function serveLibrary(
  libraryPath: string,
  userData: string,
): Promise<{ served: ServedLibrary; stop: () => Promise<void> }> {
  if (!existsSync(join(REPO_ROOT, 'dist', 'renderer', 'index.html'))) {
    throw new Error('The renderer is not built: run `npm run build` before `npm run test:e2e`.');
  }
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/cli/main.ts', 'serve', '--library', libraryPath, '--port', '0'],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, EWB_USER_DATA: userData } },
  );
  try {
    const url = await waitForUrl(child);
    const parsed = new URL(url);
    const token = parsed.searchParams.get('token');
    if (token === null) throw new Error(`The printed URL has no token: ${url}`);
    return { served: { url, origin: parsed.origin, token, libraryPath }, stop: () => stop(child) };
  } catch (error) {
    await stop(child);
    throw error;
  }
}

export const test = base.extend<
  { cspViolations: () => Promise<string[]> },
  { served: ServedLibrary; ownLibrary: boolean }
>({
  /**
   * A spec that fills the library with data the others must not see sets
   * `test.use({ ownLibrary: true })`: Playwright runs it in a worker of its own, so it is served
   * its own copy of the sample library and the shared one stays as the other specs expect.
   */
  ownLibrary: [false, { scope: 'worker', option: true }],

  served: [
    async ({ ownLibrary }, use) => {
      const folder = mkdtempSync(join(tmpdir(), ownLibrary ? 'ewb-e2e-own-' : 'ewb-e2e-'));
      try {
        const server = await serveLibrary(createSampleLibrary(folder), join(folder, 'user-data'));
        try {
          await use(server.served);
        } finally {
          await server.stop();
        }
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
    { scope: 'worker', timeout: 90_000 },
  ],

  // Records every Content-Security-Policy violation the page reports, from its first script on.
  cspViolations: async ({ page }, use) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => {
        seen.push(
          `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
        );
      });
    });
    await use(() =>
      page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []),
    );
  },
});

export { expect };

/** Calls the API as the renderer does, with the token; fails the test on an error answer. */
export async function api<M extends MethodName>(
  request: APIRequestContext,
  served: ServedLibrary,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const response = await request.post(`${served.origin}/api/${method}`, {
    headers: { Authorization: `Bearer ${served.token}` },
    data: input,
  });
  const body = (await response.json()) as ApiResult<MethodOutput<M>>;
  if (!body.ok) throw new Error(`${method} failed: ${body.error.code} ${body.error.message}`);
  return body.value;
}

/**
 * Changes the library-wide baseline rate of an outcome (0.3 ↔ 0.35), so every relative change a
 * brief shows for it changes; put back with `history/undo`.
 */
export async function changeBaselineRate(
  request: APIRequestContext,
  served: ServedLibrary,
  outcomeId: string,
  by: string,
): Promise<void> {
  const settings = await api(request, served, 'value-settings/get', {});
  const rate = settings.baselineRates.find((r) => r.outcomeDomain.id === outcomeId && r.area === null);
  if (rate === undefined) throw new Error(`The library has no baseline rate for ${outcomeId}.`);
  await api(request, served, 'baseline-rates/save', {
    id: rate.id,
    outcomeDomainId: outcomeId,
    areaId: null,
    rate: rate.rate === 0.3 ? 0.35 : 0.3,
    population: rate.population,
    year: rate.year,
    source: rate.source,
    sourceDate: rate.sourceDate,
    by,
  });
}

/** Opens a screen of the app from the printed address (which carries the token). */
export async function openApp(page: Page, served: ServedLibrary, hash = '#/catalogue'): Promise<void> {
  await page.goto(`${served.url}${hash}`);
  await expect(page.locator('.topbar__name')).toBeVisible();
}

/** Waits for the catalogue grid to show its first row. */
export async function gridReady(page: Page): Promise<void> {
  await expect(page.locator('.ag-row[row-index="0"] .cell-link')).toBeVisible();
}

/** The names in the grid's rendered rows, in row order. */
export async function gridNames(page: Page): Promise<string[]> {
  const rows = page.locator('.ag-row[row-index]');
  const entries = await rows.evaluateAll((els) =>
    els.map((el) => ({
      index: Number(el.getAttribute('row-index')),
      name: el.querySelector('.cell-link')?.textContent ?? '',
    })),
  );
  return entries
    .filter((e) => e.name !== '')
    .sort((a, b) => a.index - b.index)
    .map((e) => e.name);
}

/** axe's WCAG 2 A and AA violations on the page, one readable line (and its nodes) each. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n` +
      v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n'),
  );
}

/** Undoes the last change through the app's top bar: "Undo last change…", then the dialog's confirm. */
export async function undoLastChange(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Undo last change…', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Undo the last change?' })
    .getByRole('button', { name: 'Undo this change' })
    .click();
}

/** The whole tab or page as one image: the app scrolls inside <main>, so grow the window to fit. */
export async function screenshotWhole(page: Page, selector: string, path: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1440, height: 900 };
  const height = await page.locator('#main-content').evaluate((el) => el.scrollHeight + 80);
  await page.setViewportSize({ width: viewport.width, height: Math.min(height, 12_000) });
  await page.locator(selector).screenshot({ path });
  await page.setViewportSize(viewport);
}
