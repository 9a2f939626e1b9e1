// Library files and backups through the Library screen in the browser-served mode: a new library is
// empty; the previous one opens again from the recent list; a copy is saved (and never over a
// file); "Back up now"; a restore brings deleted data back. This spec switches libraries, so it
// serves its own copy of the sample library rather than the one the other specs share.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  api,
  axeViolations,
  createSampleLibrary,
  expect,
  openApp,
  REPO_ROOT,
  serveLibrary,
  type ServedLibrary,
  test,
} from './fixtures';

const USER = 'E2E Librarian';
let folder = '';
let served: ServedLibrary;
let stopServer: () => Promise<void> = () => Promise.resolve();

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'ewb-e2e-files-'));
  const server = await serveLibrary(createSampleLibrary(folder), join(folder, 'user-data'));
  served = server.served;
  stopServer = server.stop;
});

test.afterAll(async () => {
  await stopServer();
  rmSync(folder, { recursive: true, force: true });
});

test.beforeEach(async ({ page }) => {
  await page.addInitScript((name) => window.localStorage.setItem('ewb.userName', name), USER);
});

const interventionCount = (page: Page) =>
  page.getByRole('table', { name: 'Records in this library' }).getByRole('row', { name: /^Interventions/ });
const libraryName = (page: Page) => page.locator('.topbar__name');
const filesStatus = (page: Page) => page.locator('.library-files-status');
const backupRows = (page: Page) => page.locator('.backups-table tbody tr');

test('a new library is empty, the previous one opens from the recent list, and a copy is saved', async ({
  page,
  request,
}) => {
  const sample = await api(request, served, 'library/info', {});
  await openApp(page, served, '#/library');
  await expect(page.getByRole('heading', { level: 2, name: 'Backups' })).toBeVisible();
  // The first daily backup was taken when the server opened the library.
  await expect(backupRows(page)).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);

  // New, by keyboard: type the path and press Enter.
  const emptyPath = join(folder, 'Empty');
  await page.getByLabel('New empty library').fill(emptyPath);
  await page.getByLabel('New empty library').press('Enter');
  await expect(filesStatus(page)).toContainText('Now working on Empty.ewb');
  await expect(libraryName(page)).toHaveText('Empty');
  await expect(interventionCount(page)).toContainText('0');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Catalogue' }).click();
  await expect(page.getByText(/no interventions/i).first()).toBeVisible();

  // The sample library is first among the recent ones; Open brings it back.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
  const openPrevious = page.getByRole('button', { name: `Open lib.ewb (${served.libraryPath})` });
  await openPrevious.focus();
  await page.keyboard.press('Enter');
  await expect(libraryName(page)).toHaveText(sample.name);
  await expect(interventionCount(page)).toContainText(String(sample.counts.interventions));
  await expect(page.getByRole('button', { name: /^Open Empty\.ewb/ })).toBeVisible();

  // Save a copy: the file is written; a second time it is refused, naming the field.
  const copyPath = join(folder, 'Copy.ewb');
  const copyField = page.getByLabel('Save a copy of this library');
  await copyField.fill(copyPath);
  await page.getByRole('button', { name: 'Save a copy', exact: true }).click();
  await expect(filesStatus(page)).toContainText(`Saved a copy of this library as ${copyPath}`);
  expect(existsSync(copyPath)).toBe(true);
  await copyField.fill(copyPath);
  await page.getByRole('button', { name: 'Save a copy', exact: true }).click();
  await expect(page.locator('#copy-path-error')).toContainText('already exists');
  await expect(copyField).toHaveAttribute('aria-invalid', 'true');
  await expect(libraryName(page)).toHaveText(sample.name);

  // Not a library: a clear refusal, and the open library stays.
  await page.getByLabel('Open a library').fill(join(folder, 'user-data', 'recent-libraries.json'));
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.locator('#open-path-error')).toContainText('not an Evidence Workbench library');
  expect(await axeViolations(page)).toEqual([]);
});

test('back up now, then restore a backup and see the deleted intervention come back', async ({
  page,
  request,
}) => {
  const before = await api(request, served, 'library/info', {});
  await openApp(page, served, '#/library');
  await expect(backupRows(page)).toHaveCount(1);

  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.locator('.backups-status')).toContainText('passed its integrity check');
  await expect(backupRows(page)).toHaveCount(2);
  await expect(backupRows(page).first()).toContainText('By hand');
  await expect(backupRows(page).first()).toContainText('Passed');

  // A change made after the backup: an intervention is deleted.
  const [gone] = (await api(request, served, 'interventions/list', {})).rows;
  if (gone === undefined) throw new Error('The sample library has no interventions.');
  await api(request, served, 'interventions/delete', { id: gone.id, by: USER, confirm: true });
  await page.reload();
  await expect(interventionCount(page)).toContainText(String(before.counts.interventions - 1));

  // Restore asks first; Cancel (Escape) changes nothing.
  const restoreButton = backupRows(page)
    .first()
    .getByRole('button', { name: /^Restore the backup of/ });
  await restoreButton.click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Restore this backup' })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(restoreButton).toBeFocused();

  await restoreButton.click();
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.backups-status')).toContainText('Restored the backup of');
  await expect(interventionCount(page)).toContainText(String(before.counts.interventions));
  // The state before the restore was itself backed up, so the restore can be undone.
  await expect(backupRows(page).first()).toContainText('Before a restore');
  // The screen scrolls inside its main area: bring the backups and file actions into view.
  await page.getByRole('heading', { level: 2, name: 'Backups' }).evaluate((heading) => {
    const main = heading.closest('main');
    if (main !== null)
      main.scrollTop += heading.getBoundingClientRect().top - main.getBoundingClientRect().top - 40;
  });
  await page.screenshot({ path: join(REPO_ROOT, 'resources', 'screenshots', 'library-files.png') });

  await page.goto(`${served.origin}/#/interventions/${gone.id}`);
  await expect(page.getByRole('heading', { level: 1, name: gone.name })).toBeVisible();
});
