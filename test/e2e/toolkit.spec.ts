// The toolkit and the evidence gap map in the browser, on the sample library: every figure shown
// is the API's, the bubble chart has its legend and text alternative, a cell lists its studies
// (by mouse and by keyboard) with links to them, the map downloads as CSV and as a real PNG, and
// both screens pass axe.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { api, axeViolations, expect, openApp, REPO_ROOT, test } from './fixtures';

const SCREENSHOTS = join(REPO_ROOT, 'resources', 'screenshots');

test('toolkit: one row per approach with the API’s figures, a bubble chart with a legend and a text alternative', async ({
  page,
  request,
  served,
}) => {
  const approaches = await api(request, served, 'ratings/approaches', {});
  await openApp(page, served, '#/toolkit');
  await expect(page.locator('main h1')).toHaveText('Toolkit');
  const rows = page.locator('.toolkit-table tbody tr');
  await expect(rows).toHaveCount(approaches.length);

  // The most-studied outcome across approaches, chosen as a user would.
  const totals = new Map<string, number>();
  for (const o of approaches.flatMap((a) => a.outcomes))
    totals.set(o.outcome.id, (totals.get(o.outcome.id) ?? 0) + o.studyCount);
  const [outcomeId] = [...totals.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (outcomeId === undefined) throw new Error('The sample library has no outcome results.');
  await page.getByLabel('Outcome', { exact: true }).selectOption(outcomeId);

  for (const a of approaches) {
    const row = page.locator(`.toolkit-table tr[data-approach="${a.approach.id}"]`);
    await expect(row.locator('th')).toHaveText(a.approach.name);
    await expect(row.locator('[data-field="interventions"]')).toHaveAttribute(
      'data-value',
      String(a.interventionCount),
    );
    await expect(row.locator('[data-field="studies"]')).toContainText(`of ${a.studyCount} in all`);
    if (a.cost === null) await expect(row.locator('[data-field="cost"]')).toHaveText('No cost data');
    else {
      expect(Number(await row.locator('[data-field="cost"]').getAttribute('data-value'))).toBeCloseTo(
        a.cost.medianPerParticipant,
        9,
      );
      await expect(row.locator('[data-field="cost-band"]')).toHaveAttribute(
        'data-value',
        String(a.cost.rating.rating),
      );
      // A figure worked out from illustrative costs carries the label.
      await expect(row.locator('[data-field="cost"] .badge--illustrative')).toHaveCount(
        a.cost.illustrative ? 1 : 0,
      );
    }
    const o = a.outcomes.find((x) => x.outcome.id === outcomeId);
    if (o === undefined) {
      await expect(row).toContainText('No studies of this outcome');
      continue;
    }
    await expect(row.locator('[data-field="studies"]')).toHaveAttribute('data-value', String(o.studyCount));
    await expect(row.locator('[data-field="quality"]')).toHaveAttribute(
      'data-value',
      o.evidenceQuality.level,
    );
    await expect(row.locator('[data-field="quality"]')).toContainText(o.evidenceQuality.label);
    const change = row.locator('[data-field="change"]');
    if (o.beneficialChangePercent === null) await expect(change).toHaveAttribute('data-value', '');
    else expect(Number(await change.getAttribute('data-value'))).toBeCloseTo(o.beneficialChangePercent, 9);
    await expect(row.locator('[data-band]')).toHaveAttribute('data-band', o.impactBand ?? '');
    await expect(change.locator('.badge--illustrative')).toHaveCount(o.illustrative ? 1 : 0);
  }

  // Back to each approach's headline outcome: the chart plots every approach with a % and a cost.
  await page.getByLabel('Outcome', { exact: true }).selectOption('');
  const chart = page.getByRole('img', { name: /Bubble chart: impact against cost per participant/ });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAttribute('aria-describedby', 'toolkit-table');
  await expect(page.locator('#toolkit-table')).toBeVisible();
  await expect(page.locator('.bubbles-legend')).toContainText('Bubble size: evidence quality');
  const plotted = await page.locator('.chart--bubbles .recharts-symbols').count();
  const notPlotted = (await page.getByTestId('toolkit-not-plotted').textContent()) ?? '';
  expect(plotted).toBeGreaterThan(0);
  expect(plotted + notPlotted.split(',').length).toBe(approaches.length);

  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 1400, height: 1300 });
  await page.screenshot({ path: join(SCREENSHOTS, 'toolkit.png') });
});

test('gap map: cells equal the API’s, a cell lists its studies with links, CSV and PNG download, keyboard and axe', async ({
  page,
  request,
  served,
  cspViolations,
}) => {
  const map = await api(request, served, 'evidence/gap-map', { rows: 'approaches' });
  await openApp(page, served, '#/gap-map');
  await expect(page.locator('main h1')).toHaveText('Evidence gap map');
  await expect(page.locator('.gap-map__table tbody tr')).toHaveCount(map.rowHeads.length);
  await expect(page.locator('.gap-cell__button')).toHaveCount(map.cells.length);
  const outcomes = map.groups.flatMap((g) => g.outcomes);
  await expect(page.locator('.gap-map__outcome')).toHaveCount(outcomes.length);
  for (const cell of map.cells) {
    const td = page.locator(`tr[data-row="${cell.rowId}"] td[data-outcome="${cell.outcomeId}"]`);
    await expect(td).toHaveAttribute('data-studies', String(cell.studyCount));
    await expect(td).toHaveAttribute('data-design', cell.strongestDesign);
    await expect(td.locator('.gap-cell__count')).toHaveText(String(cell.studyCount));
  }

  // A click lists the cell's studies, each linking to its evaluation on its intervention's page.
  const biggest = [...map.cells].sort((a, b) => b.studyCount - a.studyCount)[0];
  if (biggest === undefined) throw new Error('The sample library has no studies.');
  await page
    .locator(`tr[data-row="${biggest.rowId}"] td[data-outcome="${biggest.outcomeId}"] button`)
    .click();
  const list = page.getByTestId('gap-map-studies');
  await expect(list.locator('li')).toHaveCount(biggest.studyCount);
  for (const id of biggest.evaluationIds) {
    const study = map.studies[id];
    if (study === undefined) throw new Error(`No study ${id}`);
    await expect(list.locator(`li[data-evaluation="${id}"] a`)).toHaveAttribute(
      'href',
      `#/interventions/${encodeURIComponent(study.intervention.id)}/evaluations/${encodeURIComponent(id)}`,
    );
  }
  await expect(page.locator('#gap-map-studies-title')).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  // The whole map with the chosen cell's studies under it.
  await page.setViewportSize({ width: 1400, height: 1560 });
  await page.locator('main').evaluate((main) => main.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOTS, 'gap-map.png') });

  // CSV: a header, then one line per studied cell.
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toBe('evidence-gap-map-approaches.csv');
  const csvText = readFileSync(await csv.path(), 'utf8');
  const lines = csvText.split('\r\n').filter((l) => l !== '');
  expect(lines[0]).toBe(
    'Approach type,Outcome group,Outcome,Studies,Strongest design,Evidence strength,"Studies (title, year)"',
  );
  expect(lines).toHaveLength(map.cells.length + 1);
  const biggestRow = map.rowHeads.find((r) => r.id === biggest.rowId)?.name ?? '';
  const biggestOutcome = outcomes.find((o) => o.id === biggest.outcomeId)?.name ?? '';
  expect(
    lines.some(
      (l) => l.startsWith(`${biggestRow},`) && l.includes(`,${biggestOutcome},${biggest.studyCount},`),
    ),
  ).toBe(true);

  // PNG: a real PNG image of a sensible size.
  const pngDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PNG' }).click();
  const png = readFileSync(await (await pngDownload).path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  expect(png.readUInt32BE(16)).toBeGreaterThan(600);
  expect(png.readUInt32BE(20)).toBeGreaterThan(300);
  // Drawn and downloaded under the app's strict CSP, without a violation.
  expect(await cspViolations()).toEqual([]);

  // Keyboard: rows by intervention chosen with the arrow keys, a cell opened with Enter.
  const byIntervention = await api(request, served, 'evidence/gap-map', { rows: 'interventions' });
  await page.getByRole('radio', { name: 'Approach types' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Interventions' })).toBeChecked();
  await expect(page.locator('.gap-map__table')).toHaveAttribute('data-rows', 'interventions');
  await expect(page.locator('.gap-map__table tbody tr')).toHaveCount(byIntervention.rowHeads.length);
  const first = byIntervention.cells[0];
  if (first === undefined) throw new Error('No studied cell.');
  await page.locator(`tr[data-row="${first.rowId}"] td[data-outcome="${first.outcomeId}"] button`).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('gap-map-studies').locator('li')).toHaveCount(first.studyCount);
  await expect(page.locator('#gap-map-studies-title')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/interventions/${first.rowId}/evaluations/`));
  expect(await axeViolations(page)).toEqual([]);
});
