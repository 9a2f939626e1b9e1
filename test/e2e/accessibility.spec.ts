// Every screen, in light and dark, passes axe's WCAG 2 A and AA rules.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { api, expect, gridReady, openApp, test } from './fixtures';

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n` +
      v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n'),
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility (${colorScheme})`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme });
    });

    test('catalogue', async ({ page, served }) => {
      await openApp(page, served);
      await gridReady(page);
      expect(await violations(page)).toEqual([]);
    });

    test('catalogue with a column filter open', async ({ page, served }) => {
      await openApp(page, served);
      await gridReady(page);
      const header = page.locator('.ag-header-cell[col-id="areas"]');
      await header.hover();
      await header.locator('.ag-header-cell-filter-button').click();
      await expect(page.locator('.grid-filter')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test('intervention page', async ({ page, request, served }) => {
      const list = await api(request, served, 'interventions/list', { search: 'Kickz', limit: 50 });
      const kickz = list.rows.find((r) => r.name === 'Kickz') ?? list.rows[0];
      if (kickz === undefined) throw new Error('No intervention to open.');
      await openApp(page, served, `#/interventions/${kickz.id}`);
      await expect(page.locator('h1')).toHaveText(kickz.name);
      // Unfold every folded list so its contents are checked too.
      for (const summary of await page.locator('details:not([open]) > summary').all()) await summary.click();
      expect(await violations(page)).toEqual([]);
      await page.screenshot({ path: test.info().outputPath(`intervention-${colorScheme}.png`) });
    });

    for (const screen of [
      'library',
      'import',
      'reference-data',
      'organisations',
      'compare',
      'toolkit',
      'gap-map',
      'briefs',
    ] as const) {
      test(screen, async ({ page, served }) => {
        await openApp(page, served, `#/${screen}`);
        await expect(page.locator('main h1')).toBeVisible();
        expect(await violations(page)).toEqual([]);
        await page.screenshot({ path: test.info().outputPath(`${screen}-${colorScheme}.png`) });
      });
    }

    test('organisation page with its history open and the undo dialog', async ({ page, served }) => {
      await openApp(page, served, '#/organisations/london-yots');
      await expect(page.locator('main h1')).toHaveText("London boroughs' Youth Offending Teams");
      await page.getByRole('button', { name: 'History', exact: true }).click();
      await expect(page.locator('#history-organisation-london-yots')).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Undo last change…' }).click();
      await expect(page.getByRole('dialog', { name: 'Undo the last change?' })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test('page not found', async ({ page, served }) => {
      await openApp(page, served, '#/no/such/page');
      await expect(page.locator('main h1')).toHaveText('Page not found');
      expect(await violations(page)).toEqual([]);
    });

    test('access page without a token', async ({ page, served }) => {
      await page.goto(`${served.origin}/#/catalogue`);
      await expect(page.locator('h1')).toContainText('including its token');
      expect(await violations(page)).toEqual([]);
    });
  });
}

test('keyboard: the skip link moves focus to the main content, and the nav marks the current screen', async ({
  page,
  served,
}) => {
  await openApp(page, served, '#/library');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page).toHaveURL(/#\/library$/);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Library' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Catalogue' })).not.toHaveAttribute('aria-current', /.+/);
});
