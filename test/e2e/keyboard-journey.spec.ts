// The main journey by keyboard alone (no mouse: only Tab, arrows, Enter, Space and typing): find an
// intervention in the catalogue, open it, go to Compare, state the need, choose interventions and
// put them on the shortlist, start a brief from the shortlist, fill and save it, and export it as a
// PDF. Each control is reached by Tab from where focus is, so a control the keyboard cannot reach
// (or a trap that keeps focus) fails the step that needs it.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import type { Locator, Page } from '@playwright/test';
import { api, expect, gridReady, openApp, test } from './fixtures';

// It fills the shortlist, which other specs expect empty: its own library.
test.use({ ownLibrary: true });

const BY = 'Keyboard Commissioner';
const SEARCH = 'triage';
const OUTCOME = { id: 'proven-reoffending', typed: 'Proven re' };
const AGES = { min: '12', max: '17' };
const CHOSEN = ['final-warnings-restorative-justice', 'youth-justice-triage'];
const BRIEF = { title: 'Keyboard brief: cutting re-offending', author: 'K. Commissioner' };

/** Presses Tab (or Shift+Tab) until the target has focus; fails if it never gets it. */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 200 } = {}): Promise<void> {
  for (let presses = 0; presses < max; presses += 1) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(
    target,
    `reached by ${String(max)} presses of ${backwards ? 'Shift+Tab' : 'Tab'}`,
  ).toBeFocused();
}

interface Step {
  name: string;
  run: (page: Page) => Promise<void>;
}

/** What the journey found along the way, for the steps after. */
const found = { interventionName: '', briefId: '', pdfPath: '' };

const JOURNEY: Step[] = [
  {
    name: 'search the catalogue and open an intervention from the grid',
    run: async (page) => {
      await gridReady(page);
      await tabTo(page, page.getByLabel('Search the catalogue'));
      await page.keyboard.type(SEARCH);
      await expect(page.locator('.catalogue__count')).toContainText('match');
      // Into the grid: Tab reaches its header, the arrow keys its rows, Enter opens a row.
      await tabTo(page, page.locator('.ag-header-cell').first());
      await page.keyboard.press('ArrowDown');
      const row = page.locator('.ag-row[row-index="0"]');
      found.interventionName = (await row.locator('.cell-link').textContent()) ?? '';
      expect(found.interventionName.toLowerCase()).toContain(SEARCH);
      await page.keyboard.press('Enter');
      await expect(page.locator('main h1')).toHaveText(found.interventionName);
      await expect(page.locator('main')).toBeFocused();
    },
  },
  {
    name: 'go to Compare from the sidebar',
    run: async (page) => {
      const compare = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Compare/ });
      await tabTo(page, compare, { backwards: true });
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#\/compare$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Compare' })).toBeVisible();
    },
  },
  {
    name: 'state the need: the outcome and the ages',
    run: async (page) => {
      const outcome = page.getByLabel('Outcome to change');
      await tabTo(page, outcome);
      await page.keyboard.type(OUTCOME.typed);
      await expect(outcome).toHaveValue(OUTCOME.id);
      await tabTo(page, page.getByRole('textbox', { name: 'From' }));
      await page.keyboard.type(AGES.min);
      await tabTo(page, page.getByRole('textbox', { name: 'To' }));
      await page.keyboard.type(AGES.max);
      await expect(page).toHaveURL(/ages=12-17/);
    },
  },
  {
    name: 'choose two interventions to compare',
    run: async (page) => {
      for (const id of CHOSEN) {
        const choose = page.locator(`#choose-${id}`);
        await tabTo(page, choose);
        await page.keyboard.press('Space');
        await expect(choose).toBeChecked();
      }
      await expect(page.locator('[data-section="comparison"] .comparison')).toBeVisible();
    },
  },
  {
    name: 'put both on the shortlist',
    run: async (page) => {
      await tabTo(page, page.getByLabel('Your name'));
      await page.keyboard.type(BY);
      const onShortlist = page.getByRole('button', { name: /^On the shortlist: / });
      for (let added = 1; added <= CHOSEN.length; added += 1) {
        await tabTo(page, page.getByRole('button', { name: /^Add to shortlist: / }).first());
        await page.keyboard.press('Enter');
        await expect(onShortlist).toHaveCount(added);
      }
      await expect(page.locator('.sidebar [data-field="shortlist-count"]')).toHaveText(
        `${String(CHOSEN.length)} shortlisted`,
      );
    },
  },
  {
    name: 'start a brief from the shortlist',
    run: async (page) => {
      await tabTo(page, page.getByRole('link', { name: 'Start a brief from the shortlist' }));
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`#/briefs/new\\?outcome=${OUTCOME.id}$`));
      await expect(page.locator('main h1')).toHaveText('New brief');
      await expect(page.getByLabel('Outcome', { exact: true })).toHaveValue(OUTCOME.id);
    },
  },
  {
    name: 'fill the title and the author, and save the brief',
    run: async (page) => {
      await tabTo(page, page.getByLabel('Title', { exact: true }));
      await page.keyboard.type(BRIEF.title);
      await tabTo(page, page.getByLabel('Author', { exact: true }));
      await page.keyboard.type(BRIEF.author);
      await tabTo(page, page.getByRole('button', { name: 'Create brief' }));
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#\/briefs\/(?!new)[^/?]+$/);
      await expect(page.locator('main h1')).toHaveText(BRIEF.title);
      found.briefId = decodeURIComponent(new URL(page.url()).hash.replace('#/briefs/', ''));
    },
  },
  {
    name: 'go to the Preview and export tab',
    run: async (page) => {
      // The tabs are one Tab stop (the current tab); the arrow keys move between them.
      await tabTo(page, page.getByRole('tab', { name: 'Builder' }), { backwards: true });
      await page.keyboard.press('ArrowRight');
      await expect(page.getByRole('tab', { name: 'Preview and export' })).toBeFocused();
      await expect(page).toHaveURL(/\/preview$/);
      await expect(page.locator(`[data-brief-preview="${found.briefId}"]`)).toBeVisible();
    },
  },
  {
    name: 'export the brief as a PDF and download it',
    run: async (page) => {
      await tabTo(page, page.getByRole('button', { name: 'Export PDF' }));
      const download = page.waitForEvent('download');
      await page.keyboard.press('Enter');
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/\.pdf$/);
      found.pdfPath = test.info().outputPath(file.suggestedFilename());
      await file.saveAs(found.pdfPath);
      await expect(page.locator('[data-export-state]')).toHaveText(/^Exported .+\.pdf\.$/);
      // Focus stays on the export button, so the next export is one more press away.
      await expect(page.getByRole('button', { name: 'Export PDF' })).toBeFocused();
    },
  },
];

test('find → compare → shortlist → brief → export, by keyboard alone', async ({ page, request, served }) => {
  test.setTimeout(180_000);
  await openApp(page, served, '#/catalogue');
  for (const step of JOURNEY) await test.step(step.name, () => step.run(page));

  const shortlist = await api(request, served, 'shortlist/list', {});
  expect(shortlist.map((e) => e.intervention.id).sort()).toEqual([...CHOSEN].sort());
  expect(shortlist.every((e) => e.outcome?.id === OUTCOME.id && e.addedBy === BY)).toBe(true);

  // The brief holds what was typed and the shortlist; the PDF is it, with the chosen options' names.
  const brief = await api(request, served, 'briefs/get', { id: found.briefId });
  expect(brief).toMatchObject({ title: BRIEF.title, author: BRIEF.author, outcomeId: OUTCOME.id });
  expect([...brief.interventionIds].sort()).toEqual([...CHOSEN].sort());
  expect(readFileSync(found.pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = spawnSync('pdftotext', [found.pdfPath, '-'], { encoding: 'utf8' });
  expect(text.status).toBe(0);
  const words = text.stdout.replace(/\s+/g, ' ');
  expect(words).toContain(BRIEF.title);
  for (const e of shortlist) expect(words).toContain(e.intervention.name);
});
