// Every screen of the route table, each tab, and the dialogs and panels opened over them, in light
// and dark (both scanned on one load, to keep the run short), pass axe's WCAG 2 A and AA rules (no violation of any impact). `SCANS` is keyed by the
// router's screen names, so a new screen without a scan does not typecheck, and a test checks that
// every link of the sidebar leads to a scanned address. Feature specs scan their deeper states
// (a comparison with explanations open, the Evidence tab fully unfolded, the Standards tab
// submitted); this one makes sure nothing reachable goes unscanned.
import { join } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import {
  briefHref,
  hrefFor,
  INTERVENTION_TABS,
  interventionHref,
  organisationHref,
  REFERENCE_TABS,
  type ScreenName,
} from '../../renderer/src/routing/routes';
import {
  api,
  axeViolations,
  changeBaselineRate,
  expect,
  gridReady,
  openApp,
  REPO_ROOT,
  type ServedLibrary,
  test,
} from './fixtures';

/** What a scan may change through the API; `briefId` is the scan's own brief (see `Scan.hash`). */
interface ScanContext {
  request: APIRequestContext;
  served: ServedLibrary;
  briefId: string;
}

/**
 * A state of the app to scan: where it is, what shows it has loaded, and what to open on it
 * (calling `scan` at any step on the way that should be scanned too). A hash given as a function
 * is a brief's: the test saves a brief for it first and deletes it after.
 */
interface Scan {
  name: string;
  hash: string | ((briefId: string) => string);
  ready: (page: Page) => Promise<void>;
  open?: (page: Page, scan: () => Promise<void>, context: ScanContext) => Promise<void>;
}

const KICKZ = 'kickz';
const ORGANISATION = 'london-yots';
const COMPARISON =
  '#/compare?outcome=proven-reoffending&ids=final-warnings-restorative-justice,youth-justice-triage';
const BY = 'Accessibility scanner';
const OUTCOME = 'proven-reoffending';
const RIS = join(REPO_ROOT, 'test', 'fixtures', 'references', 'evaluations.ris');
const BUNDLE = join(REPO_ROOT, 'test', 'fixtures', 'bundles', 'mini-library.json');

const heading = async (page: Page) => {
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('main .state--loading, main [aria-busy="true"]')).toHaveCount(0);
};
const gridRows = async (page: Page) => {
  await expect(page.locator('.ag-row[row-index="0"]').first()).toBeVisible();
};
/** Unfolds every folded list, so its contents are checked too. */
const unfold = async (page: Page) => {
  const closed = page.locator('main details:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
};
const historyPanel = async (page: Page) => {
  await page.getByRole('button', { name: 'History', exact: true }).first().click();
  await expect(page.locator('[id^="history-"]').first()).toBeVisible();
};

/** Saves a brief with every part filled (author's text, notes on an option) for a scan. */
async function saveScanBrief(request: APIRequestContext, served: ServedLibrary): Promise<string> {
  const saved = await api(request, served, 'briefs/save', {
    title: 'Accessibility scan brief',
    question: 'Which programmes cut re-offending?',
    audience: 'Community Safety Partnership board',
    date: '2026-11-26',
    author: BY,
    budget: 250_000,
    outcomeId: OUTCOME,
    interventionIds: ['final-warnings-restorative-justice', 'youth-justice-triage'],
    summary:
      'Two options: **triage** and _final warnings_.\n\n- Cheapest first\n- [The guidance](https://example.org/)',
    recommendation: 'Fund triage for two years.',
    optionNotes: [
      {
        interventionId: 'youth-justice-triage',
        implementation: 'Needs custody suite access.',
        localDelivery: '',
      },
    ],
    by: BY,
  });
  return saved.id;
}

/** Each screen of the route table, with every tab, and the states of it worth scanning. */
const SCANS: { [S in ScreenName]: Scan[] } = {
  catalogue: [
    { name: 'catalogue', hash: '#/catalogue', ready: gridReady },
    {
      name: 'catalogue with a column filter open',
      hash: '#/catalogue',
      ready: gridReady,
      open: async (page) => {
        const header = page.locator('.ag-header-cell[col-id="areas"]');
        await header.hover();
        await header.locator('.ag-header-cell-filter-button').click();
        await expect(page.locator('.grid-filter')).toBeVisible();
      },
    },
    {
      name: 'catalogue with its saved views open',
      hash: '#/catalogue',
      ready: gridReady,
      open: async (page) => {
        await page.getByRole('button', { name: 'Views', exact: true }).click();
        await expect(page.getByRole('heading', { name: 'Saved views' })).toBeVisible();
      },
    },
  ],
  intervention: [
    ...INTERVENTION_TABS.map((tab) => ({
      name: `intervention: ${tab}`,
      hash: interventionHref(KICKZ, tab),
      ready: heading,
      open: unfold,
    })),
    {
      name: 'intervention with its history open',
      hash: interventionHref(KICKZ),
      ready: heading,
      open: historyPanel,
    },
    {
      name: 'intervention with the reference import previewed',
      hash: interventionHref('titan'),
      ready: heading,
      open: async (page) => {
        const section = page.locator('#evaluations');
        await section.getByRole('button', { name: 'Import references…' }).click();
        const form = section.getByRole('region', { name: 'Import references' });
        await form.getByLabel('Reference file').setInputFiles(RIS);
        await expect(form.locator('tr[data-entry="1"]')).toBeVisible();
      },
    },
  ],
  compare: [
    { name: 'compare', hash: '#/compare', ready: heading },
    {
      name: 'compare with a comparison',
      hash: COMPARISON,
      ready: async (page) => {
        await heading(page);
        await expect(page.locator('.comparison').first()).toBeVisible();
      },
    },
  ],
  toolkit: [{ name: 'toolkit', hash: '#/toolkit', ready: heading }],
  'gap-map': [{ name: 'gap map', hash: '#/gap-map', ready: heading }],
  briefs: [
    { name: 'briefs', hash: '#/briefs', ready: heading },
    {
      name: 'briefs with a brief listed, and its delete panel',
      hash: () => '#/briefs',
      ready: async (page) => {
        await heading(page);
        await expect(page.locator('[data-brief]')).toHaveCount(1);
      },
      open: async (page, scan) => {
        await scan();
        await page.getByRole('button', { name: /^Delete…/ }).click();
        await expect(page.getByRole('button', { name: 'Delete brief' })).toBeVisible();
      },
    },
  ],
  brief: [
    { name: 'new brief', hash: briefHref(undefined, 'builder', OUTCOME), ready: heading },
    { name: 'brief: builder', hash: (id) => briefHref(id), ready: heading },
    {
      name: 'brief: preview and export',
      hash: (id) => briefHref(id, 'preview'),
      ready: async (page) => {
        await heading(page);
        await expect(page.locator('[data-brief-preview] [data-brief-section]').first()).toBeVisible();
      },
    },
    {
      name: 'brief: snapshots, one compared with a changed library',
      hash: (id) => briefHref(id, 'snapshots'),
      ready: heading,
      open: async (page, scan, { request, served, briefId }) => {
        await expect(page.getByText('No snapshots yet.')).toBeVisible();
        await scan();
        const snapshot = await api(request, served, 'brief-snapshots/create', {
          briefId,
          format: 'md',
          by: BY,
        });
        // A figure changed (the local baseline rate), so the diff lists changes; undone after.
        await changeBaselineRate(request, served, OUTCOME, BY);
        try {
          await page.reload();
          const row = page.locator(`[data-snapshot="${snapshot.id}"]`);
          await row.getByRole('button', { name: /^Compare with now/ }).click();
          await expect(page.locator(`[data-diff="${snapshot.id}"] tbody tr`).first()).toBeVisible();
          await scan();
        } finally {
          await api(request, served, 'history/undo', { by: BY });
        }
      },
    },
  ],
  library: [
    { name: 'library', hash: '#/library', ready: heading },
    {
      name: 'library with a merge previewed',
      hash: '#/library',
      ready: heading,
      open: async (page) => {
        const section = page.locator('section.merge');
        await section.getByLabel('Bundle or library file').setInputFiles(BUNDLE);
        await section.getByRole('button', { name: 'Preview the merge' }).click();
        await expect(section.getByRole('list', { name: 'Records by how they compare' })).toBeVisible();
      },
    },
  ],
  import: [
    { name: 'import', hash: '#/import', ready: heading },
    {
      name: 'import: a file mapped, then checked',
      hash: '#/import',
      ready: heading,
      open: async (page, scan) => {
        await page.getByLabel('Spreadsheet file').setInputFiles({
          name: 'programmes.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from(
            'Name,Summary,Approach type,Prevention tier,Strand,Status\r\n' +
              'Riverside Mentors,Weekly mentoring.,Mentoring,targeted,boxing,active',
          ),
        });
        await expect(page.getByText('1 row in programmes.csv.')).toBeVisible();
        await scan();
        await page.getByRole('button', { name: 'Check every row' }).click();
        await expect(page.getByText('1 problem in 1 row')).toBeVisible();
      },
    },
  ],
  settings: [{ name: 'settings', hash: '#/settings', ready: heading, open: unfold }],
  'reference-data': REFERENCE_TABS.map((tab) => ({
    name: `reference data: ${tab}`,
    hash: hrefFor({ screen: 'reference-data', tab }),
    ready: heading,
  })),
  evaluations: [{ name: 'evaluations', hash: '#/evaluations', ready: gridRows }],
  'outcome-results': [{ name: 'outcome results', hash: '#/outcome-results', ready: gridRows }],
  organisations: [{ name: 'organisations', hash: '#/organisations', ready: heading }],
  organisation: [
    {
      name: 'organisation with its history open and the undo dialog',
      hash: organisationHref(ORGANISATION),
      ready: heading,
      open: async (page, scan) => {
        await historyPanel(page);
        await scan();
        await page.getByRole('button', { name: 'Undo last change…' }).click();
        await expect(page.getByRole('dialog', { name: 'Undo the last change?' })).toBeVisible();
      },
    },
  ],
  edit: [
    {
      name: 'new intervention form',
      hash: hrefFor({ screen: 'edit', entity: 'intervention' }),
      ready: heading,
    },
    {
      name: 'intervention edit form',
      hash: hrefFor({ screen: 'edit', entity: 'intervention', id: KICKZ }),
      ready: heading,
    },
    {
      name: 'new organisation form',
      hash: hrefFor({ screen: 'edit', entity: 'organisation' }),
      ready: heading,
    },
    {
      name: 'organisation edit form',
      hash: hrefFor({ screen: 'edit', entity: 'organisation', id: ORGANISATION }),
      ready: heading,
    },
  ],
  search: [{ name: 'search results', hash: hrefFor({ screen: 'search', query: 'police' }), ready: heading }],
  'not-found': [{ name: 'page not found', hash: '#/no/such/page', ready: heading }],
};

/** Over any screen: the command palette, with records listed. */
const OVERLAYS: Scan[] = [
  {
    name: 'command palette',
    hash: '#/catalogue',
    ready: gridReady,
    open: async (page) => {
      await page.keyboard.press('Control+K');
      await page.getByRole('combobox', { name: 'Go to a screen or record' }).fill('Kickz');
      await expect(page.getByRole('option', { name: 'Kickz (intervention)' })).toBeVisible();
    },
  },
];

const ALL_SCANS = [...Object.values(SCANS).flat(), ...OVERLAYS];

/** Scans the page as it is, in light and then dark, leaving it light. */
async function scanBothSchemes(page: Page): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), colorScheme).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test.describe('accessibility, light and dark', () => {
  for (const scan of ALL_SCANS) {
    test(scan.name, async ({ page, request, served }) => {
      const { hash } = scan;
      const briefId = typeof hash === 'string' ? '' : await saveScanBrief(request, served);
      try {
        await openApp(page, served, typeof hash === 'string' ? hash : hash(briefId));
        await scan.ready(page);
        await scan.open?.(page, () => scanBothSchemes(page), { request, served, briefId });
        await scanBothSchemes(page);
      } finally {
        if (briefId !== '')
          await api(request, served, 'briefs/delete', { id: briefId, by: BY, confirm: true });
      }
    });
  }

  test('access page without a token', async ({ page, served }) => {
    await page.goto(`${served.origin}/#/catalogue`);
    await expect(page.locator('h1')).toContainText('including its token');
    await scanBothSchemes(page);
  });
});

test('every screen the sidebar leads to is scanned', async ({ page, served }) => {
  await openApp(page, served, '#/catalogue');
  const hrefs = await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(5);
  const scanned = new Set(ALL_SCANS.map((s) => s.hash));
  expect(hrefs.filter((href) => !scanned.has(href))).toEqual([]);
});

test('keyboard: the skip link moves focus to the main content, and the nav marks the current screen', async ({
  page,
  served,
}) => {
  await openApp(page, served, '#/library');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page).toHaveURL(/#\/library$/);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Library' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Catalogue' })).not.toHaveAttribute('aria-current', /.+/);
});
