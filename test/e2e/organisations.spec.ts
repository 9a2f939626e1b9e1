// Organisations: the list (from the sidebar and the command palette), sorted and filtered by kind;
// an organisation's page with what relates to it; editing it; its history; a delete refused while
// interventions name it, and a delete that goes through. Axe scans and the keyboard throughout.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { api, expect, openApp, REPO_ROOT, test } from './fixtures';

const USER = 'E2E Organisation Editor';
const shotPath = (name: string) => join(REPO_ROOT, 'resources', 'screenshots', name);

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help}\n` + v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n'),
  );
}

const rowNames = (page: Page) => page.locator('.organisations-table tbody th').allTextContents();

test.beforeEach(async ({ page }) => {
  await page.addInitScript((name) => window.localStorage.setItem('ewb.userName', name), USER);
});

test('the organisations list sorts, filters by kind and opens an organisation by keyboard', async ({
  page,
  request,
  served,
}) => {
  const all = await api(request, served, 'organisations/list', {});
  await openApp(page, served, '#/catalogue');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organisations' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Organisations' })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('.organisations-table tbody tr')).toHaveCount(all.length);
  const byName = [...all]
    .map((o) => o.name)
    .sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' }));
  expect(await rowNames(page)).toEqual(byName);
  expect(await violations(page)).toEqual([]);
  await page.screenshot({ path: shotPath('organisations.png') });

  // Sort by interventions, most first; the heading says so to assistive technology.
  await page.getByRole('button', { name: 'Interventions' }).click();
  const mostUsed = [...all].sort((a, b) => b.interventionCount - a.interventionCount)[0];
  expect((await rowNames(page))[0]).toBe(mostUsed?.name);
  await expect(page.getByRole('columnheader', { name: 'Interventions' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );

  // Filter by kind: only evaluators remain.
  await page.getByLabel('Kind').selectOption('research');
  const evaluators = all.filter((o) => o.kind === 'research');
  await expect(page.locator('.organisations-table tbody tr')).toHaveCount(evaluators.length);
  await expect(page.getByRole('status').filter({ hasText: 'of' })).toHaveText(
    `${evaluators.length} of ${all.length} organisations`,
  );
  await page.getByLabel('Name contains').fill('kpmg');
  expect(await rowNames(page)).toEqual(['KPMG']);

  // Open it by keyboard: Enter on the row's link.
  await page.getByRole('link', { name: 'KPMG' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/organisations\/kpmg$/);
  await expect(page.getByRole('heading', { level: 1, name: 'KPMG' })).toBeVisible();
});

test('an organisation page: details, relations, edit, history; the command palette opens it', async ({
  page,
  request,
  served,
}) => {
  const kpmg = await api(request, served, 'organisations/get', { id: 'kpmg' });
  expect(kpmg.evaluations.length).toBeGreaterThan(0);

  // The command palette finds it and opens its page (a stable link).
  await openApp(page, served, '#/catalogue');
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Go to a screen or record' }).fill('KPMG');
  // Interventions and evaluations that mention it come first; arrow down to the organisation.
  const option = page.getByRole('option', { name: 'KPMG (organisation)' });
  await expect(option).toBeVisible();
  for (let i = 0; i < 10 && (await option.getAttribute('aria-selected')) !== 'true'; i++) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/organisations\/kpmg$/);
  const main = page.locator('#main-content');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('KPMG');
  await expect(main.locator('.page-header__eyebrow')).toHaveText('Research / evaluator');
  const carriedOut = main.getByRole('region', { name: /Evaluations carried out/ });
  for (const e of kpmg.evaluations) await expect(carriedOut).toContainText(e.title);
  await expect(main.getByRole('region', { name: /^Interventions/ })).toContainText(
    'No intervention names this organisation.',
  );

  // A provider's page lists its interventions under their roles.
  const police = await api(request, served, 'organisations/get', { id: 'mps' });
  await openApp(page, served, '#/organisations/mps');
  const interventions = page.getByRole('region', { name: /^Interventions/ });
  await expect(interventions.getByRole('heading', { level: 3 }).first()).toBeVisible();
  await expect(interventions.getByRole('link')).toHaveCount(police.interventions.length);
  await page.screenshot({ path: shotPath('organisation.png'), fullPage: true });
  expect(await violations(page)).toEqual([]);

  // Edit KPMG's description with the existing form; back on its page, the history shows it.
  await openApp(page, served, '#/organisations/kpmg');
  try {
    await page.getByRole('link', { name: 'Edit KPMG' }).click();
    await expect(page).toHaveURL(/#\/organisations\/kpmg\/edit$/);
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('KPMG');
    expect(await violations(page)).toEqual([]);
    await page.getByLabel('Description').fill('Audit firm that evaluated a London programme.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page).toHaveURL(/#\/organisations\/kpmg$/);
    await expect(page.getByRole('region', { name: 'Description' })).toContainText(
      'Audit firm that evaluated a London programme.',
    );
    await page.getByRole('button', { name: 'History', exact: true }).click();
    const entries = page.locator('.history-entry');
    await expect(entries.first()).toContainText(`Changed by ${USER}`);
    await expect(entries.first()).toContainText('Fields changed: Description');
    expect(await violations(page)).toEqual([]);
  } finally {
    await api(request, served, 'organisations/save', {
      id: 'kpmg',
      name: kpmg.name,
      kind: kpmg.kind,
      ...(kpmg.website === null ? {} : { website: kpmg.website }),
      ...(kpmg.description === null ? {} : { description: kpmg.description }),
      by: USER,
    });
  }
});

test('deleting an organisation: refused while in use, otherwise asked and done', async ({
  page,
  request,
  served,
}) => {
  // In use: the panel says what stops it and offers no Delete button.
  await openApp(page, served, '#/organisations/football-foundation');
  await page.getByRole('button', { name: 'Delete organisation…' }).click();
  const panel = page.getByRole('region', { name: 'Delete “Football Foundation”?' });
  await expect(panel).toContainText('It cannot be deleted while 1 intervention names it.');
  await expect(panel.getByRole('button', { name: 'Delete organisation' })).toHaveCount(0);
  expect(await violations(page)).toEqual([]);
  await panel.getByRole('button', { name: 'Close' }).click();
  // The server refuses it too, with the same reason.
  const refused = await request.post(`${served.origin}/api/organisations/delete`, {
    headers: { Authorization: `Bearer ${served.token}` },
    data: { id: 'football-foundation', by: USER, confirm: true },
  });
  expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

  // Not in use: asked, then deleted, and the list no longer has it.
  const created = await api(request, served, 'organisations/save', {
    name: 'Short-lived Funders Trust',
    kind: 'funder',
    by: USER,
  });
  await openApp(page, served, `#/organisations/${created.id}`);
  await page.getByRole('button', { name: 'Delete organisation…' }).click();
  const ask = page.getByRole('region', { name: 'Delete “Short-lived Funders Trust”?' });
  await expect(ask).toContainText('Nothing else in the library depends on it.');
  await ask.getByRole('button', { name: 'Delete organisation' }).click();
  await expect(page).toHaveURL(/#\/organisations$/);
  await expect(page.getByRole('link', { name: 'Short-lived Funders Trust' })).toHaveCount(0);
  const after = await api(request, served, 'organisations/list', {});
  expect(after.some((o) => o.id === created.id)).toBe(false);
});

test('search hits for organisations open their page', async ({ page, served }) => {
  await openApp(page, served, '#/search/Barnardo');
  const hit = page.locator('.search-hit[data-entity-type="organisation"]').getByRole('link').first();
  await expect(hit).toBeVisible();
  await hit.click();
  await expect(page).toHaveURL(/#\/organisations\/barnardos$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Barnardo's");
});
