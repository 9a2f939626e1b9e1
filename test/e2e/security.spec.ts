// The browser-served mode's security: no Content-Security-Policy violations while the app is used,
// the grid's injected styles carry the page's nonce, and the API refuses calls without the token.
import { api, expect, gridReady, openApp, test } from './fixtures';

test('using the app triggers no CSP violations', async ({ page, request, served, cspViolations }) => {
  const list = await api(request, served, 'interventions/list', { search: 'Kickz', limit: 50 });
  const kickz = list.rows.find((r) => r.name === 'Kickz') ?? list.rows[0];
  if (kickz === undefined) throw new Error('No intervention to open.');

  await openApp(page, served);
  await gridReady(page);
  // Search, filter, sort.
  await page.getByLabel('Search the catalogue').fill('police');
  await expect(page.locator('.catalogue__count')).toContainText('match');
  await page.getByRole('button', { name: /Remove search/ }).click();
  const header = page.locator('.ag-header-cell[col-id="tier"]');
  await header.hover();
  await header.locator('.ag-header-cell-filter-button').click();
  await page.locator('.grid-filter').getByRole('checkbox').first().check();
  await page.keyboard.press('Escape');
  await page.locator('.ag-header-cell[col-id="name"] .ag-header-cell-text').click();
  await page.getByRole('button', { name: 'Clear all' }).click();
  await gridReady(page);
  // An intervention page (same document, so every violation stays on record), folded sections open.
  await page.getByLabel('Search the catalogue').fill(kickz.name);
  await page.locator('.ag-row .cell-link', { hasText: new RegExp(`^${kickz.name}$`) }).click();
  await expect(page.locator('h1')).toHaveText(kickz.name);
  for (const summary of await page.locator('details:not([open]) > summary').all()) await summary.click();
  // The other screens, in dark mode too.
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const screen of ['library', 'compare', 'toolkit', 'briefs', 'catalogue']) {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: new RegExp(screen, 'i') })
      .click();
    await expect(page).toHaveURL(new RegExp(`#/${screen}$`));
  }
  await gridReady(page);

  expect(await cspViolations()).toEqual([]);
  // AG Grid's theme arrives as <style> elements: each must carry the nonce the CSP allows.
  const styles = await page
    .locator('style')
    .evaluateAll((els) => els.map((e) => (e as HTMLStyleElement).nonce));
  expect(styles.length).toBeGreaterThan(0);
  for (const nonce of styles) expect(nonce).not.toBe('');
});

test('the token is taken out of the address bar', async ({ page, served }) => {
  await openApp(page, served);
  expect(page.url()).not.toContain('token=');
  expect(new URL(page.url()).hash).toBe('#/catalogue');
  // A reload keeps working: the token stays in this tab's session storage.
  await page.reload();
  await gridReady(page);
});

test('the API refuses calls without the token, or with a wrong one', async ({ request, served }) => {
  const none = await request.post(`${served.origin}/api/library/info`, { data: {} });
  expect(none.status()).toBe(401);
  expect(((await none.json()) as { ok: boolean; error: { code: string } }).error.code).toBe('UNAUTHORISED');

  const wrong = await request.post(`${served.origin}/api/interventions/list`, {
    headers: { Authorization: 'Bearer not-the-token' },
    data: {},
  });
  expect(wrong.status()).toBe(401);

  const right = await request.post(`${served.origin}/api/library/info`, {
    headers: { Authorization: `Bearer ${served.token}` },
    data: {},
  });
  expect(right.status()).toBe(200);
});

test('a page opened without the token explains how to get in', async ({ page, served }) => {
  await page.goto(`${served.origin}/#/catalogue`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Open the address printed by ewb serve, including its token',
  );
  await expect(page.locator('.ag-root')).toHaveCount(0);
});
