// The Compare screen against the API: filtering to an outcome and an age band lists exactly the
// candidates compare/candidates returns; three compared side by side show every number compare/get
// returns (fetched here with the token; nothing hard-coded), the best of a row marked in words, each
// rating's explanation one click away; two go on the shortlist (counted in the sidebar); the page
// is a deep link; a price year changed in Library settings changes the comparison without a
// reload; the screen passes axe and works from the keyboard.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import {
  formatAgeRange,
  formatEffect,
  formatEffectInterval,
  formatFigureValue,
  formatMoney,
  formatNumber,
  formatPercent,
} from '../../shared/format';
import type { ComparedIntervention, Comparison } from '../../shared/model/compare';
import { COMPARED_VALUE_KEYS } from '../../shared/model/compare';
import { ratingText, relativeChangeText } from '../../shared/format/figure-text';
import { REPO_ROOT, type ServedLibrary, api, axeViolations, expect, openApp, test } from './fixtures';

const OUTCOME = 'proven-reoffending';
const AGES = { min: 12, max: 17 };
const THREE = [
  'final-warnings-restorative-justice',
  'youth-justice-triage',
  'diamond-districts-resettlement',
];
const BY = 'E2E Compare Tester';
const SCREENSHOTS = join(REPO_ROOT, 'resources', 'screenshots');
/** A made-up index for the test library only (the app ships none): 2000 = 70, rising 1.5 a year. */
const TEST_SERIES = Array.from({ length: 26 }, (_, i) => ({ year: 2000 + i, value: 70 + 1.5 * i }));

/** What a full comparison needs: a price index and a unit cost of the outcome (test figures). */
async function supplyReferenceData(request: APIRequestContext, served: ServedLibrary): Promise<void> {
  const settings = await api(request, served, 'value-settings/get', {});
  if (settings.priceIndex.rows.length === 0) {
    await api(request, served, 'price-index/replace', {
      rows: TEST_SERIES,
      source: 'Test series for the end-to-end tests (not real data)',
      by: BY,
    });
  }
  if (!settings.unitCosts.some((u) => u.outcomeDomain?.id === OUTCOME)) {
    await api(request, served, 'unit-costs/save', {
      name: 'A proven re-offence (test figure)',
      outcomeDomainId: OUTCOME,
      amount: 5000,
      priceYear: 2015,
      source: 'Test figure for the end-to-end tests',
      by: BY,
    });
  }
}

const comparisonHash = (ids: readonly string[]) =>
  `#/compare?outcome=${OUTCOME}&ages=${AGES.min}-${AGES.max}&ids=${ids.join(',')}`;

function cell(page: Page, row: string, id: string): Locator {
  return page.locator(`.comparison tr[data-row="${row}"] td[data-intervention="${id}"]`);
}

/** Every figure of every column as compare/get gives it, and the best of each row marked. */
async function expectComparisonShown(page: Page, comparison: Comparison): Promise<void> {
  const heads = page.locator('.comparison thead th[data-intervention]');
  await expect(heads).toHaveCount(comparison.interventions.length);
  for (const c of comparison.interventions) {
    const id = c.intervention.id;
    await expect(page.locator(`.comparison thead th[data-intervention="${id}"]`)).toContainText(
      c.intervention.name,
    );
    for (const framework of c.ratings.filter((f) => f.framework.scope === 'intervention')) {
      const rated = framework.ratings[0];
      if (rated !== undefined) {
        await expect(
          cell(page, `rating-${framework.framework.id}`, id).locator('[data-field="rating"]'),
        ).toHaveText(ratingText(rated));
      }
    }
    await expectEffect(page, c);
    const change = cell(page, 'relative-change', id);
    if (c.translation === null) await expect(change).toContainText('Missing');
    else await expect(change).toHaveText(relativeChangeText(c.translation.relativeChange));
    const nnt = cell(page, 'nnt', id).locator('[data-field="value"]');
    if (c.translation?.nnt != null)
      await expect(nnt).toHaveText(formatNumber(c.translation.nnt, { maximumFractionDigits: 1 }));
    for (const key of COMPARED_VALUE_KEYS) {
      const figure = c.value[key];
      const shown = cell(page, key, id);
      if (figure.status === 'missing') {
        await expect(shown.locator('[data-field="missing"]')).toHaveText('Missing');
        await expect(shown.locator('[data-field="needed"]').first()).toHaveText(
          figure.missing[0]?.needed ?? '',
        );
      } else {
        await expect(shown.locator('[data-field="value"]')).toHaveText(
          formatFigureValue(figure.value, figure.unit),
        );
      }
    }
    await expect(cell(page, 'ages', id)).toHaveText(formatAgeRange(c.fit.ageMin, c.fit.ageMax));
    for (const gap of c.gaps) await expect(cell(page, 'gaps', id)).toContainText(gap.text);
  }
  for (const [row, ids] of Object.entries(comparison.best)) {
    for (const c of comparison.interventions) {
      const badge = page.locator(
        `.comparison tr[data-row="${row === 'effect' ? 'effect' : row}"] td[data-intervention="${c.intervention.id}"] .best-badge`,
      );
      await expect(badge, `${row} ${c.intervention.id}`).toHaveCount(ids.includes(c.intervention.id) ? 1 : 0);
    }
  }
}

async function expectEffect(page: Page, c: ComparedIntervention): Promise<void> {
  const shown = cell(page, 'effect', c.intervention.id);
  const e = c.effect;
  if (e.status === 'missing') {
    await expect(shown).toContainText(e.needed);
    return;
  }
  await expect(shown.locator('[data-field="value"]')).toHaveText(formatEffect(e.estimate));
  await expect(shown.locator('[data-field="ci"]')).toHaveText(
    `95% CI ${formatEffectInterval(e.ciLower, e.ciUpper)}`,
  );
  if (e.piLower !== null && e.piUpper !== null)
    await expect(shown.locator('[data-field="pi"]')).toHaveText(
      `95% prediction interval ${formatEffectInterval(e.piLower, e.piUpper)}`,
    );
}

test.describe('Compare', () => {
  test('filter to an outcome and ages, compare three with the API’s figures, shortlist two', async ({
    page,
    request,
    served,
  }) => {
    await supplyReferenceData(request, served);
    await openApp(page, served, '#/compare');
    await expect(page.getByRole('heading', { level: 1, name: 'Compare' })).toBeVisible();
    await page.getByLabel('Outcome to change').selectOption(OUTCOME);
    await page.getByRole('textbox', { name: 'From' }).fill(String(AGES.min));
    await page.getByRole('textbox', { name: 'To' }).fill(String(AGES.max));

    const listed = await api(request, served, 'compare/candidates', { outcomeId: OUTCOME, ages: AGES });
    const rows = page.locator('tr[data-candidate]');
    await expect(rows).toHaveCount(listed.total);
    expect(await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-candidate')))).toEqual(
      listed.candidates.map((c) => c.id),
    );
    for (const c of listed.candidates) {
      const row = page.locator(`tr[data-candidate="${c.id}"]`);
      await expect(row.locator('th')).toContainText(c.name);
      if (c.effect?.estimate != null)
        await expect(row.locator('[data-field="effect"]')).toHaveText(formatEffect(c.effect.estimate));
      if (c.effect?.relativeChange != null)
        await expect(row.locator('[data-field="relative-change"]')).toHaveText(
          relativeChangeText(c.effect.relativeChange),
        );
      await expect(row.locator('[data-field="cost"]')).toContainText(
        c.costPerParticipant === null ? 'Missing' : formatMoney(c.costPerParticipant, 'GBP'),
      );
    }
    // The banner names the local figures in use and where they came from.
    const banner = page.locator('[data-section="local-figures"]');
    await expect(banner.locator('[data-field="baseline-rate"]')).toContainText(
      formatPercent(listed.local.baselineRate?.rate ?? NaN, 1),
    );
    await expect(banner.locator('[data-field="baseline-source"]')).toContainText(
      listed.local.baselineRate?.source ?? '',
    );
    await expect(banner.locator('[data-field="unit-cost-source"]')).toContainText(
      listed.local.unitCosts[0]?.source ?? '',
    );
    await expect(banner.locator('[data-field="price-year"]')).toContainText(
      `${listed.local.settings.priceYear} prices`,
    );

    for (const id of THREE) {
      const name = listed.candidates.find((c) => c.id === id)?.name ?? id;
      await page.getByLabel(`Compare ${name}`, { exact: true }).check();
    }
    await expect(page).toHaveURL(new RegExp(`ids=${THREE.join('%2C')}`));
    const comparison = await api(request, served, 'compare/get', { ids: THREE, outcomeId: OUTCOME });
    await expectComparisonShown(page, comparison);

    // A rating's explanation is one click away.
    const first = cell(page, 'rating-project-oracle', THREE[0] ?? '');
    await first.locator('summary').click();
    await expect(first.locator('.explanation')).toBeVisible();

    // Two on the shortlist, counted beside Compare in the sidebar.
    await page.getByLabel('Your name').fill(BY);
    for (const id of THREE.slice(0, 2)) {
      const name = comparison.interventions.find((c) => c.intervention.id === id)?.intervention.name ?? id;
      await page.getByRole('button', { name: `Add to shortlist: ${name}` }).click();
      await expect(
        page.getByRole('button', { name: `On the shortlist: ${name} (press to remove)` }),
      ).toBeVisible();
    }
    const shortlist = await api(request, served, 'shortlist/list', {});
    expect(shortlist.map((e) => e.intervention.id).sort()).toEqual(THREE.slice(0, 2).sort());
    expect(shortlist.every((e) => e.outcome?.id === OUTCOME && e.addedBy === BY)).toBe(true);
    await expect(page.locator('[data-shortlisted]')).toHaveCount(2);
    await expect(page.locator('.sidebar [data-field="shortlist-count"]')).toHaveText('2 shortlisted');

    // The screen as a commissioner sees it, down to the comparison's value-for-money rows.
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.setViewportSize({ width: 1440, height: 2700 });
    await page.locator('#main-content').evaluate((el) => el.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, 'compare.png') });
    await page.locator('[data-section="comparison"]').evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: test.info().outputPath('comparison.png') });
    await page.setViewportSize({ width: 1440, height: 900 });

    // The address is a deep link: opened afresh, it shows the same comparison.
    await page.goto(`${served.url}${comparisonHash(THREE)}`);
    await expectComparisonShown(page, comparison);
    await expect(page.getByLabel('Outcome to change')).toHaveValue(OUTCOME);

    // Removing one takes it off (and out of the API's list).
    const removed = comparison.interventions[1]?.intervention.name ?? '';
    await page.getByRole('button', { name: `Remove ${removed} from the shortlist` }).click();
    await expect(page.locator('[data-shortlisted]')).toHaveCount(1);
    expect((await api(request, served, 'shortlist/list', {})).map((e) => e.intervention.id)).toEqual([
      THREE[0],
    ]);
  });

  test('a price year changed in Library settings changes the comparison, without a reload', async ({
    page,
    request,
    served,
  }) => {
    await supplyReferenceData(request, served);
    await page.addInitScript((name) => window.localStorage.setItem('ewb.userName', name), BY);
    await openApp(page, served, comparisonHash(THREE));
    await page.evaluate(() => Object.assign(window, { __noReload: true }));
    const before = await api(request, served, 'compare/get', { ids: THREE, outcomeId: OUTCOME });
    await expectComparisonShown(page, before);
    const year = before.local.settings.priceYear === 2015 ? 2020 : 2015;

    await page.getByRole('link', { name: 'Change the local figures in Library settings' }).click();
    await page.getByRole('button', { name: 'Change price year or discount rate' }).click();
    await page.getByRole('textbox', { name: 'Price year' }).fill(String(year));
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.locator('[data-section="analysis"] [data-field="price-year"]')).toContainText(
      `${year} prices`,
    );
    await page.goBack();

    const after = await api(request, served, 'compare/get', { ids: THREE, outcomeId: OUTCOME });
    expect(after.local.settings.priceYear).toBe(year);
    await expect(page.locator('[data-section="local-figures"] [data-field="price-year"]')).toContainText(
      `${year} prices`,
    );
    await expectComparisonShown(page, after);
    const cost = (c: Comparison) => c.interventions[0]?.value.costPerParticipant;
    const [c0, c1] = [cost(before), cost(after)];
    expect(c0?.status === 'ok' && c1?.status === 'ok' && c0.value !== c1.value).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
    // Put the shared library's price year back for the specs that follow.
    await api(request, served, 'history/undo', { by: BY });
    expect((await api(request, served, 'value-settings/get', {})).priceYear.isDefault).toBe(true);
  });

  test('passes axe (light and dark) with a comparison and an explanation open, and works from the keyboard', async ({
    page,
    request,
    served,
  }) => {
    await supplyReferenceData(request, served);
    await openApp(page, served, '#/compare');
    await expect(page.locator('tr[data-candidate]').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    // Keyboard only: the outcome, the ages, then tick two candidates with Space.
    const outcome = page.getByLabel('Outcome to change');
    await outcome.focus();
    await outcome.selectOption(OUTCOME);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'From' })).toBeFocused();
    await page.keyboard.type(String(AGES.min));
    await page.keyboard.press('Tab');
    await page.keyboard.type(String(AGES.max));
    await expect(page.locator('tr[data-candidate]')).toHaveCount(
      (await api(request, served, 'compare/candidates', { outcomeId: OUTCOME, ages: AGES })).total,
    );
    for (const id of THREE.slice(0, 2)) {
      await page.locator(`#choose-${id}`).focus();
      await page.keyboard.press('Space');
      await expect(page.locator(`#choose-${id}`)).toBeChecked();
    }
    const summary = cell(page, 'rating-eif', THREE[0] ?? '')
      .locator('summary')
      .first();
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(
      cell(page, 'rating-eif', THREE[0] ?? '')
        .locator('.explanation')
        .first(),
    ).toBeVisible();
    await expect(page.locator('.comparison .best-badge').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: test.info().outputPath('compare-dark.png'), fullPage: true });
  });
});
