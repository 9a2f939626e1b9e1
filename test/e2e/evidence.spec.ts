// The intervention page's Evidence tab against the API: every number in each outcome's table and
// every mark of its forest and funnel plots must be what evidence/get returns (fetched here with
// the token; nothing hard-coded), for the default pooling and after switching method; overriding a
// rating shows the computed and the overridden value; the tab passes axe in light and dark.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import {
  formatEffect,
  formatEffectInterval,
  formatInteger,
  formatNumber,
  formatPercent,
  formatPValue,
  formatStatistic,
} from '../../shared/format';
import {
  POOLING_METHOD_LABELS,
  POOLING_TEST_LABELS,
  type EvidenceSummary,
  type PooledModel,
  type PooledOutcome,
} from '../../shared/model/evidence';
import { REPO_ROOT, type ServedLibrary, api, expect, openApp, test } from './fixtures';

const KICKZ = 'kickz';
const SCREENSHOTS = join(REPO_ROOT, 'resources', 'screenshots');

async function openEvidence(page: Page, served: ServedLibrary): Promise<void> {
  await openApp(page, served, `#/interventions/${KICKZ}/evidence`);
  await expect(page.getByRole('tab', { name: 'Evidence' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.evidence[data-method]')).toBeVisible();
}

/** The attribute as a number; fails the test when it is missing. */
async function numberAttr(locator: Locator, name: string): Promise<number> {
  const value = await locator.getAttribute(name);
  expect(value, `${name} on ${locator.toString()}`).not.toBeNull();
  return Number(value);
}

/**
 * Checks that pixel positions are one linear function of the values they stand for: the plot
 * draws the numbers it carries, on one scale (fits the line through the two most distant values).
 */
function expectLinear(pairs: { value: number; pixel: number }[], what: string): void {
  const sorted = [...pairs].sort((a, b) => a.value - b.value);
  const low = sorted[0];
  const high = sorted[sorted.length - 1];
  if (low === undefined || high === undefined || high.value === low.value) return;
  const slope = (high.pixel - low.pixel) / (high.value - low.value);
  for (const p of pairs) {
    const expected = low.pixel + slope * (p.value - low.value);
    expect(Math.abs(p.pixel - expected), `${what}: value ${p.value} drawn at ${p.pixel}`).toBeLessThan(0.5);
  }
}

function statisticText(model: PooledModel): string {
  const stat =
    model.df === null
      ? `z = ${formatStatistic(model.stat)}`
      : `t(${formatInteger(model.df)}) = ${formatStatistic(model.stat)}`;
  return `${stat}, ${formatPValue(model.pval)}`;
}

/** Compares one outcome's table, stats, translation and plotted marks with the API's answer. */
async function expectOutcomeShown(
  page: Page,
  summary: EvidenceSummary,
  outcome: PooledOutcome,
): Promise<void> {
  const section = page.locator(`section[data-outcome="${outcome.outcome.id}"]`);
  await expect(section.getByRole('heading', { level: 2 })).toContainText(outcome.outcome.name);
  const effects = new Map(summary.effects.map((e) => [e.outcomeResultId, e]));

  // The table: one row per study.
  await expect(section.locator('tbody > tr[data-study]')).toHaveCount(outcome.studies.length);
  for (const s of outcome.studies) {
    const row = section.locator(`tr[data-study="${s.outcomeResultId}"]`);
    await expect(row.locator('[data-field="yi"]')).toHaveText(formatEffect(s.yi));
    await expect(row.locator('[data-field="ci"]')).toHaveText(formatEffectInterval(s.ciLower, s.ciUpper));
    await expect(row.locator('[data-field="weight"]')).toHaveText(formatPercent(s.weightPct / 100, 1));
    const effect = effects.get(s.outcomeResultId);
    if (effect === undefined) throw new Error(`No effect for ${s.outcomeResultId}`);
    await expect(row.locator('[data-field="evaluation"]')).toContainText(effect.evaluation.name);
    await expect(row.locator('[data-field="measure"]')).toContainText(effect.measureName);
    await expect(row.locator('.badge--illustrative')).toHaveCount(effect.illustrative ? 1 : 0);
  }

  // What it means for a board, or why that is not shown.
  if (outcome.translation !== null) {
    const t = outcome.translation;
    const sentence = section.locator('[data-field="translation-sentence"]');
    await expect(sentence).toContainText(`At a baseline of ${formatPercent(t.baselineRate)}`);
    await expect(sentence).toContainText(`(source: ${t.baselineSource})`);
    await expect(sentence).toContainText(
      `${formatPercent(Math.abs(t.relativeChange))} ${t.relativeChange < 0 ? 'fewer' : 'more'}`,
    );
    await expect(sentence).toContainText(`rather than ${formatPercent(t.baselineRate)}`);
    await expect(sentence).toContainText(formatPercent(t.interventionRate));
    if (t.nnt !== null) {
      await expect(sentence).toContainText(
        `number needed to treat ${formatNumber(t.nnt, { maximumFractionDigits: 1 })}`,
      );
    }
    await expect(section.locator('[data-field="odds-ratio"]')).toHaveText(formatStatistic(t.oddsRatio));
  } else if (outcome.translationNote !== null) {
    await expect(section.locator('[data-field="translation-note"]')).toHaveText(outcome.translationNote);
  }

  const model = outcome.model;
  if (model === null) {
    if (outcome.note !== null) await expect(section.locator('[data-field="note"]')).toHaveText(outcome.note);
    await expect(section.locator('.chart')).toHaveCount(0);
    return;
  }

  // The pooled rows and the model's statistics.
  const pooled = section.locator('tr[data-pooled="estimate"]');
  await expect(pooled.locator('[data-field="estimate"]')).toHaveText(formatEffect(model.estimate));
  await expect(pooled.locator('[data-field="ci"]')).toHaveText(
    formatEffectInterval(model.ci_lb, model.ci_ub),
  );
  await expect(section.locator('tr[data-pooled="prediction"] [data-field="pi"]')).toHaveText(
    model.pi_lb === null || model.pi_ub === null ? '—' : formatEffectInterval(model.pi_lb, model.pi_ub),
  );
  const stat = (key: string) => section.locator(`[data-stat="${key}"]`);
  await expect(stat('pval')).toHaveText(statisticText(model));
  await expect(stat('tau2')).toHaveText(formatStatistic(model.tau2));
  await expect(stat('I2')).toHaveText(formatPercent(model.I2 / 100, 1));
  await expect(stat('H2')).toHaveText(formatStatistic(model.H2));
  await expect(stat('QE')).toHaveText(`${formatStatistic(model.QE)}, ${formatPValue(model.QEp)}`);
  await expect(stat('k')).toHaveText(formatInteger(model.k));
  await expect(stat('method')).toHaveText(POOLING_METHOD_LABELS[model.method]);
  await expect(stat('test')).toHaveText(POOLING_TEST_LABELS[model.test]);

  // The charts are named, and described by the table that carries their numbers.
  const tableId = await section.locator('table.effects-table').getAttribute('id');
  for (const chart of await section.locator('.chart').all()) {
    await expect(chart).toHaveAttribute('role', 'img');
    await expect(chart).toHaveAttribute('aria-label', /plot of/);
    await expect(chart).toHaveAttribute('aria-describedby', tableId ?? 'missing');
  }

  // The forest plot: every study's square and CI line carry the table's numbers, on one scale.
  const forest = section.locator('.chart--forest');
  await expect(forest.locator('.forest__study')).toHaveCount(outcome.studies.length);
  const xs: { value: number; pixel: number }[] = [];
  for (const s of outcome.studies) {
    const mark = forest.locator(`.forest__study[data-study="${s.outcomeResultId}"]`);
    const point = mark.locator('rect.forest__point');
    const ci = mark.locator('line.forest__ci');
    expect(await numberAttr(point, 'data-yi')).toBe(s.yi);
    expect(await numberAttr(point, 'data-weight')).toBe(s.weightPct);
    expect(await numberAttr(ci, 'data-ci-lower')).toBe(s.ciLower);
    expect(await numberAttr(ci, 'data-ci-upper')).toBe(s.ciUpper);
    const x = await numberAttr(point, 'x');
    const width = await numberAttr(point, 'width');
    xs.push({ value: s.yi, pixel: x + width / 2 });
    xs.push({ value: s.ciLower, pixel: await numberAttr(ci, 'x1') });
    xs.push({ value: s.ciUpper, pixel: await numberAttr(ci, 'x2') });
  }
  // Squares grow with weight.
  const sizes = await Promise.all(
    [...outcome.studies]
      .sort((a, b) => a.weightPct - b.weightPct)
      .map((s) =>
        numberAttr(forest.locator(`[data-study="${s.outcomeResultId}"] rect.forest__point`), 'width'),
      ),
  );
  expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);

  const diamond = forest.locator('polygon.forest__diamond');
  expect(await numberAttr(diamond, 'data-estimate')).toBe(model.estimate);
  expect(await numberAttr(diamond, 'data-ci-lower')).toBe(model.ci_lb);
  expect(await numberAttr(diamond, 'data-ci-upper')).toBe(model.ci_ub);
  const corners = ((await diamond.getAttribute('points')) ?? '')
    .split(' ')
    .map((p) => Number(p.split(',')[0]));
  xs.push({ value: model.ci_lb, pixel: corners[0] ?? Number.NaN });
  xs.push({ value: model.estimate, pixel: corners[1] ?? Number.NaN });
  xs.push({ value: model.ci_ub, pixel: corners[2] ?? Number.NaN });
  if (model.pi_lb !== null && model.pi_ub !== null) {
    const pi = forest.locator('line.forest__pi');
    expect(await numberAttr(pi, 'data-pi-lower')).toBe(model.pi_lb);
    expect(await numberAttr(pi, 'data-pi-upper')).toBe(model.pi_ub);
    xs.push({ value: model.pi_lb, pixel: await numberAttr(pi, 'x1') });
    xs.push({ value: model.pi_ub, pixel: await numberAttr(pi, 'x2') });
  } else {
    await expect(forest.locator('line.forest__pi')).toHaveCount(0);
  }
  xs.push({ value: 0, pixel: await numberAttr(forest.locator('line.forest__null'), 'x1') });
  expectLinear(xs, 'forest plot x');
  await expect(forest.locator('.recharts-xAxis')).toBeVisible();
  await expect(forest).toContainText('Hedges’ g (positive = beneficial)');

  // The funnel plot: g against its standard error, 0 at the top, on one scale each way.
  const funnel = section.locator('.chart--funnel');
  await expect(funnel.locator('circle.funnel__point')).toHaveCount(outcome.studies.length);
  const fx: { value: number; pixel: number }[] = [];
  const fy: { value: number; pixel: number }[] = [];
  for (const s of outcome.studies) {
    const point = funnel.locator(`circle.funnel__point[data-study="${s.outcomeResultId}"]`);
    expect(await numberAttr(point, 'data-yi')).toBe(s.yi);
    expect(await numberAttr(point, 'data-se')).toBeCloseTo(s.sei, 12);
    fx.push({ value: s.yi, pixel: await numberAttr(point, 'cx') });
    fy.push({ value: s.sei, pixel: await numberAttr(point, 'cy') });
  }
  const centre = funnel.locator('line.funnel__estimate');
  expect(await numberAttr(centre, 'data-estimate')).toBe(model.estimate);
  fx.push({ value: model.estimate, pixel: await numberAttr(centre, 'x1') });
  fy.push({ value: 0, pixel: await numberAttr(centre, 'y1') });
  expectLinear(fx, 'funnel plot x');
  expectLinear(fy, 'funnel plot y');
  // Inverted: a standard error of 0 is at the top.
  const top = await numberAttr(centre, 'y1');
  for (const p of fy) expect(p.pixel).toBeGreaterThanOrEqual(top);
  // The pseudo 95% limits run from the estimate at SE 0 to estimate ± 1.96·SE at the bottom.
  for (const side of ['lower', 'upper'] as const) {
    const limit = funnel.locator(`line.funnel__limit[data-side="${side}"]`);
    expect(await numberAttr(limit, 'data-estimate')).toBe(model.estimate);
    const seMax = await numberAttr(limit, 'data-se-max');
    const sign = side === 'lower' ? -1 : 1;
    fx.push({
      value: model.estimate + sign * 1.959963984540054 * seMax,
      pixel: await numberAttr(limit, 'x2'),
    });
  }
  expectLinear(fx, 'funnel plot limits');
}

/** A screenshot of the whole Evidence tab: the app scrolls inside <main>, so grow the window to fit. */
async function screenshotTab(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1440, height: 900 };
  const height = await page.locator('#main-content').evaluate((el) => el.scrollHeight + 80);
  await page.setViewportSize({ width: viewport.width, height: Math.min(height, 12_000) });
  await page.locator('.evidence').screenshot({ path: test.info().outputPath(name) });
  await page.setViewportSize(viewport);
}

test.describe('evidence tab', () => {
  test('the tabs are hash routes and follow the arrow keys', async ({ page, served }) => {
    await openApp(page, served, `#/interventions/${KICKZ}`);
    const tablist = page.getByRole('tablist');
    const overview = tablist.getByRole('tab', { name: 'Overview' });
    const evidence = tablist.getByRole('tab', { name: 'Evidence' });
    await expect(overview).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel')).toContainText('Theory of change');
    await overview.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`#/interventions/${KICKZ}/evidence$`));
    await expect(evidence).toBeFocused();
    await expect(evidence).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel', { name: 'Evidence' })).toBeVisible();
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(new RegExp(`#/interventions/${KICKZ}$`));
    await expect(overview).toBeFocused();
    await page.goBack();
    await expect(evidence).toHaveAttribute('aria-selected', 'true');
  });

  test('every number in the tables and on the plots is the API’s, for REML and then DL', async ({
    page,
    request,
    served,
    cspViolations,
  }) => {
    const reml = await api(request, served, 'evidence/get', { interventionId: KICKZ });
    expect(reml.method).toBe('REML');
    expect(reml.test).toBe('knha');
    expect(reml.pooled.some((p) => p.model !== null)).toBe(true);

    await openEvidence(page, served);
    await expect(page.locator('.evidence')).toHaveAttribute('data-method', 'REML');
    await expect(page.getByLabel('Pooling method')).toHaveValue('REML');
    await expect(page.getByLabel('Test and intervals')).toHaveValue('knha');
    await expect(page.locator('section[data-outcome]')).toHaveCount(reml.pooled.length);
    for (const outcome of reml.pooled) await expectOutcomeShown(page, reml, outcome);
    if (reml.effects.some((e) => e.illustrative)) {
      await expect(page.locator('[data-field="illustrative-note"]')).toContainText(
        'invented for demonstration',
      );
    }

    // Results with no standardised effect are listed with the reason.
    for (const e of reml.effects.filter((x) => x.yi === null)) {
      await expect(
        page.locator(`[data-excluded="${e.outcomeResultId}"] [data-field="excludedReason"]`),
      ).toHaveText(e.excludedReason ?? '');
    }

    // A study's derivation: method, every input and step, and the direction when flipped.
    const study = reml.pooled.flatMap((p) => p.studies)[0];
    const effect = reml.effects.find((e) => e.outcomeResultId === study?.outcomeResultId);
    if (study === undefined || effect?.derivation === undefined || effect.derivation === null) {
      throw new Error('Kickz has no derived effect to check.');
    }
    const row = page.locator(`tr[data-study="${study.outcomeResultId}"]`).first();
    const toggle = row.getByRole('button', { name: /How g was worked out/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const derivation = page.locator(`[data-derivation="${study.outcomeResultId}"]`).first();
    await expect(derivation.locator('[data-field="method"]')).toHaveText(effect.derivation.method);
    for (const formula of effect.derivation.formulas) await expect(derivation).toContainText(formula);
    const traced = [...effect.derivation.inputs, ...effect.derivation.steps];
    const shown = await derivation.locator('tr[data-trace] [data-field="value"]').allTextContents();
    expect(shown).toEqual(traced.map((v) => formatNumber(v.value, { maximumFractionDigits: 6 })));
    await expect(derivation.locator('[data-field="direction"]')).toHaveCount(
      effect.derivation.directionFlipped ? 1 : 0,
    );
    if (effect.derivation.directionFlipped) {
      await expect(derivation).toContainText('Direction flipped so positive = beneficial');
    }

    // DerSimonian–Laird: the page asks again and shows the new numbers.
    const dl = await api(request, served, 'evidence/get', { interventionId: KICKZ, method: 'DL' });
    await page.getByLabel('Pooling method').selectOption('DL');
    await expect(page.locator('.evidence')).toHaveAttribute('data-method', 'DL');
    await expect(page.locator('.evidence')).toHaveAttribute('aria-busy', 'false');
    for (const outcome of dl.pooled) await expectOutcomeShown(page, dl, outcome);

    // And the normal test with it.
    const dlz = await api(request, served, 'evidence/get', {
      interventionId: KICKZ,
      method: 'DL',
      test: 'z',
    });
    await page.getByLabel('Test and intervals').selectOption('z');
    await expect(page.locator('.evidence')).toHaveAttribute('data-test', 'z');
    await expect(page.locator('.evidence')).toHaveAttribute('aria-busy', 'false');
    for (const outcome of dlz.pooled) await expectOutcomeShown(page, dlz, outcome);

    expect(await cspViolations()).toEqual([]);
  });

  test('ratings show their explanation; an override shows both values and can be cleared', async ({
    page,
    request,
    served,
  }) => {
    const before = await api(request, served, 'evidence/get', { interventionId: KICKZ });
    const oracle = before.ratings.find((r) => r.framework.id === 'project-oracle');
    const rated = oracle?.ratings[0];
    if (oracle === undefined || rated === undefined) throw new Error('Kickz has no Project Oracle rating.');
    expect(rated.override).toBeNull();
    const choice = oracle.levelChoices.find((c) => c.id !== rated.level);
    if (choice === undefined) throw new Error('No other level to choose.');

    await openEvidence(page, served);
    // Every framework with its computed ratings and its source.
    for (const framework of before.ratings) {
      const card = page.locator(`article[data-framework="${framework.framework.id}"]`);
      await expect(card.getByRole('heading', { level: 3 })).toHaveText(framework.framework.name);
      await expect(card).toContainText(framework.framework.source);
      for (const r of framework.ratings) {
        const subject = card.locator(`.rated[data-subject="${r.subject.id}"]`);
        await expect(subject.locator('[data-field="computed"]')).toContainText(
          `Computed: ${r.label}${r.suffixes.join('')}`,
        );
        if (framework.framework.scope !== 'intervention') await expect(subject).toContainText(r.subject.name);
      }
    }
    if (before.costRating !== null) {
      await expect(page.locator('[data-field="cost-rating-value"]')).toHaveText(
        String(before.costRating.rating),
      );
      await expect(page.locator('[data-field="cost-rating-band"]')).toHaveText(before.costRating.band);
    }

    const card = page.locator('article[data-framework="project-oracle"]');
    // The explanation: every level, highest first, each criterion met or not in words.
    await card.getByText(/^Why /).click();
    const levels = card.locator('li.level');
    await expect(levels).toHaveCount(rated.levels.length + rated.modifiers.length);
    for (const [index, level] of rated.levels.entries()) {
      const item = levels.nth(index);
      await expect(item).toHaveAttribute('data-level', level.id);
      await expect(item.locator('.level__head')).toContainText(level.label);
      const criteria = item.locator('li.criterion');
      await expect(criteria).toHaveCount(level.criteria.length);
      for (const [j, criterion] of level.criteria.entries()) {
        const line = criteria.nth(j);
        await expect(line).toContainText(`${criterion.met ? 'Met' : 'Not met'}: ${criterion.text}`);
        await expect(line.locator('svg.met-icon')).toHaveCount(1);
        for (const s of criterion.studies) await expect(line).toContainText(s.title);
      }
    }

    // Saving with nothing filled in shows the API's error next to the field it names.
    await card.getByRole('button', { name: 'Override this rating' }).click();
    await card.getByRole('button', { name: 'Save override' }).click();
    await expect(card.getByLabel('Level')).toHaveAttribute('aria-invalid', 'true');
    await expect(card.locator('.field-error')).toHaveCount(1);
    await expect(card.getByLabel('Level')).toHaveAccessibleDescription(/level/i);

    const reason = 'Validated at interview: the provider showed a replication not yet catalogued.';
    const by = 'A. Researcher';
    await card.getByLabel('Level').selectOption(choice.id);
    await card.getByLabel('Reason').fill(reason);
    await card.getByLabel('Your name').fill(by);
    await card.getByRole('button', { name: 'Save override' }).click();
    await expect(card.locator('[data-field="override"]')).toBeVisible();

    // After a reload both values, the reason and who made it are shown, as the API has them.
    const after = await api(request, served, 'evidence/get', { interventionId: KICKZ });
    const overridden = after.ratings.find((r) => r.framework.id === 'project-oracle')?.ratings[0];
    expect(overridden?.override?.level).toBe(choice.id);
    expect(overridden?.override?.reason).toBe(reason);
    expect(overridden?.override?.overriddenBy).toBe(by);
    await page.reload();
    await expect(page.locator('.evidence[data-method]')).toBeVisible();
    const line = card.locator('[data-field="override"]');
    await expect(card.locator('[data-field="computed"]')).toContainText(`Computed: ${rated.label}`);
    await expect(line).toContainText(`Override: ${choice.label}`);
    await expect(line.locator('[data-field="override-reason"]')).toHaveText(reason);
    await expect(line.locator('[data-field="override-by"]')).toHaveText(by);
    await expect(line.locator('time')).toHaveAttribute('datetime', overridden?.override?.overriddenAt ?? '');
    await card.screenshot({ path: test.info().outputPath('evidence-override.png') });

    // Clearing asks for a name, then only the computed rating is left.
    await card.getByRole('button', { name: 'Clear override' }).click();
    await card.getByLabel('Your name').fill(by);
    await card.getByRole('button', { name: 'Clear override' }).click();
    await expect(card.locator('[data-field="override"]')).toHaveCount(0);
    await expect(card.locator('[data-field="computed"]')).toContainText(`Computed: ${rated.label}`);
    const cleared = await api(request, served, 'evidence/get', { interventionId: KICKZ });
    expect(cleared.ratings.find((r) => r.framework.id === 'project-oracle')?.ratings[0]?.override).toBeNull();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`passes axe (WCAG 2 A and AA) in ${colorScheme}, with everything unfolded`, async ({
      page,
      served,
    }) => {
      await page.emulateMedia({ colorScheme });
      await openEvidence(page, served);
      await page.locator('section[data-outcome]').first().waitFor();
      await screenshotTab(page, `evidence-${colorScheme}.png`);
      // Unfold every explanation and derivation (each click changes what the locators match).
      const closed = page.locator('details:not([open]) > summary');
      while ((await closed.count()) > 0) await closed.first().click();
      const folded = page.locator('button.disclosure[aria-expanded="false"]');
      while ((await folded.count()) > 0) await folded.first().click();
      await page
        .locator('article[data-framework="project-oracle"]')
        .getByRole('button', { name: 'Override this rating' })
        .click();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      const violations = results.violations.map(
        (v) =>
          `${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n` +
          v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n'),
      );
      expect(violations).toEqual([]);
      await screenshotTab(page, `evidence-${colorScheme}-unfolded.png`);
    });
  }

  test('README screenshot of the Evidence tab', async ({ page, served }) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.emulateMedia({ colorScheme: 'light' });
    await openEvidence(page, served);
    await page.locator('.chart--forest .forest__diamond').waitFor();
    // Start the view at the tab's content, so the pooling controls and the whole forest plot show.
    await page.locator('.evidence').evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      document.getElementById('main-content')?.scrollBy(0, -16);
    });
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(SCREENSHOTS, 'evidence.png') });
  });
});
