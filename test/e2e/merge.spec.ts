// Bundles and merging in the browser-served mode: an intervention selected in the catalogue (from
// the keyboard) is exported as a bundle and downloaded; a colleague's changed copy of it merged
// back shows its new and conflicting records, the conflict side by side; the choice is made from
// the keyboard, the merge applied, the result seen on the record, and Undo reverses it; axe-clean.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LibraryBundle } from '../../shared/model/bundle';
import {
  api,
  axeViolations,
  expect,
  gridReady,
  openApp,
  REPO_ROOT,
  screenshotWhole,
  test,
  undoLastChange,
} from './fixtures';

const THEIR_SUMMARY = 'A changed summary from a colleague in Camden';
const NEW_TITLE = 'A follow-up study by a colleague';

test('export a selection, change it, merge it back with a conflict, choose, and see the result', async ({
  page,
  request,
  served,
}) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => window.localStorage.setItem('ewb.userName', 'E2E Librarian'));
  await openApp(page, served, '#/catalogue');
  await gridReady(page);

  // Select the first row from the keyboard: focus its name cell, then Space.
  const firstRow = page.locator('.ag-row[row-index="0"]').first();
  const name = (await firstRow.locator('.cell-link').textContent()) ?? '';
  await firstRow.locator('.ag-selection-checkbox input').focus();
  await page.keyboard.press('Space');
  const bar = page.getByRole('group', { name: 'Selected interventions' });
  await expect(bar).toContainText('1 intervention selected');
  const download = page.waitForEvent('download');
  await bar.getByRole('button', { name: 'Export as a bundle' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.json$/);
  const bundle = JSON.parse(readFileSync(await file.path(), 'utf8')) as LibraryBundle;
  expect(bundle.interventions.map((i) => i.name)).toEqual([name]);
  const intervention = bundle.interventions[0];
  if (intervention === undefined) throw new Error('The bundle holds no intervention.');
  const before = await api(request, served, 'interventions/get', { id: intervention.id });

  // A colleague changes the summary (a conflict) and adds an evaluation (new).
  intervention.summary = THEIR_SUMMARY;
  intervention.evaluations.push({
    id: 'colleague-follow-up',
    title: NEW_TITLE,
    independent: true,
    year: 2024,
    design: 'pre-post',
    country: 'United Kingdom',
    riskOfBias: [],
    illustrative: true,
    sources: [],
    outcomeResults: [],
  });

  await openApp(page, served, '#/library');
  const section = page.locator('section.merge');
  await section.getByLabel('Bundle or library file').setInputFiles({
    name: 'from-camden.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bundle)),
  });
  await section.getByRole('button', { name: 'Preview the merge' }).click();
  const counts = section.getByRole('list', { name: 'Records by how they compare' });
  await expect(counts).toContainText('1 new');
  await expect(counts).toContainText('1 in conflict');
  const conflict = section.getByRole('article', { name: `Intervention “${name}”` });
  await expect(conflict.getByRole('table')).toContainText('1 field differs: Summary');
  const row = conflict.getByRole('row', { name: /Summary/ });
  await expect(row).toContainText(before.summary);
  await expect(row).toContainText(THEIR_SUMMARY);
  await expect(section).toContainText(`Evaluation: ${NEW_TITLE} (2024)`);
  expect(await axeViolations(page)).toEqual([]);

  // Merging without a choice is refused and the conflict's choice gets focus.
  await section.getByRole('button', { name: 'Merge into this library' }).click();
  await expect(section.getByRole('alert')).toContainText('Choose keep mine or take theirs');
  await expect(conflict.getByLabel('Keep mine')).toBeFocused();
  await screenshotWhole(page, 'section.merge', join(REPO_ROOT, 'resources', 'screenshots', 'merge.png'));

  // From the keyboard: arrow to "Take theirs", then Enter on Merge.
  await page.keyboard.press('ArrowDown');
  await expect(conflict.getByLabel('Take theirs')).toBeChecked();
  await section.getByRole('button', { name: 'Merge into this library' }).focus();
  await page.keyboard.press('Enter');
  await expect(section.getByRole('status').filter({ hasText: 'Merged' })).toContainText(
    'Merged “from-camden.json”: 1 added, 1 replaced by theirs',
  );

  const after = await api(request, served, 'interventions/get', { id: intervention.id });
  expect(after.summary).toBe(THEIR_SUMMARY);
  expect(after.evaluations.map((e) => e.title)).toContain(NEW_TITLE);
  const history = await api(request, served, 'history/list', {
    entityType: 'intervention',
    entityId: intervention.id,
  });
  expect(history[0]?.note).toContain('bundle “from-camden.json”');

  // The record shows what the merge did; Undo reverses the whole merge.
  await openApp(page, served, `#/interventions/${intervention.id}`);
  await expect(page.getByText(THEIR_SUMMARY).first()).toBeVisible();
  await undoLastChange(page);
  await expect(page.getByText(before.summary).first()).toBeVisible();
  const undone = await api(request, served, 'interventions/get', { id: intervention.id });
  expect(undone.summary).toBe(before.summary);
  expect(undone.evaluations.map((e) => e.title)).not.toContain(NEW_TITLE);
});
