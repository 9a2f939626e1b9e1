// Editing in the browser-served app: the "Your name" preference, the organisation and intervention
// forms (with a theory of change), history and undo, delete, refused entries that leave the library
// unchanged, axe scans of both forms and the organisation form by keyboard alone.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';
import { api, expect, openApp, REPO_ROOT, type ServedLibrary, test } from './fixtures';

const USER = 'Test Researcher';

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n` +
      v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n'),
  );
}

/** Screenshots to look at, outside the folder Playwright empties at the start of each run. */
function shotPath(name: string): string {
  return join(REPO_ROOT, 'test-results', 'editing', name);
}

/** The whole of a long form (the main area scrolls, so a full-page shot would cut it). */
async function tallScreenshot(page: Page, name: string): Promise<void> {
  const height = await page.locator('main').evaluate((m) => m.scrollHeight + 60);
  await page.setViewportSize({ width: 1440, height });
  await page.screenshot({ path: shotPath(name) });
  await page.setViewportSize({ width: 1440, height: 900 });
}

/** Starts the page with a stored user name, as after a first change. */
async function withStoredName(page: Page): Promise<void> {
  await page.addInitScript((name) => window.localStorage.setItem('ewb.userName', name), USER);
}

/** What must not move when an entry is refused: the intervention count and a record's history. */
async function librarySnapshot(request: APIRequestContext, served: ServedLibrary, id: string) {
  const list = await api(request, served, 'interventions/list', { limit: 1 });
  const history = await api(request, served, 'history/list', { entityType: 'intervention', entityId: id });
  const detail = await api(request, served, 'interventions/get', { id });
  return { total: list.total, history, detail };
}

async function kickzId(request: APIRequestContext, served: ServedLibrary): Promise<string> {
  const list = await api(request, served, 'interventions/list', { search: 'Kickz', limit: 50 });
  const kickz = list.rows.find((r) => r.name === 'Kickz') ?? list.rows[0];
  if (kickz === undefined) throw new Error('No intervention to edit.');
  return kickz.id;
}

test('create an organisation and an intervention with a theory of change, edit it, see the history, undo', async ({
  page,
  request,
  served,
}) => {
  test.setTimeout(120_000);
  const reference = await api(request, served, 'reference/list', {});
  const approach = reference.approachTypes[0];
  const [area1, area2] = reference.areas;
  if (approach === undefined || area1 === undefined || area2 === undefined)
    throw new Error('No reference data.');

  // The organisation, asking for the user's name the first time.
  await openApp(page, served, '#/organisations/new');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New organisation');
  await page.getByLabel('Your name').fill(USER);
  await page.getByLabel('Name', { exact: true }).fill('Riverside Youth Trust');
  await page.getByLabel('Kind').selectOption({ label: 'Voluntary sector' });
  await page.getByLabel('Website').fill('https://riverside.example.org');
  await page.getByLabel('Description').fill('A charity running youth clubs by the river.');
  await page.getByRole('button', { name: 'Create organisation' }).click();
  await expect(page.getByRole('status')).toContainText('Organisation “Riverside Youth Trust” saved');
  expect(await page.evaluate(() => window.localStorage.getItem('ewb.userName'))).toBe(USER);
  const orgs = await api(request, served, 'library/list-names', { entity: 'organisations' });
  const org = orgs.find((o) => o.name === 'Riverside Youth Trust');
  expect(org?.kind).toBe('voluntary');

  // The intervention, from the catalogue's button; the name is remembered now.
  await openApp(page, served, '#/catalogue');
  await page.getByRole('link', { name: 'New intervention' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New intervention');
  await expect(page.locator('.your-name')).toContainText(`recorded in the history as ${USER}`);
  const form = page.locator('form.edit-form');
  const values: Record<string, string> = {
    Name: 'Riverside Kick-off',
    Summary: 'Weekly football and mentoring for 10 to 16 year olds.',
    Description: 'Sessions at the riverside pitches.\n\nEach player has a mentor.',
    'Start date': '2023-09',
    'End date': '2025-07',
    'Youngest age (years)': '10',
    'Oldest age (years)': '16',
    'Risk level': 'At risk of exclusion',
    Gender: 'All',
    'Target group': 'Young people on the estate',
    'Duration (weeks)': '30',
    'Sessions (sessions)': '30',
    'Reach (participants per year)': '120',
    Dosage: 'Two hours a week',
    Staffing: 'Two coaches and a mentor',
    'Validated by': 'Dr A. Reviewer',
    'Validation date': '2024-03-01',
    Tags: 'mentoring, sport', // the library keeps tags in alphabetical order
  };
  for (const [label, value] of Object.entries(values))
    await form.getByLabel(label, { exact: true }).fill(value);
  await form.getByLabel('Approach type').selectOption(approach.id);
  await form.getByLabel('Strand').selectOption({ label: 'Engagement' });
  await form.getByLabel('Prevention tier').selectOption({ label: 'Targeted' });
  await form.getByLabel('Status', { exact: true }).selectOption({ label: 'Pilot' });
  await form.getByLabel('School').check();
  await form.getByLabel('Community').check();
  await form.getByLabel('Filter the areas').fill(area2.name);
  await form.getByLabel(area2.name, { exact: true }).check();
  await form.getByLabel('Filter the areas').fill('');
  await form.getByLabel(area1.name, { exact: true }).check();
  await form.getByLabel('Yes', { exact: true }).check();
  await form.getByLabel('Project Oracle standard of evidence').selectOption('2');
  await form.getByLabel('Validation status').selectOption({ label: 'Validated by researcher' });

  await form.getByRole('button', { name: 'Add an organisation' }).click();
  await form.getByLabel('Organisation 1', { exact: true }).selectOption({ label: 'Riverside Youth Trust' });
  await form.getByLabel('Organisation 1: role').selectOption({ label: 'Lead' });
  await form.getByRole('button', { name: 'Add a link' }).click();
  await form.getByLabel('Link 1: label').fill('Programme website');
  await form.getByLabel('Link 1: web address').fill('https://riverside.example.org/kick-off');
  await form.getByRole('button', { name: 'Add a contact' }).click();
  await form.getByLabel('Contact 1: name').fill('Sam Coach');
  await form.getByLabel('Contact 1: role').fill('Lead coach');
  await form.getByLabel('Contact 1: email').fill('sam@riverside.example.org');
  await form.getByLabel('Contact 1: phone').fill('020 7946 0000');

  // Theory of change: two inputs (added in the wrong order, then moved), two activities, and more.
  const toc: [string, string][] = [
    ['Add input', 'Coaches'],
    ['Add input', 'Pitch hire'],
    ['Add activity', 'Weekly football sessions'],
    ['Add activity', 'One-to-one mentoring'],
    ['Add output', 'Thirty sessions a year'],
    ['Add short-term outcome', 'Better school attendance'],
    ['Add long-term outcome', 'Fewer first-time entrants'],
    ['Add assumption', 'Young people keep coming'],
  ];
  for (const [button, text] of toc) {
    await form.getByRole('button', { name: button }).click();
    await page.keyboard.type(text); // the new item's box has focus
  }
  await form.getByRole('button', { name: 'Move up: Input 2' }).click();
  await expect(form.getByLabel('Input 1', { exact: true })).toHaveValue('Pitch hire');
  await expect(form.getByRole('button', { name: 'Move down: Input 1' })).toBeFocused();
  // An empty item added and left blank is dropped when saving.
  await form.getByRole('button', { name: 'Add output' }).click();

  await tallScreenshot(page, 'intervention-form-filled.png');
  await form.getByRole('button', { name: 'Create intervention' }).click();
  await expect(page).toHaveURL(/#\/interventions\/riverside-kick-off$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Riverside Kick-off');

  // After a reload every value is there: on the page, and in the edit form exactly as entered.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Riverside Kick-off');
  const main = page.locator('main');
  for (const text of [
    values.Summary,
    'Each player has a mentor.',
    'Riverside Youth Trust',
    'Pitch hire',
    'Coaches',
    'Weekly football sessions',
    'One-to-one mentoring',
    'Thirty sessions a year',
    'Better school attendance',
    'Fewer first-time entrants',
    'Young people keep coming',
    'Pilot',
    'Targeted',
    'Engagement',
    approach.name,
  ]) {
    await expect(main.getByText(text ?? '', { exact: false }).first()).toBeVisible();
  }
  await page.getByRole('link', { name: /^Edit/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit Riverside Kick-off');
  for (const [label, value] of Object.entries(values)) {
    await expect(form.getByLabel(label, { exact: true })).toHaveValue(value);
  }
  await expect(form.getByLabel('Approach type')).toHaveValue(approach.id);
  await expect(form.getByLabel('Strand')).toHaveValue('engagement');
  await expect(form.getByLabel('Prevention tier')).toHaveValue('targeted');
  await expect(form.getByLabel('Status', { exact: true })).toHaveValue('pilot');
  await expect(form.getByLabel('School')).toBeChecked();
  await expect(form.getByLabel('Community')).toBeChecked();
  await expect(form.getByLabel('Home')).not.toBeChecked();
  await expect(form.getByLabel(area1.name, { exact: true })).toBeChecked();
  await expect(form.getByLabel(area2.name, { exact: true })).toBeChecked();
  await expect(form.getByLabel('Yes', { exact: true })).toBeChecked();
  await expect(form.getByLabel('Project Oracle standard of evidence')).toHaveValue('2');
  await expect(form.getByLabel('Validation status')).toHaveValue('validated');
  await expect(form.getByLabel('Organisation 1', { exact: true })).toHaveValue(org?.id ?? '');
  await expect(form.getByLabel('Organisation 1: role')).toHaveValue('lead');
  await expect(form.getByLabel('Link 1: label')).toHaveValue('Programme website');
  await expect(form.getByLabel('Link 1: web address')).toHaveValue('https://riverside.example.org/kick-off');
  await expect(form.getByLabel('Contact 1: name')).toHaveValue('Sam Coach');
  await expect(form.getByLabel('Contact 1: role')).toHaveValue('Lead coach');
  await expect(form.getByLabel('Contact 1: email')).toHaveValue('sam@riverside.example.org');
  await expect(form.getByLabel('Contact 1: phone')).toHaveValue('020 7946 0000');
  const expectedToc: Record<string, string[]> = {
    Input: ['Pitch hire', 'Coaches'],
    Activity: ['Weekly football sessions', 'One-to-one mentoring'],
    Output: ['Thirty sessions a year'],
    'Short-term outcome': ['Better school attendance'],
    'Long-term outcome': ['Fewer first-time entrants'],
    Assumption: ['Young people keep coming'],
  };
  for (const [item, texts] of Object.entries(expectedToc)) {
    for (const [i, text] of texts.entries()) {
      await expect(form.getByLabel(`${item} ${i + 1}`, { exact: true })).toHaveValue(text);
    }
    await expect(form.getByLabel(`${item} ${texts.length + 1}`, { exact: true })).toHaveCount(0);
  }

  // Edit one field; the history shows the change.
  await form.getByLabel('Summary').fill('Football, mentoring and a weekly homework club.');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.locator('.record-header__summary')).toHaveText(
    'Football, mentoring and a weekly homework club.',
  );
  await page.getByRole('button', { name: 'History' }).click();
  await expect(page.getByRole('button', { name: 'History' })).toHaveAttribute('aria-expanded', 'true');
  const entries = page.locator('.history-entry');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText(`Changed by ${USER}`);
  await expect(entries.nth(0)).toContainText('Fields changed: Summary');
  await expect(entries.nth(1)).toContainText(`Created by ${USER}`);
  await page.screenshot({ path: shotPath('intervention-history.png') });
  expect(await violations(page)).toEqual([]);

  // Undo it (from the top bar, after seeing what would be undone): the page says what was undone,
  // and the old value is back.
  await page.getByRole('button', { name: 'Undo last change…' }).click();
  const undoDialog = page.getByRole('dialog', { name: 'Undo the last change?' });
  await expect(undoDialog.locator('[data-field="record"]')).toHaveText('Intervention “Riverside Kick-off”');
  await expect(undoDialog.locator('[data-field="action"]')).toHaveText('Changed: Summary');
  await undoDialog.getByRole('button', { name: 'Undo this change' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Undone' })).toHaveText(
    `Undone: the change to intervention “Riverside Kick-off” (Summary) by ${USER}.`,
  );
  await expect(page.locator('.record-header__summary')).toHaveText(values.Summary ?? '');
  const saved = await api(request, served, 'interventions/get', { id: 'riverside-kick-off' });
  expect(saved.summary).toBe(values.Summary);

  // Leave the shared library as the other specs expect it.
  await api(request, served, 'interventions/delete', { id: 'riverside-kick-off', by: USER, confirm: true });
  await api(request, served, 'organisations/delete', { id: org?.id ?? '', by: USER, confirm: true });
});

test('invalid entries show a message naming the field and leave the library unchanged', async ({
  page,
  request,
  served,
}) => {
  const id = await kickzId(request, served);
  const before = await librarySnapshot(request, served, id);

  // A new intervention with no name.
  await withStoredName(page);
  await openApp(page, served, '#/interventions/new');
  const form = page.locator('form.edit-form');
  await form.getByLabel('Summary').fill('A summary without a name.');
  await form.getByRole('button', { name: 'Create intervention' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'was not saved' });
  await expect(summary).toContainText('Name: This must not be empty');
  await expect(form.getByLabel('Name', { exact: true })).toBeFocused();
  await expect(form.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#f-name-error')).toHaveText('This must not be empty');
  await expect(page).toHaveURL(/#\/interventions\/new$/);

  // An existing one with its youngest age above its oldest.
  await openApp(page, served, `#/interventions/${id}/edit`);
  await form.getByLabel('Youngest age (years)').fill('18');
  await form.getByLabel('Oldest age (years)').fill('12');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(summary).toContainText('Youngest age: The minimum age must not exceed the maximum');
  await expect(page.locator('#f-ageMin-error')).toHaveText('The minimum age must not exceed the maximum');
  await expect(form.getByLabel('Youngest age (years)')).toBeFocused();
  // The summary's link moves focus to its field.
  await form.getByLabel('Name', { exact: true }).focus();
  await summary.getByRole('link', { name: 'Youngest age' }).click();
  await expect(form.getByLabel('Youngest age (years)')).toBeFocused();

  // The server, given the same, refuses it naming the field (the form's check is the same schema).
  const response = await request.post(`${served.origin}/api/interventions/save`, {
    headers: { Authorization: `Bearer ${served.token}` },
    data: {
      name: 'Bad ages',
      summary: 'x',
      approachTypeId: before.detail.approachType.id,
      strand: 'engagement',
      tier: 'universal',
      status: 'active',
      ageMin: 18,
      ageMax: 12,
      by: USER,
    },
  });
  const body = (await response.json()) as { ok: boolean; error?: { field?: string; message: string } };
  expect(body.ok).toBe(false);
  expect(body.error?.field).toBe('ageMin');

  expect(await librarySnapshot(request, served, id)).toEqual(before);
});

test('delete asks, says what goes with it, and returns to the catalogue', async ({
  page,
  request,
  served,
}) => {
  const id = await kickzId(request, served);
  await withStoredName(page);
  // An intervention with evaluations: the panel lists them; cancelled, nothing is deleted.
  await openApp(page, served, `#/interventions/${id}`);
  await page.getByRole('button', { name: 'Delete intervention…' }).click();
  const panel = page.locator('.delete-panel');
  await expect(panel).toContainText(/This will also delete its \d+ evaluations?/);
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel).toHaveCount(0);

  const reference = await api(request, served, 'reference/list', {});
  const created = await api(request, served, 'interventions/save', {
    name: 'Short-lived pilot',
    summary: 'Made to be deleted.',
    approachTypeId: reference.approachTypes[0]?.id ?? '',
    strand: 'engagement',
    tier: 'universal',
    status: 'planned',
    by: USER,
  });
  const total = (await api(request, served, 'interventions/list', { limit: 1 })).total;
  await openApp(page, served, `#/interventions/${created.id}`);
  await page.getByRole('button', { name: 'Delete intervention…' }).click();
  await expect(panel).toContainText('Nothing else in the library depends on it.');
  await panel.getByRole('button', { name: 'Delete intervention' }).click();
  await expect(page).toHaveURL(/#\/catalogue$/);
  expect((await api(request, served, 'interventions/list', { limit: 1 })).total).toBe(total - 1);
  const history = await api(request, served, 'history/list', {
    entityType: 'intervention',
    entityId: created.id,
  });
  expect(history[0]?.action).toBe('delete');
  expect(history[0]?.userName).toBe(USER);
});

test('the intervention and organisation forms pass axe; screenshots', async ({ page, served }) => {
  // First without a stored name, so the form asks for it.
  await openApp(page, served, '#/organisations/new');
  await expect(page.getByLabel('Your name')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Create organisation' }).click();
  await expect(page.getByRole('alert')).toContainText('Your name');
  expect(await violations(page)).toEqual([]);
  await page.screenshot({ path: shotPath('organisation-form-light.png') });

  await withStoredName(page);
  await openApp(page, served, '#/interventions/new');
  const form = page.locator('form.edit-form');
  await expect(form).toBeVisible();
  await form.getByLabel('Name', { exact: true }).fill('Riverside Kick-off');
  await form.getByLabel('Summary').fill('Weekly football and mentoring for 10 to 16 year olds.');
  await form.getByRole('button', { name: 'Add an organisation' }).click();
  await form.getByRole('button', { name: 'Add a link' }).click();
  await form.getByRole('button', { name: 'Add a contact' }).click();
  for (const button of ['Add input', 'Add input', 'Add activity']) {
    await form.getByRole('button', { name: button }).click();
    await page.keyboard.type(button === 'Add activity' ? 'Weekly football sessions' : 'Coaches');
  }
  expect(await violations(page)).toEqual([]);
  mkdirSync(join(REPO_ROOT, 'resources', 'screenshots'), { recursive: true });
  await page.locator('main').evaluate((m) => (m.scrollTop = 0));
  await page.screenshot({ path: join(REPO_ROOT, 'resources', 'screenshots', 'edit-intervention.png') });
  await tallScreenshot(page, 'intervention-form-light.png');

  // With errors showing (the summary, the fields marked).
  await form.getByLabel('Youngest age (years)').fill('18');
  await form.getByLabel('Oldest age (years)').fill('12');
  await form.getByLabel('Name', { exact: true }).fill('');
  await form.getByRole('button', { name: 'Create intervention' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'was not saved' });
  await expect(summary).toContainText('Name: This must not be empty');
  await expect(summary).toContainText('Approach type: Choose one');
  await expect(summary).toContainText('Youngest age: The minimum age must not exceed the maximum');
  expect(await violations(page)).toEqual([]);
  await page.locator('main').evaluate((m) => (m.scrollTop = 0));
  await tallScreenshot(page, 'intervention-form-errors.png');
});

test('the organisation form can be completed by keyboard alone', async ({ page, request, served }) => {
  await withStoredName(page);
  await openApp(page, served, '#/organisations/new');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New organisation');
  const activeId = () => page.evaluate(() => document.activeElement?.id ?? '');
  for (let i = 0; i < 40 && (await activeId()) !== 'org-name'; i++) await page.keyboard.press('Tab');
  expect(await activeId()).toBe('org-name');
  await page.keyboard.type('Northside Evaluation Unit');
  await page.keyboard.press('Tab');
  expect(await activeId()).toBe('org-kind');
  await page.keyboard.type('Research');
  await page.keyboard.press('Tab');
  expect(await activeId()).toBe('org-website');
  await page.keyboard.type('https://northside.example.ac.uk');
  await page.keyboard.press('Tab');
  expect(await activeId()).toBe('org-description');
  await page.keyboard.type('University team evaluating youth programmes.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Organisation “Northside Evaluation Unit” saved');
  const orgs = await api(request, served, 'library/list-names', { entity: 'organisations' });
  const org = orgs.find((o) => o.name === 'Northside Evaluation Unit');
  expect(org?.kind).toBe('research');
  await api(request, served, 'organisations/delete', { id: org?.id ?? '', by: USER, confirm: true });
});
