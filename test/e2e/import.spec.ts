// The import wizard: reached from the sidebar and the command palette; a CSV with a mistake is
// checked (the cell flagged with its message, the error listed by row and column), fixed, then
// imported with progress, and its rows appear in the catalogue. Axe and the keyboard throughout.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { api, expect, gridReady, openApp, REPO_ROOT, test } from './fixtures';

const USER = 'E2E Importer';
const shotPath = (name: string) => join(REPO_ROOT, 'resources', 'screenshots', name);

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help}\n` + v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n'),
  );
}

const HEADER = 'Name,Summary,Approach type,Prevention tier,Strand,Status,Youngest age,Oldest age,Areas';
const csv = (strand: string) =>
  Buffer.from(
    [
      HEADER,
      'Riverside Youth Mentors,Weekly mentoring for 11–16s at risk of exclusion.,Mentoring,targeted,engagement,active,11,16,Lambeth',
      `Canal Boxing Club,Boxing sessions with youth workers after school.,Sports diversion,universal,${strand},pilot,10,18,Hackney; Islington`,
    ].join('\r\n'),
    'utf8',
  );

test.beforeEach(async ({ page }) => {
  await page.addInitScript((name) => window.localStorage.setItem('ewb.userName', name), USER);
});

test('a CSV with a mistake is reported by row and column, then imported once fixed', async ({
  page,
  served,
}) => {
  await openApp(page, served, '#/catalogue');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import from a spreadsheet' })).toBeVisible();

  await page.getByLabel('Spreadsheet file').setInputFiles({
    name: 'new-programmes.csv',
    mimeType: 'text/csv',
    buffer: csv('boxing'),
  });
  await expect(page.getByText('2 rows in new-programmes.csv.')).toBeVisible();
  await expect(page.getByLabel('Field for column Prevention tier')).toHaveValue('tier');
  await expect(page.getByLabel('Field for column Areas')).toHaveValue('areaIds');

  // By keyboard: focus the check button and press Enter.
  await page.getByRole('button', { name: 'Check every row' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('1 problem in 2 rows')).toBeVisible();
  const listed = page.getByRole('list', { name: 'Every problem, by row and column' }).getByRole('listitem');
  await expect(listed).toHaveCount(1);
  await expect(listed.first()).toContainText('row 3, column “Strand”: must be one of engagement');
  const flagged = page.locator('.import-cell--error');
  await expect(flagged).toHaveCount(1);
  await expect(flagged).toContainText('boxing');
  await expect(flagged.locator('.import-cell__problem')).toContainText('Problem: must be one of');
  await expect(page.getByRole('button', { name: /^Import \d/ })).toHaveCount(0);
  expect(await violations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await violations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  // The app scrolls inside its shell: a tall window shows the whole wizard at once.
  await page.setViewportSize({ width: 1440, height: 1800 });
  await page.screenshot({ path: shotPath('import-wizard.png') });
  await page.setViewportSize({ width: 1440, height: 900 });

  // The fixed file checks clean and imports, with progress, as one change.
  await page.getByLabel('Spreadsheet file').setInputFiles({
    name: 'new-programmes.csv',
    mimeType: 'text/csv',
    buffer: csv('engagement'),
  });
  await page.getByRole('button', { name: 'Check every row' }).click();
  await expect(page.getByText('All 2 rows can be imported.')).toBeVisible();
  await expect(page.getByText('Changes are recorded in the history as E2E Importer.')).toBeVisible();
  await page.getByRole('button', { name: 'Import 2 interventions' }).click();
  await expect(page.getByText('Imported 2 rows.')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('import-done.png') });
  expect(await violations(page)).toEqual([]);
  await page.getByRole('link', { name: 'See the catalogue' }).click();
  await gridReady(page);
  await page.getByLabel('Search the catalogue').fill('Canal Boxing');
  await expect(page.locator('.ag-row[row-index="0"] .cell-link')).toHaveText('Canal Boxing Club');

  // The import is one change: one undo takes both rows away again.
  await page.getByRole('button', { name: 'Undo last change…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Undo the last change?' });
  await expect(dialog.locator('[data-field="record"]')).toHaveText(
    'Import “2 interventions from new-programmes.csv”',
  );
  await dialog.getByRole('button', { name: 'Undo this change' }).click();
  await expect(page.locator('.undo-status')).toContainText(
    `Undone: the import of 2 interventions from new-programmes.csv by ${USER}.`,
  );
  await page.getByLabel('Search the catalogue').fill('Canal Boxing');
  await expect(page.locator('.ag-row')).toHaveCount(0);
});

test('the palette opens the wizard, which offers a template for each kind of record', async ({
  page,
  served,
}) => {
  await openApp(page, served, '#/catalogue');
  await gridReady(page);
  await page.keyboard.press('Control+K');
  await page.keyboard.type('Import from');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/import$/);
  await page.getByLabel('The rows are').selectOption('cost-items');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV template for cost items' }).click();
  expect((await download).suggestedFilename()).toBe('cost-items-template.csv');
  expect(await violations(page)).toEqual([]);
});

test('a file the library exported maps itself, the worked-out columns shown as not imported', async ({
  page,
  request,
  served,
}) => {
  const file = await api(request, served, 'exports/entity', { entity: 'evaluations', format: 'xlsx' });
  await openApp(page, served, '#/import');
  await page.getByLabel('The rows are').selectOption('evaluations');
  await page.getByLabel('Spreadsheet file').setInputFiles({
    name: file.fileName,
    mimeType: file.mediaType,
    buffer: Buffer.from(file.content, 'base64'),
  });
  await expect(page.getByText(`${file.rowCount} rows in ${file.fileName}.`)).toBeVisible();
  // The export's headings are recognised: split columns, words for yes/no, names of records.
  await expect(page.getByLabel('Field for column Evaluation', { exact: true })).toHaveValue('title');
  await expect(page.getByLabel('Field for column Evaluation: evaluator')).toHaveValue(
    'evaluatorOrganisationId',
  );
  await expect(page.getByLabel('Field for column Evaluator', { exact: true })).toHaveValue('independent');
  await expect(page.getByLabel('Field for column Sample: comparison group')).toHaveValue('nControl');
  for (const derived of ['Sample', 'Results']) {
    const row = page.getByRole('row', { name: new RegExp(`^${derived} `) });
    await expect(page.getByLabel(`Field for column ${derived}`, { exact: true })).toHaveValue('');
    await expect(row).toContainText('Not imported (worked out by the library).');
  }

  await page.getByRole('button', { name: 'Check every row' }).click();
  await expect(page.getByText(`All ${file.rowCount} rows can be imported.`)).toBeVisible();
  await expect(page.getByRole('columnheader', { name: /^Results/ })).toContainText(
    'not imported: worked out by the library',
  );
  expect(await violations(page)).toEqual([]);
  await page.setViewportSize({ width: 1440, height: 1800 });
  await page.screenshot({ path: shotPath('import-exported-file.png') });
});
