// The catalogue and the intervention page against the API: what the grid and the page show must
// be what the library holds (expected values come from the API, never hard-coded).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatCount, formatInteger, formatMoney, formatStatistic } from '../../shared/format';
import type { InterventionDetail } from '../../shared/model/catalogue';
import { STRAND_LABELS } from '../../shared/model/vocabulary';
import { REPO_ROOT, api, expect, gridNames, gridReady, openApp, test } from './fixtures';

const SCREENSHOTS = join(REPO_ROOT, 'resources', 'screenshots');

test.describe('catalogue', () => {
  test('shows the library’s interventions with their total', async ({ page, request, served }) => {
    const all = await api(request, served, 'interventions/list', { limit: 500 });
    await openApp(page, served);
    await gridReady(page);
    await expect(page.locator('.catalogue__count')).toHaveText(formatCount(all.total, 'intervention'));
    const names = await gridNames(page);
    expect(names.length).toBeGreaterThan(0);
    expect(names).toEqual(all.rows.slice(0, names.length).map((r) => r.name));
    await page.screenshot({ path: test.info().outputPath('catalogue.png') });
  });

  test('search narrows the list to Kickz', async ({ page, request, served }) => {
    const all = await api(request, served, 'interventions/list', { limit: 1 });
    const found = await api(request, served, 'interventions/list', { search: 'Kickz', limit: 500 });
    expect(found.rows.map((r) => r.name)).toContain('Kickz');
    expect(found.total).toBeLessThan(all.total);

    await openApp(page, served);
    await gridReady(page);
    await page.getByLabel('Search the catalogue').fill('Kickz');
    await expect(page.locator('.catalogue__count')).toHaveText(
      `${formatInteger(found.total)} of ${formatCount(all.total, 'intervention')} match`,
    );
    await expect.poll(() => gridNames(page)).toEqual(found.rows.map((r) => r.name));
    await expect(page.locator('.chip', { hasText: 'Search: “Kickz”' })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('catalogue-search.png') });
  });

  test('the strand filter narrows the rows to that strand', async ({ page, request, served }) => {
    const strand = 'youth-justice' as const;
    const label = STRAND_LABELS[strand];
    const all = await api(request, served, 'interventions/list', { limit: 1 });
    const expected = await api(request, served, 'interventions/list', {
      filters: { strand: [strand] },
      limit: 500,
    });
    expect(expected.total).toBeGreaterThan(0);
    expect(expected.total).toBeLessThan(all.total);

    await openApp(page, served);
    await gridReady(page);
    const header = page.locator('.ag-header-cell[col-id="strand"]');
    await header.hover();
    await header.locator('.ag-header-cell-filter-button').click();
    const filter = page.locator('.grid-filter');
    await expect(filter.getByRole('group', { name: 'Show these strands' })).toBeVisible();
    await filter.getByRole('checkbox', { name: label }).check();

    await expect(page.locator('.catalogue__count')).toHaveText(
      `${formatInteger(expected.total)} of ${formatCount(all.total, 'intervention')} match`,
    );
    await expect.poll(() => gridNames(page)).toEqual(expected.rows.map((r) => r.name));
    const strands = await page
      .locator('.ag-row[row-index] .ag-cell[col-id="strand"] .cell-stack__first')
      .allTextContents();
    expect(strands.length).toBe(expected.total);
    for (const text of strands) expect(text).toBe(label);
    await expect(page.locator('.chip', { hasText: `Strand: ${label}` })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('catalogue-strand-filter.png') });

    // Removing the filter from its chip brings every row back.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: `Remove filter: Strand: ${label}` }).click();
    await expect(page.locator('.catalogue__count')).toHaveText(formatCount(all.total, 'intervention'));
  });

  test('the evidence number filter and the age-band filter are answered by the library', async ({
    page,
    request,
    served,
  }) => {
    const all = await api(request, served, 'interventions/list', { limit: 1 });
    const evidence = { field: 'evidenceLevel', op: 'gte', value: 3 } as const;
    const strong = await api(request, served, 'interventions/list', {
      filters: { numeric: [evidence] },
      limit: 500,
    });
    const strongForTeens = await api(request, served, 'interventions/list', {
      filters: { numeric: [evidence], ages: { min: 14, max: 15 } },
      limit: 500,
    });

    await openApp(page, served);
    await gridReady(page);
    const evidenceHeader = page.locator('.ag-header-cell[col-id="evidenceLevel"]');
    await evidenceHeader.hover();
    await evidenceHeader.locator('.ag-header-cell-filter-button').click();
    await page.locator('.ag-popup .ag-filter-from input').fill('3');
    await expect(page.locator('.catalogue__count')).toHaveText(
      `${formatInteger(strong.total)} of ${formatCount(all.total, 'intervention')} match`,
    );
    await expect.poll(() => gridNames(page)).toEqual(strong.rows.map((r) => r.name));
    await page.keyboard.press('Escape');

    const agesHeader = page.locator('.ag-header-cell[col-id="ageMin"]');
    await agesHeader.hover();
    await agesHeader.locator('.ag-header-cell-filter-button').click();
    await page.getByLabel('From').fill('14');
    await page.getByLabel('to', { exact: true }).fill('15');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page.locator('.catalogue__count')).toHaveText(
      `${formatInteger(strongForTeens.total)} of ${formatCount(all.total, 'intervention')} match`,
    );
    await expect.poll(() => gridNames(page)).toEqual(strongForTeens.rows.map((r) => r.name));
    await expect(page.locator('.chip', { hasText: 'Ages 14–15' })).toBeVisible();
  });

  test('sorting by a column sorts in the library', async ({ page, request, served }) => {
    const expected = await api(request, served, 'interventions/list', {
      sort: [{ field: 'evaluationCount', direction: 'desc' }],
      limit: 500,
    });
    await openApp(page, served);
    await gridReady(page);
    const header = page.locator('.ag-header-cell[col-id="evaluationCount"]');
    await header.locator('.ag-header-cell-text').click(); // ascending
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await header.locator('.ag-header-cell-text').click(); // descending
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    await expect
      .poll(async () => (await gridNames(page)).slice(0, 5))
      .toEqual(expected.rows.slice(0, 5).map((r) => r.name));
  });

  test('Enter on a row opens it, and Back returns to the catalogue', async ({ page, served }) => {
    await openApp(page, served);
    await gridReady(page);
    const first = (await gridNames(page))[0];
    await page.locator('.ag-row[row-index="0"] .ag-cell[col-id="name"]').click({ position: { x: 2, y: 2 } });
    await expect(page.locator('h1')).toHaveText(first ?? '');
    await page.goBack();
    await gridReady(page);
    await page.locator('.ag-row[row-index="1"] .ag-cell[col-id="tier"]').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/interventions\//);
    await page.goBack();
    await expect(page).toHaveURL(/#\/catalogue$/);
    await gridReady(page);
  });
});

test.describe('intervention page', () => {
  let kickz: InterventionDetail;

  test.beforeEach(async ({ request, served }) => {
    const found = await api(request, served, 'interventions/list', { search: 'Kickz', limit: 50 });
    const row = found.rows.find((r) => r.name === 'Kickz');
    if (row === undefined) throw new Error('The sample library has no intervention named Kickz.');
    kickz = await api(request, served, 'interventions/get', { id: row.id });
  });

  test('opening Kickz from the catalogue shows the library’s figures', async ({ page, served }) => {
    await openApp(page, served);
    await gridReady(page);
    await page.getByLabel('Search the catalogue').fill('Kickz');
    await page.locator('.ag-row .cell-link', { hasText: /^Kickz$/ }).click();
    await expect(page).toHaveURL(new RegExp(`#/interventions/${kickz.id}$`));
    await expect(page.locator('h1')).toHaveText(kickz.name);
    await expect(page).toHaveTitle(`${kickz.name} — Evidence Workbench`);

    // Reach per year and the number of evaluations.
    if (kickz.reachPerYear !== null) {
      await expect(page.locator('[data-field="reachPerYear"]')).toContainText(
        formatInteger(kickz.reachPerYear),
      );
    }
    await expect(page.locator('#evaluations-title .count-pill')).toHaveText(
      formatInteger(kickz.evaluations.length),
    );
    await expect(page.locator('article.evaluation')).toHaveCount(kickz.evaluations.length);

    // Every outcome result shows its raw statistics as reported.
    const results = kickz.evaluations.flatMap((e) => e.outcomeResults);
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      const row = page.locator(`tr[data-outcome-result="${result.id}"]`);
      await expect(row).toContainText(result.measureName);
      const s = result.stats;
      const group1 = row.locator('td[data-group="1"]');
      const group2 = row.locator('td[data-group="2"]');
      if (s.m1 !== null) await expect(group1).toContainText(`Mean ${formatStatistic(s.m1)}`);
      if (s.sd1 !== null) await expect(group1).toContainText(`SD ${formatStatistic(s.sd1)}`);
      if (s.n1 !== null) await expect(group1).toContainText(`n = ${formatInteger(s.n1)}`);
      if (s.m2 !== null) await expect(group2).toContainText(`Mean ${formatStatistic(s.m2)}`);
      if (s.n2 !== null) await expect(group2).toContainText(`n = ${formatInteger(s.n2)}`);
      if (s.events1 !== null && s.total1 !== null) {
        await expect(group1).toContainText(`${formatInteger(s.events1)} of ${formatInteger(s.total1)}`);
      }
      if (s.events2 !== null && s.total2 !== null) {
        await expect(group2).toContainText(`${formatInteger(s.events2)} of ${formatInteger(s.total2)}`);
      }
      const statistics = row.locator('td[data-group="statistics"]');
      if (s.effectValue !== null) await expect(statistics).toContainText(formatStatistic(s.effectValue));
      if (s.t !== null) await expect(statistics).toContainText(`t = ${formatStatistic(s.t)}`);
      if (result.illustrative) await expect(row.locator('.badge--illustrative')).toHaveText('Illustrative');
    }

    // Costs: each item's amount, and the cost per participant the core worked out.
    for (const item of kickz.costItems) {
      await expect(page.locator(`tr[data-cost-item="${item.id}"] [data-field="amount"]`)).toContainText(
        formatMoney(item.amount, item.currency),
      );
    }
    if (kickz.cost.ok) {
      await expect(page.locator('[data-field="costPerParticipant"]')).toHaveText(
        formatMoney(kickz.cost.amount, kickz.cost.currency),
      );
    } else {
      await expect(page.locator('[data-field="costMessage"]')).toHaveText(kickz.cost.message);
    }

    // Illustrative values are labelled with words.
    if (kickz.illustrativeFields.includes('ageMin')) {
      await expect(page.locator('[data-field="ages"] .badge--illustrative')).toHaveText('Illustrative');
    }
    const illustrativeEvaluations = kickz.evaluations.filter((e) => e.illustrative);
    for (const e of illustrativeEvaluations) {
      await expect(
        page.locator(`article[data-evaluation="${e.id}"] .evaluation__illustrative`),
      ).toContainText('Illustrative');
    }
    await page.screenshot({ path: test.info().outputPath('intervention.png') });
  });

  test('an unknown id says so', async ({ page, served }) => {
    await openApp(page, served, '#/interventions/no-such-programme');
    await expect(page.locator('h1')).toHaveText('Intervention not found');
    await expect(page.getByRole('link', { name: 'Back to the Catalogue' })).toBeVisible();
  });
});

test('README screenshots', async ({ page, request, served }) => {
  const found = await api(request, served, 'interventions/list', { search: 'Kickz', limit: 50 });
  const kickz = found.rows.find((r) => r.name === 'Kickz');
  if (kickz === undefined) throw new Error('The sample library has no intervention named Kickz.');
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await openApp(page, served);
  await gridReady(page);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(SCREENSHOTS, 'catalogue.png') });
  await openApp(page, served, `#/interventions/${kickz.id}`);
  await expect(page.locator('h1')).toHaveText(kickz.name);
  await page.screenshot({ path: join(SCREENSHOTS, 'intervention.png') });
});
