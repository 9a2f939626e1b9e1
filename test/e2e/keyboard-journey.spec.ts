// The main journey by keyboard alone (no mouse: only Tab, arrows, Enter, Space and typing): find an
// intervention in the catalogue, open it, go to Compare, state the need, choose interventions and
// put them on the shortlist. Each control is reached by Tab from where focus is, so a control the
// keyboard cannot reach (or a trap that keeps focus) fails the step that needs it.
//
// The journey is a list of steps: the brief and its export are appended to JOURNEY when briefs land.
import type { Locator, Page } from '@playwright/test';
import { api, expect, gridReady, openApp, test } from './fixtures';

// It fills the shortlist, which other specs expect empty: its own library.
test.use({ ownLibrary: true });

const BY = 'Keyboard Commissioner';
const SEARCH = 'triage';
const OUTCOME = { id: 'proven-reoffending', typed: 'Proven re' };
const AGES = { min: '12', max: '17' };
const CHOSEN = ['final-warnings-restorative-justice', 'youth-justice-triage'];

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
const found = { interventionName: '' };

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
];

test('find → compare → shortlist, by keyboard alone', async ({ page, request, served }) => {
  test.setTimeout(120_000);
  await openApp(page, served, '#/catalogue');
  for (const step of JOURNEY) await test.step(step.name, () => step.run(page));

  const shortlist = await api(request, served, 'shortlist/list', {});
  expect(shortlist.map((e) => e.intervention.id).sort()).toEqual([...CHOSEN].sort());
  expect(shortlist.every((e) => e.outcome?.id === OUTCOME.id && e.addedBy === BY)).toBe(true);
});
