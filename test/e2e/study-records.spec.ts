// One outcome result or cost item at a time, from the intervention page: edit, delete (asked
// first) and history, each button named for its record and reachable by keyboard; the outcome
// result form's live effect, equal to what the evidence engine gives once saved; and undoing the
// last change from another screen (the catalogue), after seeing what it would undo.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { formatEffect, formatStatistic } from '../../shared/format';
import { api, expect, gridNames, gridReady, openApp, REPO_ROOT, test } from './fixtures';

const USER = 'E2E Study Records';

async function violations(page: Page, selector?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']);
  const results = await (selector === undefined ? builder : builder.include(selector)).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help}\n` + v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n'),
  );
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript((name) => window.localStorage.setItem('ewb.userName', name), USER);
});

/** An intervention of the sample library with outcome results and cost items. */
async function studiedIntervention(request: Parameters<typeof api>[0], served: Parameters<typeof api>[1]) {
  const list = await api(request, served, 'interventions/list', { limit: 200 });
  for (const row of list.rows.filter((r) => r.evaluationCount > 0)) {
    const detail = await api(request, served, 'interventions/get', { id: row.id });
    const evaluation = detail.evaluations.find((e) => e.outcomeResults.length > 0);
    if (evaluation !== undefined && detail.costItems.length > 0) return { detail, evaluation };
  }
  throw new Error('The sample library has no intervention with outcome results and cost items.');
}

test('edit an outcome result from the intervention page, see its history, and be asked before deleting', async ({
  page,
  request,
  served,
}) => {
  const { detail, evaluation } = await studiedIntervention(request, served);
  const result = evaluation.outcomeResults[0];
  if (result === undefined) throw new Error('No outcome result.');
  const getResult = async () =>
    (await api(request, served, 'interventions/get', { id: detail.id })).evaluations
      .flatMap((e) => e.outcomeResults)
      .find((r) => r.id === result.id);

  await openApp(page, served, `#/interventions/${detail.id}`);
  const edit = page.getByRole('button', { name: `Edit outcome result: ${result.measureName}`, exact: true });
  try {
    // By keyboard: the button takes focus and Enter opens the form, whose heading takes focus;
    // Escape closes it and focus goes back to the button.
    await edit.focus();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { name: `Edit outcome result: ${result.measureName}` }),
    ).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(edit).toBeFocused();

    await edit.click();
    const form = page.getByRole('form', { name: `Edit outcome result: ${result.measureName}` });
    await expect(form.getByLabel('Measure', { exact: true })).toHaveValue(result.measureName);
    expect(await violations(page, '.study-panel')).toEqual([]);
    await form.getByLabel('Notes', { exact: true }).fill('Checked against the report, table 3.');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.locator(`[data-outcome-result="${result.id}"]`)).toContainText(
      'Checked against the report, table 3.',
    );
    expect((await getResult())?.notes).toBe('Checked against the report, table 3.');

    // Its history: the change, by whom, which field.
    await page
      .getByRole('button', { name: `History of outcome result: ${result.measureName}`, exact: true })
      .click();
    const history = page.getByRole('region', { name: `History: ${result.measureName}` });
    await expect(history.locator('.history-entry').first()).toContainText(`Changed by ${USER}`);
    await expect(history.locator('.history-entry').first()).toContainText('Fields changed: Notes');
    await page
      .locator(`[data-evaluation="${evaluation.id}"]`)
      .screenshot({ path: join(REPO_ROOT, 'resources', 'screenshots', 'outcome-result-history.png') });
    expect(await violations(page, '.study-panel')).toEqual([]);

    // Delete asks first; keeping it changes nothing and puts focus back.
    const remove = page.getByRole('button', {
      name: `Delete… outcome result: ${result.measureName}`,
      exact: true,
    });
    await remove.click();
    await expect(page.getByRole('button', { name: 'Delete outcome result' })).toBeFocused();
    await expect(page.locator('.study-confirm')).toContainText(
      `Delete the outcome result “${result.measureName}”?`,
    );
    expect(await violations(page, '.study-panel')).toEqual([]);
    await page.getByRole('button', { name: 'Keep it' }).click();
    await expect(remove).toBeFocused();
    expect(await getResult()).toBeDefined();
  } finally {
    // Put the shared library back: the edit was the last change.
    if ((await getResult())?.notes !== result.notes) await api(request, served, 'history/undo', { by: USER });
  }
});

test('edit and delete a cost item from its row', async ({ page, request, served }) => {
  const { detail } = await studiedIntervention(request, served);
  const item = detail.costItems[0];
  if (item === undefined) throw new Error('No cost item.');
  const costItems = async () =>
    (await api(request, served, 'interventions/get', { id: detail.id })).costItems;
  await openApp(page, served, `#/interventions/${detail.id}`);
  let changes = 0;
  try {
    await page.getByRole('button', { name: `Edit cost item: ${item.description}`, exact: true }).click();
    const form = page.getByRole('form', { name: `Edit cost item: ${item.description}` });
    expect(await violations(page, '.study-panel')).toEqual([]);
    await form.getByLabel('Participants (people)').fill('999');
    await form.getByRole('button', { name: 'Save changes' }).click();
    changes += 1;
    await expect(page.locator(`[data-cost-item="${item.id}"]`)).toContainText('999');
    expect((await costItems()).find((c) => c.id === item.id)?.participants).toBe(999);

    await page.getByRole('button', { name: `Delete… cost item: ${item.description}`, exact: true }).click();
    await expect(page.locator('.study-confirm')).toContainText('worked out again without it');
    await page.getByRole('button', { name: 'Delete cost item' }).click();
    changes += 1;
    await expect(page.locator(`[data-cost-item="${item.id}"]`)).toHaveCount(0);
    await expect(page.locator('#costs-title')).toBeFocused();
    expect((await costItems()).some((c) => c.id === item.id)).toBe(false);
  } finally {
    for (let i = 0; i < changes; i++) await api(request, served, 'history/undo', { by: USER });
  }
  expect((await costItems()).find((c) => c.id === item.id)).toEqual(item);
});

test('the outcome result form shows the standardised effect before saving, as the engine computes it', async ({
  page,
  request,
  served,
}) => {
  const list = await api(request, served, 'interventions/list', { limit: 200 });
  const target = list.rows[0];
  if (target === undefined) throw new Error('The sample library is empty.');
  const reference = await api(request, served, 'reference/list', {});
  const outcome = reference.outcomeDomains.find((d) => d.higherIsBetter);
  if (outcome === undefined) throw new Error('No outcome where higher is better.');
  const evaluation = await api(request, served, 'evaluations/save', {
    interventionId: target.id,
    by: USER,
    title: 'Preview check trial',
    design: 'randomised',
    independent: true,
    illustrative: true,
    riskOfBias: [],
    sources: [],
  });
  try {
    await openApp(page, served, `#/interventions/${target.id}`);
    const article = page.locator(`[data-evaluation="${evaluation.id}"]`);
    await article.getByRole('button', { name: /Add outcome result/ }).click();
    await page.getByLabel('Group means, SDs and ns').check();
    await page.getByLabel('Outcome', { exact: true }).selectOption(outcome.id);
    await page.getByLabel('Measure', { exact: true }).fill('Preview wellbeing score');
    const preview = page.locator('[data-field="effect-preview"]');
    await expect(preview).toContainText('as soon as the figures above are complete');
    await page.getByLabel('Intervention group mean (measure units)').fill('12');
    await page.getByLabel('Intervention group SD (measure units)').fill('3');
    await page.getByLabel('Intervention group n (people)').fill('40');
    await page.getByLabel('Comparison group mean (measure units)').fill('10');
    await page.getByLabel('Comparison group SD (measure units)').fill('3.5');
    await expect(preview.locator('[data-field="preview-g"]')).toHaveCount(0);
    await page.getByLabel('Comparison group n (people)').fill('38');
    // Complete: the effect is there before anything is saved.
    const g = await preview.locator('[data-field="preview-g"]').textContent();
    const variance = await preview.locator('[data-field="preview-variance"]').textContent();
    expect(g).toBe('0.61'); // s_pooled 3.2530, d 0.6148, J 0.9901: g 0.6087
    expect(
      (await api(request, served, 'interventions/get', { id: target.id })).evaluations.find(
        (e) => e.id === evaluation.id,
      )?.outcomeResults,
    ).toEqual([]);
    expect(await violations(page, '.study-panel')).toEqual([]);
    await preview.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await page.screenshot({
      path: join(REPO_ROOT, 'resources', 'screenshots', 'outcome-result-effect-preview.png'),
    });

    await page.getByRole('button', { name: 'Save outcome result' }).click();
    await expect(article.locator('[data-outcome-result]')).toHaveCount(1);
    const saved = (await api(request, served, 'interventions/get', { id: target.id })).evaluations.find(
      (e) => e.id === evaluation.id,
    )?.outcomeResults[0];
    const evidence = await api(request, served, 'evidence/get', { interventionId: target.id });
    const effect = evidence.effects.find((e) => e.outcomeResultId === saved?.id);
    expect(g).toBe(formatEffect(effect?.yi));
    expect(variance).toBe(formatStatistic(effect?.vi));
  } finally {
    await api(request, served, 'evaluations/delete', { id: evaluation.id, by: USER, confirm: true });
  }
});

test('undo the last change from the catalogue, after seeing what it would undo', async ({
  page,
  request,
  served,
}) => {
  const reference = await api(request, served, 'reference/list', {});
  const fields = {
    summary: 'Made to check undo from the catalogue.',
    approachTypeId: reference.approachTypes[0]?.id ?? '',
    strand: 'engagement',
    tier: 'universal',
    status: 'planned',
    by: USER,
  } as const;
  const name = 'Aardvark undo check';
  const { id } = await api(request, served, 'interventions/save', { name, ...fields });
  try {
    // A change made elsewhere (another window, a script): a new name.
    await api(request, served, 'interventions/save', { id, name: `${name} (renamed)`, ...fields });
    await openApp(page, served, '#/catalogue');
    await gridReady(page);
    expect(await gridNames(page)).toContain(`${name} (renamed)`);

    await page.getByRole('button', { name: 'Undo last change…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Undo the last change?' });
    await expect(dialog.locator('[data-field="record"]')).toHaveText(`Intervention “${name} (renamed)”`);
    await expect(dialog.locator('[data-field="action"]')).toHaveText('Changed: Name');
    await expect(dialog.locator('[data-field="by"]')).toHaveText(USER);
    await expect(dialog.getByRole('button', { name: 'Undo this change' })).toBeFocused();
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: join(REPO_ROOT, 'resources', 'screenshots', 'undo-confirmation.png') });

    // Cancel changes nothing; then undo it by keyboard.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);
    const undoButton = page.getByRole('button', { name: 'Undo last change…' });
    await expect(undoButton).toBeFocused();
    expect((await api(request, served, 'interventions/get', { id })).name).toBe(`${name} (renamed)`);
    // The command palette offers it too; Escape closes the dialog and focus comes back.
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Go to a screen or record' }).fill('undo last change');
    await expect(page.locator('.palette__status')).toHaveText('2 choices'); // the action, and a full search
    await expect(page.getByRole('option', { name: /^Undo last change…/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await page.keyboard.press('Enter');
    await expect(dialog.locator('[data-field="record"]')).toHaveText(`Intervention “${name} (renamed)”`);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(undoButton).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('button', { name: 'Undo this change' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Undone' })).toHaveText(
      `Undone: the change to intervention “${name} (renamed)” (Name) by ${USER}.`,
    );
    // The catalogue shows the library as it now is.
    await gridReady(page);
    await expect.poll(() => gridNames(page)).toContain(name);
    expect(await gridNames(page)).not.toContain(`${name} (renamed)`);
    expect((await api(request, served, 'interventions/get', { id })).name).toBe(name);
    const history = await api(request, served, 'history/list', { entityType: 'intervention', entityId: id });
    expect(history.map((h) => h.action)).toEqual(['update', 'update', 'create']);
  } finally {
    await api(request, served, 'interventions/delete', { id, by: USER, confirm: true });
  }
});
