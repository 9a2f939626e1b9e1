// The evaluations and outcome-results grids against the API: filter, sort, open a row by its link
// or by keyboard, save a view and find it after a reload, reach both from the sidebar and the
// command palette, and pass axe. Expected values come from the API, never hard-coded.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { formatCount, formatEffect, formatInteger } from '../../shared/format';
import { DESIGN_LABELS, OUTCOME_DATA_TYPE_LABELS } from '../../shared/model/vocabulary';
import { REPO_ROOT, api, axeViolations, expect, gridNames, gridReady, openApp, test } from './fixtures';

const SCREENSHOTS = join(REPO_ROOT, 'resources', 'screenshots');

/** Opens a column's checkbox-list filter. */
async function openFilter(page: Page, colId: string): Promise<void> {
  const header = page.locator(`.ag-header-cell[col-id="${colId}"]`);
  await header.hover();
  await header.locator('.ag-header-cell-filter-button').click();
  await expect(page.locator('.grid-filter')).toBeVisible();
}

async function sortDescending(page: Page, colId: string): Promise<void> {
  const header = page.locator(`.ag-header-cell[col-id="${colId}"]`);
  await header.locator('.ag-header-cell-label').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await header.locator('.ag-header-cell-label').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
}

test.describe('evaluations grid', () => {
  test('lists every evaluation, filters by design and sorts by year in the library', async ({
    page,
    request,
    served,
  }) => {
    const all = await api(request, served, 'evaluations/list', { limit: 500 });
    const design = 'randomised' as const;
    const trials = await api(request, served, 'evaluations/list', {
      filters: { design: [design] },
      sort: [{ field: 'year', direction: 'desc' }],
      limit: 500,
    });
    expect(trials.total).toBeGreaterThan(1);
    expect(trials.total).toBeLessThan(all.total);

    await openApp(page, served, '#/evaluations');
    await expect(page.locator('main h1')).toHaveText('Evaluations');
    await gridReady(page);
    await expect(page.locator('.catalogue__count')).toHaveText(formatCount(all.total, 'evaluation'));
    const first = await gridNames(page);
    expect(first).toEqual(all.rows.slice(0, first.length).map((r) => r.title));

    await openFilter(page, 'design');
    await page.locator('.grid-filter').getByRole('checkbox', { name: DESIGN_LABELS[design] }).check();
    await page.keyboard.press('Escape');
    await expect(page.locator('.catalogue__count')).toHaveText(
      `${formatInteger(trials.total)} of ${formatCount(all.total, 'evaluation')} match`,
    );
    await expect(page.locator('.chip', { hasText: `Design: ${DESIGN_LABELS[design]}` })).toBeVisible();
    await sortDescending(page, 'year');
    await expect.poll(() => gridNames(page)).toEqual(trials.rows.map((r) => r.title));
    const designs = await page.locator('.ag-row[row-index] .ag-cell[col-id="design"]').allTextContents();
    for (const text of designs) expect(text).toBe(DESIGN_LABELS[design]);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(SCREENSHOTS, 'evaluations-grid.png') });
  });

  test('a row’s link opens the evaluation on its intervention’s page, in view and focused', async ({
    page,
    request,
    served,
  }) => {
    const all = await api(request, served, 'evaluations/list', { limit: 500 });
    // A row far enough down its intervention's page that opening it has to scroll.
    const row = all.rows.at(-1);
    if (row === undefined) throw new Error('The sample library has no evaluations.');
    await openApp(page, served, '#/evaluations');
    await gridReady(page);
    await page.getByLabel('Search the evaluations').fill(row.title);
    const link = page.locator('.ag-row[row-index="0"] .cell-link');
    await expect(link).toHaveText(row.title);
    await expect(link).toHaveAttribute(
      'href',
      `#/interventions/${row.intervention.id}/evaluations/${row.id}`,
    );
    await link.click();
    await expect(page.locator('h1')).toHaveText(row.intervention.name);
    const heading = page.locator(`#evaluation-${row.id}`);
    await expect(heading).toBeInViewport();
    await expect(heading).toBeFocused();

    // Back returns to the grid as it was.
    await page.goBack();
    await expect(page.getByLabel('Search the evaluations')).toHaveValue(row.title);
    await expect(page.locator('.ag-row[row-index="0"] .cell-link')).toHaveText(row.title);
  });

  test('a saved view is there after a reload, and applies its filter and sort', async ({
    page,
    request,
    served,
  }) => {
    const expected = await api(request, served, 'evaluations/list', {
      filters: { independence: ['independent'] },
      sort: [{ field: 'year', direction: 'desc' }],
      limit: 500,
    });
    const name = 'Independent, newest first';
    await openApp(page, served, '#/evaluations');
    await gridReady(page);
    await openFilter(page, 'independent');
    await page.locator('.grid-filter').getByRole('checkbox', { name: 'Independent', exact: true }).check();
    await page.keyboard.press('Escape');
    await sortDescending(page, 'year');
    await page.getByRole('button', { name: 'Views' }).click();
    await page.getByLabel('Save the current columns, sort, filters and search as').fill(name);
    await page.getByRole('button', { name: 'Save view' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Saved the view “${name}”.` })).toBeVisible();

    await page.reload();
    await gridReady(page);
    await expect(page.locator('.chip')).toHaveCount(0); // a reload starts afresh…
    await page.getByRole('button', { name: 'Views' }).click();
    await page.getByRole('button', { name: `Apply the view “${name}”` }).click(); // …and the view is there
    await expect(page.locator('.chip', { hasText: 'Evaluator: Independent' })).toBeVisible();
    await expect(page.locator('.ag-header-cell[col-id="year"]')).toHaveAttribute('aria-sort', 'descending');
    await expect(page.locator('.catalogue__count')).toContainText(`${formatInteger(expected.total)} of`);
    await expect
      .poll(async () => (await gridNames(page)).slice(0, 5))
      .toEqual(expected.rows.slice(0, 5).map((r) => r.title));
    // Views belong to their screen.
    expect(
      (await api(request, served, 'views/list', { screen: 'evaluations' })).map((v) => v.name),
    ).toContain(name);
    expect(await api(request, served, 'views/list', { screen: 'outcome-results' })).toEqual([]);
  });
});

test.describe('outcome results grid', () => {
  test('says when nothing matches, and clears the search and filters in one go', async ({
    page,
    request,
    served,
  }) => {
    const all = await api(request, served, 'outcome-results/list', { limit: 1 });
    await openApp(page, served, '#/outcome-results');
    await gridReady(page);
    await openFilter(page, 'direction');
    await page.locator('.grid-filter').getByRole('checkbox', { name: 'Lower is better' }).check();
    await page.keyboard.press('Escape');
    await page.getByLabel('Search the outcome results').fill('zzzqqq');
    await expect(page.getByText('No outcome results match your search and filters.')).toBeVisible();
    await expect(page.locator('.catalogue__count')).toHaveText(
      `0 of ${formatCount(all.total, 'outcome result')} match`,
    );
    await page.screenshot({ path: test.info().outputPath('outcome-results-none.png') });
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect(page.locator('.catalogue__count')).toHaveText(formatCount(all.total, 'outcome result'));
    await expect(page.locator('.chip')).toHaveCount(0);
  });

  test('shows each result’s effect from the engine, filters by how it was reported and sorts', async ({
    page,
    request,
    served,
  }) => {
    const all = await api(request, served, 'outcome-results/list', { limit: 500 });
    const binary = await api(request, served, 'outcome-results/list', {
      filters: { dataType: ['binary'] },
      sort: [{ field: 'timePoint', direction: 'desc' }],
      limit: 500,
    });
    expect(binary.total).toBeGreaterThan(0);
    expect(binary.total).toBeLessThan(all.total);

    await openApp(page, served, '#/outcome-results');
    await expect(page.locator('main h1')).toHaveText('Outcome results');
    await gridReady(page);
    await expect(page.locator('.catalogue__count')).toHaveText(formatCount(all.total, 'outcome result'));
    const shown = await gridNames(page);
    expect(shown).toEqual(all.rows.slice(0, shown.length).map((r) => r.measureName));
    const withEffect = all.rows.findIndex((r) => r.effect !== null);
    const effect = all.rows[withEffect]?.effect;
    if (effect === undefined || effect === null) throw new Error('No result with an effect.');
    await expect(
      page.locator(`.ag-row[row-index="${withEffect}"] .ag-cell[col-id="effect"] .cell-stack__first`),
    ).toContainText(`g = ${formatEffect(effect.yi)}`);

    await openFilter(page, 'dataType');
    await page
      .locator('.grid-filter')
      .getByRole('checkbox', { name: OUTCOME_DATA_TYPE_LABELS.binary })
      .check();
    await page.keyboard.press('Escape');
    await sortDescending(page, 'timePoint');
    await expect(page.locator('.catalogue__count')).toHaveText(
      `${formatInteger(binary.total)} of ${formatCount(all.total, 'outcome result')} match`,
    );
    await expect.poll(() => gridNames(page)).toEqual(binary.rows.map((r) => r.measureName));
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(SCREENSHOTS, 'outcome-results-grid.png') });
  });

  test('Enter on a row opens the result in its evaluation', async ({ page, request, served }) => {
    const all = await api(request, served, 'outcome-results/list', { limit: 500 });
    const row = all.rows[0];
    if (row === undefined) throw new Error('The sample library has no outcome results.');
    await openApp(page, served, '#/outcome-results');
    await gridReady(page);
    await page.locator('.ag-row[row-index="0"] .ag-cell[col-id="dataType"]').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(
      new RegExp(
        `#/interventions/${row.intervention.id}/evaluations/${row.evaluation.id}/results/${row.id}$`,
      ),
    );
    const found = page.locator(`[data-outcome-result="${row.id}"]`);
    await expect(found).toHaveClass(/outcome-row--found/);
    await expect(found).toBeInViewport();
    await expect(page.locator(`#evaluation-${row.evaluation.id}`)).toBeFocused();
  });
});

test.describe('reaching the study grids', () => {
  test('from the sidebar and from the command palette', async ({ page, served }) => {
    await openApp(page, served);
    await gridReady(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Evaluations' }).click();
    await expect(page).toHaveURL(/#\/evaluations$/);
    await expect(page.getByRole('link', { name: 'Evaluations' })).toHaveAttribute('aria-current', 'page');
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Go to a screen or record' }).fill('outcome results');
    await page.getByRole('option', { name: 'Outcome results (screen)' }).click();
    await expect(page).toHaveURL(/#\/outcome-results$/);
    await expect(page.locator('main h1')).toHaveText('Outcome results');
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`study grids accessibility (${colorScheme})`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme });
    });
    for (const [screen, filterColumn] of [
      ['evaluations', 'place'],
      ['outcome-results', 'outcome'],
    ] as const) {
      test(`${screen}, and with a set filter open`, async ({ page, served }) => {
        await openApp(page, served, `#/${screen}`);
        await gridReady(page);
        expect(await axeViolations(page)).toEqual([]);
        await openFilter(page, filterColumn);
        await expect(page.locator('.grid-filter')).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}
