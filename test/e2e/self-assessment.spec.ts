// The Project Oracle workflow in the browser: a provider drafts a self-assessment on the Standards
// tab, adds evidence to criteria (one item by keyboard alone), claims a standard and submits it;
// the hub's reviewer, in another browser, returns it with notes (after a return without them is
// refused), the provider adds evidence and resubmits, the reviewer validates it and the intervention
// records the validated standard; every state passes axe, and the validation can be undone.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { api, expect, openApp, REPO_ROOT, type ServedLibrary, test, undoLastChange } from './fixtures';

const TARGET = 'met-track';
const KEY = { interventionId: TARGET, frameworkId: 'project-oracle' };
const PROVIDER = 'P. Provider';
const REVIEWER = 'H. Reviewer';
const SCREENSHOTS = join(REPO_ROOT, 'resources', 'screenshots');

async function violations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? ''}): ${v.help}\n` + v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n'),
  );
}

const criterion = (page: Page, text: string) =>
  page
    .locator('.sa-criterion')
    .filter({ has: page.getByRole('heading', { level: 4, name: text, exact: true }) });

/** Opens the Standards tab as one person: the history records their name. */
async function openAs(page: Page, served: ServedLibrary, name: string): Promise<Page> {
  await page.addInitScript((who) => window.localStorage.setItem('ewb.userName', who), name);
  await openApp(page, served, `#/interventions/${TARGET}/standards`);
  return page;
}

const statusOf = (page: Page) =>
  page.getByRole('tabpanel', { name: 'Standards' }).locator('#standards-status');

test('draft → evidence → submit → returned with notes → resubmit → validated', async ({
  page,
  browser,
  request,
  served,
}) => {
  test.setTimeout(120_000);
  const view = () => api(request, served, 'self-assessments/get', KEY);
  const intervention = () => api(request, served, 'interventions/get', { id: TARGET });
  const criteria = (await view()).criteria;
  const toc = criteria[0]?.text ?? '';
  const changeCriterion = criteria.find((c) => c.levelId === '2');
  const change = changeCriterion?.text ?? '';
  const evaluation = (await intervention()).evaluations[0];
  if (evaluation === undefined) throw new Error(`${TARGET} has no evaluation to cite.`);

  // The provider and the hub's reviewer each work in their own browser.
  const provider = await openAs(page, served, PROVIDER);
  const reviewerContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const reviewer = await reviewerContext.newPage();
  try {
    await expect(provider.getByRole('tab', { name: 'Standards' })).toHaveAttribute('aria-selected', 'true');
    await expect(statusOf(provider)).toContainText('Not started');
    await expect(criterion(provider, toc)).toContainText('Evidence engine: met');
    expect(await violations(provider, '#intervention-tabpanel')).toEqual([]);

    // --- First evidence, by keyboard alone ---
    await criterion(provider, toc)
      .getByRole('button', { name: /Add evidence/ })
      .focus();
    await provider.keyboard.press('Enter');
    const tocForm = criterion(provider, toc).locator('form');
    await expect(tocForm.getByRole('heading', { name: 'Add evidence' })).toBeFocused();
    expect(await violations(provider, '.sa-criterion .study-panel')).toEqual([]);
    await provider.keyboard.press('Tab');
    await expect(tocForm.getByLabel('Evidence', { exact: true })).toBeFocused();
    await provider.keyboard.type('Logic model agreed with the borough youth offending team, 2024.');
    await provider.keyboard.press('Tab');
    await expect(tocForm.getByLabel('Evaluation')).toBeFocused();
    await provider.keyboard.press('Tab');
    await expect(tocForm.getByLabel('Web address')).toBeFocused();
    await provider.keyboard.type('https://example.org/met-track/theory-of-change');
    await provider.keyboard.press('Tab');
    await expect(tocForm.getByRole('button', { name: 'Save evidence' })).toBeFocused();
    await provider.keyboard.press('Enter');
    // The page reloads with the new draft, focus on the criterion the evidence was given for.
    await expect(provider.getByRole('heading', { level: 4, name: toc, exact: true })).toBeFocused();
    await expect(criterion(provider, toc)).toContainText(
      'Logic model agreed with the borough youth offending team',
    );
    await expect(statusOf(provider)).toContainText('Draft');

    // --- Second evidence: a bad address is named and nothing is saved ---
    await criterion(provider, change)
      .getByRole('button', { name: /Add evidence/ })
      .click();
    const changeForm = criterion(provider, change).locator('form');
    await changeForm.getByLabel('Evidence', { exact: true }).fill('Pre/post survey of the 2023 cohort.');
    await changeForm.getByLabel('Evaluation').selectOption(evaluation.id);
    await changeForm.getByLabel('Web address').fill('not a web address');
    await changeForm.getByRole('button', { name: 'Save evidence' }).click();
    await expect(changeForm.locator(`#evidence-${changeCriterion?.key ?? ''}-url-error`)).toHaveText(
      'Enter a full web address (https://…)',
    );
    expect((await view()).assessment?.evidence).toHaveLength(1);
    await changeForm.getByLabel('Web address').fill('');
    await changeForm.getByRole('button', { name: 'Save evidence' }).click();
    await expect(criterion(provider, change)).toContainText(`Evaluation: ${evaluation.title}`);

    // --- Claim Standard 2 and submit ---
    const claim = provider.locator('form').filter({ has: provider.getByLabel('Level claimed') });
    await claim.getByLabel('Level claimed').selectOption({ label: 'Standard 2' });
    await claim.getByRole('button', { name: 'Submit for validation' }).click();
    await expect(statusOf(provider)).toContainText('Submitted for validation');
    await expect(statusOf(provider)).toBeFocused();
    expect(await intervention()).toMatchObject({ evidenceLevel: 2, validationStatus: 'self-assessed' });
    await expect(provider.getByRole('button', { name: /Add evidence/ })).toHaveCount(0);

    // --- The reviewer returns it: first without notes (refused, unchanged), then with them ---
    await openAs(reviewer, served, REVIEWER);
    await expect(statusOf(reviewer)).toContainText('Submitted for validation');
    expect(await violations(reviewer, '#intervention-tabpanel')).toEqual([]);
    const review = reviewer.locator('.sa-review form');
    await review.getByLabel('Return to the provider').check();
    await review.getByRole('button', { name: 'Record the review' }).click();
    await expect(review.locator('#review-notes-error')).toHaveText(
      'Say what the provider should add or change before resubmitting',
    );
    await expect(review.getByLabel('Notes')).toBeFocused();
    expect((await view()).assessment?.status).toBe('submitted');
    await review.getByLabel('Notes').fill('Please add the follow-up data for the second cohort.');
    await review.getByRole('button', { name: 'Record the review' }).click();
    await expect(statusOf(reviewer)).toContainText('Returned to the provider');

    // --- The provider sees the notes, adds evidence and resubmits ---
    await provider.reload();
    await expect(statusOf(provider)).toContainText('Returned to the provider');
    await expect(provider.locator('[data-field="review-notes"]')).toHaveText(
      'Please add the follow-up data for the second cohort.',
    );
    expect(await violations(provider, '#intervention-tabpanel')).toEqual([]);
    await criterion(provider, change)
      .getByRole('button', { name: /Add evidence/ })
      .click();
    await criterion(provider, change)
      .locator('form')
      .getByLabel('Evidence', { exact: true })
      .fill('Second cohort: 12-month follow-up of school attendance.');
    await criterion(provider, change).locator('form').getByRole('button', { name: 'Save evidence' }).click();
    await expect(criterion(provider, change).locator('.sa-evidence__item')).toHaveCount(2);
    await claim.getByRole('button', { name: 'Submit for validation' }).click();
    await expect(statusOf(provider)).toContainText('Submitted for validation');
    await expect(provider.locator('[data-field="previous-notes"]')).toContainText('second cohort');

    // --- The reviewer validates Standard 2: the intervention records it ---
    await reviewer.reload();
    await review.getByLabel('Validate', { exact: true }).check();
    await expect(review.getByLabel('Validated level')).toHaveValue('2');
    await review.getByLabel('Notes').fill('Confirmed at the validation interview.');
    await review.getByRole('button', { name: 'Record the review' }).click();
    await expect(statusOf(reviewer)).toContainText('Validated');
    await expect(reviewer.locator('[data-field="validated-level"]')).toContainText(
      `Validated at Standard 2 by ${REVIEWER}`,
    );
    expect(await intervention()).toMatchObject({
      evidenceLevel: 2,
      validationStatus: 'validated',
      validatedBy: REVIEWER,
      validatedAt: new Date().toISOString().slice(0, 10),
    });
    const history = reviewer.getByRole('region', { name: 'History of this self-assessment' });
    await expect(history.locator('.history-entry')).toHaveCount(8);
    await expect(history.locator('.history-entry').first()).toContainText(`Changed by ${REVIEWER}`);
    expect(await violations(reviewer, '#intervention-tabpanel')).toEqual([]);

    mkdirSync(SCREENSHOTS, { recursive: true });
    // Start the view at the tab list (scrolling the main pane only), so the tabs show above the tab.
    await reviewer.getByRole('tablist').evaluate((tabs) => {
      const main = document.getElementById('main-content');
      document.scrollingElement?.scrollTo(0, 0);
      if (main !== null)
        main.scrollTop += tabs.getBoundingClientRect().top - main.getBoundingClientRect().top - 16;
    });
    await reviewer.mouse.move(0, 0);
    await reviewer.screenshot({ path: join(SCREENSHOTS, 'self-assessment.png') });

    // --- Undo the validation from the page ---
    await undoLastChange(reviewer);
    await expect(reviewer.locator('.undo-status')).toContainText(
      'Undone: the change to self-assessment “Met Track: Project Oracle Standards of Evidence” (Status, ' +
        'Reviewed at, Review notes, Validated level, Validation status, Validated by, Validation date) by H. Reviewer.',
    );
    await expect(statusOf(reviewer)).toContainText('Submitted for validation');
    expect(await intervention()).toMatchObject({ evidenceLevel: 2, validationStatus: 'self-assessed' });
  } finally {
    await reviewerContext.close();
  }
});

test('the Standards tab is reached from the tab list by keyboard', async ({ page, served }) => {
  await openApp(page, served, `#/interventions/${TARGET}/value`);
  await page.getByRole('tab', { name: 'Value' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`#/interventions/${TARGET}/standards$`));
  await expect(page.getByRole('tab', { name: 'Standards' })).toBeFocused();
  await expect(page.getByRole('tabpanel', { name: 'Standards' })).toContainText('Criteria and evidence');
  await expect(page).toHaveTitle(/standards/);
  // The record's own history says where the self-assessment's history is.
  await page.getByRole('tab', { name: 'Overview' }).click();
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await page.locator(`#history-intervention-${TARGET}`).getByRole('link', { name: 'Standards tab' }).click();
  await expect(page).toHaveURL(new RegExp(`#/interventions/${TARGET}/standards$`));
});

test('the Standards tab passes axe in light and dark, as a draft and when submitted', async ({
  page,
  request,
  served,
}) => {
  const draft = { interventionId: 'karrot', frameworkId: 'project-oracle' };
  const submitted = { interventionId: 'junior-citizen', frameworkId: 'project-oracle' };
  for (const key of [draft, submitted]) {
    const toc = (await api(request, served, 'self-assessments/get', key)).criteria[0]?.key ?? '';
    await api(request, served, 'self-assessments/save', {
      ...key,
      claimedLevel: '1',
      evidence: [{ criterion: toc, text: 'Theory of change workshop notes', url: 'https://example.org/toc' }],
      by: PROVIDER,
    });
  }
  await api(request, served, 'self-assessments/submit', { ...submitted, by: PROVIDER });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const [key, expected] of [
      [draft, 'Draft'],
      [submitted, 'Submitted for validation'],
    ] as const) {
      await openApp(page, served, `#/interventions/${key.interventionId}/standards`);
      await expect(statusOf(page)).toContainText(expected);
      expect(
        await violations(page, '#intervention-tabpanel'),
        `${key.interventionId} in ${colorScheme}`,
      ).toEqual([]);
    }
  }
});
