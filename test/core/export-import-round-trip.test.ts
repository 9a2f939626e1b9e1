// CSV and XLSX exports of each grid re-import to the same values: the sample library (with names
// that a spreadsheet would read as formulas) is exported entity by entity, parents first, into a
// library that starts with only the reference data and taxonomy; exporting that library again
// gives the same values in every column the importer fills, and in the end in every column at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/core/api/dispatch';
import { exportedHeadings } from '../../electron/core/io/grid-columns';
import { exportEntity } from '../../electron/core/services/grid-export';
import { createLibraryFromBundle } from '../../electron/core/services/sample-library';
import { checkImport, runImport } from '../../electron/core/services/spreadsheet-import';
import { countRecords } from '../../electron/core/repos/library-counts';
import type { ExportFile, ExportFormat, GridExportInput } from '../../shared/model/exports';
import type { ImportEntity } from '../../shared/model/import';
import { expectOk } from '../helpers/api';
import { ewb } from '../helpers/cli';
import { readCsv, readXlsx } from '../helpers/export-files';
import { Library, SAMPLE_BUNDLE, tempDir, type TempDir } from '../helpers/libraries';

/** Parents before the records that name them. */
const ENTITIES: ImportEntity[] = [
  'organisations',
  'interventions',
  'evaluations',
  'outcome-results',
  'cost-items',
];
const FORMATS: ExportFormat[] = ['csv', 'xlsx'];

/** Text a spreadsheet would run as a formula, put where each entity's export writes it. */
const GUARDED = {
  organisation: '-Minus Trust',
  intervention: '=Safer Streets (formula-looking)',
  evaluation: '+Plus evaluation',
  measure: '@Self-report measure',
} as const;

/**
 * Counts of links that no grid carries (an organisation's roles in interventions): only a bundle
 * moves those, so a library filled from grid exports counts none.
 */
const NOT_IN_ANY_GRID: Partial<Record<ImportEntity, string[]>> = { organisations: ['Interventions'] };

let dir: TempDir;
let sample: Library;

beforeAll(async () => {
  dir = tempDir();
  sample = await createLibraryFromBundle(dir.file('sample.ewb'), SAMPLE_BUNDLE);
  // Each name is referred to by a child's export too (evaluator, intervention, evaluation).
  sample.write(() => {
    const db = sample.db;
    const rename = (table: string, column: string, value: string, where: string) =>
      expect(db.prepare(`UPDATE ${table} SET ${column} = ? WHERE id = (${where})`).run(value).changes).toBe(
        1,
      );
    rename(
      'organisations',
      'name',
      GUARDED.organisation,
      'SELECT evaluator_organisation_id FROM evaluations WHERE evaluator_organisation_id IS NOT NULL LIMIT 1',
    );
    rename('interventions', 'name', GUARDED.intervention, 'SELECT intervention_id FROM cost_items LIMIT 1');
    rename('evaluations', 'title', GUARDED.evaluation, 'SELECT evaluation_id FROM outcome_results LIMIT 1');
    rename('outcome_results', 'measure_name', GUARDED.measure, 'SELECT id FROM outcome_results LIMIT 1');
  });
});

afterAll(() => {
  sample.close();
  dir.remove();
});

type Cell = string;

/** An exported file's header and rows, every cell as text ("" for blank), as the file holds it. */
async function readExport(bytes: Buffer, format: ExportFormat): Promise<Cell[][]> {
  const rows =
    format === 'csv'
      ? readCsv(bytes.toString('utf8').replace(/^\uFEFF/, ''))
      : ([...(await readXlsx(bytes)).values()][0] ?? []);
  return rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell))));
}

async function exported(library: Library, entity: ImportEntity, format: ExportFormat) {
  const file = await exportEntity(library.db, { entity, format });
  const bytes = Buffer.from(file.content, 'base64');
  return { file, bytes, table: await readExport(bytes, format) };
}

/** The rows as sorted lines of the chosen columns: equal when the same records hold the same values. */
function rowsOf(table: Cell[][], keep: (heading: string) => boolean): string[] {
  const [headers = [], ...rows] = table;
  const columns = headers.flatMap((h, k) => (keep(h) ? [k] : []));
  return rows.map((row) => JSON.stringify(columns.map((k) => row[k] ?? ''))).sort();
}

const importable = (entity: ImportEntity) => {
  const headings = exportedHeadings(entity);
  return (heading: string) => headings.get(heading) !== null;
};

describe.each(FORMATS)('%s exports', (format) => {
  let fresh: Library;

  beforeAll(async () => {
    fresh = await Library.create(dir.file(`fresh-${format}.ewb`), { name: 'Fresh' });
  });
  afterAll(() => fresh.close());

  it.each(ENTITIES)('of %s re-import to the same values', async (entity) => {
    const first = await exported(sample, entity, format);
    expect(first.table.length - 1).toBe(first.file.rowCount);
    expect(first.file.rowCount).toBeGreaterThan(0);
    const file = { fileName: first.file.fileName, format, bytes: first.bytes };

    // The dry run says which columns the library works out instead of importing them.
    const report = await checkImport(fresh, { file, entity, by: 'round trip' });
    expect(report.errors).toEqual([]);
    const headings = exportedHeadings(entity);
    const derived = first.table[0]?.filter((h) => headings.get(h) === null) ?? [];
    expect(report.derivedColumns).toEqual(derived);
    expect(Object.keys(report.mapping).sort()).toEqual(
      (first.table[0] ?? []).filter((h) => !derived.includes(h)).sort(),
    );

    const outcome = await runImport(fresh, { file, entity, by: 'round trip' });
    expect(outcome).toEqual({ imported: first.file.rowCount, errors: [] });

    const again = await exported(fresh, entity, format);
    expect(again.table[0]).toEqual(first.table[0]);
    expect(rowsOf(again.table, importable(entity))).toEqual(rowsOf(first.table, importable(entity)));
  });

  it('end with every column equal, the ones the library works out too', async () => {
    for (const entity of ENTITIES) {
      const [before, after] = await Promise.all([
        exported(sample, entity, format),
        exported(fresh, entity, format),
      ]);
      const counted = (h: string) => !(NOT_IN_ANY_GRID[entity] ?? []).includes(h);
      expect(rowsOf(after.table, counted), entity).toEqual(rowsOf(before.table, counted));
    }
  });

  it('undo the formula guard: the names come back as they were, not with a quote', async () => {
    const first = await exported(sample, 'interventions', format);
    const cells = first.table.flat();
    expect(cells).toContain(`'${GUARDED.intervention}`);
    expect(cells).not.toContain(GUARDED.intervention);
    const names = (sql: string) =>
      (fresh.db.prepare(sql).pluck().all() as string[]).filter((n) => GUARDED_NAMES.has(n));
    expect(names('SELECT name FROM organisations')).toEqual([GUARDED.organisation]);
    expect(names('SELECT name FROM interventions')).toEqual([GUARDED.intervention]);
    expect(names('SELECT title FROM evaluations')).toEqual([GUARDED.evaluation]);
    expect(names('SELECT measure_name FROM outcome_results')).toEqual([GUARDED.measure]);
    // And the children found them by name: the same records hang off them as in the sample.
    const children = (library: Library) =>
      library.db
        .prepare(
          `SELECT (SELECT COUNT(*) FROM cost_items c JOIN interventions i ON i.id = c.intervention_id WHERE i.name = ?)
                , (SELECT COUNT(*) FROM evaluations e JOIN organisations o ON o.id = e.evaluator_organisation_id WHERE o.name = ?)
                , (SELECT COUNT(*) FROM outcome_results r JOIN evaluations e ON e.id = r.evaluation_id WHERE e.title = ?)`,
        )
        .raw()
        .get(GUARDED.intervention, GUARDED.organisation, GUARDED.evaluation);
    expect(children(fresh)).toEqual(children(sample));
  });
});

const GUARDED_NAMES = new Set<string>(Object.values(GUARDED));

/**
 * The columns the app sends for a grid export, in the grid's order under its headings: those shown
 * by default, then the optional ones the column chooser shows (the catalogue's summary and status,
 * the results' reported statistics), without which neither export re-imports.
 */
const GRID_VIEWS = {
  interventions: {
    shown: [
      { id: 'name', header: 'Intervention' },
      { id: 'approachType', header: 'Approach' },
      { id: 'strand', header: 'Strand' },
      { id: 'tier', header: 'Tier' },
      { id: 'ageMin', header: 'Ages' },
      { id: 'areas', header: 'Boroughs and areas' },
      { id: 'evidenceLevel', header: 'Evidence' },
      { id: 'evaluationCount', header: 'Evaluations' },
      { id: 'costPerParticipant', header: 'Cost per participant' },
    ],
    optional: [
      { id: 'summary', header: 'Summary' },
      { id: 'status', header: 'Status' },
    ],
  },
  'outcome-results': {
    shown: [
      { id: 'measureName', header: 'Measure' },
      { id: 'outcome', header: 'Outcome' },
      { id: 'outcomeGroup', header: 'Outcome group' },
      { id: 'effect', header: 'Effect (g)' },
      { id: 'timePoint', header: 'Time point' },
      { id: 'direction', header: 'Direction' },
      { id: 'dataType', header: 'Reported as' },
      { id: 'evaluation', header: 'Evaluation' },
      { id: 'year', header: 'Year' },
      { id: 'intervention', header: 'Intervention' },
    ],
    optional: [{ id: 'statistics', header: 'Reported statistics' }],
  },
} as const;
type ViewGrid = keyof typeof GRID_VIEWS;

describe.each(FORMATS)('%s grid exports with the optional columns shown', (format) => {
  let fresh: Library;

  beforeAll(async () => {
    fresh = await Library.create(dir.file(`grid-fresh-${format}.ewb`), { name: 'Fresh from grids' });
  });
  afterAll(() => fresh.close());

  /** The grid exported through the API as the app asks for it: the default query and these columns. */
  async function gridExport(library: Library, grid: ViewGrid, columns: { id: string; header: string }[]) {
    const input: GridExportInput = { grid, query: {}, columns, format, notes: [] };
    const file = await expectOk<ExportFile>(createDispatch({ library }), 'exports/grid', input);
    const bytes = Buffer.from(file.content, 'base64');
    return {
      file: { fileName: file.fileName, format, bytes },
      rowCount: file.rowCount,
      table: await readExport(bytes, format),
    };
  }

  const withOptional = (grid: ViewGrid) => [...GRID_VIEWS[grid].shown, ...GRID_VIEWS[grid].optional];

  it('of the catalogue shown by default is refused: it lacks fields every intervention needs', async () => {
    const { file } = await gridExport(sample, 'interventions', [...GRID_VIEWS.interventions.shown]);
    const report = await checkImport(fresh, { file, entity: 'interventions', by: 'round trip' });
    expect(report.errors.map((e) => [e.field, e.message]).sort()).toEqual([
      ['status', 'no column is mapped to this required field'],
      ['summary', 'no column is mapped to this required field'],
    ]);
  });

  it.each<ViewGrid>(['interventions', 'outcome-results'])(
    'of %s re-import into a fresh library to the same values',
    async (grid) => {
      // Parents first: the catalogue's interventions came from its grid export (the test before);
      // the results name their evaluations, which name their evaluators.
      const parents: ImportEntity[] = grid === 'interventions' ? [] : ['organisations', 'evaluations'];
      for (const entity of parents) {
        const parent = await exported(sample, entity, format);
        const file = { fileName: parent.file.fileName, format, bytes: parent.bytes };
        expect(await runImport(fresh, { file, entity, by: 'round trip' })).toMatchObject({ errors: [] });
      }

      const first = await gridExport(sample, grid, withOptional(grid));
      expect(first.rowCount).toBeGreaterThan(0);
      const report = await checkImport(fresh, { file: first.file, entity: grid, by: 'round trip' });
      expect(report.errors).toEqual([]);
      expect(await runImport(fresh, { file: first.file, entity: grid, by: 'round trip' })).toEqual({
        imported: first.rowCount,
        errors: [],
      });

      const again = await gridExport(fresh, grid, withOptional(grid));
      expect(again.table[0]).toEqual(first.table[0]);
      expect(rowsOf(again.table, importable(grid))).toEqual(rowsOf(first.table, importable(grid)));
      // The statistics re-imported, so the effects worked out from them are the same too.
      if (grid === 'outcome-results')
        expect(rowsOf(again.table, () => true)).toEqual(rowsOf(first.table, () => true));
    },
  );
});

describe('ewb export then ewb import', () => {
  it('fills an empty library with the same records, entity by entity', () => {
    const source = dir.file('sample.ewb');
    const target = dir.file('cli-target.ewb');
    expect(ewb('init', '--library', target).status).toBe(0);
    for (const [k, entity] of ENTITIES.entries()) {
      const format = FORMATS[k % FORMATS.length] as ExportFormat;
      const out = dir.file(`cli-${entity}.${format}`);
      const exportRun = ewb(
        'export',
        '--library',
        source,
        '--format',
        format,
        '--entity',
        entity,
        '--out',
        out,
      );
      expect(exportRun.stderr).toBe('');
      expect(exportRun.status).toBe(0);
      const dry = ewb(
        'import',
        '--library',
        target,
        '--format',
        format,
        out,
        '--entity',
        entity,
        '--dry-run',
      );
      expect(dry.status, dry.stderr).toBe(0);
      if (entity === 'organisations')
        expect(dry.stderr).toContain(
          'not imported (worked out by the library): Interventions, Evaluations carried out',
        );
      const run = ewb('import', '--library', target, '--format', format, out, '--entity', entity, '--json');
      expect(run.status, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ errors: [] });
    }
    return Library.open(target).then((library) => {
      try {
        const counts = countRecords(library.db);
        const sampleCounts = countRecords(sample.db);
        expect(counts).toEqual(sampleCounts);
      } finally {
        library.close();
      }
    });
  });
});
