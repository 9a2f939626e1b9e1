// XSS: the payload corpus (test/fixtures/xss/payloads.txt, ≥ 200 well-known vectors) is poured
// into every text field of every kind of record through the API and through an imported CSV, then
// every screen is rendered. None may run: a canary installed before the app's first script
// (`__xss`, and alert/confirm/prompt/print redirected to it) must stay uncalled, no dialog may open,
// the page may report no Content-Security-Policy violation (an injected inline script or handler
// would be blocked and reported), and no script, frame, inline handler or javascript:/data: link
// may appear in the DOM. A positive control shows the canary records a call.
//
// A brief whose every text field holds payloads (as text and as Markdown links) is rendered on its
// screens and exported in all four formats: the HTML opened in a fresh page (without its own CSP,
// so its escaping is what is tested) with the same canary, and the Markdown, DOCX and PDF searched
// for anything live (see xss-exports.ts).
//
// Adding a screen is one entry in `screens()`; adding records is one more writer in xss-seed.ts.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { BRIEF_CSP } from '../../electron/core/briefs/html';
import { api, expect, openApp, test } from './fixtures';
import { exportBrief, liveDocx, liveMarkdown, livePdf } from './xss-exports';
import {
  loadPayloads,
  PayloadDealer,
  payloadCsv,
  payloadRis,
  type SeededLibrary,
  seedPayloads,
} from './xss-seed';

// Its own library (the payloads stay out of the shared one); a stuck step fails fast.
test.use({ ownLibrary: true, actionTimeout: 15_000 });

const USER = 'XSS tester';

/** The canary and everything the page may reveal, from the first script on, in every frame. */
async function installCanary(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const calls: string[] = [];
    const canary = (...args: unknown[]) => {
      calls.push(`${window.location.hash} ${args.map(String).join(', ')}`);
    };
    const target = window as unknown as Record<string, unknown>;
    target.__xssCalls = calls;
    for (const name of ['__xss', 'alert', 'confirm', 'prompt', 'print']) target[name] = canary;
  });
}

async function canaryCalls(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __xssCalls: string[] }).__xssCalls);
}

/**
 * Markup the payloads would have planted had any been parsed as HTML (or a URL made a link), in
 * the app's root or (for an exported brief) the document's body.
 */
async function injectedMarkup(page: Page, rootSelector = '#root'): Promise<string[]> {
  return page.evaluate((selector) => {
    const found: string[] = [];
    const root = document.querySelector(selector);
    if (root === null) return [`no ${selector}`];
    for (const el of root.querySelectorAll(
      'script, iframe, frame, frameset, object, embed, base, meta, link',
    )) {
      found.push(`<${el.localName}> element`);
    }
    const unsafe = /^[\s\p{Cc}]*(javascript|data|vbscript):/iu;
    for (const el of root.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (attr.name.toLowerCase().startsWith('on')) found.push(`<${el.localName} ${attr.name}>`);
        if (/^(href|src|action|formaction|xlink:href|poster|background|srcdoc)$/i.test(attr.name)) {
          if (attr.name === 'srcdoc' || unsafe.test(attr.value))
            found.push(`<${el.localName} ${attr.name}="${attr.value.slice(0, 60)}">`);
        }
      }
    }
    return found;
  }, rootSelector);
}

interface Screen {
  name: string;
  hash: string;
  /** What shows the screen has rendered its records. */
  ready: (page: Page) => Promise<void>;
  /** Opens what the screen folds away (details, panels, popovers) so it renders too. */
  unfold?: (page: Page) => Promise<void>;
}

const heading = async (page: Page) => {
  await expect(page.locator('main h1')).toBeVisible();
};
const gridRows = async (page: Page) => {
  await expect(page.locator('.ag-row[row-index="0"]').first()).toBeVisible();
};
const openDetails = async (page: Page) => {
  // Opened in place: unfolding one may fold away or re-render another, so no click-by-click.
  await page.locator('main details:not([open])').evaluateAll((all) => {
    for (const details of all) (details as HTMLDetailsElement).open = true;
  });
};
const applySavedView = async (page: Page) => {
  await page.getByRole('button', { name: 'Views', exact: true }).click();
  await page.locator('.saved-views__apply').first().click();
};

/** Every screen of the app (the route table's), with the seeded records in it. */
function screens(seeded: SeededLibrary): Screen[] {
  const [first, second, third] = seeded.interventionIds;
  if (first === undefined || second === undefined || third === undefined)
    throw new Error('Seed at least three interventions.');
  const interventionPages = seeded.interventionIds.flatMap((id) =>
    ['', '/evidence', '/value', '/standards'].map((tab) => ({
      name: `intervention ${id}${tab}`,
      hash: `#/interventions/${encodeURIComponent(id)}${tab}`,
      ready: heading,
      unfold: openDetails,
    })),
  );
  return [
    { name: 'catalogue', hash: '#/catalogue', ready: gridRows, unfold: applySavedView },
    { name: 'evaluations', hash: '#/evaluations', ready: gridRows, unfold: applySavedView },
    { name: 'outcome results', hash: '#/outcome-results', ready: gridRows, unfold: applySavedView },
    { name: 'organisations', hash: '#/organisations', ready: heading },
    ...seeded.organisationIds.map((id) => ({
      name: `organisation ${id}`,
      hash: `#/organisations/${encodeURIComponent(id)}`,
      ready: heading,
      unfold: async (page: Page) => {
        await page.getByRole('button', { name: 'History', exact: true }).click();
      },
    })),
    ...interventionPages,
    {
      name: 'intervention history',
      hash: `#/interventions/${encodeURIComponent(first)}`,
      ready: heading,
      unfold: async (page: Page) => {
        for (const button of await page.getByRole('button', { name: 'History', exact: true }).all())
          await button.click();
      },
    },
    { name: 'intervention form', hash: `#/interventions/${encodeURIComponent(first)}/edit`, ready: heading },
    {
      name: 'organisation form',
      hash: `#/organisations/${encodeURIComponent(seeded.organisationIds[0] ?? '')}/edit`,
      ready: heading,
    },
    {
      name: 'compare',
      hash: `#/compare?outcome=${seeded.outcomeId}&ids=${[first, second, third].join(',')}`,
      ready: heading,
      unfold: openDetails,
    },
    { name: 'toolkit', hash: '#/toolkit', ready: heading, unfold: openDetails },
    { name: 'gap map', hash: '#/gap-map', ready: heading },
    { name: 'search', hash: '#/search/xss', ready: heading },
    { name: 'library', hash: '#/library', ready: heading },
    { name: 'import', hash: '#/import', ready: heading },
    { name: 'settings', hash: '#/settings', ready: heading, unfold: openDetails },
    { name: 'reference data: outcomes', hash: '#/reference-data', ready: heading },
    { name: 'reference data: approach types', hash: '#/reference-data/approach-types', ready: heading },
    { name: 'reference data: areas', hash: '#/reference-data/areas', ready: heading },
    {
      name: 'briefs list',
      hash: '#/briefs',
      ready: async (page: Page) => {
        await expect(page.locator(`[data-brief="${seeded.briefId}"]`)).toBeVisible();
      },
    },
    {
      name: 'new brief from the shortlist',
      hash: `#/briefs/new?outcome=${encodeURIComponent(seeded.outcomeId)}`,
      ready: heading,
    },
    { name: 'brief builder', hash: `#/briefs/${encodeURIComponent(seeded.briefId)}`, ready: heading },
    {
      name: 'brief preview',
      hash: `#/briefs/${encodeURIComponent(seeded.briefId)}/preview`,
      ready: async (page: Page) => {
        await expect(page.locator('[data-brief-preview] [data-brief-section]').first()).toBeVisible();
      },
    },
    {
      name: 'brief snapshots, one compared with now',
      hash: `#/briefs/${encodeURIComponent(seeded.briefId)}/snapshots`,
      ready: async (page: Page) => {
        await expect(page.locator('[data-snapshot]')).toHaveCount(1);
      },
      unfold: async (page: Page) => {
        await page.getByRole('button', { name: /^Compare with now/ }).click();
        await expect(page.locator('[data-diff] [data-field="no-changes"], [data-diff] table')).toBeVisible();
      },
    },
  ];
}

/** Everything that would show a payload ran, to be empty after each screen. */
async function evidenceOfExecution(page: Page, dialogs: string[], cspViolations: () => Promise<string[]>) {
  return {
    canary: await canaryCalls(page),
    dialogs: [...dialogs],
    csp: await cspViolations(),
    markup: await injectedMarkup(page),
  };
}

const NOTHING = { canary: [], dialogs: [], csp: [], markup: [] };

test('no XSS payload in any field, imported file or screen executes', async ({
  page,
  request,
  served,
  cspViolations,
}) => {
  test.setTimeout(600_000);
  const payloads = loadPayloads();
  expect(payloads.length).toBeGreaterThanOrEqual(200);
  expect(new Set(payloads).size).toBe(payloads.length);

  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const consoleCsp: string[] = [];
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) consoleCsp.push(message.text());
  });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await installCanary(page);
  await page.addInitScript((name) => window.localStorage.setItem('ewb.userName', name), USER);

  // Through the API: every text field of every kind of record.
  const dealer = new PayloadDealer(payloads);
  const seeded = await seedPayloads(request, served, dealer);
  expect(dealer.dealtAll).toBe(true);

  // Through the import wizard: a CSV whose cells and one column header are payloads.
  await openApp(page, served, '#/import');
  await page.getByLabel('Spreadsheet file').setInputFiles({
    name: 'payloads.csv',
    mimeType: 'text/csv',
    buffer: payloadCsv(dealer, 'Mentoring', 12),
  });
  await expect(page.getByText('12 rows in payloads.csv.')).toBeVisible();
  await page.getByRole('button', { name: 'Check every row' }).click();
  await expect(page.getByText('All 12 rows can be imported.')).toBeVisible();
  expect(await evidenceOfExecution(page, dialogs, cspViolations)).toEqual(NOTHING);
  await page.getByRole('button', { name: 'Import 12 interventions' }).click();
  await expect(page.getByText('Imported 12 rows.')).toBeVisible({ timeout: 30_000 });
  const imported = await api(request, served, 'interventions/list', { limit: 1 });
  expect(imported.total).toBeGreaterThanOrEqual(29 + seeded.interventionIds.length + 12);

  // Through the reference import: a RIS file of payload-titled studies, previewed and imported.
  const [first] = seeded.interventionIds;
  await page.goto(`${served.url}#/interventions/${encodeURIComponent(first ?? '')}`);
  const section = page.locator('#evaluations');
  await section.getByRole('button', { name: 'Import references…' }).click();
  const form = section.getByRole('region', { name: 'Import references' });
  await form.getByLabel('Reference file').setInputFiles({
    name: 'payloads.ris',
    mimeType: 'application/x-research-info-systems',
    buffer: payloadRis(dealer, 3),
  });
  await expect(form.locator('tr[data-entry="3"]')).toBeVisible();
  expect(await evidenceOfExecution(page, dialogs, cspViolations), 'reference preview').toEqual(NOTHING);
  await form.getByLabel('Design of these studies').selectOption('randomised');
  await form.getByRole('button', { name: 'Import 3 references' }).click();
  await expect(section.getByRole('status').filter({ hasText: 'Imported 3 evaluations' })).toBeVisible();

  // Every screen, navigated within one document so the canary and the CSP record span them all.
  for (const screen of screens(seeded)) {
    await page.goto(`${served.url}${screen.hash}`);
    await screen.ready(page);
    await screen.unfold?.(page);
    expect.soft(await evidenceOfExecution(page, dialogs, cspViolations), screen.name).toEqual(NOTHING);
  }

  // The brief exported in every format: nothing in the files is live.
  const html = (await exportBrief(request, served, seeded.briefId, 'html')).toString('utf8');
  const cspMeta = `<meta http-equiv="Content-Security-Policy" content="${BRIEF_CSP}">`;
  expect(html).toContain(cspMeta);
  const htmlPath = test.info().outputPath('brief.html');
  writeFileSync(htmlPath, html.replace(cspMeta, ''));
  const exported = await page.context().newPage();
  const exportedDialogs: string[] = [];
  exported.on('dialog', (dialog) => {
    exportedDialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await installCanary(exported);
  await exported.goto(pathToFileURL(htmlPath).href);
  await expect(exported.locator('h1')).toBeVisible();
  const brief = await api(request, served, 'briefs/get', { id: seeded.briefId });
  expect(await exported.locator('h1').textContent()).toContain(brief.title);
  expect({
    canary: await canaryCalls(exported),
    dialogs: exportedDialogs,
    markup: await injectedMarkup(exported, 'body'),
  }).toEqual({ canary: [], dialogs: [], markup: [] });
  await exported.evaluate(() => (window as unknown as { __xss: (tag: string) => void }).__xss('control'));
  expect(await canaryCalls(exported)).toEqual([expect.stringContaining('control')]);
  await exported.close();

  const md = (await exportBrief(request, served, seeded.briefId, 'md')).toString('utf8');
  expect(md).toContain('&lt;');
  expect(liveMarkdown(md), 'Markdown').toEqual([]);
  expect(await liveDocx(await exportBrief(request, served, seeded.briefId, 'docx')), 'DOCX').toEqual([]);
  const pdf = livePdf(
    await exportBrief(request, served, seeded.briefId, 'pdf'),
    test.info().outputPath('brief.pdf'),
  );
  expect(pdf.live, 'PDF').toEqual([]);
  expect(pdf.text).toContain('<'); // the payloads' tags are there, as text

  // For a look: the payloads shown as the text they are.
  await page.goto(`${served.url}#/interventions/${encodeURIComponent(first ?? '')}`);
  await expect(page.locator('main h1')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('intervention-with-payloads.png') });

  // The command palette lists payload-named records as options.
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Go to a screen or record' }).fill('img');
  await expect(page.getByRole('option').first()).toBeVisible();
  expect(await evidenceOfExecution(page, dialogs, cspViolations), 'command palette').toEqual(NOTHING);

  expect(consoleCsp).toEqual([]);
  expect(pageErrors).toEqual([]);

  // Positive control: the canary does record a call, so its silence above means something.
  await page.evaluate(() => (window as unknown as { __xss: (tag: string) => void }).__xss('control'));
  expect(await canaryCalls(page)).toEqual([expect.stringContaining('control')]);
});
