// Exporting a grid as shown, through the UI: a filtered, sorted catalogue with a column hidden,
// exported from the keyboard to CSV and XLSX; the downloads hold every matching row in the grid's
// order under the grid's headings. And reference import: a RIS file previewed, imported, flagged as
// duplicates on a second go, and undone. Both axe-clean; screenshots for the README.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INTERVENTION_STATUS_LABELS, STRAND_LABELS } from '../../shared/model/vocabulary';
import { readCsv, readXlsx } from '../helpers/export-files';
import {
  api,
  axeViolations,
  expect,
  gridNames,
  gridReady,
  openApp,
  REPO_ROOT,
  test,
  undoLastChange,
} from './fixtures';

const SCREENSHOTS = join(REPO_ROOT, 'resources', 'screenshots');
const RIS = join(REPO_ROOT, 'test', 'fixtures', 'references', 'evaluations.ris');

test('export a filtered, sorted catalogue to CSV and XLSX as the grid shows it', async ({
  page,
  request,
  served,
}) => {
  test.setTimeout(120_000);
  const strand = 'engagement' as const;
  const expected = await api(request, served, 'interventions/list', {
    filters: { strand: [strand] },
    sort: [{ field: 'evaluationCount', direction: 'desc' }],
    limit: 500,
  });
  expect(expected.total).toBeGreaterThan(5);

  await openApp(page, served);
  await gridReady(page);
  // Filter by strand, sort by evaluations (most first), hide a column.
  const strandHeader = page.locator('.ag-header-cell[col-id="strand"]');
  await strandHeader.hover();
  await strandHeader.locator('.ag-header-cell-filter-button').click();
  await page.locator('.grid-filter').getByRole('checkbox', { name: STRAND_LABELS[strand] }).check();
  await page.keyboard.press('Escape');
  const sortHeader = page.locator('.ag-header-cell[col-id="evaluationCount"] .ag-header-cell-label');
  await sortHeader.click();
  await sortHeader.click();
  await expect(page.locator('.ag-header-cell[col-id="evaluationCount"]')).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await page.getByRole('button', { name: /^Columns/ }).click();
  await page.getByRole('checkbox', { name: 'Boroughs and areas' }).uncheck();
  await page.keyboard.press('Escape');
  await expect.poll(() => gridNames(page)).toEqual(expected.rows.map((r) => r.name));
  const shown = await gridNames(page);

  // The export menu from the keyboard.
  const exportButton = page.getByRole('button', { name: 'Export', exact: true });
  await exportButton.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: 'Export this view' });
  await expect(panel).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'CSV file (.csv)' })).toBeFocused();
  const csvDownload = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const csvFile = await csvDownload;
  expect(csvFile.suggestedFilename()).toMatch(/^catalogue-\d{4}-\d{2}-\d{2}\.csv$/);
  await expect(panel.getByRole('status')).toHaveText(/^Downloaded catalogue-.*\.csv: \d+ rows\.$/);

  const headers = [
    'Intervention',
    'Approach',
    'Strand',
    'Tier',
    'Ages: youngest',
    'Ages: oldest',
    'Evidence',
    'Evidence: validation',
    'Evaluations',
    'Cost per participant',
    'Cost per participant: currency',
    'Cost per participant: price year',
  ];
  const csv = readCsv(readFileSync(await csvFile.path()));
  expect(csv[0]).toEqual(headers);
  expect(csv.slice(1).map((r) => r[0])).toEqual(shown);
  expect(csv.slice(1).every((r) => r[2] === STRAND_LABELS[strand])).toBe(true);
  expect(csv.slice(1).map((r) => Number(r[8]))).toEqual(expected.rows.map((r) => r.evaluationCount));

  const xlsxDownload = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Excel workbook (.xlsx)' }).click();
  const xlsxFile = await xlsxDownload;
  expect(xlsxFile.suggestedFilename()).toMatch(/^catalogue-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const sheets = await readXlsx(readFileSync(await xlsxFile.path()));
  const rows = sheets.get('Catalogue') ?? [];
  expect(rows[0]).toEqual(headers);
  expect(rows.slice(1).map((r) => r[0])).toEqual(shown);
  // The same values as the CSV, numbers as numbers.
  expect(rows.slice(1).map((r) => r.map((c) => (c === null ? '' : String(c))))).toEqual(csv.slice(1));
  expect(rows.slice(1).map((r) => r[8])).toEqual(expected.rows.map((r) => r.evaluationCount));
  const about = sheets.get('About this export') ?? [];
  expect(about).toContainEqual(['Filter', `Strand: ${STRAND_LABELS[strand]}`]);
  expect(about).toContainEqual(['Sort', 'Evaluations (descending)']);

  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({
    path: join(SCREENSHOTS, 'export.png'),
    clip: { x: 0, y: 0, width: 1440, height: 620 },
  });
  await panel.getByRole('button', { name: 'Excel workbook (.xlsx)' }).focus();
  await page.keyboard.press('Escape');
  await expect(exportButton).toBeFocused();
  await expect(panel).toBeHidden();
});

test('the optional Summary and Status columns, shown from the column chooser, are exported', async ({
  page,
  request,
  served,
}) => {
  const expected = await api(request, served, 'interventions/list', { limit: 500 });
  await openApp(page, served);
  await gridReady(page);
  // Hidden by default, and not counted as hidden by the chooser's button.
  const chooser = page.getByRole('button', { name: 'Columns', exact: true });
  await chooser.click();
  for (const name of ['Summary', 'Status']) {
    const box = page.getByRole('checkbox', { name, exact: true });
    await expect(box).not.toBeChecked();
    // The box follows the grid's columns, so it is checked once the grid has shown the column.
    await box.click();
    await expect(box).toBeChecked();
  }
  await page.keyboard.press('Escape');
  // Still nothing hidden that the grid shows by default.
  await expect(chooser).toBeVisible();

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Export this view' });
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'CSV file (.csv)' }).click();
  const csv = readCsv(readFileSync(await (await download).path()));
  expect(csv[0]?.slice(-2)).toEqual(['Summary', 'Status']);
  expect(csv.slice(1).map((r) => [r[0], ...r.slice(-2)])).toEqual(
    expected.rows.map((r) => [r.name, r.summary, INTERVENTION_STATUS_LABELS[r.status]]),
  );
  await page.keyboard.press('Escape');
  expect(await axeViolations(page)).toEqual([]);
});

test('import references from a RIS file, see duplicates on a second import, undo', async ({
  page,
  request,
  served,
}) => {
  test.setTimeout(120_000);
  const target = await api(request, served, 'interventions/get', { id: 'titan' });
  expect(target.evaluations).toHaveLength(0);
  await page.addInitScript(() => window.localStorage.setItem('ewb.userName', 'E2E Librarian'));
  await openApp(page, served, '#/interventions/titan');

  const section = page.locator('#evaluations');
  await section.getByRole('button', { name: 'Import references…' }).click();
  const form = section.getByRole('region', { name: 'Import references' });
  await expect(form.getByRole('heading', { name: 'Import references' })).toBeFocused();
  await form.getByLabel('Reference file').setInputFiles(RIS);
  await expect(
    form.getByText('3 entries in evaluations.ris: 2 new, 0 duplicates, 1 invalid.', { exact: false }),
  ).toBeVisible();
  const entry = (n: number) => form.locator(`tr[data-entry="${n}"]`);
  await expect(entry(1)).toContainText('New');
  await expect(entry(3)).toContainText('Invalid: Entry 3, PY: “n.d.” is not a year from 1900 to 2100');
  await expect(entry(3).getByRole('checkbox')).toBeDisabled();
  await expect(entry(1).getByRole('checkbox')).toBeChecked();

  // The design must be chosen: the refusal names the field.
  await form.getByRole('button', { name: 'Import 2 references' }).click();
  await expect(form.getByText('Choose the design of these studies')).toBeVisible();
  await form.getByLabel('Design of these studies').selectOption('randomised');
  await expect(form.getByText('Choose the design of these studies')).toBeHidden();
  expect(await axeViolations(page)).toEqual([]);
  const panel = section.locator('.study-panel');
  await panel.scrollIntoViewIfNeeded();
  const box = await panel.boundingBox();
  if (box === null) throw new Error('The import form is not shown.');
  await page.screenshot({
    path: join(SCREENSHOTS, 'import-references.png'),
    clip: { x: box.x - 16, y: box.y - 16, width: box.width + 32, height: box.height + 32 },
  });

  await form.getByRole('button', { name: 'Import 2 references' }).click();
  await expect(
    section.getByRole('status').filter({ hasText: 'Imported 2 evaluations from evaluations.ris.' }),
  ).toBeVisible();
  await expect(
    section.getByRole('heading', { level: 3, name: 'Evaluation of the Kickz programme: final report' }),
  ).toBeVisible();
  await expect(
    section.getByRole('heading', {
      level: 3,
      name: 'A randomised trial of functional family therapy for youth in England',
    }),
  ).toBeVisible();
  const imported = await api(request, served, 'interventions/get', { id: 'titan' });
  expect(imported.evaluations.map((e) => e.design)).toEqual(['randomised', 'randomised']);

  // The same file again: both entries are flagged as duplicates of what was just imported, not chosen.
  await section.getByRole('button', { name: 'Import references…' }).click();
  await form.getByLabel('Reference file').setInputFiles(RIS);
  await expect(entry(1)).toContainText(
    'Duplicate of “Evaluation of the Kickz programme: final report” (Titan): same title and year',
  );
  await expect(entry(2)).toContainText('same DOI');
  await expect(entry(1).getByRole('checkbox')).not.toBeChecked();
  await form.getByRole('button', { name: 'Import 0 references' }).click();
  await expect(form.getByText('Choose at least one entry to import')).toBeVisible();
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(section.getByRole('button', { name: 'Import references…' })).toBeFocused();

  // One undo takes the whole import back.
  await undoLastChange(page);
  await expect(section.getByText('No evaluations are recorded for this intervention.')).toBeVisible();
  expect((await api(request, served, 'interventions/get', { id: 'titan' })).evaluations).toHaveLength(0);
});

test('export the organisations list as filtered and sorted on screen', async ({ page, served }) => {
  await openApp(page, served, '#/organisations');
  await page.getByLabel('Kind').selectOption('voluntary');
  await page.getByRole('button', { name: 'Interventions', exact: true }).click();
  const table = page.getByRole('region', { name: 'Organisations' });
  await expect(table.locator('th[aria-sort="descending"]')).toHaveText(/Interventions/);
  const shown = await table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')),
    );
  expect(shown.length).toBeGreaterThan(1);

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV file (.csv)' }).click();
  const csv = readCsv(readFileSync(await (await download).path()));
  expect(csv).toEqual([['Name', 'Kind', 'Interventions', 'Evaluations carried out'], ...shown]);
  expect(await axeViolations(page)).toEqual([]);
});
