// The reference data screen: add an outcome to the taxonomy (by keyboard), rename an approach
// type, add an area, see each offered in the intervention and outcome result forms; a refused
// delete says what uses the row; the last change undone; axe-clean; the screenshot for the README.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { api, expect, openApp, REPO_ROOT, test, undoLastChange } from './fixtures';

const USER = 'E2E Reference Editor';
const NEW_OUTCOME = 'School-based violence';
const RENAMED = 'Mentoring and coaching';
const NEW_AREA = 'Medway';

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help}\n` + v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n'),
  );
}

test('edit the outcome taxonomy, approach types and areas, and use them in the forms', async ({
  page,
  request,
  served,
}) => {
  test.setTimeout(120_000);
  page.setDefaultTimeout(15_000); // an action that cannot happen fails here, not at the test's end
  await page.addInitScript((name) => window.localStorage.setItem('ewb.userName', name), USER);
  const cleanUp = async () => {
    const reference = await api(request, served, 'reference/list', {});
    const domain = reference.outcomeDomains.find((d) => d.name === NEW_OUTCOME);
    if (domain !== undefined)
      await api(request, served, 'outcome-domains/delete', { id: domain.id, by: USER });
    const area = reference.areas.find((a) => a.name === NEW_AREA);
    if (area !== undefined) await api(request, served, 'areas/delete', { id: area.id, by: USER });
    const mentoring = reference.approachTypes.find((a) => a.id === 'mentoring');
    if (mentoring !== undefined && mentoring.name !== 'Mentoring') {
      await api(request, served, 'approach-types/save', {
        id: 'mentoring',
        name: 'Mentoring',
        description: mentoring.description ?? undefined,
        by: USER,
      });
    }
  };

  try {
    // The screen is in the sidebar, under the library.
    await openApp(page, served);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Reference data' })
      .click();
    await expect(page).toHaveURL(/#\/reference-data$/);
    await expect(page.locator('main h1')).toHaveText('Reference data');
    await expect(page.getByRole('tab', { name: 'Outcome taxonomy' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    const education = page.getByRole('region', { name: /^Education/ });
    await expect(education.getByRole('row', { name: /Exclusions/ })).toContainText('Lower is better');
    expect(await violations(page)).toEqual([]);

    // --- An outcome added to a group, by keyboard alone; an empty name is refused first ---
    await education.getByRole('button', { name: 'Add an outcome to Education' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Add an outcome' })).toBeFocused();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Outcome name')).toBeFocused();
    await page.keyboard.press('Enter'); // submits the form with nothing filled in
    const nameError = page.locator('#domain-new-education-name-error');
    await expect(nameError).toHaveText('This must not be empty');
    await expect(page.getByRole('alert').filter({ hasText: 'Please correct' })).toContainText(
      'Outcome name: This must not be empty',
    );
    await expect(page.getByLabel('Outcome name')).toBeFocused();
    await page.keyboard.type(NEW_OUTCOME);
    await page.keyboard.press('Tab'); // to the direction radios
    await page.keyboard.press('ArrowDown'); // "Lower is better"
    await expect(page.getByLabel('Lower is better (e.g. re-offending)')).toBeChecked();
    await page.keyboard.press('Tab');
    await page.keyboard.type('Violence on school premises or on the way to school.');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Add outcome' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.edit-status')).toContainText(`Added the outcome “${NEW_OUTCOME}”.`);
    const newRow = education.getByRole('row', { name: new RegExp(NEW_OUTCOME) });
    await expect(newRow).toContainText('Lower is better');
    await expect(newRow).toContainText('Violence on school premises');
    await expect(newRow).toContainText('Not used');

    // Its direction turned in the edit form: the warning says what that changes.
    await newRow.getByRole('button', { name: `Edit ${NEW_OUTCOME}` }).click();
    await page.getByLabel('Higher is better (e.g. attendance)').check();
    await expect(page.getByText('Changing the direction changes the evidence')).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: test.info().outputPath('reference-data-direction.png') });
    await page.keyboard.press('Escape');
    await expect(newRow.getByRole('button', { name: `Edit ${NEW_OUTCOME}` })).toBeFocused();
    // Back to the top of the screen (focus moves may have scrolled the main area and the page).
    await page.locator('main').evaluate((main) => {
      for (let el: Element | null = main; el !== null; el = el.parentElement) el.scrollTop = 0;
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: join(REPO_ROOT, 'resources', 'screenshots', 'reference-data.png') });

    // A move keeps focus on the button that was used.
    await newRow.getByRole('button', { name: `Move ${NEW_OUTCOME} up` }).click();
    await expect(page.locator('.edit-status')).toContainText(`Moved “${NEW_OUTCOME}” to place 4.`);
    await expect(education.getByRole('row').nth(4)).toContainText(NEW_OUTCOME);
    await expect(education.getByRole('row').nth(5)).toContainText('NEET status');
    await expect(page.getByRole('button', { name: `Move ${NEW_OUTCOME} up` })).toBeFocused();

    // An outcome that results record cannot be deleted: the refusal counts them and offers a merge.
    const attendance = education.getByRole('row', { name: /Attendance \/ truancy/ });
    await expect(attendance).toContainText(/\d+ outcome results/);
    await attendance.getByRole('button', { name: 'Delete Attendance / truancy' }).click();
    await expect(page.getByRole('alert')).toContainText(
      /“Attendance \/ truancy” is used by \d+ outcome results.*, so it cannot be deleted\. Merge it into another outcome instead/,
    );
    const merge = page.getByRole('group', { name: 'Merge “Attendance / truancy” into another outcome' });
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: test.info().outputPath('reference-data-merge.png') });
    await merge.getByLabel('Merge into').selectOption({ label: 'Attainment' });
    await merge.getByRole('button', { name: 'Merge' }).click();
    await expect(page.locator('.edit-status')).toContainText(
      'Merged “Attendance / truancy” into “Attainment”.',
    );
    await expect(education.getByRole('row', { name: /Attendance \/ truancy/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Edit Attainment' })).toBeFocused();
    await undoLastChange(page);
    await expect(page.locator('.undo-status')).toContainText(
      'Undone: the deletion of outcome domain “Attendance / truancy”',
    );
    await expect(education.getByRole('row', { name: /Attendance \/ truancy/ })).toHaveCount(1);

    // --- Approach types: the tabs move with the arrow keys; a rename ---
    await page.getByRole('tab', { name: 'Outcome taxonomy' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#\/reference-data\/approach-types$/);
    await expect(page.getByRole('tab', { name: 'Approach types' })).toBeFocused();
    await page.getByRole('button', { name: 'Edit Mentoring', exact: true }).click();
    const approachName = page.getByLabel('Name', { exact: true });
    await approachName.fill('Sports diversion');
    await page.getByRole('button', { name: 'Save approach type' }).click();
    await expect(page.locator('#approach-mentoring-name-error')).toHaveText(
      'There is already an approach type called “Sports diversion”',
    );
    await approachName.fill(RENAMED);
    await page.getByRole('button', { name: 'Save approach type' }).click();
    await expect(page.locator('.edit-status')).toContainText(`Saved the approach type “${RENAMED}”.`);
    const renamedRow = page.getByRole('row', { name: new RegExp(RENAMED) });
    await expect(renamedRow).toBeVisible();
    expect(await violations(page)).toEqual([]);

    // A refused delete says what uses it, and the row stays.
    await renamedRow.getByRole('button', { name: `Delete ${RENAMED}` }).click();
    await expect(page.getByRole('alert')).toContainText(
      new RegExp(`“${RENAMED}” is used by \\d+ interventions?, so it cannot be deleted`),
    );
    await expect(renamedRow).toBeVisible();

    // --- Areas: one added ---
    await page.getByRole('tab', { name: 'Areas' }).click();
    await page.getByRole('button', { name: 'Add an area' }).click();
    await page.getByLabel('Name', { exact: true }).fill(NEW_AREA);
    await page.getByLabel('Kind').selectOption('other');
    await page.getByRole('button', { name: 'Add area' }).click();
    await expect(page.locator('.edit-status')).toContainText(`Added the area “${NEW_AREA}”.`);
    await expect(page.getByRole('row', { name: new RegExp(NEW_AREA) })).toContainText('Other place');
    expect(await violations(page)).toEqual([]);

    // --- Each is offered where researchers catalogue ---
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Catalogue' }).click();
    await page.goto(`${served.url}#/interventions/new`);
    await expect(page.getByLabel('Approach type').locator('option', { hasText: RENAMED })).toHaveCount(1);
    await expect(page.getByRole('checkbox', { name: NEW_AREA })).toBeVisible();

    await page.goto(`${served.url}#/interventions/pathways-programme`);
    await page
      .getByRole('button', { name: /Add outcome result/ })
      .first()
      .click();
    const outcome = page.getByLabel('Outcome', { exact: true });
    await expect(outcome.locator('optgroup[label="Education"] option', { hasText: NEW_OUTCOME })).toHaveCount(
      1,
    );
    await page.keyboard.press('Escape');

    // --- The last change (the new area) undone from the screen ---
    await page.goto(`${served.url}#/reference-data/areas`);
    await undoLastChange(page);
    await expect(page.locator('.undo-status')).toContainText(`Undone: the creation of area “${NEW_AREA}”`);
    await expect(page.getByRole('row', { name: new RegExp(NEW_AREA) })).toHaveCount(0);
  } finally {
    await cleanUp();
  }
});

test('a read-only library shows its reference data without editing controls', async ({ page, served }) => {
  // The served library is writable; a read-only one is shown the same way the API refuses it.
  await page.route('**/api/library/info', async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { ok: boolean; value: Record<string, unknown> };
    await route.fulfill({
      response,
      json: { ...body, value: { ...body.value, readOnlyReason: 'Opened read-only for this test.' } },
    });
  });
  await openApp(page, served, '#/reference-data/areas');
  await expect(page.getByText('its reference data can be read here but not changed')).toBeVisible();
  await expect(page.getByRole('row', { name: /Lambeth/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /Delete|Edit|Add an area/ })).toHaveCount(0);
  expect(await violations(page)).toEqual([]);
});
