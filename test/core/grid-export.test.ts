// Grid exports on real libraries: every row the screen's query matches (not one page) in the
// screen's order, the visible columns under the screen's headings, CSV and XLSX of each grid
// reading back to the same values, formula-looking text neutralised, and `ewb export`.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../electron/core/api/dispatch';
import {
  type ColumnSet,
  defaultColumns,
  EVALUATION_COLUMNS,
  INTERVENTION_COLUMNS,
  ORGANISATION_COLUMNS,
  OUTCOME_RESULT_COLUMNS,
} from '../../electron/core/io/grid-columns';
import { insertEvaluation } from '../../electron/core/repos/evaluations';
import { createLibraryFromBundle } from '../../electron/core/services/sample-library';
import { tableOf } from '../../electron/core/services/grid-export';
import type { MethodInput } from '../../shared/api';
import type { ListPage } from '../../shared/model/catalogue';
import type { ExportFile, GridExportInput } from '../../shared/model/exports';
import type { OrganisationRow } from '../../shared/model/organisations';
import { ORGANISATION_KIND_LABELS } from '../../shared/model/vocabulary';
import { expectOk } from '../helpers/api';
import { ewb } from '../helpers/cli';
import { readCsv, readXlsx } from '../helpers/export-files';
import { type Library, miniLibrary, SAMPLE_BUNDLE, tempDir, type TempDir } from '../helpers/libraries';

let dir: TempDir;
let sample: Library;
let mini: Library;
let onSample: Dispatch;
let onMini: Dispatch;
const GENERATED = 1200;

beforeAll(async () => {
  dir = tempDir();
  sample = await createLibraryFromBundle(dir.file('sample.ewb'), SAMPLE_BUNDLE);
  mini = await miniLibrary(dir);
  mini.write(() => {
    for (let i = 0; i < GENERATED; i++) {
      insertEvaluation(mini.db, i % 2 === 0 ? 'alpha-mentoring' : 'beta-sport', {
        id: `gen-${i}`,
        title: `Generated study ${String(i).padStart(4, '0')}`,
        independent: i % 3 === 0,
        year: 1995 + (i % 25),
        design: 'pre-post',
        country: 'United Kingdom',
        riskOfBias: [],
        sources: [],
        illustrative: false,
        outcomeResults: [],
      });
    }
  });
  onSample = createDispatch({ library: sample });
  onMini = createDispatch({ library: mini });
});
afterAll(() => {
  sample.close();
  mini.close();
  dir.remove();
});

const exportOf = (dispatch: Dispatch, input: GridExportInput) =>
  expectOk<ExportFile>(dispatch, 'exports/grid', input);
const bytes = (file: ExportFile) => Buffer.from(file.content, 'base64');

/** Every row of a list method, page by page, as the screen would scroll through them. */
async function everyRow<T>(dispatch: Dispatch, method: string, query: object): Promise<T[]> {
  const rows: T[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await expectOk<ListPage<T>>(dispatch, method, { ...query, offset, limit: 500 });
    rows.push(...page.rows);
    if (page.rows.length < 500) return rows;
  }
}

describe('export as shown', () => {
  it('writes every row the query matches, in the grid’s order, not just the loaded page', async () => {
    const query = {
      sort: [{ field: 'year', direction: 'desc' }],
      filters: { interventionId: ['alpha-mentoring'], design: ['pre-post'] },
      search: 'generated',
    } satisfies Omit<MethodInput<'evaluations/list'>, 'offset' | 'limit'>;
    const firstPage = await expectOk<ListPage<{ title: string }>>(onMini, 'evaluations/list', {
      ...query,
      limit: 100,
    });
    const expected = await everyRow<{ title: string }>(onMini, 'evaluations/list', query);
    expect(firstPage.rows).toHaveLength(100);
    expect(expected.length).toBe(firstPage.total);
    expect(expected.length).toBeGreaterThan(500);

    const file = await exportOf(onMini, {
      grid: 'evaluations',
      query,
      columns: [{ id: 'title', header: 'Evaluation' }],
      format: 'csv',
    });
    const [headers, ...rows] = readCsv(bytes(file));
    expect(headers).toEqual(['Evaluation', 'Evaluation: authors', 'Evaluation: evaluator']);
    expect(file.rowCount).toBe(expected.length);
    expect(rows.map((r) => r[0])).toEqual(expected.map((r) => r.title));
  });

  it('writes only the visible columns, in their order, under the headings the screen shows', async () => {
    const query = {
      sort: [{ field: 'costPerParticipant', direction: 'asc' }],
      filters: { tier: ['targeted'] },
    } satisfies Omit<MethodInput<'interventions/list'>, 'offset' | 'limit'>;
    const expected = await everyRow<{
      name: string;
      tier: string;
      costPerParticipant: { amount: number } | null;
    }>(onSample, 'interventions/list', query);
    expect(expected.length).toBeGreaterThan(1);
    const file = await exportOf(onSample, {
      grid: 'interventions',
      query,
      columns: [
        { id: 'tier', header: 'Prevention tier' },
        { id: 'name', header: 'Programme' },
        { id: 'costPerParticipant', header: 'Cost' },
      ],
      format: 'xlsx',
      notes: [{ label: 'Filters', value: 'Tier: Targeted' }],
    });
    expect(file.fileName).toMatch(/^catalogue-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const sheets = await readXlsx(bytes(file));
    const [headers, ...rows] = sheets.get('Catalogue') ?? [];
    expect(headers).toEqual(['Prevention tier', 'Programme', 'Cost', 'Cost: currency', 'Cost: price year']);
    expect(rows.map((r) => r[1])).toEqual(expected.map((r) => r.name));
    expect(rows.every((r) => r[0] === 'Targeted')).toBe(true);
    expect(rows.map((r) => r[2])).toEqual(expected.map((r) => r.costPerParticipant?.amount ?? null));
    const about = sheets.get('About this export') ?? [];
    expect(about).toContainEqual(['Filters', 'Tier: Targeted']);
    expect(about).toContainEqual(['Rows', String(expected.length)]);
  });

  it('refuses a column the grid does not have, naming it', async () => {
    const result = await onSample('exports/grid', {
      grid: 'organisations',
      query: {},
      columns: [
        { id: 'name', header: 'Name' },
        { id: 'budget', header: 'Budget' },
      ],
      format: 'csv',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'columns.1.id' } });
  });
});

describe('CSV and XLSX of each grid read back to the same values', () => {
  const GRIDS: { grid: GridExportInput['grid']; method: string; set: ColumnSet<never>; query: object }[] = [
    {
      grid: 'interventions',
      method: 'interventions/list',
      set: INTERVENTION_COLUMNS,
      query: { sort: [{ field: 'name', direction: 'desc' }] },
    },
    {
      grid: 'evaluations',
      method: 'evaluations/list',
      set: EVALUATION_COLUMNS,
      query: { filters: { design: ['randomised', 'matched'] } },
    },
    {
      grid: 'outcome-results',
      method: 'outcome-results/list',
      set: OUTCOME_RESULT_COLUMNS,
      query: { sort: [{ field: 'year', direction: 'asc' }] },
    },
  ];

  it.each(GRIDS)('$grid', async ({ grid, method, set, query }) => {
    const rows = await everyRow<never>(onSample, method, query);
    // The statistics are not a column of the grid (its rows do not carry them): the round-trip
    // test (export-import-round-trip) reads them back.
    const columns = defaultColumns(set).filter((c) => c.id !== 'statistics');
    const expected = tableOf(set, rows, columns, { title: '', notes: [] });
    const input = { grid, query, columns } as GridExportInput;
    const csv = readCsv(bytes(await exportOf(onSample, { ...input, format: 'csv' })));
    const xlsx = [
      ...(await readXlsx(bytes(await exportOf(onSample, { ...input, format: 'xlsx' })))).values(),
    ][0];
    expect(csv[0]).toEqual(expected.headers);
    expect(xlsx?.[0]).toEqual(expected.headers);
    expect(csv).toHaveLength(rows.length + 1);
    expect(xlsx).toHaveLength(rows.length + 1);
    expected.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const fromXlsx = xlsx?.[r + 1]?.[c] ?? null;
        const fromCsv = csv[r + 1]?.[c];
        if (cell === null || cell === undefined) {
          expect(fromXlsx).toBeNull();
          expect(fromCsv).toBe('');
        } else if (typeof cell === 'number') {
          expect(fromXlsx).toBe(cell);
          expect(Number(fromCsv)).toBe(cell);
        } else {
          expect(fromXlsx).toBe(cell);
          expect(fromCsv).toBe(cell);
        }
      }),
    );
  });

  it('organisations, filtered and sorted as the list shows them', async () => {
    const all = await expectOk<OrganisationRow[]>(onSample, 'organisations/list', {});
    const query = {
      kind: 'voluntary',
      name: '',
      sort: { field: 'evaluationCount', direction: 'descending' },
    } as const;
    const expected = all
      .filter((o) => o.kind === 'voluntary')
      .sort(
        (a, b) =>
          b.evaluationCount - a.evaluationCount ||
          a.name.localeCompare(b.name, 'en-GB', { sensitivity: 'base' }),
      );
    expect(expected.length).toBeGreaterThan(1);
    const columns = defaultColumns(ORGANISATION_COLUMNS);
    const csv = readCsv(
      bytes(await exportOf(onSample, { grid: 'organisations', query, columns, format: 'csv' })),
    );
    const xlsx = [
      ...(
        await readXlsx(
          bytes(await exportOf(onSample, { grid: 'organisations', query, columns, format: 'xlsx' })),
        )
      ).values(),
    ][0];
    const want = expected.map((o) => [
      o.name,
      ORGANISATION_KIND_LABELS.voluntary,
      o.interventionCount,
      o.evaluationCount,
    ]);
    expect(xlsx?.slice(1)).toEqual(want);
    expect(csv.slice(1)).toEqual(want.map((r) => r.map(String)));
  });
});

describe('formula-looking text in the library', () => {
  it('is neutralised in CSV and XLSX exports', async () => {
    await expectOk(onSample, 'evaluations/save', {
      interventionId: 'daedalus',
      title: '=HYPERLINK("http://example.org","Open")',
      authors: '@SUM(A1:A2)',
      place: '-2+3',
      independent: true,
      design: 'pre-post',
      illustrative: false,
      by: 'Tester',
    });
    const input = {
      grid: 'evaluations' as const,
      query: { search: 'hyperlink' },
      columns: [
        { id: 'title', header: 'Evaluation' },
        { id: 'place', header: '+Place' },
      ],
    };
    const csv = readCsv(bytes(await exportOf(onSample, { ...input, format: 'csv' })));
    const xlsx = [
      ...(await readXlsx(bytes(await exportOf(onSample, { ...input, format: 'xlsx' })))).values(),
    ][0];
    const expected = [
      ['Evaluation', 'Evaluation: authors', 'Evaluation: evaluator', "'+Place"],
      ['\'=HYPERLINK("http://example.org","Open")', "'@SUM(A1:A2)", '', "'-2+3"],
    ];
    expect(csv).toEqual(expected);
    expect(xlsx).toEqual([expected[0], [expected[1]?.[0], expected[1]?.[1], null, expected[1]?.[3]]]);
  });
});

describe('ewb export', () => {
  it('writes every row of an entity with its default columns, as CSV or XLSX', async () => {
    const csvPath = dir.file('cost-items.csv');
    const run = ewb(
      'export',
      '--library',
      sample.path,
      '--format',
      'csv',
      '--entity',
      'cost-items',
      '--out',
      csvPath,
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const costItems = (sample.db.prepare('SELECT count(*) AS n FROM cost_items').get() as { n: number }).n;
    expect(run.stdout).toContain(`Wrote ${costItems} rows`);
    const csv = readCsv(readFileSync(csvPath));
    expect(csv[0]?.slice(0, 4)).toEqual(['Intervention', 'Description', 'Category', 'Amount']);
    expect(csv).toHaveLength(costItems + 1);

    const xlsxPath = dir.file('organisations.xlsx');
    expect(
      ewb(
        'export',
        '--library',
        sample.path,
        '--format',
        'xlsx',
        '--entity',
        'organisations',
        '--out',
        xlsxPath,
      ).status,
    ).toBe(0);
    const organisations = (
      sample.db.prepare('SELECT count(*) AS n FROM organisations').get() as { n: number }
    ).n;
    expect((await readXlsx(readFileSync(xlsxPath))).get('Organisations')).toHaveLength(organisations + 1);

    const bad = ewb('export', '--library', sample.path, '--format', 'pdf', '--out', xlsxPath);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--format must be one of csv, xlsx');
  });
});
