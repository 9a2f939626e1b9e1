// The catalogue in Chromium (Playwright) against the browser-served app on a generated library:
// the time to the first catalogue rows from opening the page, and to the result of ticking a strand
// filter, each against the same interventions/list calls the screen made, replayed with fetch from
// the same page (network and server, no rendering): the ratio is what the page adds on top.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Page, chromium } from 'playwright-core';
import { STRAND_LABELS } from '../../../shared/model/vocabulary';
import { LibrarySession } from '../../core/library-session';
import { rendererDir } from '../../core/resources';
import { startBrowserServer } from '../../server/browser-server';
import { generatedLibrary, onGenerated } from './api-vs-sql';
import type { Benchmark, BenchResult } from './benchmark';

const CHROMIUM = process.env.EWB_CHROMIUM ?? '/usr/bin/chromium';
/** Flags that work as root on these machines, without Chromium calling out to the network (Playwright
 * gives each launch a fresh profile). */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
const LIST = '/api/interventions/list';

interface Step {
  seconds: number;
  /** The interventions/list request bodies the screen sent for this step. */
  calls: string[];
}

const since = (start: number) => (performance.now() - start) / 1000;

/** The same calls again, one after another as the grid makes them, timed inside the page. */
function fetchAgain(page: Page, token: string, calls: readonly string[]): Promise<number> {
  return page.evaluate(
    async ({ url, token: bearer, bodies }) => {
      const start = performance.now();
      for (const body of bodies) {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bearer}` },
          body,
        });
        await response.json();
      }
      return (performance.now() - start) / 1000;
    },
    { url: LIST, token, bodies: calls },
  );
}

interface Timings {
  firstRows: Step & { fetch_s: number };
  filtered: Step & { fetch_s: number; label: string; total: string };
}

async function measure(appRoot: string, log: (line: string) => void): Promise<Timings> {
  const renderer = rendererDir(appRoot);
  if (!existsSync(join(renderer, 'index.html'))) {
    throw new Error(`the renderer is not built (${renderer}): run "npm run build" first`);
  }
  const path = await generatedLibrary(log);
  const session = new LibrarySession({ typedPaths: true });
  await session.open(path);
  const server = await startBrowserServer({ dispatch: session.dispatch, rendererDir: renderer });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    const page = await (await browser.newContext()).newPage();
    const sent: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === LIST) sent.push(r.postData() ?? '{}');
    });
    log('browser: opening the catalogue in Chromium…');
    let start = performance.now();
    await page.goto(`${server.url}#/catalogue`);
    await page.locator('.ag-row[row-index="0"] .cell-link').waitFor();
    const firstRows = { seconds: since(start), calls: sent.splice(0) };

    const strand = 'youth-justice' as const;
    const header = page.locator('.ag-header-cell[col-id="strand"]');
    await header.hover();
    await header.locator('.ag-header-cell-filter-button').click();
    const box = page.locator('.grid-filter').getByRole('checkbox', { name: STRAND_LABELS[strand] });
    await box.waitFor();
    log('browser: ticking a strand filter…');
    start = performance.now();
    await box.check();
    const count = page.locator('.catalogue__count', { hasText: 'match' });
    await count.waitFor();
    await page.locator('.ag-row[row-index="0"] .cell-link').waitFor();
    const filtered = { seconds: since(start), calls: sent.splice(0) };
    const total = (await count.textContent()) ?? '';
    return {
      firstRows: { ...firstRows, fetch_s: await fetchAgain(page, server.token, firstRows.calls) },
      filtered: {
        ...filtered,
        fetch_s: await fetchAgain(page, server.token, filtered.calls),
        label: STRAND_LABELS[strand],
        total,
      },
    };
  } finally {
    await browser.close();
    await server.close();
    session.close();
  }
}

let measured: Promise<Timings> | null = null;
/** One browser session per run gives both timings. */
const timings = (appRoot: string, log: (line: string) => void) => (measured ??= measure(appRoot, log));

const BASELINE = 'the same interventions/list calls the screen made, replayed with fetch from the page';

function result(name: string, workload: string, step: Step & { fetch_s: number }, says: string): BenchResult {
  return {
    name,
    workload: `${workload} ${onGenerated()}`,
    ours_s: step.seconds,
    baseline: BASELINE,
    baseline_s: step.fetch_s,
    ratio: step.seconds / step.fetch_s,
    notes: [
      says,
      `${step.calls.length} interventions/list ${step.calls.length === 1 ? 'call' : 'calls'}: ${step.calls.join(' ')}`,
    ],
  };
}

export const browserFirstRowsBenchmark: Benchmark = {
  name: 'browser-first-rows',
  run: async ({ appRoot, log }) =>
    result(
      'browser-first-rows',
      'Chromium: opening the catalogue until its first row shows',
      (await timings(appRoot, log)).firstRows,
      'ours: page load, scripts, the first page of rows rendered in the grid',
    ),
};

export const browserFilterBenchmark: Benchmark = {
  name: 'browser-filter',
  run: async ({ appRoot, log }) => {
    const { filtered } = await timings(appRoot, log);
    return result(
      'browser-filter',
      `Chromium: ticking the ${filtered.label} strand filter until the narrowed rows and count show`,
      filtered,
      `ours: the grid refetched and re-rendered; it reads “${filtered.total}”`,
    );
  },
};
