// Editing an intervention's studies in place: an evaluation, two outcome results (continuous and
// binary) and a cost item, through the forms on the intervention page; refused entries name their
// field and leave the library unchanged; every form passes axe.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { formatEffect } from '../../shared/format';
import { join } from 'node:path';
import { api, expect, openApp, REPO_ROOT, test } from './fixtures';

async function violations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help}\n` + v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n'),
  );
}

test('add an evaluation, two outcome results and a cost item in place', async ({ page, request, served }) => {
  test.setTimeout(120_000);
  const list = await api(request, served, 'interventions/list', { limit: 200 });
  const target = list.rows.find((r) => r.evaluationCount === 0);
  if (target === undefined) throw new Error('The sample library has no intervention without evaluations.');
  const reference = await api(request, served, 'reference/list', {});
  const outcome = reference.outcomeDomains[0];
  const eventOutcome =
    reference.outcomeDomains.find((d) => !d.higherIsBetter && d.id !== outcome?.id) ??
    reference.outcomeDomains[1];
  if (outcome === undefined || eventOutcome === undefined) throw new Error('Too few outcome domains.');
  const get = () => api(request, served, 'interventions/get', { id: target.id });

  await page.addInitScript(() => window.localStorage.setItem('ewb.userName', 'E2E Study Editor'));
  await openApp(page, served, `#/interventions/${target.id}`);
  await expect(page.locator('h1')).toHaveText(target.name);

  try {
    // --- Evaluation ---
    await page.getByRole('button', { name: 'Add evaluation' }).click();
    await expect(page.locator('#ev-heading')).toBeFocused();
    expect(await violations(page, '.study-panel')).toEqual([]);
    await page.getByLabel('Title', { exact: true }).fill('Playwright trial of mentoring');
    await page.getByLabel('Authors').fill('Smith, J.; Jones, K.');
    await page.getByLabel('Year').fill('2023');
    await page.getByLabel('Design').selectOption('randomised');
    await page.getByLabel('Maryland SMS score').selectOption('5');
    await page.getByLabel('Intervention group sample (people)').fill('120');
    await page.getByLabel('Comparison group sample (people)').fill('118');
    await page.getByLabel('Follow-up (months)').fill('12');
    await page.getByLabel('Place', { exact: true }).fill('Lambeth');
    await page.getByLabel('Randomisation / allocation', { exact: true }).selectOption('low');
    await page.getByLabel('Findings').fill('Fewer arrests in the mentored group.');
    await page.getByLabel('DOI').fill('10.1000/ewb.e2e');
    await page.getByRole('button', { name: 'Save evaluation' }).click();
    const evaluationHeading = page.getByRole('heading', { level: 3, name: 'Playwright trial of mentoring' });
    await expect(evaluationHeading).toBeFocused();
    const afterEvaluation = await get();
    const evaluation = afterEvaluation.evaluations.find((e) => e.title === 'Playwright trial of mentoring');
    expect(evaluation).toBeDefined();
    const article = page.locator(`[data-evaluation="${evaluation?.id ?? ''}"]`);

    // --- Continuous outcome result, first refused for a negative SD ---
    await article.getByRole('button', { name: /Add outcome result/ }).click();
    await page.getByLabel('Group means, SDs and ns').check();
    expect(await violations(page, '.study-panel')).toEqual([]);
    await page.getByLabel('Outcome', { exact: true }).selectOption(outcome.id);
    await page.getByLabel('Measure', { exact: true }).fill('Self-reported wellbeing score');
    await page.getByLabel('Time point (months after the start)').fill('12');
    await page.getByLabel('Intervention group mean (measure units)').fill('12.5');
    await page.getByLabel('Intervention group SD (measure units)').fill('-3.2');
    await page.getByLabel('Intervention group n (people)').fill('100');
    await page.getByLabel('Comparison group mean (measure units)').fill('10');
    await page.getByLabel('Comparison group SD (measure units)').fill('3.4');
    await page.getByLabel('Comparison group n (people)').fill('98');
    await page.getByRole('button', { name: 'Save outcome result' }).click();
    await expect(page.locator('.study-panel [role="alert"]')).toContainText('Intervention group SD');
    await expect(page.locator('#or-stats-sd1-error')).toContainText('not negative');
    await expect(page.locator('#or-stats-sd1')).toBeFocused();
    expect(await get()).toEqual(afterEvaluation);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('heading', { name: /Add an outcome result/ }).evaluate((h) => {
      h.scrollIntoView();
      window.scrollBy(0, -20);
    });
    await page.screenshot({ path: join(REPO_ROOT, 'resources', 'screenshots', 'edit-outcome-result.png') });
    await page.getByLabel('Intervention group SD (measure units)').fill('3.2');
    await page.getByRole('button', { name: 'Save outcome result' }).click();
    await expect(article.locator('[data-outcome-result]')).toHaveCount(1);

    // --- Binary outcome result, first refused for events above the total ---
    await article.getByRole('button', { name: /Add outcome result/ }).click();
    await page.getByLabel('Events and totals per group').check();
    expect(await violations(page, '.study-panel')).toEqual([]);
    await page.getByLabel('Outcome', { exact: true }).selectOption(eventOutcome.id);
    await page.getByLabel('Measure', { exact: true }).fill('Arrested within a year');
    await page.getByLabel('Lower is better').check();
    await page.getByLabel('Intervention group events (people)').fill('130');
    await page.getByLabel('Intervention group total (people)').fill('100');
    await page.getByLabel('Comparison group events (people)').fill('45');
    await page.getByLabel('Comparison group total (people)').fill('98');
    const beforeBinary = await get();
    await page.getByRole('button', { name: 'Save outcome result' }).click();
    await expect(page.locator('.study-panel [role="alert"]')).toContainText('Intervention group events');
    await expect(page.locator('#or-stats-events1-error')).toContainText('exceed the group total');
    expect(await get()).toEqual(beforeBinary);
    await page.getByLabel('Intervention group events (people)').fill('30');
    await page.getByRole('button', { name: 'Save outcome result' }).click();
    await expect(article.locator('[data-outcome-result]')).toHaveCount(2);

    // --- Cost item (Escape closes a form and puts focus back on its button) ---
    await page.getByRole('button', { name: 'Add cost item' }).click();
    await expect(page.locator('#cost-heading')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Add cost item' })).toBeFocused();
    await page.getByRole('button', { name: 'Add cost item' }).click();
    expect(await violations(page, '.study-panel')).toEqual([]);
    await page.locator('.study-panel').getByLabel('Description', { exact: true }).fill('Mentor salaries');
    await page.locator('.study-panel').getByLabel('Category', { exact: true }).selectOption('staff');
    await page.locator('.study-panel').getByLabel('Basis', { exact: true }).selectOption('per-cohort');
    await page.locator('.study-panel').getByLabel('Amount (GBP)').fill('24000');
    await page.locator('.study-panel').getByLabel('Low estimate (GBP)').fill('20000');
    await page.locator('.study-panel').getByLabel('High estimate (GBP)').fill('30000');
    await page.locator('.study-panel').getByLabel('Price year').fill('2023');
    await page.locator('.study-panel').getByLabel('Participants (people)').fill('40');
    await page.getByRole('button', { name: 'Save cost item' }).click();
    await expect(page.locator('[data-cost-item]')).toHaveCount(afterEvaluation.costItems.length + 1);

    // --- Everything is there after a reload ---
    await page.reload();
    await expect(page.locator('h1')).toHaveText(target.name);
    const text = page.locator('#evaluations');
    await expect(text).toContainText('Playwright trial of mentoring');
    await expect(text).toContainText('Smith, J.; Jones, K.');
    await expect(text).toContainText('Randomised controlled trial');
    await expect(text).toContainText('120 in the intervention group; 118 in the comparison group');
    await expect(text).toContainText('Lambeth');
    await expect(text).toContainText('Level 5 of 5');
    await expect(text).toContainText('Fewer arrests in the mentored group.');
    await expect(text).toContainText('DOI 10.1000/ewb.e2e');
    await expect(text).toContainText('Self-reported wellbeing score');
    await expect(text).toContainText('Mean 12.5');
    await expect(text).toContainText('SD 3.2');
    await expect(text).toContainText('Arrested within a year');
    await expect(text).toContainText('30 of 100');
    await expect(text).toContainText('45 of 98');
    const costs = page.locator('#costs');
    await expect(costs).toContainText('Mentor salaries');
    await expect(costs).toContainText('£24,000');
    await expect(costs).toContainText('Per cohort');

    // --- The Evidence tab shows the core's standardised effects ---
    const saved = (await get()).evaluations.find((e) => e.id === evaluation?.id);
    const evidence = await api(request, served, 'evidence/get', { interventionId: target.id });
    await page
      .getByRole('tab', { name: /Evidence/ })
      .or(page.getByRole('link', { name: /^Evidence/ }))
      .first()
      .click();
    for (const r of saved?.outcomeResults ?? []) {
      const effect = evidence.effects.find((e) => e.outcomeResultId === r.id);
      expect(effect?.yi).not.toBeNull();
      expect(effect?.vi).not.toBeNull();
      await expect(page.locator(`[data-study="${r.id}"] [data-field="yi"]`).first()).toHaveText(
        formatEffect(effect?.yi),
      );
    }

    // --- Deleting the evaluation says what goes with it ---
    await page
      .getByRole('tab', { name: /Overview/ })
      .or(page.getByRole('link', { name: /^Overview/ }))
      .first()
      .click();
    const reloaded = page.locator(`[data-evaluation="${evaluation?.id ?? ''}"]`);
    await reloaded.getByRole('button', { name: 'Delete… Playwright trial of mentoring' }).click();
    await expect(reloaded.locator('.study-confirm')).toContainText(
      '2 outcome results will be deleted with it',
    );
    await expect(reloaded.getByRole('button', { name: 'Delete evaluation and its results' })).toBeFocused();
    expect(await violations(page, '.study-confirm')).toEqual([]);
    await reloaded.getByRole('button', { name: 'Delete evaluation and its results' }).click();
    await expect(page.locator(`[data-evaluation="${evaluation?.id ?? ''}"]`)).toHaveCount(0);
    expect((await get()).evaluations.some((e) => e.id === evaluation?.id)).toBe(false);
  } finally {
    // Leave the shared sample library as it was for the other tests.
    const now = await get();
    for (const e of now.evaluations.filter((x) => x.title === 'Playwright trial of mentoring')) {
      await api(request, served, 'evaluations/delete', { id: e.id, by: 'E2E', confirm: true });
    }
    for (const c of now.costItems.filter((x) => x.description === 'Mentor salaries')) {
      await api(request, served, 'cost-items/delete', { id: c.id, by: 'E2E', confirm: true });
    }
  }
});
