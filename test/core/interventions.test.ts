// The catalogue query on a real library: paging, sorting, filters, full-text search, and the full
// record of one intervention with its evaluations, results, costs and sources.
import { describe, expect, it } from 'vitest';
import type {
  InterventionDetail,
  InterventionListInput,
  InterventionPage,
} from '../../shared/model/catalogue';
import { useMiniLibrary } from '../helpers/mini-library';

const mini = useMiniLibrary('file');

async function list(input: InterventionListInput): Promise<InterventionPage> {
  const result = await mini.dispatch('interventions/list', input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as InterventionPage;
}
const ids = (page: InterventionPage) => page.rows.map((r) => r.id);

describe('interventions/list', () => {
  it('pages through the catalogue in name order by default', async () => {
    const first = await list({ limit: 2 });
    expect(first.total).toBe(3);
    expect(ids(first)).toEqual(['alpha-mentoring', 'beta-sport']);
    expect(ids(await list({ limit: 2, offset: 2 }))).toEqual(['gamma-triage']);
  });

  it('returns the row figures the grid shows', async () => {
    const alpha = (await list({ filters: { name: { op: 'equals', value: 'alpha mentoring' } } })).rows[0];
    expect(alpha).toMatchObject({
      approachType: { id: 'mentoring', name: 'Mentoring' },
      strand: 'engagement',
      tier: 'targeted',
      ageMin: 11,
      ageMax: 16,
      evidenceLevel: 3,
      evaluationCount: 2,
      areas: [
        { id: 'lambeth', name: 'Lambeth' },
        { id: 'southwark', name: 'Southwark' },
      ],
      illustrativeFields: ['reachPerYear', 'costPerParticipant'],
    });
    // 36,000 a year for 120 participants plus 50 each: 300 + 50.
    expect(alpha?.costPerParticipant).toEqual({ amount: 350, currency: 'GBP', priceYear: 2009 });
  });

  it('leaves cost per participant blank when items cannot be combined', async () => {
    const beta = (await list({ search: 'beta' })).rows[0];
    expect(beta?.costPerParticipant).toBeNull(); // two price years, no price index yet
  });

  it('sorts on any sortable column, blanks last', async () => {
    expect(ids(await list({ sort: [{ field: 'evaluationCount', direction: 'asc' }] }))).toEqual([
      'gamma-triage',
      'alpha-mentoring', // ties (two each) in name order
      'beta-sport',
    ]);
    expect(ids(await list({ sort: [{ field: 'ageMin', direction: 'desc' }] }))).toEqual([
      'beta-sport',
      'alpha-mentoring',
      'gamma-triage',
    ]);
    expect(ids(await list({ sort: [{ field: 'tier', direction: 'asc' }] }))).toEqual([
      'beta-sport',
      'alpha-mentoring',
      'gamma-triage',
    ]);
  });

  it('filters by categories, numbers and age band', async () => {
    expect(ids(await list({ filters: { strand: ['youth-justice', 'engagement'] } }))).toEqual([
      'alpha-mentoring',
      'gamma-triage',
    ]);
    expect(
      ids(await list({ filters: { numeric: [{ field: 'evidenceLevel', op: 'gte', value: 3 }] } })),
    ).toEqual(['alpha-mentoring']);
    expect(ids(await list({ filters: { numeric: [{ field: 'costPerParticipant', op: 'blank' }] } }))).toEqual(
      ['beta-sport', 'gamma-triage'],
    );
    expect(ids(await list({ filters: { ages: { min: 17, max: 18 } } }))).toEqual([
      'beta-sport',
      'gamma-triage',
    ]);
  });

  it('finds London-wide work when filtering by a borough', async () => {
    expect(ids(await list({ filters: { areaId: ['lambeth'] } }))).toEqual(['alpha-mentoring', 'beta-sport']);
    expect(ids(await list({ filters: { areaId: ['hackney'] } }))).toEqual(['beta-sport', 'gamma-triage']);
  });

  it('treats typed wildcards literally', async () => {
    expect((await list({ filters: { name: { op: 'contains', value: '%' } } })).total).toBe(0);
  });

  it('searches names, summaries and evaluation findings by word prefix', async () => {
    expect(ids(await list({ search: 'Alph' }))).toEqual(['alpha-mentoring']);
    expect(ids(await list({ search: 'zebrafinch' }))).toEqual(['alpha-mentoring']); // only in findings
    expect(ids(await list({ search: 'custody suites' }))).toEqual(['gamma-triage']);
    expect((await list({ search: '" * ( ) :' })).total).toBe(3); // no words: no search filter
    expect((await list({ search: 'alpha OR NEAR(' })).total).toBe(0); // operators are plain words
    expect((await list({ search: 'nothing-matches-this' })).total).toBe(0);
  });

  it('names the field of a bad query', async () => {
    const result = await mini.dispatch('interventions/list', {
      sort: [{ field: 'price', direction: 'asc' }],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'sort.0.field' } });
    const missing = await mini.dispatch('interventions/list', {
      filters: { numeric: [{ field: 'ageMin', op: 'gt' }] },
    });
    expect(missing).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        field: 'filters.numeric.0.value',
        message: expect.stringMatching(/required/),
      },
    });
  });

  it('uses the indexes for filtered catalogue queries', () => {
    const plan = (
      mini.library.db
        .prepare(
          "EXPLAIN QUERY PLAN SELECT id FROM interventions i WHERE i.strand = 'engagement' ORDER BY i.name",
        )
        .all() as { detail: string }[]
    )
      .map((r) => r.detail)
      .join('\n');
    expect(plan).toMatch(/USING INDEX interventions_(strand|name)/);
  });
});

describe('interventions/get', () => {
  it('returns the full record with evaluations, raw statistics, costs and sources', async () => {
    const result = await mini.dispatch('interventions/get', { id: 'alpha-mentoring' });
    expect(result.ok).toBe(true);
    const detail = (result as { value: InterventionDetail }).value;
    expect(detail.settings).toEqual(['community', 'school']);
    expect(detail.organisations).toEqual([
      { id: 'org-police', name: 'Test Police Service', kind: 'police', role: 'lead' },
    ]);
    expect(detail.sources).toEqual([
      {
        field: 'reachPerYear',
        document: 'doc-a',
        documentTitle: 'Test source document',
        passage: 'about 120 young people a year',
      },
    ]);
    expect(detail.evaluations.map((e) => e.id)).toEqual(['alpha-eval-2', 'alpha-eval-1']); // newest first
    const evaluation = detail.evaluations[1];
    expect(evaluation?.evaluator).toEqual({ id: 'org-uni', name: 'Test University' });
    expect(evaluation?.riskOfBias).toEqual([
      { domain: 'missing-data', judgement: 'some-concerns', note: null },
    ]);
    expect(evaluation?.outcomeResults.map((r) => [r.id, r.dataType])).toEqual([
      ['alpha-eval-1-attendance-6m', 'continuous'],
      ['alpha-eval-1-attendance', 'continuous'],
      ['alpha-eval-1-exclusions', 'binary'],
    ]);
    expect(evaluation?.outcomeResults[1]?.stats).toMatchObject({
      m1: 88.5,
      sd1: 9.1,
      n1: 60,
      m2: 84,
      sd2: 10.2,
      n2: 60,
    });
    expect(detail.cost).toMatchObject({
      ok: true,
      amount: 350,
      low: 300,
      high: 400,
      items: [
        { id: 'alpha-cost-staff', perParticipant: 300 },
        { id: 'alpha-cost-materials', perParticipant: 50 },
      ],
    });
  });

  it('says plainly when there is no such intervention', async () => {
    expect(await mini.dispatch('interventions/get', { id: 'nope' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No intervention with id "nope".', field: 'id' },
    });
  });
});

describe('dispatch', () => {
  it('refuses unknown methods and unknown input fields', async () => {
    expect(await mini.dispatch('interventions/drop', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect(await mini.dispatch('constructor', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect(await mini.dispatch('library/info', { sneaky: 1 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('lists reference data and names for pickers and scripts', async () => {
    const reference = await mini.dispatch('reference/list', {});
    expect(reference.ok && (reference.value as { areas: unknown[] }).areas).toHaveLength(34);
    const names = await mini.dispatch('library/list-names', { entity: 'organisations' });
    expect(names).toEqual({
      ok: true,
      value: [
        { id: 'org-police', name: 'Test Police Service', kind: 'police' },
        { id: 'org-uni', name: 'Test University', kind: 'research' },
      ],
    });
  });
});
