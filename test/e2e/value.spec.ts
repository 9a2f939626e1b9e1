// The Value tab and the Library settings page against the API: every figure, cost item, simulated
// summary, histogram bar and tornado row shown is what value/get returns (fetched here with the
// token; nothing hard-coded); a figure unfolds to its formula and inputs; a missing input is shown
// as missing with what is needed and where; pasting a price index, changing the price year and a
// unit cost in settings changes the Value tab without reloading anything; a cost item over several
// years shows each year discounted and its present value; both pages pass axe and work from the
// keyboard.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';
import { formatFigureValue, formatMoney, formatPercent } from '../../shared/format';
import { FIGURE_KEYS, type ValueReport } from '../../shared/model/value';
import { inputText, intervalText } from '../../shared/format/figure-text';
import {
  REPO_ROOT,
  type ServedLibrary,
  api,
  expect,
  openApp,
  screenshotWhole,
  test,
  undoLastChange,
} from './fixtures';

const KICKZ = 'kickz';
const OUTCOME = 'anti-social-behaviour';
const BY = 'E2E Value Tester';
const SCREENSHOTS = join(REPO_ROOT, 'resources', 'screenshots');
/** A made-up index pasted over the shipped GDP deflator (and undone): 2000 = 70, rising 1.5 a year. */
const TEST_SERIES = Array.from({ length: 26 }, (_, i) => ({ year: 2000 + i, value: 70 + 1.5 * i }));
const TEST_SOURCE = 'Test series for the end-to-end tests (not real data)';

async function violations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n` +
      v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n'),
  );
}

/** The reference data a full report on kickz needs beyond the shipped deflator: a unit cost and a baseline rate. */
async function supplyReferenceData(request: APIRequestContext, served: ServedLibrary): Promise<string> {
  const settings = await api(request, served, 'value-settings/get', {});
  const existing = settings.unitCosts.find((u) => u.outcomeDomain?.id === OUTCOME);
  const unitCost =
    existing?.id ??
    (
      await api(request, served, 'unit-costs/save', {
        name: 'Anti-social behaviour incident (test figure)',
        outcomeDomainId: OUTCOME,
        amount: 700,
        priceYear: 2015,
        bearer: 'Police',
        source: 'Test figure for the end-to-end tests',
        by: BY,
      })
    ).id;
  if (!settings.baselineRates.some((b) => b.outcomeDomain.id === OUTCOME && b.area === null)) {
    await api(request, served, 'baseline-rates/save', {
      outcomeDomainId: OUTCOME,
      rate: 0.3,
      source: 'Test rate for the end-to-end tests',
      year: 2020,
      by: BY,
    });
  }
  return unitCost;
}

async function openValue(page: Page, served: ServedLibrary, id = KICKZ): Promise<void> {
  await page.addInitScript((name) => window.localStorage.setItem('ewb.userName', name), BY);
  await openApp(page, served, `#/interventions/${id}/value`);
  await expect(page.getByRole('tab', { name: 'Value' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.value [data-figure="costPerParticipant"]')).toBeVisible();
}

/** Every figure, cost item, simulated summary, histogram bar and tornado row against the report. */
async function expectReportShown(page: Page, report: ValueReport): Promise<void> {
  const tab = page.locator('.value');
  if (report.outcome === null) await expect(tab).not.toHaveAttribute('data-outcome');
  else await expect(tab).toHaveAttribute('data-outcome', report.outcome.id);
  await expect(tab.locator('[data-field="settings"] [data-field="price-year"]')).toHaveText(
    report.settings.priceYear === null ? 'no price year yet' : `${report.settings.priceYear} prices`,
  );
  await expect(tab.locator('[data-field="settings"] [data-field="discount-rate"]')).toHaveText(
    formatPercent(report.settings.discountRate, 1),
  );

  for (const key of FIGURE_KEYS) {
    const f = report.figures[key];
    const card = tab.locator(`[data-figure="${key}"]`);
    await expect(card).toHaveAttribute('data-status', f.status);
    await expect(card.locator('.value-figure__label')).toHaveText(f.label);
    if (f.status === 'ok') {
      await expect(card.locator('.value-figure__value')).toHaveText(formatFigureValue(f.value, f.unit));
      if (f.interval !== null) {
        await expect(card.locator('[data-field="interval-value"]')).toHaveText(
          intervalText(f.interval.lower, f.interval.upper, f.unit),
        );
      }
    } else {
      // Missing, in words, with each need and a link to where it is supplied; never a number.
      await expect(card.locator('.value-figure__value')).toHaveText('Missing');
      await expect(card.locator('[data-missing]')).toHaveCount(f.missing.length);
      for (const [i, m] of f.missing.entries()) {
        const item = card.locator('[data-missing]').nth(i);
        await expect(item).toHaveAttribute('data-missing', m.input);
        await expect(item.locator('[data-field="needed"]')).toHaveText(m.needed);
        await expect(item.getByRole('link')).toHaveAttribute(
          'href',
          m.where === 'library-settings'
            ? '#/settings'
            : `#/interventions/${report.intervention.id}${m.where === 'evidence' ? '/evidence' : ''}`,
        );
      }
    }
  }
  if (report.costBand !== null) {
    await expect(tab.locator('[data-field="cost-band-rating"]')).toHaveText(String(report.costBand.rating));
    await expect(tab.locator('[data-field="cost-band-words"]')).toHaveText(report.costBand.band);
  }

  await expect(tab.locator('tr[data-cost-item]')).toHaveCount(report.costItems.length);
  for (const item of report.costItems) {
    const row = tab.locator(`tr[data-cost-item="${item.id}"]`);
    await expect(row.locator('[data-field="price-year"]')).toHaveText(String(item.priceYear));
    await expect(row.locator('.badge--illustrative')).toHaveCount(item.illustrative ? 1 : 0);
    if (item.converted === null) {
      await expect(row.locator('[data-field="missing"]')).toHaveText('Missing');
    } else {
      await expect(row.locator('[data-field="price-factor"]')).toHaveText(
        formatFigureValue(item.converted.priceFactor, 'factor'),
      );
      await expect(row.locator('[data-field="converted"]')).toContainText(
        formatMoney(item.converted.amount, report.settings.currency),
      );
      await expect(row.locator('[data-field="present-value"]')).toContainText(
        formatMoney(item.converted.presentValue, report.settings.currency),
      );
    }
  }

  const mc = report.monteCarlo;
  if (mc.status === 'ok') {
    await expect(tab.locator('[data-field="chance-value"]')).toHaveText(
      formatPercent(mc.chanceBenefitsExceedCosts),
    );
    const npv = tab.locator('tr[data-summary="npvPerParticipant"]');
    await expect(npv.locator('[data-field="mean"]')).toHaveText(
      formatFigureValue(mc.npvPerParticipant.mean, 'GBP'),
    );
    await expect(npv.locator('[data-field="interval"]')).toHaveText(
      `${formatFigureValue(mc.npvPerParticipant.p025, 'GBP')} to ${formatFigureValue(mc.npvPerParticipant.p975, 'GBP')}`,
    );
    const bars = tab.locator('.chart--histogram rect.histogram__bar');
    await expect(bars).toHaveCount(mc.histogram.bins.length);
    const counts = await bars.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-count'))));
    expect(counts).toEqual(mc.histogram.bins.map((b) => b.count));
    await expect(tab.locator('.chart--histogram')).toHaveAttribute('role', 'img');
    await expect(tab.locator('.chart--histogram')).toHaveAttribute(
      'aria-describedby',
      'value-histogram-table',
    );
    await expect(tab.locator('#value-histogram-table tbody tr')).toHaveCount(mc.histogram.bins.length);
  } else {
    await expect(tab.locator('[data-field="monte-carlo-missing"] [data-missing]')).toHaveCount(
      mc.missing.length,
    );
    await expect(tab.locator('.chart--histogram')).toHaveCount(0);
  }

  const rows = tab.locator('.chart--tornado .tornado__row');
  await expect(rows).toHaveCount(report.tornado.length);
  if (report.tornado.length > 0) {
    const order = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-input')));
    expect(order).toEqual(report.tornado.map((r) => r.input));
    for (const r of report.tornado) {
      const tableRow = tab.locator(`#value-tornado-table tr[data-tornado="${r.input}"]`);
      await expect(tableRow.locator('[data-field="npv-low"]')).toHaveText(formatMoney(r.npvAtLow));
      await expect(tableRow.locator('[data-field="npv-high"]')).toHaveText(formatMoney(r.npvAtHigh));
    }
  }
}

test.describe('value tab and library settings', () => {
  test('a missing input is shown as missing, with what is needed and where to add it', async ({
    page,
    request,
    served,
  }) => {
    // Participation has no unit cost in the sample library, so its benefits cannot be valued.
    const report = await api(request, served, 'value/get', {
      interventionId: KICKZ,
      outcomeId: 'participation',
    });
    const unitCost = report.figures.unitCost;
    expect(unitCost.status).toBe('missing');
    await openValue(page, served);
    await page.getByLabel('Outcome', { exact: true }).selectOption('participation');
    await expect(page.locator('.value')).toHaveAttribute('data-outcome', 'participation');
    await expectReportShown(page, report);
    const card = page.locator('[data-figure="unitCost"]');
    await expect(card).not.toContainText('£0');
    await card.getByRole('link', { name: 'Open Library settings' }).first().click();
    await expect(page).toHaveURL(/#\/settings$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Library settings' })).toBeVisible();
  });

  test('an intervention with cost items but no outcome results says what every figure needs', async ({
    page,
    request,
    served,
  }) => {
    const report = await api(request, served, 'value/get', { interventionId: 'daedalus' });
    expect(report.outcome).toBeNull();
    await openValue(page, served, 'daedalus');
    await expect(page.getByLabel('Outcome', { exact: true })).toBeDisabled();
    await expectReportShown(page, report);
    await screenshotWhole(page, '.value', test.info().outputPath('value-no-outcome.png'));
  });

  test('pasting a price index: a bad line is named, a good paste is previewed and saved', async ({
    page,
    request,
    served,
  }) => {
    await page.addInitScript((name) => window.localStorage.setItem('ewb.userName', name), BY);
    await openApp(page, served, '#/settings');
    await page.getByRole('button', { name: 'Paste an updated series' }).click();
    const box = page.getByLabel('Series: one year and its index value per line');
    await box.fill('Year\tIndex\n2018\t90.1\n2019-20  91.5\n2020 ninety');
    await expect(page.locator('#index-rows-error')).toHaveText('line 4: expected a year and an index value');
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('button', { name: 'Replace the series' }).click();
    await expect(page.locator('.error-summary')).toContainText('Series');
    await expect(page.locator('.error-summary')).toContainText('Source');
    await expect(box).toBeFocused();

    const text = ['Year,Deflator', ...TEST_SERIES.map((r) => `${r.year},${r.value}`)].join('\n');
    await box.fill(text);
    await expect(page.locator('#index-rows-error')).toHaveCount(0);
    const preview = page.locator('[data-field="preview"]');
    await expect(preview).toContainText(`Read ${TEST_SERIES.length} years, 2000 to 2025`);
    await expect(preview.locator('tbody tr')).toHaveCount(TEST_SERIES.length);
    expect(await violations(page, '.study-panel')).toEqual([]);
    await page.getByLabel('Source', { exact: true }).fill(TEST_SOURCE);
    await page.getByLabel('Source date').fill('2025-06');
    await page.getByRole('button', { name: 'Replace the series' }).click();
    await expect(page.locator('#price-index-title')).toBeFocused();
    await expect(page.locator('#price-index-table tbody tr')).toHaveCount(TEST_SERIES.length);
    await expect(page.locator('[data-field="index-source"]')).toContainText(TEST_SOURCE);

    const settings = await api(request, served, 'value-settings/get', {});
    expect(settings.priceIndex.rows.map((r) => ({ year: r.year, value: r.value }))).toEqual(TEST_SERIES);
    expect(
      settings.priceIndex.rows.every((r) => r.source === TEST_SOURCE && r.sourceDate === '2025-06'),
    ).toBe(true);

    // Undone, the shipped GDP deflator is back, in the page too.
    await undoLastChange(page);
    await expect(page.locator('#price-index-table tbody tr')).toHaveCount(35);
    await expect(page.locator('[data-field="index-source"]')).toContainText('ONS series YBGB');
    const restored = await api(request, served, 'value-settings/get', {});
    expect(restored.priceIndex.rows.map((r) => r.year)).toEqual(
      Array.from({ length: 35 }, (_, i) => 1990 + i),
    );
  });

  test('every figure shown is value/get’s, and a figure unfolds to its formula and inputs', async ({
    page,
    request,
    served,
    cspViolations,
  }) => {
    await supplyReferenceData(request, served);
    const report = await api(request, served, 'value/get', { interventionId: KICKZ });
    expect(report.costItems.length).toBeGreaterThan(0);
    expect(report.figures.costPerParticipant.status).toBe('ok');
    await openValue(page, served);
    await expectReportShown(page, report);

    // Unfold a computed figure: the formula and every input with its value and source.
    const key =
      FIGURE_KEYS.find((k) => k !== 'costBand' && report.figures[k].status === 'ok') ?? 'costPerParticipant';
    const figure = report.figures[key];
    if (figure.status !== 'ok') throw new Error(`${key} is missing`);
    const card = page.locator(`[data-figure="${key}"]`);
    const toggle = card.getByRole('button', { name: /^How it was worked out/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const derivation = card.locator('.value-derivation');
    await expect(derivation.locator('[data-field="formula"]')).toHaveText(figure.formula);
    await expect(derivation.locator('tbody tr')).toHaveCount(figure.inputs.length);
    for (const [i, input] of figure.inputs.entries()) {
      const row = derivation.locator('tbody tr').nth(i);
      await expect(row).toHaveAttribute('data-input', input.name);
      await expect(row.locator('[data-field="value"]')).toHaveText(inputText(input.value, input.unit));
      await expect(row.locator('[data-field="source"]')).toHaveText(input.source ?? 'Setting or constant');
    }
    // The cost items' conversion names the price index release it used.
    const item = report.costItems.find((c) => c.converted !== null);
    if (item?.converted != null) {
      await page
        .locator(`tr[data-cost-item="${item.id}"]`)
        .getByRole('button', { name: /How it was converted/ })
        .click();
      await expect(page.locator(`#value-cost-${item.id}-inputs`)).toContainText(
        report.settings.priceIndex.name,
      );
    }
    // …and the page names the release the index comes from: the shipped GDP deflator.
    expect(report.settings.priceIndex.sources).toHaveLength(1);
    expect(report.settings.priceIndex.sources[0]?.source).toContain('ONS series YBGB');
    for (const release of report.settings.priceIndex.sources) {
      await expect(page.locator('.value [data-field="price-index"]')).toContainText(release.source);
    }
    expect(await cspViolations()).toEqual([]);
  });

  test('changing the price year and a unit cost in settings changes the Value tab, without a reload', async ({
    page,
    request,
    served,
  }) => {
    const unitCostId = await supplyReferenceData(request, served);
    await openValue(page, served);
    // Marks the page, so a full reload (which would lose it) fails the test.
    await page.evaluate(() => Object.assign(window, { __noReload: true }));
    const before = await api(request, served, 'value/get', { interventionId: KICKZ });
    await expectReportShown(page, before);
    const year = before.settings.priceYear === 2015 ? 2020 : 2015;

    await page.getByRole('link', { name: 'Change them in Library settings' }).click();
    await page.getByRole('button', { name: 'Change price year or discount rate' }).click();
    await page.getByRole('textbox', { name: 'Price year' }).fill('20x5');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.locator('#analysis-priceYear-error')).toHaveText('Enter a number');
    await expect(page.getByRole('textbox', { name: 'Price year' })).toBeFocused();
    await page.getByRole('textbox', { name: 'Price year' }).fill(String(year));
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.locator('[data-section="analysis"] [data-field="price-year"]')).toContainText(
      `${year} prices`,
    );

    const unitCostRow = page.locator(`tr[data-row="${unitCostId}"]`);
    await unitCostRow.getByRole('button', { name: /^Edit/ }).click();
    const amount = page.getByLabel('Amount (GBP)');
    const oldAmount = Number(await amount.inputValue());
    await amount.fill('-5');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.locator('#unit-cost-amount-error')).toContainText('not negative');
    await amount.fill(String(oldAmount * 2));
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(unitCostRow.locator('[data-field="amount"]')).toContainText(formatMoney(oldAmount * 2));

    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`#/interventions/${KICKZ}/value$`));
    const after = await api(request, served, 'value/get', { interventionId: KICKZ });
    expect(after.settings.priceYear).toBe(year);
    expect(after.unitCost?.amount).toBe(oldAmount * 2);
    await expectReportShown(page, after);
    expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
    const cost = (r: ValueReport) => r.figures.costPerParticipant;
    const [c0, c1] = [cost(before), cost(after)];
    if (c0.status === 'ok' && c1.status === 'ok') expect(c1.value).not.toBe(c0.value);
    // Put the shared library back: the unit cost, then the price year.
    await api(request, served, 'history/undo', { by: BY });
    await api(request, served, 'history/undo', { by: BY });
    expect((await api(request, served, 'value-settings/get', {})).priceYear.isDefault).toBe(true);
  });

  test('a cost item over several years: the Value tab shows each year discounted and the present value', async ({
    page,
    request,
    served,
  }) => {
    await supplyReferenceData(request, served);
    const detail = await api(request, served, 'interventions/get', { id: KICKZ });
    const item = detail.costItems.find((c) => c.basis === 'per-year' && c.years === null);
    if (item === undefined) throw new Error('Kickz has no per-year cost item without years.');
    await page.addInitScript((name) => window.localStorage.setItem('ewb.userName', name), BY);
    await openApp(page, served, `#/interventions/${KICKZ}`);
    let changed = false;
    try {
      await page.getByRole('button', { name: `Edit cost item: ${item.description}`, exact: true }).click();
      const form = page.getByRole('form', { name: `Edit cost item: ${item.description}` });
      await expect(form).toContainText('A per-year amount recurs each year');
      await form.getByLabel('Years (years)').fill('3');
      await form.getByRole('button', { name: 'Save changes' }).click();
      changed = true;
      await expect(page.locator(`[data-cost-item="${item.id}"] [data-field="years"]`)).toHaveText(
        'each year for 3 years',
      );

      await page.evaluate(() => Object.assign(window, { __noReload: true }));
      await page.getByRole('tab', { name: 'Value' }).click();
      const report = await api(request, served, 'value/get', { interventionId: KICKZ });
      await expectReportShown(page, report);
      const shown = report.costItems.find((c) => c.id === item.id);
      const c = shown?.converted;
      if (c == null) throw new Error('The item was not converted.');
      // The amount in analysis prices is paid in each of three years, the later two discounted:
      // present value = amount × (1 + 1/1.035 + 1/1.035²).
      expect(report.settings.discountRate).toBe(0.035);
      expect(c.schedule.map((y) => y.amount)).toEqual([c.amount, c.amount, c.amount]);
      expect(c.presentValue).toBeCloseTo(c.amount * (1 + 1 / 1.035 + 1 / 1.035 ** 2), 6);
      const row = page.locator(`tr[data-cost-item="${item.id}"]`);
      await expect(row.locator('[data-field="basis"]')).toHaveText('Per year, each year for 3 years');
      await expect(row.locator('[data-field="present-value"]')).toContainText(
        `${formatMoney(c.undiscounted)} before discounting`,
      );
      await row.getByRole('button', { name: /How it was converted/ }).click();
      const inputs = page.locator(`#value-cost-${item.id}-inputs tbody tr`);
      for (const [i, year] of c.schedule.entries()) {
        const yearRow = inputs.filter({ hasText: `Year ${i + 1} (` });
        await expect(yearRow.locator('[data-field="value"]')).toHaveText(inputText(year.presentValue, 'GBP'));
      }
      await expect(inputs.filter({ hasText: 'Present value' }).locator('[data-field="value"]')).toHaveText(
        inputText(c.presentValue, 'GBP'),
      );
      expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(
        true,
      );
      await screenshotWhole(page, '.value', test.info().outputPath('value-multi-year.png'));
    } finally {
      if (changed) await api(request, served, 'history/undo', { by: BY });
    }
  });

  test('a baseline rate is added (each refused field named) and deleted in settings', async ({
    page,
    request,
    served,
  }) => {
    const reference = await api(request, served, 'reference/list', {});
    const area = reference.areas[0];
    if (area === undefined) throw new Error('The sample library has no areas.');
    await page.addInitScript((name) => window.localStorage.setItem('ewb.userName', name), BY);
    await openApp(page, served, '#/settings');
    await page.getByRole('button', { name: 'Add baseline rate' }).click();
    await page.getByRole('button', { name: 'Save baseline rate' }).click();
    const summary = page.locator('.error-summary');
    for (const field of ['Outcome', 'Rate', 'Source']) await expect(summary).toContainText(field);
    await expect(page.locator('#baseline-outcomeDomainId')).toBeFocused();
    await page.locator('#baseline-outcomeDomainId').selectOption(OUTCOME);
    await page.locator('#baseline-areaId').selectOption(area.id);
    await page.getByRole('textbox', { name: 'Rate' }).fill('150');
    await page.getByLabel('Source', { exact: true }).fill('Test area rate for the end-to-end tests');
    await page.getByRole('button', { name: 'Save baseline rate' }).click();
    await expect(page.locator('#baseline-rate-error')).toHaveText('Give a rate above 0% and below 100%');
    await page.getByRole('textbox', { name: 'Rate' }).fill('25');
    await page.getByRole('button', { name: 'Save baseline rate' }).click();
    await expect(page.locator('#baseline-rates-title')).toBeFocused();

    const saved = (await api(request, served, 'value-settings/get', {})).baselineRates.find(
      (b) => b.area?.id === area.id && b.outcomeDomain.id === OUTCOME,
    );
    expect(saved?.rate).toBe(0.25);
    const row = page.locator(`tr[data-row="${saved?.id ?? ''}"]`);
    await expect(row.locator('[data-field="rate"]')).toHaveText(formatPercent(0.25, 1));
    await row.getByRole('button', { name: /^Delete…/ }).click();
    await page.getByRole('button', { name: 'Delete baseline rate' }).click();
    await expect(row).toHaveCount(0);
    const after = await api(request, served, 'value-settings/get', {});
    expect(after.baselineRates.some((b) => b.id === saved?.id)).toBe(false);
  });

  test('the Value tab and its figures work from the keyboard', async ({ page, request, served }) => {
    await supplyReferenceData(request, served);
    await page.addInitScript((name) => window.localStorage.setItem('ewb.userName', name), BY);
    await openApp(page, served, `#/interventions/${KICKZ}/evidence`);
    await page.getByRole('tab', { name: 'Evidence' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`#/interventions/${KICKZ}/value$`));
    await expect(page.getByRole('tab', { name: 'Value' })).toBeFocused();
    await expect(page.locator('.value [data-figure="costPerParticipant"]')).toBeVisible();
    // Tab onwards to the first figure's disclosure and open it with Enter.
    const toggle = page.locator('[data-figure="costPerParticipant"] button.disclosure');
    for (let i = 0; i < 40 && !(await toggle.evaluate((el) => el === document.activeElement)); i += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(toggle).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('[data-figure="costPerParticipant"] .value-derivation')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');

    // In settings, a form opens from the keyboard and Escape closes it, focus back on its button.
    await openApp(page, served, '#/settings');
    const add = page.getByRole('button', { name: 'Add unit cost' });
    await add.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#unit-cost-heading')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(add).toBeFocused();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the Value tab and the settings page pass axe in ${colorScheme}, unfolded`, async ({
      page,
      request,
      served,
    }) => {
      await supplyReferenceData(request, served);
      await page.emulateMedia({ colorScheme });
      await openValue(page, served);
      const closed = page.locator('.value details:not([open]) > summary');
      while ((await closed.count()) > 0) await closed.first().click();
      const folded = page.locator('.value button.disclosure[aria-expanded="false"]');
      while ((await folded.count()) > 0) await folded.first().click();
      expect(await violations(page, '#main-content')).toEqual([]);
      await screenshotWhole(page, '.value', test.info().outputPath(`value-${colorScheme}-unfolded.png`));

      await openApp(page, served, '#/settings');
      await expect(page.locator('#unit-cost-table')).toBeVisible();
      await page.getByRole('button', { name: 'Add baseline rate' }).click();
      expect(await violations(page, '#main-content')).toEqual([]);
      await screenshotWhole(page, '.settings', test.info().outputPath(`settings-${colorScheme}.png`));
    });
  }

  test('README screenshots of the Value tab and the settings page', async ({ page, request, served }) => {
    await supplyReferenceData(request, served);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.emulateMedia({ colorScheme: 'light' });
    await openValue(page, served);
    const report = await api(request, served, 'value/get', { interventionId: KICKZ });
    if (report.monteCarlo.status === 'ok')
      await page.locator('.chart--histogram rect.histogram__bar').first().waitFor();
    await screenshotWhole(page, '.record', join(SCREENSHOTS, 'value-tab.png'));
    await openApp(page, served, '#/settings');
    await expect(page.locator('#price-index-table')).toBeVisible();
    await screenshotWhole(page, '.settings', join(SCREENSHOTS, 'library-settings.png'));
  });
});
