// The evaluations and outcome-results grids on a real library holding a few thousand generated
// studies: paging, sorting, every filter, search, the effects beside each result, the query plans
// behind them, and saved views of both screens surviving a restart. Expected rows come from SQL
// over the same file or from the generator, never from the code under test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../electron/core/api/dispatch';
import { insertEvaluation } from '../../electron/core/repos/evaluations';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api';
import type { BundleEvaluation, BundleOutcomeResult } from '../../shared/model/bundle';
import type { EvaluationRow, OutcomeResultRow } from '../../shared/model/study-grids';
import { DESIGNS } from '../../shared/model/vocabulary';
import { Library, miniLibrary, tempDir, type TempDir } from '../helpers/libraries';

const GENERATED = 3000;
const COUNTRIES = ['United Kingdom', 'Ireland', 'Netherlands', null] as const;
const PLACES = ['Lambeth', 'Southwark', 'Croydon', 'Leeds', null] as const;
const INTERVENTIONS = ['alpha-mentoring', 'beta-sport', 'gamma-triage'] as const;
const OUTCOMES = ['attendance', 'exclusions'] as const;

let dir: TempDir;
let library: Library;
let dispatch: Dispatch;

async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as MethodOutput<M>;
}

function generatedResults(i: number): BundleOutcomeResult[] {
  const base = {
    outcomeId: OUTCOMES[i % 2] ?? 'attendance',
    illustrative: true,
    timePointMonths: i % 3 === 0 ? undefined : (i % 3) * 6,
  };
  return [
    {
      ...base,
      id: `gen-${i}-a`,
      measureName: `Measure ${String(i % 50).padStart(2, '0')}`,
      higherIsBetter: true,
      dataType: 'continuous',
      stats: { m1: 10 + (i % 7), sd1: 4, n1: 40, m2: 10, sd2: 4, n2: 40 },
    },
    {
      ...base,
      id: `gen-${i}-b`,
      measureName: `Events ${String(i % 20).padStart(2, '0')}`,
      higherIsBetter: false,
      dataType: 'binary',
      stats: { events1: 5 + (i % 5), total1: 50, events2: 10, total2: 50 },
    },
  ];
}

function generatedEvaluation(i: number): BundleEvaluation {
  return {
    id: `gen-${String(i).padStart(5, '0')}`,
    title: `Generated study ${String(i).padStart(5, '0')}${i === 1234 ? ' of the quokka cohort' : ''}`,
    independent: i % 2 === 0,
    year: i % 11 === 0 ? undefined : 1990 + (i % 30),
    design: DESIGNS[i % DESIGNS.length] ?? 'pre-post',
    nTreatment: 20 + (i % 100),
    nControl: i % 4 === 0 ? undefined : 30,
    place: PLACES[i % PLACES.length] ?? undefined,
    country: COUNTRIES[i % COUNTRIES.length] as string,
    smsScore: i % 6 === 0 ? undefined : (i % 5) + 1,
    riskOfBias: [],
    sources: [],
    illustrative: true,
    outcomeResults: generatedResults(i),
  } as BundleEvaluation;
}

beforeAll(async () => {
  dir = tempDir();
  library = await miniLibrary(dir);
  library.write(() => {
    for (let i = 0; i < GENERATED; i += 1) {
      insertEvaluation(library.db, INTERVENTIONS[i % 3] ?? 'alpha-mentoring', generatedEvaluation(i));
    }
  });
  dispatch = createDispatch({ library });
});
afterAll(() => {
  library.close();
  dir.remove();
});

const count = (sql: string, ...params: unknown[]) =>
  (library.db.prepare(sql).get(...params) as { n: number }).n;
const column = <T>(sql: string, ...params: unknown[]) =>
  (library.db.prepare(sql).all(...params) as { v: T }[]).map((r) => r.v);
const sorted = (ids: string[]) => [...ids].sort();

async function allEvaluations(input: MethodInput<'evaluations/list'>): Promise<EvaluationRow[]> {
  const rows: EvaluationRow[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await call('evaluations/list', { ...input, offset, limit: 500 });
    rows.push(...page.rows);
    if (rows.length >= page.total) return rows;
  }
}

async function allResults(input: MethodInput<'outcome-results/list'>): Promise<OutcomeResultRow[]> {
  const rows: OutcomeResultRow[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await call('outcome-results/list', { ...input, offset, limit: 500 });
    rows.push(...page.rows);
    if (rows.length >= page.total) return rows;
  }
}

describe('evaluations/list', () => {
  it('pages through every evaluation once, in title order by default', async () => {
    const total = count('SELECT count(*) AS n FROM evaluations');
    expect(total).toBeGreaterThan(GENERATED);
    const first = await call('evaluations/list', { limit: 100 });
    expect(first.total).toBe(total);
    expect(first.rows).toHaveLength(100);
    const rows = await allEvaluations({});
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((r) => r.id)).size).toBe(total);
    expect(rows.map((r) => r.id)).toEqual(
      column<string>('SELECT id AS v FROM evaluations ORDER BY title COLLATE NOCASE, id'),
    );
  });

  it('returns the fields a row shows', async () => {
    const [row] = (
      await call('evaluations/list', { filters: { title: { op: 'equals', value: 'Generated study 00012' } } })
    ).rows;
    expect(row).toMatchObject({
      id: 'gen-00012',
      intervention: { id: 'alpha-mentoring', name: 'Alpha Mentoring' },
      independent: true,
      year: 2002,
      design: DESIGNS[12 % DESIGNS.length],
      nTreatment: 32,
      nControl: null,
      country: 'United Kingdom',
      place: 'Croydon',
      smsScore: null,
      outcomeResultCount: 2,
      illustrative: true,
    });
  });

  it('sorts by year, newest first, blanks last, across pages', async () => {
    const rows = await allEvaluations({ sort: [{ field: 'year', direction: 'desc' }] });
    const years = rows.map((r) => r.year);
    const known = years.filter((y): y is number => y !== null);
    expect(years.slice(0, known.length)).toEqual(known);
    expect(years.slice(known.length).every((y) => y === null)).toBe(true);
    expect(known).toEqual([...known].sort((a, b) => b - a));
  });

  it('sorts by design from the weakest to the strongest', async () => {
    const rows = await allEvaluations({ sort: [{ field: 'design', direction: 'asc' }] });
    const ranks = rows.map((r) => DESIGNS.indexOf(r.design));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  const filterCases: [string, MethodInput<'evaluations/list'>['filters'], string, unknown[]][] = [
    ['design', { design: ['randomised', 'matched'] }, "design IN ('randomised', 'matched')", []],
    ['independence', { independence: ['internal'] }, 'independent = 0', []],
    ['Maryland SMS, with unscored', { smsScore: [5, null] }, '(sms_score = 5 OR sms_score IS NULL)', []],
    ['country, with blank', { country: ['ireland', null] }, "(country = 'Ireland' OR country IS NULL)", []],
    ['place', { place: ['Leeds'] }, "place = 'Leeds'", []],
    ['intervention', { interventionId: ['beta-sport'] }, "intervention_id = 'beta-sport'", []],
    ['title', { title: { op: 'contains', value: 'study 0012' } }, "title LIKE '%study 0012%'", []],
    [
      'year range',
      {
        numeric: [
          { field: 'year', op: 'gte', value: 2000 },
          { field: 'year', op: 'lte', value: 2004 },
        ],
      },
      'year BETWEEN 2000 AND 2004',
      [],
    ],
    [
      'sample size',
      { numeric: [{ field: 'sampleSize', op: 'gt', value: 140 }] },
      'coalesce(n_treatment, 0) + coalesce(n_control, 0) > 140',
      [],
    ],
  ];
  for (const [name, filters, sql, params] of filterCases) {
    it(`filters by ${name}`, async () => {
      const expected = column<string>(`SELECT id AS v FROM evaluations WHERE ${sql}`, ...params);
      expect(expected.length).toBeGreaterThan(0);
      const rows = await allEvaluations({ filters });
      expect(sorted(rows.map((r) => r.id))).toEqual(sorted(expected));
    });
  }

  it('combines filters with AND', async () => {
    const rows = await allEvaluations({ filters: { design: ['randomised'], independence: ['independent'] } });
    expect(sorted(rows.map((r) => r.id))).toEqual(
      sorted(
        column<string>("SELECT id AS v FROM evaluations WHERE design = 'randomised' AND independent = 1"),
      ),
    );
  });

  it('searches the full-text index: an evaluation’s own words, or its intervention’s', async () => {
    expect((await allEvaluations({ search: 'quokka' })).map((r) => r.id)).toEqual(['gen-01234']);
    const ofGamma = await allEvaluations({ search: 'gamma' });
    expect(sorted(ofGamma.map((r) => r.id))).toEqual(
      sorted(column<string>("SELECT id AS v FROM evaluations WHERE intervention_id = 'gamma-triage'")),
    );
  });

  it('refuses an unknown design with a message naming the field', async () => {
    const result = await dispatch('evaluations/list', { filters: { design: ['anecdote'] } } as never);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.field).toMatch(/filters\.design/);
  });
});

describe('outcome-results/list', () => {
  it('pages through every result once, in measure order by default', async () => {
    const total = count('SELECT count(*) AS n FROM outcome_results');
    expect(total).toBeGreaterThan(2 * GENERATED);
    const rows = await allResults({});
    expect(rows.map((r) => r.id)).toEqual(
      column<string>('SELECT id AS v FROM outcome_results ORDER BY measure_name COLLATE NOCASE, id'),
    );
  });

  it('shows the standardised effect the evidence engine gives for the same result', async () => {
    const evidence = await call('evidence/get', { interventionId: 'alpha-mentoring' });
    const rows = await allResults({ filters: { interventionId: ['alpha-mentoring'], design: ['matched'] } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const mini = evidence.effects.filter((e) => byId.has(e.outcomeResultId));
    expect(mini.length).toBeGreaterThan(100);
    for (const e of mini) {
      const row = byId.get(e.outcomeResultId);
      if (e.yi === null) {
        expect(row?.effect).toBeNull();
        expect(row?.excludedReason).toBe(e.excludedReason);
      } else {
        expect(row?.effect).toEqual({ yi: e.yi, vi: e.vi, ciLower: e.ciLower, ciUpper: e.ciUpper });
      }
    }
  });

  const filterCases: [string, MethodInput<'outcome-results/list'>['filters'], string][] = [
    ['outcome', { outcomeId: ['exclusions'] }, "r.outcome_domain_id = 'exclusions'"],
    [
      'outcome group',
      { outcomeGroupId: ['education'] },
      "r.outcome_domain_id IN (SELECT id FROM outcome_domains WHERE group_id = 'education')",
    ],
    ['data type', { dataType: ['binary'] }, "r.data_type = 'binary'"],
    [
      'time point, with none recorded',
      { timePointMonths: [6, null] },
      '(r.time_point_months = 6 OR r.time_point_months IS NULL)',
    ],
    ['direction', { direction: ['lower'] }, 'r.higher_is_better = 0'],
    ['intervention', { interventionId: ['gamma-triage'] }, "e.intervention_id = 'gamma-triage'"],
    ['design', { design: ['pre-post'] }, "e.design = 'pre-post'"],
    ['measure', { measureName: { op: 'startsWith', value: 'Events 1' } }, "r.measure_name LIKE 'Events 1%'"],
    ['year range', { numeric: [{ field: 'year', op: 'gte', value: 2010 }] }, 'e.year >= 2010'],
  ];
  for (const [name, filters, sql] of filterCases) {
    it(`filters by ${name}`, async () => {
      const expected = column<string>(
        `SELECT r.id AS v FROM outcome_results r JOIN evaluations e ON e.id = r.evaluation_id WHERE ${sql}`,
      );
      expect(expected.length).toBeGreaterThan(0);
      const rows = await allResults({ filters });
      expect(sorted(rows.map((r) => r.id))).toEqual(sorted(expected));
    });
  }

  it('sorts by time point, latest first, blanks last', async () => {
    const rows = await allResults({ sort: [{ field: 'timePoint', direction: 'desc' }] });
    const points = rows.map((r) => r.timePointMonths);
    const known = points.filter((p): p is number => p !== null);
    expect(points.slice(0, known.length)).toEqual([...known].sort((a, b) => b - a));
    expect(points.slice(known.length).every((p) => p === null)).toBe(true);
  });

  it('finds results through their evaluation’s words in the search index', async () => {
    const rows = await allResults({ search: 'quokka' });
    expect(sorted(rows.map((r) => r.id))).toEqual(['gen-1234-a', 'gen-1234-b']);
  });
});

describe('studies/facets', () => {
  it('offers the distinct countries, places and time points, blanks last', async () => {
    const facets = await call('studies/facets', {});
    expect(facets.countries).toEqual(['Ireland', 'Netherlands', 'United Kingdom', null]);
    expect(facets.places).toEqual(
      column<string | null>(
        'SELECT place AS v FROM evaluations GROUP BY place COLLATE NOCASE ORDER BY place IS NULL, place COLLATE NOCASE',
      ),
    );
    expect(facets.timePoints.at(-1)).toBeNull();
    expect(facets.timePoints).toContain(6);
  });
});

describe('query plans', () => {
  const plan = (sql: string) =>
    (library.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
      .map((r) => r.detail)
      .join('\n');

  it('pages evaluations in title order from the index, without sorting the table', () => {
    const detail = plan(
      'SELECT e.id FROM evaluations e JOIN interventions i ON i.id = e.intervention_id ORDER BY e.title COLLATE NOCASE, e.id LIMIT 100',
    );
    expect(detail).toMatch(/evaluations_title/);
    expect(detail).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
  });

  it('pages outcome results in measure order from the index', () => {
    const detail = plan(
      'SELECT r.id FROM outcome_results r ORDER BY r.measure_name COLLATE NOCASE, r.id LIMIT 100',
    );
    expect(detail).toMatch(/outcome_results_measure/);
    expect(detail).not.toMatch(/TEMP B-TREE/);
  });

  it('counts by design and data type with their indexes', () => {
    expect(
      plan(
        'SELECT count(*) FROM evaluations e WHERE e.design IN (SELECT value FROM json_each(\'["randomised"]\'))',
      ),
    ).toMatch(/evaluations_design/);
    expect(
      plan(
        'SELECT count(*) FROM outcome_results r WHERE r.data_type IN (SELECT value FROM json_each(\'["binary"]\'))',
      ),
    ).toMatch(/outcome_results_data_type/);
  });
});

describe('saved views of the study grids', () => {
  it('keeps each screen’s views apart, and they survive reopening the file', async () => {
    const state = {
      version: 1,
      columns: [],
      filterModel: { design: { filterType: 'values', values: ['randomised'] } },
      search: '',
    };
    await call('views/save', { screen: 'evaluations', name: 'Trials', state });
    await call('views/save', {
      screen: 'outcome-results',
      name: 'Binary',
      state: { ...state, filterModel: {} },
    });
    const reopened = await Library.open(library.path, { readOnly: true });
    try {
      dispatch = createDispatch({ library: reopened });
      const evaluations = await call('views/list', { screen: 'evaluations' });
      const results = await call('views/list', { screen: 'outcome-results' });
      expect(evaluations.map((v) => [v.name, v.state])).toEqual([['Trials', state]]);
      expect(results.map((v) => v.name)).toEqual(['Binary']);
    } finally {
      reopened.close();
      dispatch = createDispatch({ library });
    }
  });
});
