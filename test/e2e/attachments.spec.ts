// Attachments in the browser-served mode: a PDF-like report attached to an evaluation through the
// file chooser (opened from the keyboard), listed with its size and type, downloaded byte for byte,
// refused when too large, deleted after a confirmation and brought back by an undo; axe-clean.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { formatFileSize } from '../../shared/format';
import { MAX_ATTACHMENT_BYTES } from '../../shared/model/attachments';
import { api, expect, openApp, REPO_ROOT, test, undoLastChange } from './fixtures';

const FILE_NAME = 'Evaluation report.pdf';
/** A small file that starts like a PDF, with bytes of every value so nothing is re-encoded on the way. */
const PDF = Buffer.concat([
  Buffer.from('%PDF-1.7\n% Evidence Workbench e2e\n', 'latin1'),
  Buffer.from(Array.from({ length: 2600 }, (_, i) => i % 256)),
  Buffer.from('\n%%EOF\n', 'latin1'),
]);

test('attach a report to an evaluation, download it, delete it and undo', async ({
  page,
  request,
  served,
}) => {
  test.setTimeout(120_000);
  const list = await api(request, served, 'interventions/list', { limit: 200 });
  const target = list.rows.find((r) => r.evaluationCount > 0);
  if (target === undefined) throw new Error('The sample library has no evaluated intervention.');
  const detail = await api(request, served, 'interventions/get', { id: target.id });
  const evaluation = detail.evaluations[0];
  if (evaluation === undefined) throw new Error('No evaluation to attach to.');
  const owner = { kind: 'evaluation', id: evaluation.id } as const;

  await page.addInitScript(() => window.localStorage.setItem('ewb.userName', 'E2E Librarian'));
  await openApp(page, served, `#/interventions/${target.id}`);
  const article = page.locator(`[data-evaluation="${evaluation.id}"]`);
  await expect(article.getByText('No files are attached.')).toBeVisible();
  await expect(
    page.locator('#attachments').getByRole('heading', { level: 2, name: 'Attachments' }),
  ).toBeVisible();

  // A file over the limit is refused before it is read, naming the field.
  const input = article.getByLabel(`Attach a file to ${evaluation.title}`);
  await input.setInputFiles({
    name: 'huge.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.alloc(MAX_ATTACHMENT_BYTES + 1),
  });
  await article.getByRole('button', { name: `Attach file to ${evaluation.title}` }).click();
  await expect(article.locator('.field-error')).toContainText('File: the file is larger than 20 MB');
  await expect(input).toHaveAttribute('aria-invalid', 'true');

  // The file chooser, opened from the keyboard. Chromium opens one only for the page that has
  // the browser's focus, which a page made after many others in one browser may not have yet.
  await page.bringToFront();
  await input.focus();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await chooser).setFiles({ name: FILE_NAME, mimeType: 'application/pdf', buffer: PDF });
  await article.getByRole('button', { name: `Attach file to ${evaluation.title}` }).click();

  const row = article.locator(`tr[data-attachment="${FILE_NAME}"]`);
  await expect(row).toBeVisible();
  await expect(row.getByRole('rowheader')).toHaveText(FILE_NAME);
  await expect(row.locator('td').nth(0)).toHaveText('PDF document');
  await expect(row.locator('td').nth(1)).toHaveText(formatFileSize(PDF.length));
  await expect(row.locator('time')).toHaveText(/\d{1,2} [A-Z][a-z]+ \d{4}/);
  await expect(page.locator(`#attachments-evaluation-${evaluation.id}-title`)).toBeFocused();
  const stored = await api(request, served, 'attachments/list', { owner });
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({
    fileName: FILE_NAME,
    sizeBytes: PDF.length,
    mediaType: 'application/pdf',
  });

  const axe = await new AxeBuilder({ page })
    .include(`[data-evaluation="${evaluation.id}"]`)
    .include('#attachments')
    .withTags(['wcag2a', 'wcag2aa'])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // The evaluation's attachments, with a margin of the page around them.
  const block = article.locator('.attachments-block');
  await block.scrollIntoViewIfNeeded();
  const box = await block.boundingBox();
  if (box === null) throw new Error('The attachments block is not shown.');
  await page.screenshot({
    path: join(REPO_ROOT, 'resources', 'screenshots', 'attachments.png'),
    clip: { x: box.x - 24, y: box.y - 16, width: box.width + 48, height: box.height + 32 },
  });

  // The intervention's delete says the file would go with it.
  await page.getByRole('button', { name: 'Delete intervention…' }).click();
  await expect(page.locator('.delete-panel')).toContainText('1 attachment');
  await page.locator('.delete-panel').getByRole('button', { name: 'Cancel' }).click();

  // Download: the same bytes, under the file's name, as a download rather than a page.
  const downloading = page.waitForEvent('download');
  await row.getByRole('button', { name: `Download ${FILE_NAME}` }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(FILE_NAME);
  expect(readFileSync(await download.path()).equals(PDF)).toBe(true);
  expect(page.url()).toContain(`#/interventions/${target.id}`);

  // Delete, after a confirmation that "Keep it" cancels.
  await row.getByRole('button', { name: `Delete… ${FILE_NAME}` }).click();
  await article.getByRole('button', { name: 'Keep it' }).click();
  await expect(row.getByRole('button', { name: `Delete… ${FILE_NAME}` })).toBeFocused();
  await row.getByRole('button', { name: `Delete… ${FILE_NAME}` }).click();
  await expect(article.getByText(`Delete the file “${FILE_NAME}”?`)).toBeVisible();
  await expect(article.getByRole('button', { name: 'Delete file' })).toBeFocused();
  await article.getByRole('button', { name: 'Delete file' }).click();
  await expect(row).toHaveCount(0);
  await expect(article.getByText('No files are attached.')).toBeVisible();
  expect(await api(request, served, 'attachments/list', { owner })).toEqual([]);

  // Undo brings the same file back; delete it again to leave the library as it was.
  await undoLastChange(page);
  await expect(page.locator('.undo-status')).toContainText(`the deletion of attachment “${FILE_NAME}”`);
  await expect(row).toBeVisible();
  const back = await api(request, served, 'attachments/list', { owner });
  expect(back).toEqual(stored);
  await api(request, served, 'attachments/delete', { id: back[0]?.id ?? '', by: 'E2E Librarian' });
});
