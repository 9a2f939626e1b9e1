// Spreadsheet import on real library files: every error of a large file named by row and column,
// all or nothing, history and undo, remembered mappings, jobs with progress and cancel, every
// entity, XLSX as well as CSV, and the templates.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/core/api/dispatch';
import { readTable, runImport, checkImport } from '../../electron/core/services/spreadsheet-import';
import { countRecords } from '../../electron/core/repos/library-counts';
import type {
  ImportJobStatus,
  ImportReport,
  ImportInspection,
  ImportTemplate,
} from '../../shared/model/import';
import { IMPORT_ENTITIES } from '../../shared/model/import';
import { expectOk } from '../helpers/api';
import { interventionRow, interventionsCsv, type InterventionColumn } from '../helpers/import-files';
import { Library, libraryChecksum } from '../helpers/libraries';
import { useMiniLibrary } from '../helpers/mini-library';

const mini = useMiniLibrary();

const csvFile = (bytes: Buffer, fileName = 'rows.csv') => ({ fileName, format: 'csv' as const, bytes });
const apiSource = (bytes: Buffer, format: 'csv' | 'xlsx' = 'csv') => ({
  fileName: `rows.${format}`,
  format,
  content: bytes.toString('base64'),
});
const interventionCount = () => countRecords(mini.library.db).interventions;

type Row = Record<InterventionColumn, string>;

/** Twenty different mistakes, each at its own data row, with the column it must be reported in. */
function breakRows(
  rows: Row[],
  existingId: string,
): { index: number; column: string | null; says: string }[] {
  const set = (index: number, change: Partial<Row>) => Object.assign(rows[index] as Row, change);
  const cases: [number, Partial<Row>, string | null, string][] = [
    [100, { 'Approach type': 'Juggling' }, 'Approach type', 'unknown approach type “Juggling”'],
    [
      500,
      { 'Prevention tier': 'medium' },
      'Prevention tier',
      'must be one of universal, targeted, specialist (not “medium”)',
    ],
    [900, { Strand: 'sports' }, 'Strand', 'must be one of engagement, youth-justice'],
    [1300, { 'Youngest age': 'ten' }, 'Youngest age', 'must be a number'],
    [1700, { 'Oldest age': '45' }, 'Oldest age', 'Too big'],
    [2100, { 'Youngest age': '16', 'Oldest age': '12' }, 'Youngest age', 'minimum age must not exceed'],
    [2500, { Name: '' }, 'Name', 'expected string'],
    [2900, { Status: 'finished' }, 'Status', '(not “finished”)'],
    [3300, { Areas: 'Lambeth; Narnia' }, 'Areas', 'unknown area “Narnia”'],
    [
      3700,
      { Settings: 'school; moon' },
      'Settings',
      'must be one of school, community, custody, home, street, online (not “moon”)',
    ],
    [4100, { 'Manual available': 'maybe' }, 'Manual available', 'must be yes or no'],
    [4500, { 'Start date': '04/2019' }, 'Start date', 'use YYYY'],
    [4900, { 'Start date': '2022', 'End date': '2020' }, 'Start date', 'start date must not be after'],
    [5300, { Id: 'imported-5299' }, 'Id', 'another row already has id'],
    [5700, { Id: existingId }, 'Id', 'the library already has an intervention'],
    [6100, { Sessions: '3.5' }, 'Sessions', 'must be a whole number'],
    [6500, { 'Evidence level': '7' }, 'Evidence level', 'Too big'],
    [6900, { 'Validation status': 'approved' }, 'Validation status', '(not “approved”)'],
    [7700, { 'Duration (weeks)': '-3' }, 'Duration (weeks)', 'Too small'],
  ];
  for (const [index, change] of cases) set(index, change);
  return cases.map(([index, , column, says]) => ({ index, column, says }));
}

describe('a CSV of 10,000 rows with 20 errors of different kinds', () => {
  it('lists each error by row and column in the dry run, writes nothing, and imports once fixed', async () => {
    const [existing] = mini.library.db.prepare('SELECT id FROM interventions LIMIT 1').all() as {
      id: string;
    }[];
    const rows = Array.from({ length: 10_000 }, (_, n) => interventionRow(n));
    const expected = breakRows(rows, existing?.id ?? '');
    // The twentieth: a row with more cells than the header has columns.
    const longRow = [...Object.values(interventionRow(10_000)), 'stray cell'];
    expected.push({ index: 10_000, column: null, says: 'cells but the header has' });
    const broken = interventionsCsv(rows, [longRow]);
    const request = { file: csvFile(broken), entity: 'interventions' as const, by: 'Tester' };

    const before = libraryChecksum(mini.library);
    const report = await checkImport(mini.library, request);
    expect(report.rowCount).toBe(10_001);
    expect(report.errors).toHaveLength(20);
    for (const [k, e] of expected.entries()) {
      const error = report.errors[k];
      expect(error, `error ${k}`).toMatchObject({ row: e.index + 2, column: e.column });
      expect(error?.message).toContain(e.says);
    }
    expect(libraryChecksum(mini.library)).toBe(before);

    const outcome = await runImport(mini.library, request);
    expect(outcome).toMatchObject({ imported: 0 });
    expect(outcome.errors).toEqual(report.errors);
    expect(libraryChecksum(mini.library)).toBe(before);

    const count = interventionCount();
    const fixed = interventionsCsv(Array.from({ length: 10_000 }, (_, n) => interventionRow(n)));
    const done = await runImport(mini.library, { ...request, file: csvFile(fixed) });
    expect(done).toEqual({ imported: 10_000, errors: [] });
    expect(interventionCount()).toBe(count + 10_000);
    const detail = await expectOk<{
      name: string;
      areas: { id: string }[];
      settings: string[];
      tier: string;
    }>(mini.dispatch, 'interventions/get', { id: 'imported-42' });
    expect(detail).toMatchObject({
      name: 'Imported programme 42',
      tier: 'targeted',
      settings: ['community', 'school'],
    });
    expect(detail.areas.map((a) => a.id).sort()).toEqual(['lambeth', 'southwark']);
  }, 60_000);
});

describe('history and undo', () => {
  it('records one entry per import, named for it, and an undo removes exactly its rows', async () => {
    const before = interventionCount();
    const rows = [interventionRow(1), { ...interventionRow(2), Id: '' }, { ...interventionRow(3), Id: '' }];
    const outcome = await runImport(mini.library, {
      file: csvFile(interventionsCsv(rows), 'three.csv'),
      entity: 'interventions',
      by: 'Tester',
    });
    expect(outcome.imported).toBe(3);
    const { change } = await expectOk<{
      change: { action: string; userName: string; after: { description: string; ids: string[] } };
    }>(mini.dispatch, 'history/last', {});
    expect(change).toMatchObject({ action: 'import', userName: 'Tester' });
    expect(change.after.description).toBe('3 interventions from three.csv');
    expect(change.after.ids).toEqual(['imported-1', 'imported-programme-2', 'imported-programme-3']);
    await expectOk(mini.dispatch, 'history/undo', { by: 'Tester' });
    expect(interventionCount()).toBe(before);
  });
});

describe('the import API', () => {
  it('auto-matches columns by name and label, and remembers a mapping once an import succeeds', async () => {
    const csv = Buffer.from(
      'programme name,SUMMARY,approachTypeId,Level of prevention,strand,Status\r\nA,B,mentoring,universal,engagement,pilot\r\n',
    );
    const first = await expectOk<ImportInspection>(mini.dispatch, 'import/inspect', {
      source: apiSource(csv),
    });
    expect(first.mapping).toEqual({
      SUMMARY: 'summary',
      approachTypeId: 'approachTypeId',
      strand: 'strand',
      Status: 'status',
    });
    expect(first.mappingRemembered).toBe(false);
    const mapping = { ...first.mapping, 'programme name': 'name', 'Level of prevention': 'tier' };
    const report = await expectOk<ImportReport>(mini.dispatch, 'import/check', {
      source: apiSource(csv),
      mapping,
    });
    expect(report.errors).toEqual([]);
    expect(report.preview[0]?.cells['programme name']).toBe('A');
    const unmapped = await expectOk<ImportReport>(mini.dispatch, 'import/check', { source: apiSource(csv) });
    expect(unmapped.errors.map((e) => e.column)).toEqual(['Name', 'Prevention tier']);
    expect(unmapped.errors[0]?.message).toBe('no column is mapped to this required field');

    const { jobId } = await expectOk<{ jobId: string }>(mini.dispatch, 'import/start', {
      source: apiSource(csv),
      mapping,
      by: 'Tester',
    });
    const status = await finished(jobId);
    expect(status).toMatchObject({ state: 'succeeded', imported: 1, errors: [] });
    const again = await expectOk<ImportInspection>(mini.dispatch, 'import/inspect', {
      source: apiSource(csv),
    });
    expect(again).toMatchObject({ mapping, mappingRemembered: true });
  });

  it('reports every cell problem in the preview, by column', async () => {
    const csv = interventionsCsv([
      { ...interventionRow(1), Strand: 'nope', 'Youngest age': 'x' },
      interventionRow(2),
    ]);
    const report = await expectOk<ImportReport>(mini.dispatch, 'import/check', { source: apiSource(csv) });
    expect(report.preview).toHaveLength(2);
    expect(report.preview[0]?.errors).toEqual({
      'Youngest age': ['must be a number (not “x”)'],
      Strand: [expect.stringContaining('must be one of')],
    });
    expect(report.preview[1]?.errors).toEqual({});
  });

  it('runs an import as a job whose cancel leaves the library as it was', async () => {
    const before = libraryChecksum(mini.library);
    const csv = interventionsCsv(Array.from({ length: 5_000 }, (_, n) => interventionRow(n)));
    const { jobId } = await expectOk<{ jobId: string }>(mini.dispatch, 'import/start', {
      source: apiSource(csv),
      by: 'T',
    });
    const cancelling = await expectOk<ImportJobStatus>(mini.dispatch, 'import/cancel', { jobId });
    expect(cancelling.state).toBe('running');
    const status = await finished(jobId);
    expect(status).toMatchObject({ state: 'cancelled', imported: 0 });
    expect(status.message).toContain('nothing was written');
    expect(libraryChecksum(mini.library)).toBe(before);
  });

  it('reports progress while a job checks its rows', async () => {
    const csv = interventionsCsv(Array.from({ length: 3_000 }, (_, n) => interventionRow(n)));
    const { jobId } = await expectOk<{ jobId: string }>(mini.dispatch, 'import/start', {
      source: apiSource(csv),
      by: 'T',
    });
    const seen: string[] = [];
    let status: ImportJobStatus;
    do {
      await new Promise((r) => setImmediate(r));
      status = await expectOk<ImportJobStatus>(mini.dispatch, 'import/progress', { jobId });
      seen.push(`${status.phase}:${status.total}`);
    } while (status.state === 'running');
    expect(seen).toContain('checking:3000');
    expect(status).toMatchObject({ state: 'succeeded', imported: 3_000, phase: 'writing', done: 3_000 });
  });

  it('refuses an import into a read-only library before reading the file', async () => {
    const readOnly = await Library.open(mini.dir.file('mini.ewb'), { readOnly: true });
    try {
      const result = await createDispatch({ library: readOnly })('import/start', {
        source: apiSource(interventionsCsv([interventionRow(1)])),
        by: 'T',
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
    } finally {
      readOnly.close();
    }
  });
});

async function finished(jobId: string): Promise<ImportJobStatus> {
  for (;;) {
    const status = await expectOk<ImportJobStatus>(mini.dispatch, 'import/progress', { jobId });
    if (status.state !== 'running') return status;
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function xlsxOf(rows: (string | number | boolean)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Rows');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('every entity, from XLSX', () => {
  it('imports organisations, then evaluations naming them, outcome results and cost items', async () => {
    const [intervention] = mini.library.db.prepare('SELECT id, name FROM interventions LIMIT 1').all() as {
      id: string;
      name: string;
    }[];
    const run = async (entity: (typeof IMPORT_ENTITIES)[number], rows: (string | number | boolean)[][]) =>
      runImport(mini.library, {
        file: { fileName: `${entity}.xlsx`, format: 'xlsx', bytes: await xlsxOf(rows) },
        entity,
        by: 'T',
      });

    expect(
      await run('organisations', [
        ['Name', 'Kind', 'Website'],
        ['Northside Research', 'Think tank', 'https://example.org'],
      ]),
    ).toEqual({ imported: 0, errors: [expect.objectContaining({ row: 2, column: 'Kind' })] });
    // A choice is taken by its value or by the label the app shows (and its exports write).
    expect(
      await run('organisations', [
        ['Name', 'Kind', 'Website'],
        ['Northside Research', 'research', 'https://example.org'],
        ['Southside Research', 'Research / evaluator', 'https://example.org'],
      ]),
    ).toEqual({ imported: 2, errors: [] });

    expect(
      await run('evaluations', [
        [
          'Intervention',
          'Title',
          'Evaluator organisation',
          'Independent',
          'Year',
          'Design',
          'Treatment group size',
        ],
        [intervention?.name ?? '', 'An imported trial', 'Northside Research', 'yes', 2020, 'randomised', 120],
      ]),
    ).toEqual({ imported: 1, errors: [] });
    const evaluation = mini.library.db
      .prepare(
        "SELECT id, evaluator_organisation_id AS org, n_treatment AS n FROM evaluations WHERE title = 'An imported trial'",
      )
      .get() as { id: string; org: string; n: number };
    expect(evaluation).toMatchObject({ org: 'northside-research', n: 120 });

    const resultHeader = [
      'Evaluation',
      'Outcome',
      'Measure',
      'Data type',
      'Events (treatment)',
      'Total (treatment)',
      'Events (control)',
      'Total (control)',
    ];
    const results = await run('outcome-results', [
      [...resultHeader, 'Mean (treatment)'],
      [evaluation.id, 'proven-reoffending', 'Reconvicted in 12 months', 'binary', 20, 100, 30, 100, ''],
      [evaluation.id, 'proven-reoffending', 'Too many events', 'binary', 120, 100, 30, 100, ''],
    ]);
    expect(results.errors).toEqual([
      {
        row: 3,
        column: 'Events (treatment)',
        field: 'events1',
        message: 'events cannot exceed the group total',
      },
    ]);
    const unknownOutcome = await run('outcome-results', [
      resultHeader,
      [evaluation.id, 'happiness', 'Smiles', 'binary', 1, 10, 2, 10],
    ]);
    expect(unknownOutcome.errors).toEqual([
      { row: 2, column: 'Outcome', field: 'outcomeId', message: 'unknown outcome “happiness”' },
    ]);
    const fixedResults = await run('outcome-results', [
      resultHeader,
      [evaluation.id, 'proven-reoffending', 'Reconvicted in 12 months', 'binary', 20, 100, 30, 100],
    ]);
    expect(fixedResults).toEqual({ imported: 1, errors: [] });
    const result = mini.library.db
      .prepare('SELECT higher_is_better AS h, events1 FROM outcome_results WHERE evaluation_id = ?')
      .get(evaluation.id) as { h: number; events1: number };
    // Left blank, the direction is the outcome's own: less re-offending is better.
    expect(result).toEqual({ h: 0, events1: 20 });

    expect(
      await run('cost-items', [
        ['Intervention', 'Description', 'Category', 'Amount', 'Price year', 'Basis', 'Low estimate'],
        [intervention?.id ?? '', 'Imported staff cost', 'staff', 1000, 2020, 'per-participant', 1200],
      ]),
    ).toEqual({
      imported: 0,
      errors: [
        expect.objectContaining({
          row: 2,
          column: 'Low estimate',
          message: 'the low estimate must not exceed the amount',
        }),
      ],
    });
  });
});

describe('templates', () => {
  it.each(IMPORT_ENTITIES)(
    'gives a CSV and an XLSX template for %s whose columns all auto-match',
    async (entity) => {
      for (const format of ['csv', 'xlsx'] as const) {
        const template = await expectOk<ImportTemplate>(mini.dispatch, 'import/template', { entity, format });
        expect(template.fileName).toBe(`${entity}-template.${format}`);
        const inspection = await expectOk<ImportInspection>(mini.dispatch, 'import/inspect', {
          source: { fileName: template.fileName, format, content: template.content },
          entity,
        });
        expect(Object.values(inspection.mapping).sort()).toEqual(inspection.fields.map((f) => f.key).sort());
        // The notes row is not data.
        expect(inspection.rowCount).toBe(0);
      }
    },
  );

  it('describes each field in the XLSX notes sheet', async () => {
    const template = await expectOk<ImportTemplate>(mini.dispatch, 'import/template', {
      entity: 'cost-items',
      format: 'xlsx',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(template.content, 'base64') as unknown as ExcelJS.Buffer);
    const notes = workbook.getWorksheet('Notes');
    expect(notes?.getRow(1).values).toEqual([undefined, 'Column', 'Field', 'Required', 'What it takes']);
    expect(notes?.getRow(6).values).toEqual([
      undefined,
      'Amount',
      'amount',
      'yes',
      'Required. The amount, not negative.',
    ]);
    const table = await readTable({
      fileName: 't.xlsx',
      format: 'xlsx',
      bytes: Buffer.from(template.content, 'base64'),
    });
    expect(table.rows).toEqual([]);
  });
});
