// A damaged library served by `ewb serve`: every screen says so in a banner, the Library screen says
// what was found and offers the verified backups, and restoring one through the UI puts it in place
// while the damaged file is kept aside, byte for byte. This spec damages its own library.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  api,
  axeViolations,
  createSampleLibrary,
  expect,
  openApp,
  REPO_ROOT,
  screenshotWhole,
  serveLibrary,
  type ServedLibrary,
  test,
} from './fixtures';

let folder = '';
let libraryPath = '';
let damagedSha = '';
const SAMPLE = join(REPO_ROOT, 'resources', 'sample-library', 'sample-library.json');
const sampleInterventions = (JSON.parse(readFileSync(SAMPLE, 'utf8')) as { interventions: unknown[] })
  .interventions.length;
let served: ServedLibrary;
let stopServer: () => Promise<void> = () => Promise.resolve();

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'ewb-e2e-damaged-'));
  libraryPath = createSampleLibrary(folder);
  const userData = join(folder, 'user-data');
  // Served once while healthy: opening it takes its first daily backup, verified.
  await (await serveLibrary(libraryPath, userData)).stop();
  // Cut short in the middle of its last page, as a failing disk or an interrupted copy leaves it.
  truncateSync(libraryPath, statSync(libraryPath).size - 1000);
  damagedSha = sha256(libraryPath);
  const server = await serveLibrary(libraryPath, userData);
  served = server.served;
  stopServer = server.stop;
});

test.afterAll(async () => {
  await stopServer();
  rmSync(folder, { recursive: true, force: true });
});

test('a damaged library says so on every screen and offers its verified backups', async ({
  page,
  request,
}) => {
  const info = await api(request, served, 'library/info', {});
  expect(info.damage?.problems.join(' ')).toMatch(/truncated/);

  await openApp(page, served, '#/catalogue');
  const banner = page.getByRole('region', { name: 'Damaged library' });
  await expect(banner).toContainText('This library file is damaged.');
  await expect(banner).toContainText('nothing in it has been or will be changed');
  // Nothing that would write is offered.
  await expect(page.getByRole('link', { name: 'New intervention' })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);

  await banner.getByRole('link', { name: 'Restore a backup or open another library' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'This library file is damaged' })).toBeVisible();
  await page.getByText('What the checks found').click();
  await expect(page.locator('.damage-details li').first()).toContainText('truncated');
  const backups = page.locator('.backups-table tbody tr');
  await expect(backups).toHaveCount(1);
  await expect(page.getByRole('button', { name: /^Restore the backup of / })).toBeVisible();
  // A damaged library is never backed up: its copy would be a damaged backup.
  await expect(page.getByRole('button', { name: 'Back up now' })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  await screenshotWhole(page, '.app', join(REPO_ROOT, 'resources', 'screenshots', 'damaged-library.png'));
  expect(sha256(libraryPath)).toBe(damagedSha);
});

test('restoring a backup through the UI puts it in place and keeps the damaged file aside', async ({
  page,
  request,
}) => {
  await openApp(page, served, '#/library');
  await page.getByRole('button', { name: /^Restore the backup of / }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText('The damaged file is not changed or deleted');
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();

  await expect(page.locator('.backups-status')).toContainText(
    /The damaged file is kept, unchanged, as .*\.damaged-/,
  );
  await expect(page.getByRole('region', { name: 'Damaged library' })).toHaveCount(0);
  await expect(
    page.getByRole('table', { name: 'Records in this library' }).getByRole('row', { name: /^Interventions/ }),
  ).toContainText(String(sampleInterventions));
  const info = await api(request, served, 'library/info', {});
  expect(info).toMatchObject({ damage: null, readOnlyReason: null });

  const aside = readdirSync(folder).filter(
    (name) => name.startsWith('lib.ewb.damaged-') && !/-(wal|shm)$/.test(name),
  );
  expect(aside).toHaveLength(1);
  expect(sha256(join(folder, aside[0] as string))).toBe(damagedSha);
  expect(await axeViolations(page)).toEqual([]);
});
