// Commissioning briefs through the UI: three interventions go on the shortlist from Compare, a brief
// starts from the shortlist with its outcome, a bad save names the field, sections are reordered
// from the keyboard and one dropped, rich text is typed with the toolbar (hostile text stays
// literal), and the saved brief's preview shows the figures briefs/document and compare/get give
// (each with its source on hover and focus). A PDF and a DOCX are exported through the UI and read
// back; a failed export says why; a snapshot is frozen, a figure changed through the API shows in
// its diff. Axe finds no serious or critical violation in light or dark, and every control of the
// builder is reached with Tab. The library is put back as it was found.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { formatEffect } from '../../shared/format';
import type { BriefDocument, BriefDocumentSectionOf } from '../../shared/model/brief-document';
import type { ShortlistEntry } from '../../shared/model/compare';
import { REPO_ROOT, api, axeViolations, changeBaselineRate, expect, openApp, test } from './fixtures';

const OUTCOME = 'proven-reoffending';
const THREE = [
  'final-warnings-restorative-justice',
  'youth-justice-triage',
  'diamond-districts-resettlement',
];
const BY = 'E2E Briefs Tester';
const TITLE = 'Reducing re-offending: options for 2027';
const HOSTILE = '<img src=x onerror=alert(1)>';
const SCREENSHOTS = join(REPO_ROOT, 'resources', 'screenshots');

// A wrong locator fails in seconds rather than at the whole test's timeout.
test.use({ actionTimeout: 15_000 });

/** Axe's serious and critical violations only. */
async function seriousViolations(page: Page): Promise<string[]> {
  return (await axeViolations(page)).filter((v) => /\((serious|critical)\)/.test(v.split('\n')[0] ?? ''));
}

async function expectAxeClean(page: Page, where: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await seriousViolations(page), `${where} (${scheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Screenshots the viewport with `selector`'s top at the top of the main area. */
async function screenshotAt(page: Page, selector: string, name: string, height = 1100): Promise<void> {
  await page.setViewportSize({ width: 1440, height });
  await page
    .locator(selector)
    .first()
    .evaluate((el) => {
      // The app scrolls inside <main>: scroll it (not the window) to the element.
      const main = document.getElementById('main-content');
      if (main !== null)
        main.scrollTop += el.getBoundingClientRect().top - main.getBoundingClientRect().top - 16;
    });
  await page.screenshot({ path: join(SCREENSHOTS, name) });
  await page.setViewportSize({ width: 1440, height: 900 });
}

function optionsSection(doc: BriefDocument): BriefDocumentSectionOf<'options'> {
  const section = doc.sections.find((s) => s.kind === 'options');
  if (section?.kind !== 'options') throw new Error('The document has no options table.');
  return section;
}

test('build a brief from the shortlist, preview, export, snapshot and diff it', async ({
  page,
  request,
  served,
  cspViolations,
}) => {
  test.setTimeout(240_000);
  // The shortlist as found: emptied for this test and put back at its end.
  const found: ShortlistEntry[] = await api(request, served, 'shortlist/list', {});
  for (const e of found)
    await api(request, served, 'shortlist/remove', { interventionId: e.intervention.id, by: BY });
  let briefId = '';

  try {
    const comparison = await api(request, served, 'compare/get', { ids: THREE, outcomeId: OUTCOME });
    const nameOf = (id: string) =>
      comparison.interventions.find((c) => c.intervention.id === id)?.intervention.name ?? id;

    await test.step('shortlist three from Compare and start a brief from the shortlist', async () => {
      await openApp(page, served, `#/compare?outcome=${OUTCOME}&ids=${THREE.join(',')}`);
      await page.getByLabel('Your name').fill(BY);
      for (const id of THREE) {
        await page.getByRole('button', { name: `Add to shortlist: ${nameOf(id)}` }).click();
        await expect(
          page.getByRole('button', { name: `On the shortlist: ${nameOf(id)} (press to remove)` }),
        ).toBeVisible();
      }
      await page.getByRole('link', { name: 'Start a brief from the shortlist' }).click();
      await expect(page).toHaveURL(new RegExp(`#/briefs/new\\?outcome=${OUTCOME}$`));
      await expect(page.locator('main h1')).toHaveText('New brief');
      const shortlist = await api(request, served, 'shortlist/list', {});
      await expect(page.locator('[data-option] > span:first-child')).toHaveText(
        shortlist.map((e) => e.intervention.name),
      );
      await expect(page.getByLabel('Outcome', { exact: true })).toHaveValue(OUTCOME);
    });

    await test.step('a save without a title names the field and moves focus to it', async () => {
      await page.getByRole('button', { name: 'Create brief' }).click();
      const summary = page.locator('.error-summary');
      await expect(summary).toContainText('Title: Give the brief a title');
      await expect(page.getByLabel('Title', { exact: true })).toBeFocused();
      await expect(page.locator('#brief-title-error')).toHaveText('Give the brief a title');
    });

    await test.step('fill the question, reorder and drop sections, write rich text', async () => {
      await page.getByLabel('Title', { exact: true }).fill(TITLE);
      await page
        .getByLabel('Question or need')
        .fill('Which programmes should the board fund to cut re-offending?');
      await page.getByLabel('Audience').fill('Community Safety Partnership board');
      await page.getByLabel('Budget').fill('250000');

      // Moved with the keyboard: the move is announced and focus stays on the moved section.
      const up = page.getByRole('button', { name: /^Up\s*: move What we don't know up$/ });
      await up.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('#brief-sections [role="status"]')).toHaveText(
        "What we don't know moved up: now 3 of 6.",
      );
      await expect(up).toBeFocused();
      await page.getByLabel('Method', { exact: true }).uncheck();
      expect(
        await page
          .locator('[data-section-kind]')
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-section-kind'))),
      ).toEqual(['summary', 'options', 'unknowns', 'option-pages', 'references', 'method']);

      const summary = page.locator('#brief-summary');
      await summary.fill('Two options stand out: ');
      await summary.press('End');
      await page
        .getByRole('toolbar', { name: 'Formatting: Summary' })
        .getByRole('button', { name: 'Bold' })
        .click();
      await expect(summary).toBeFocused();
      await page.keyboard.type('restorative final warnings'); // replaces the selected placeholder
      await summary.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page
        .getByRole('toolbar', { name: 'Formatting: Summary' })
        .getByRole('button', { name: 'Bulleted list' })
        .click();
      // The toolbar hands focus back to the text on the next frame: type once it has.
      await expect(summary).toBeFocused();
      await page.keyboard.type(`Cheapest per participant ${HOSTILE}`);
      await expect(summary).toHaveValue(
        `Two options stand out: **restorative final warnings**\n\n- Cheapest per participant ${HOSTILE}`,
      );
      const preview = page.locator('[data-preview="brief-summary"]');
      await expect(preview.locator('strong')).toHaveText('restorative final warnings');
      await expect(preview.locator('li')).toHaveText(`Cheapest per participant ${HOSTILE}`);
      await expect(preview.locator('img')).toHaveCount(0);

      await page.locator('#brief-recommendation').fill('Fund _Youth justice triage_ for two years.');
      await page
        .getByRole('textbox', { name: `${nameOf('youth-justice-triage')}: Implementation and risks` })
        .fill('Needs **custody suite** access.');
      await expect(page.locator('#brief-question')).toBeVisible();
      await screenshotAt(page, '[aria-labelledby="brief-sec-sections"]', 'brief-builder.png');
    });

    await test.step('every control of the builder is reached with Tab', async () => {
      await page.getByLabel('Title', { exact: true }).focus();
      const reached = new Set<string>();
      for (let i = 0; i < 200; i += 1) {
        await page.keyboard.press('Tab');
        const what = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return el === null ? '' : el.id || el.getAttribute('aria-label') || (el.textContent ?? '').trim();
        });
        reached.add(what);
        if (what === 'Create brief') break;
      }
      const expected = [
        'brief-question',
        'brief-audience',
        'brief-areaId',
        'brief-date',
        'brief-author',
        'brief-budget',
        'brief-outcomeId',
        'brief-interventions-add',
        'brief-sections-summary-included',
        'brief-sections-method-included',
        "Down: move What we don't know down",
        'Bold',
        'Link',
        'brief-summary',
        'brief-recommendation',
        'Create brief',
      ];
      expect(expected.filter((e) => !reached.has(e))).toEqual([]);
      expect([...reached].some((r) => r.startsWith('Remove'))).toBe(true);
    });

    await test.step('save: the brief holds what was typed', async () => {
      await expectAxeClean(page, 'builder');
      await page.getByRole('button', { name: 'Create brief' }).click();
      await expect(page).toHaveURL(/#\/briefs\/(?!new)[^/?]+$/);
      briefId = decodeURIComponent(new URL(page.url()).hash.replace('#/briefs/', ''));
      await expect(page.locator('main h1')).toHaveText(TITLE);
      const brief = await api(request, served, 'briefs/get', { id: briefId });
      const shortlist = await api(request, served, 'shortlist/list', {});
      expect(brief).toMatchObject({
        title: TITLE,
        outcomeId: OUTCOME,
        budget: 250000,
        audience: 'Community Safety Partnership board',
        interventionIds: shortlist.map((e) => e.intervention.id),
        summary: `Two options stand out: **restorative final warnings**\n\n- Cheapest per participant ${HOSTILE}`,
        optionNotes: [
          {
            interventionId: 'youth-justice-triage',
            implementation: 'Needs **custody suite** access.',
            localDelivery: '',
          },
        ],
      });
      expect(brief.sections).toEqual([
        { kind: 'summary', included: true },
        { kind: 'options', included: true },
        { kind: 'unknowns', included: true },
        { kind: 'option-pages', included: true },
        { kind: 'references', included: true },
        { kind: 'method', included: false },
      ]);
    });

    await test.step("the preview shows the library's figures, each traceable to its source", async () => {
      await page.getByRole('tab', { name: 'Preview and export' }).click();
      const preview = page.locator(`[data-brief-preview="${briefId}"]`);
      await expect(preview).toBeVisible();
      const doc = await api(request, served, 'briefs/document', { id: briefId });
      const ordered = await api(request, served, 'compare/get', {
        ids: (await api(request, served, 'briefs/get', { id: briefId })).interventionIds,
        outcomeId: OUTCOME,
      });
      expect(
        await preview
          .locator('[data-brief-section]')
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-brief-section'))),
      ).toEqual(['summary', 'options', 'unknowns', 'option-pages', 'references']);
      expect(doc.sections.map((s) => s.kind)).toEqual([
        'summary',
        'options',
        'unknowns',
        'option-pages',
        'references',
      ]);
      await expect(preview.locator('[data-field="illustrative-warning"]')).toHaveCount(
        doc.illustrative ? 1 : 0,
      );

      const rows = optionsSection(doc).rows;
      expect(rows.map((r) => r.intervention.id)).toEqual(ordered.interventions.map((c) => c.intervention.id));
      for (const [i, row] of rows.entries()) {
        const table = preview.locator('.brief-options-table');
        await expect(table.locator(`thead th[data-option="${row.intervention.id}"]`)).toHaveText(
          row.intervention.name,
        );
        const column = table.locator(`td[data-option="${row.intervention.id}"]`);
        for (const figure of [
          row.rating,
          row.effect,
          row.relativeChange,
          row.costPerParticipant,
          row.costPerOutcome,
          row.benefitCostRatio,
          row.fit,
        ]) {
          await expect(column.locator(`[data-figure="${figure.key}"] .brief-figure__text`)).toHaveText(
            figure.text,
          );
        }
        // The same numbers the Compare screen works out.
        const compared = ordered.interventions[i];
        if (compared?.effect.status === 'ok') {
          expect(row.effect.value).toBeCloseTo(compared.effect.estimate, 10);
          expect(row.effect.text).toContain(formatEffect(compared.effect.estimate));
        }
        const cost = compared?.value.costPerParticipant;
        if (cost?.status === 'ok') expect(row.costPerParticipant.value).toBeCloseTo(cost.value, 6);
      }
      // The author's words, with the hostile text shown as text.
      const summary = preview.locator('[data-brief-section="summary"]');
      await expect(summary.locator('strong')).toHaveText('restorative final warnings');
      await expect(summary.locator('li')).toHaveText(`Cheapest per participant ${HOSTILE}`);
      await expect(summary.locator('em')).toHaveText('Youth justice triage');
      await expect(preview.locator('img:not(.brief-preview__logo)')).toHaveCount(0);
      await expect(
        preview.locator('[data-option-page="youth-justice-triage"] .rich-text strong'),
      ).toContainText('custody suite');

      // Hover or focus a figure: its source shows.
      const first = rows[0];
      if (first === undefined) throw new Error('No option rows.');
      const effect = preview.locator(`.brief-options-table [data-figure="${first.effect.key}"]`);
      await effect.hover();
      await expect(effect.locator('[role="tooltip"]')).toBeVisible();
      await expect(effect.locator('[role="tooltip"]')).toHaveText(`Source: ${first.effect.source}`);
      await page.mouse.move(0, 0);
      const cost = preview.locator(`.brief-options-table [data-figure="${first.costPerParticipant.key}"]`);
      await cost.focus();
      await expect(cost.locator('[role="tooltip"]')).toBeVisible();
      await expect(cost).toHaveAccessibleDescription(`Source: ${first.costPerParticipant.source}`);
      await cost.blur();
      // A forest plot for every option with evidence, drawn as SVG with its table.
      const pages = doc.sections.find((s) => s.kind === 'option-pages');
      const withForest =
        pages?.kind === 'option-pages' ? pages.pages.filter((p) => p.evidence.forest !== null) : [];
      await expect(preview.locator('svg.brief-forest__svg')).toHaveCount(withForest.length);
      await screenshotAt(page, `[data-brief-preview="${briefId}"]`, 'brief-preview.png', 1300);
      await expectAxeClean(page, 'preview');
    });

    await test.step('export a PDF and a DOCX through the UI and read them back', async () => {
      const doc = await api(request, served, 'briefs/document', { id: briefId });
      const names = optionsSection(doc).rows.map((r) => r.intervention.name);

      const pdfDownload = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export PDF' }).click();
      await expect(page.getByRole('progressbar', { name: 'Exporting PDF' })).toBeVisible();
      const pdfPath = test.info().outputPath('brief.pdf');
      await (await pdfDownload).saveAs(pdfPath);
      await expect(page.locator('[data-export-state]')).toHaveText(/^Exported .+\.pdf\.$/);
      expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = spawnSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
      expect(text.status).toBe(0);
      const words = text.stdout.replace(/\s+/g, ' ');
      for (const name of names) expect(words).toContain(name);

      const docxDownload = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export Word (DOCX)' }).click();
      const docxPath = test.info().outputPath('brief.docx');
      await (await docxDownload).saveAs(docxPath);
      await expect(page.locator('[data-export-state]')).toHaveText(/^Exported .+\.docx\.$/);
      expect(readFileSync(docxPath).subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
      const xml = spawnSync('unzip', ['-p', docxPath, 'word/document.xml'], { encoding: 'utf8' });
      expect(xml.status).toBe(0);
      for (const name of names) expect(xml.stdout).toContain(name);
    });

    await test.step('a failed export says why', async () => {
      // The server refusing to start the job, as it would when the PDF printer cannot run.
      await page.route('**/api/brief-exports/start', (route) =>
        route.fulfill({
          json: { ok: false, error: { code: 'INTERNAL', message: 'The PDF printer could not be started.' } },
        }),
      );
      await page.getByRole('button', { name: 'Export HTML' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'export failed' })).toHaveText(
        'The HTML export failed: The PDF printer could not be started.',
      );
      await page.unroute('**/api/brief-exports/start');
    });

    await test.step('freeze a snapshot, change a figure, see it in the diff', async () => {
      await page.getByRole('tab', { name: 'Snapshots' }).click();
      await expect(page.getByText('No snapshots yet.')).toBeVisible();
      await page.getByLabel('Format').selectOption('md');
      await page.getByRole('button', { name: 'Freeze as snapshot' }).click();
      await expect(page.locator('.brief-snapshots__status')).toContainText('Frozen as');
      const [snapshot] = await api(request, served, 'brief-snapshots/list', { id: briefId });
      if (snapshot === undefined) throw new Error('No snapshot was stored.');
      const row = page.locator(`[data-snapshot="${snapshot.id}"]`);
      await expect(row).toContainText('Markdown');
      await row.getByRole('button', { name: /^Compare with now/ }).click();
      await expect(page.locator('[data-field="no-changes"]')).toBeVisible();

      // The local baseline rate changes through the API: the relative changes follow it.
      await changeBaselineRate(request, served, OUTCOME, BY);
      try {
        const diff = await api(request, served, 'brief-snapshots/diff', { id: snapshot.id });
        expect(diff.changes.length).toBeGreaterThan(0);
        await row.getByRole('button', { name: /^Compare with now/ }).click();
        await row.getByRole('button', { name: /^Compare with now/ }).click();
        const table = page.locator(`[data-diff="${snapshot.id}"] table`);
        await expect(table.locator('tbody tr')).toHaveCount(diff.changes.length);
        for (const change of diff.changes) {
          const tr = table.locator(`tr[data-change="${change.key}"]`);
          await expect(tr.locator('td').nth(0)).toHaveText(change.intervention ?? 'The whole brief');
          await expect(tr.locator('th')).toHaveText(change.label);
          await expect(tr.locator('td').nth(1)).toHaveText(change.before ?? 'Not in the snapshot');
          await expect(tr.locator('td').nth(2)).toHaveText(change.after ?? 'No longer shown');
        }
        expect(diff.changes.some((c) => c.key.endsWith('/relative-change'))).toBe(true);
        await screenshotAt(page, '.brief-snapshots', 'brief-diff.png');
        await expectAxeClean(page, 'snapshots and diff');
      } finally {
        await api(request, served, 'history/undo', { by: BY });
      }

      // The frozen file downloads as it was made.
      const download = page.waitForEvent('download');
      await row.getByRole('button', { name: /^Download/ }).click();
      const frozen = await download;
      expect(frozen.suggestedFilename()).toBe(snapshot.fileName);
      const path = test.info().outputPath(snapshot.fileName);
      await frozen.saveAs(path);
      const file = await api(request, served, 'brief-snapshots/file', { id: snapshot.id });
      expect(readFileSync(path).toString('base64')).toBe(file.content);
      expect(readFileSync(path, 'utf8')).toContain(TITLE);

      await row.getByRole('button', { name: /^Delete/ }).click();
      await expect(page.getByText('No snapshots yet.')).toBeVisible();
    });

    await test.step('delete the brief from the list', async () => {
      await page.getByRole('link', { name: 'Briefs', exact: true }).first().click();
      const row = page.locator(`[data-brief="${briefId}"]`);
      await expect(row).toContainText(TITLE);
      await row.getByRole('button', { name: /^Delete…/ }).click();
      await page.getByRole('button', { name: 'Delete brief' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Deleted' })).toContainText(
        `Deleted “${TITLE}”`,
      );
      await expect(row).toHaveCount(0);
      briefId = '';
      await expectAxeClean(page, 'briefs list');
    });
    // Nothing the screens draw (the preview's branding colours, the forest plots, the logo) is refused.
    expect(await cspViolations()).toEqual([]);
  } finally {
    const left = (await api(request, served, 'briefs/list', {})).some((b) => b.id === briefId);
    if (left) await api(request, served, 'briefs/delete', { id: briefId, by: BY, confirm: true });
    for (const e of await api(request, served, 'shortlist/list', {}))
      await api(request, served, 'shortlist/remove', { interventionId: e.intervention.id, by: BY });
    for (const e of found)
      await api(request, served, 'shortlist/add', {
        interventionId: e.intervention.id,
        outcomeId: e.outcome?.id ?? null,
        note: e.note,
        by: e.addedBy,
      });
  }
});

test('set the partnership branding in Library settings', async ({ page, request, served }) => {
  const before = await api(request, served, 'brief-branding/get', {});
  // A 1×1 PNG.
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );
  try {
    await openApp(page, served, '#/settings');
    const section = page.locator('[data-section="branding"]');
    await section.getByRole('button', { name: 'Change the branding' }).click();
    await section.getByLabel('Partnership name').fill('Lambeth Community Safety Partnership');
    await section.getByLabel('Primary colour').fill('#7a1f5c');
    await section.getByLabel('Accent colour').fill('#0b6e4f');
    // A file that is not an image is refused, naming the field.
    await section
      .getByLabel('Logo')
      .setInputFiles({ name: 'logo.txt', mimeType: 'text/plain', buffer: Buffer.from('x') });
    await expect(section.locator('#branding-logo-error')).toHaveText('The logo must be a PNG or JPEG image');
    await section.getByLabel('Logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
    await expect(section.locator('#branding-logo-error')).toHaveCount(0);
    const name = section.getByLabel('Your name');
    if (await name.isVisible()) await name.fill(BY);
    expect(await seriousViolations(page)).toEqual([]);
    await section.getByRole('button', { name: 'Save branding' }).click();
    await expect(section.locator('[data-field="partnership-name"]')).toHaveText(
      'Lambeth Community Safety Partnership',
    );
    await expect(section.locator('[data-field="primaryColour"]')).toHaveText('#7a1f5c');
    await expect(section.getByRole('img', { name: "The partnership's logo" })).toBeVisible();
    expect(await api(request, served, 'brief-branding/get', {})).toEqual({
      partnershipName: 'Lambeth Community Safety Partnership',
      primaryColour: '#7a1f5c',
      accentColour: '#0b6e4f',
      logo: { mediaType: 'image/png', content: png.toString('base64') },
    });
    await expectAxeClean(page, 'branding');
  } finally {
    await api(request, served, 'brief-branding/save', { ...before, by: BY });
  }
});
