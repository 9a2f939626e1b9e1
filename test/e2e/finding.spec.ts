// Finding things: the command palette (Ctrl/Cmd+K), the search results screen with highlighted
// matches, and the catalogue's saved views and column chooser. Expected values come from the API.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import {
  REPO_ROOT,
  type ServedLibrary,
  api,
  axeViolations,
  expect,
  gridNames,
  gridReady,
  openApp,
  test,
} from './fixtures';

const SCREENSHOTS = join(REPO_ROOT, 'resources', 'screenshots');

async function kickzId(request: APIRequestContext, served: ServedLibrary): Promise<string> {
  const found = await api(request, served, 'interventions/list', { search: 'Kickz', limit: 50 });
  const kickz = found.rows.find((r) => r.name === 'Kickz');
  if (kickz === undefined) throw new Error('The sample library has no intervention named Kickz.');
  return kickz.id;
}

/** A word from some evaluation's findings that the search finds only in evaluations. */
async function findingsWord(
  request: APIRequestContext,
  served: ServedLibrary,
): Promise<{ word: string; evaluationId: string; interventionId: string }> {
  const list = await api(request, served, 'interventions/list', { limit: 50 });
  for (const row of list.rows) {
    const detail = await api(request, served, 'interventions/get', { id: row.id });
    for (const evaluation of detail.evaluations) {
      const words = (evaluation.findings ?? '').match(/[A-Za-z]{8,}/g) ?? [];
      for (const word of [...new Set(words)].slice(0, 20)) {
        const hits = await api(request, served, 'search/all', { query: word, limit: 50 });
        if (hits.length === 1 && hits[0]?.entityType === 'evaluation' && hits[0].entityId === evaluation.id) {
          return { word, evaluationId: evaluation.id, interventionId: row.id };
        }
      }
    }
  }
  throw new Error('No evaluation has a word in its findings that only evaluations contain.');
}

const palette = (page: Page) => page.getByRole('dialog', { name: 'Go to a screen or record' });
const paletteInput = (page: Page) => palette(page).getByRole('combobox');

test.describe('command palette', () => {
  test('Ctrl+K opens it; typing a name lists the record; Enter opens its page', async ({
    page,
    request,
    served,
  }) => {
    const id = await kickzId(request, served);
    await openApp(page, served);
    await gridReady(page);
    await page.keyboard.press('Control+K');
    await expect(palette(page)).toBeVisible();
    await expect(paletteInput(page)).toBeFocused();
    await expect(palette(page).getByRole('option', { name: 'Catalogue (screen)' })).toBeVisible();
    await paletteInput(page).fill('Kickz');
    const first = palette(page).getByRole('option').first();
    await expect(first).toHaveAccessibleName('Kickz (intervention)');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(first.locator('mark')).toHaveText('Kickz');
    await page.keyboard.press('Enter');
    await expect(palette(page)).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`#/interventions/${id}$`));
    await expect(page.locator('h1')).toHaveText('Kickz');
  });

  test('works by keyboard alone: arrows, Enter, Escape returns focus', async ({ page, served }) => {
    await openApp(page, served);
    await gridReady(page);
    const button = page.getByRole('button', { name: /Search…/ });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(paletteInput(page)).toBeFocused();
    // Focus stays in the dialog.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    await paletteInput(page).focus();
    await page.keyboard.press('Escape');
    await expect(palette(page)).toBeHidden();
    await expect(button).toBeFocused();

    await page.keyboard.press('Control+K');
    await page.keyboard.type('li');
    const options = palette(page).getByRole('option');
    await expect(palette(page).getByRole('option', { name: 'Library (screen)' })).toBeVisible();
    await expect(palette(page).getByRole('status')).toHaveText(/choices?$/);
    const names = await options.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
    const target = names.indexOf('Library (screen)');
    for (let i = 0; i < target; i += 1) await page.keyboard.press('ArrowDown');
    await expect(palette(page).getByRole('option', { name: 'Library (screen)' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    const activeId = await paletteInput(page).getAttribute('aria-activedescendant');
    expect(activeId).toBe(await options.nth(target).getAttribute('id'));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/library$/);
    await expect(palette(page)).toBeHidden();
  });

  test('has no axe violations when open', async ({ page, served }) => {
    await openApp(page, served);
    await gridReady(page);
    await page.keyboard.press('Control+K');
    await paletteInput(page).fill('Kickz');
    await expect(palette(page).getByRole('option', { name: 'Kickz (intervention)' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(SCREENSHOTS, 'command-palette.png') });
  });
});

test.describe('search results', () => {
  test('a word only in an evaluation’s findings finds that evaluation, highlighted', async ({
    page,
    request,
    served,
  }) => {
    const { word, evaluationId, interventionId } = await findingsWord(request, served);
    await openApp(page, served, `#/search/${encodeURIComponent(word)}`);
    const evaluations = page.getByRole('region', { name: /Evaluations/ });
    await expect(evaluations).toBeVisible();
    await expect(page.getByRole('region', { name: /Interventions/ })).toHaveCount(0);
    const hit = evaluations
      .locator('.search-hit')
      .filter({ has: page.locator('mark') })
      .first();
    await expect(hit.locator('mark').first()).toHaveText(new RegExp(`^${word}`, 'i'));
    expect(await axeViolations(page)).toEqual([]);

    // The hit opens its intervention's page at the evaluation.
    const link = evaluations.locator('.search-hit a').first();
    const deepLink = `#/interventions/${interventionId}/evaluations/${evaluationId}`;
    await expect(link).toHaveAttribute('href', deepLink);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${deepLink}$`));
    await expect(page.locator(`#evaluation-${evaluationId}`)).toBeInViewport();
  });

  test('the palette’s “all results” opens the search screen', async ({ page, served }) => {
    await openApp(page, served);
    await gridReady(page);
    await page.keyboard.press('Control+K');
    await paletteInput(page).fill('Kickz');
    await palette(page)
      .getByRole('option', { name: /Search for “Kickz”/ })
      .click();
    await expect(page).toHaveURL(/#\/search\/Kickz$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Kickz', exact: true })).toBeVisible();
    await expect(page.getByLabel('Search the library')).toHaveValue('Kickz');
  });
});

test.describe('catalogue views and columns', () => {
  test('the column chooser hides and shows a column', async ({ page, served }) => {
    await openApp(page, served);
    await gridReady(page);
    await expect(page.locator('.ag-header-cell[col-id="tier"]')).toBeVisible();
    await page.getByRole('button', { name: 'Columns' }).click();
    const tier = page.getByRole('checkbox', { name: 'Tier' });
    await expect(tier).toBeChecked();
    await tier.press('Space');
    await expect(tier).not.toBeChecked();
    await expect(page.locator('.ag-header-cell[col-id="tier"]')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Columns (1 hidden)' })).toBeVisible();
    await tier.check();
    await expect(page.locator('.ag-header-cell[col-id="tier"]')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Columns' })).toBeFocused();
    await expect(page.getByRole('region', { name: 'Choose columns' })).toBeHidden();
  });

  test('a saved view survives a restart, applies and is deleted', async ({
    page,
    browser,
    request,
    served,
  }) => {
    const search = 'young';
    const expected = await api(request, served, 'interventions/list', { search, limit: 500 });
    expect(expected.total).toBeGreaterThan(1);

    await openApp(page, served);
    await gridReady(page);
    // Hide a column, sort by name descending, search.
    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('checkbox', { name: 'Tier' }).uncheck();
    await page.keyboard.press('Escape');
    const nameHeader = page.locator('.ag-header-cell[col-id="name"]');
    await nameHeader.locator('.ag-header-cell-label').click();
    await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    await nameHeader.locator('.ag-header-cell-label').click();
    await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
    await page.getByLabel('Search the catalogue').fill(search);
    await expect(page.getByRole('button', { name: `Remove search “${search}”` })).toBeVisible();

    await page.getByRole('button', { name: 'Views' }).click();
    await page.getByLabel('Save the current columns, sort, filters and search as').fill('Young, Z to A');
    await page.getByRole('button', { name: 'Save view' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Saved the view “Young, Z to A”.' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Apply the view “Young, Z to A”' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    // A restart: a new browser context knows nothing of the first one.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const fresh = await context.newPage();
    await openApp(fresh, served);
    await gridReady(fresh);
    await expect(fresh.locator('.ag-header-cell[col-id="tier"]')).toBeVisible();
    await fresh.getByRole('button', { name: 'Views' }).click();
    await fresh.getByRole('button', { name: 'Apply the view “Young, Z to A”' }).click();
    await expect(fresh.getByLabel('Search the catalogue')).toHaveValue(search);
    await expect(fresh.locator('.ag-header-cell[col-id="tier"]')).toHaveCount(0);
    await expect(fresh.locator('.ag-header-cell[col-id="name"]')).toHaveAttribute('aria-sort', 'descending');
    await expect(fresh.locator('.catalogue__count')).toContainText(`${expected.total} of`);
    await expect
      .poll(async () => (await gridNames(fresh)).length)
      .toBe(Math.min(expected.total, (await gridNames(fresh)).length || 1));
    const expectedNames = expected.rows
      .map((r) => r.name)
      .sort((a, b) => b.localeCompare(a, 'en-GB'))
      .slice(0, 3);
    await expect.poll(async () => (await gridNames(fresh)).slice(0, 3)).toEqual(expectedNames);

    // Delete it.
    await fresh.getByRole('button', { name: 'Views' }).click();
    await fresh.getByRole('button', { name: 'Delete the view “Young, Z to A”' }).click();
    await expect(fresh.getByText('Deleted the view “Young, Z to A”.')).toBeVisible();
    await expect(fresh.getByRole('button', { name: 'Apply the view “Young, Z to A”' })).toHaveCount(0);
    expect(await api(request, served, 'views/list', { screen: 'catalogue' })).toEqual([]);
    await context.close();
  });
});
