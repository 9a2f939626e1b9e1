// Editing on a real library: create, change and delete records in one transaction each, with
// history; bad input named by field and nothing half-written; the last change undone.
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/core/api/dispatch';
import { interventionToBundle } from '../../electron/core/services/bundle-export';
import type { InterventionDetail, InterventionPage } from '../../shared/model/catalogue';
import type { DeleteOutcome, HistoryEntry, UndoOutcome } from '../../shared/model/editing';
import { expectOk } from '../helpers/api';
import { Library, libraryChecksum } from '../helpers/libraries';
import { useMiniLibrary } from '../helpers/mini-library';

const mini = useMiniLibrary();

const ok = <T>(method: string, input: unknown) => expectOk<T>(mini.dispatch, method, input);

const checksum = () => libraryChecksum(mini.library);

const BY = 'A. Researcher';
const NEW_INTERVENTION = {
  name: 'Street Mentors',
  summary: 'Detached youth workers mentor young people met on the street.',
  approachTypeId: 'mentoring',
  tier: 'targeted',
  strand: 'serious-youth-violence',
  ageMin: 13,
  ageMax: 19,
  settings: ['street'],
  areaIds: ['lambeth'],
  status: 'pilot',
  theoryOfChange: {
    inputs: ['Youth workers'],
    activities: ['Weekly mentoring'],
    longTermOutcomes: ['Less violence'],
  },
  by: BY,
};

describe('saving records', () => {
  it('creates an organisation and an intervention linked to it, with readable ids and history', async () => {
    const org = await ok<{ id: string }>('organisations/save', {
      name: 'Lambeth Youth Trust',
      kind: 'voluntary',
      by: BY,
    });
    expect(org.id).toBe('lambeth-youth-trust');
    const created = await ok<{ id: string }>('interventions/save', {
      ...NEW_INTERVENTION,
      organisations: [{ organisationId: org.id, role: 'lead' }],
    });
    expect(created.id).toBe('street-mentors');
    const detail = await ok<InterventionDetail>('interventions/get', { id: created.id });
    expect(detail).toMatchObject({
      name: 'Street Mentors',
      ageMin: 13,
      settings: ['street'],
      areas: [{ id: 'lambeth', name: 'Lambeth' }],
      organisations: [{ id: 'lambeth-youth-trust', role: 'lead' }],
      theoryOfChange: { activities: ['Weekly mentoring'], outputs: [] },
    });
    const history = await ok<HistoryEntry[]>('history/list', {
      entityType: 'intervention',
      entityId: created.id,
    });
    expect(history).toMatchObject([{ action: 'create', userName: BY, before: null }]);
    const search = await ok<InterventionPage>('interventions/list', { search: 'detached' });
    expect(search.rows.map((r) => r.id)).toEqual(['street-mentors']);
    const again = await ok<{ id: string }>('interventions/save', { ...NEW_INTERVENTION });
    expect(again.id).toBe('street-mentors-2');
  });

  it('updates a record, keeping before and after in its history', async () => {
    const original = interventionToBundle(mini.library.db, 'beta-sport');
    const { evaluations: _evaluations, costItems: _costItems, ...own } = original;
    await ok('interventions/save', { ...own, name: 'Beta Football', by: BY });
    const history = await ok<HistoryEntry[]>('history/list', {
      entityType: 'intervention',
      entityId: 'beta-sport',
    });
    expect(history[0]).toMatchObject({
      action: 'update',
      before: { name: 'Beta Sports Diversion' },
      after: { name: 'Beta Football' },
    });
    // Its evaluations and costs are not touched by editing its own fields.
    expect(interventionToBundle(mini.library.db, 'beta-sport')).toEqual({
      ...original,
      name: 'Beta Football',
    });
  });

  it.each([
    [{ name: '  ' }, 'name'],
    [{ ageMin: 18, ageMax: 12 }, 'ageMin'],
    [{ approachTypeId: 'juggling' }, 'approachTypeId'],
    [{ areaIds: ['atlantis'] }, 'areaIds.0'],
    [{ status: 'thriving' }, 'status'],
    // Links are only web addresses (the table's check says so too): never javascript: or data:.
    [{ links: [{ label: 'Site', url: 'javascript:alert(1)' }] }, 'links.0.url'],
    [{ by: '' }, 'by'],
  ])('refuses %o naming %s, and leaves the library as it was', async (change, field) => {
    const before = checksum();
    const result = await mini.dispatch('interventions/save', { ...NEW_INTERVENTION, ...change });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field } });
    expect(checksum()).toBe(before);
  });

  it('is refused on a read-only library', async () => {
    const readOnly = await Library.open(mini.library.path, { readOnly: true });
    const result = await createDispatch({ library: readOnly })('organisations/save', {
      name: 'X',
      kind: 'other',
      by: BY,
    });
    readOnly.close();
    expect(result).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
  });
});

describe('deleting records', () => {
  it('says what would go with an intervention, and deletes only when confirmed', async () => {
    const before = checksum();
    const asked = await ok<DeleteOutcome>('interventions/delete', { id: 'alpha-mentoring', by: BY });
    expect(asked).toEqual({
      deleted: false,
      dependents: [
        { label: 'evaluations', count: 2 },
        { label: 'outcome results', count: 4 },
        { label: 'cost items', count: 2 },
      ],
    });
    expect(checksum()).toBe(before);
    expect(
      (await ok<DeleteOutcome>('interventions/delete', { id: 'alpha-mentoring', by: BY, confirm: true }))
        .deleted,
    ).toBe(true);
    const orphans = mini.library.db
      .prepare(
        `SELECT count(*) AS n FROM source_citations c WHERE NOT EXISTS (
           SELECT 1 FROM interventions WHERE c.entity_type = 'intervention' AND id = c.entity_id UNION ALL
           SELECT 1 FROM evaluations WHERE c.entity_type = 'evaluation' AND id = c.entity_id UNION ALL
           SELECT 1 FROM cost_items WHERE c.entity_type = 'cost_item' AND id = c.entity_id)`,
      )
      .get() as { n: number };
    expect(orphans.n).toBe(0);
  });

  it('will not delete an organisation that interventions still name', async () => {
    expect(
      await mini.dispatch('organisations/delete', { id: 'org-police', by: BY, confirm: true }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: expect.stringMatching(/works on 1 intervention: remove it from them first/),
      },
    });
  });
});

describe('undo', () => {
  it('undoes the last change, then the one before, each recorded as a change itself', async () => {
    await ok('organisations/save', { name: 'Lambeth Youth Trust', kind: 'voluntary', by: BY });
    await ok('interventions/save', NEW_INTERVENTION);
    await ok('interventions/save', {
      ...NEW_INTERVENTION,
      id: 'street-mentors',
      name: 'Street Mentors London',
    });

    const first = await ok<UndoOutcome>('history/undo', { by: BY });
    expect(first.undone).toMatchObject({ entityId: 'street-mentors', action: 'update' });
    expect((await ok<InterventionDetail>('interventions/get', { id: 'street-mentors' })).name).toBe(
      'Street Mentors',
    );

    const second = await ok<UndoOutcome>('history/undo', { by: BY });
    expect(second.undone).toMatchObject({ entityId: 'street-mentors', action: 'create' });
    expect(await mini.dispatch('interventions/get', { id: 'street-mentors' })).toMatchObject({ ok: false });

    const third = await ok<UndoOutcome>('history/undo', { by: BY });
    expect(third.undone).toMatchObject({ entityType: 'organisation', action: 'create' });
    expect((await ok<UndoOutcome>('history/undo', { by: BY })).undone).toBeNull();

    const history = await ok<HistoryEntry[]>('history/list', {
      entityType: 'intervention',
      entityId: 'street-mentors',
    });
    expect(history.map((h) => [h.action, h.note])).toEqual([
      ['delete', expect.stringMatching(/^Undo of change #\d+$/)],
      ['update', expect.stringMatching(/^Undo of change #\d+$/)],
      ['update', null],
      ['create', null],
    ]);
  });

  it('brings back a deleted intervention with everything that hung from it', async () => {
    const before = interventionToBundle(mini.library.db, 'alpha-mentoring');
    await ok('interventions/delete', { id: 'alpha-mentoring', by: BY, confirm: true });
    await ok('history/undo', { by: BY });
    expect(interventionToBundle(mini.library.db, 'alpha-mentoring')).toEqual(before);
  });
});

describe('evaluations, outcome results and cost items', () => {
  const EVALUATION = {
    interventionId: 'gamma-triage',
    title: 'Gamma Triage: matched comparison of first-time entry',
    independent: true,
    year: 2011,
    design: 'matched',
    nTreatment: 200,
    nControl: 200,
    followUpMonths: 12,
    riskOfBias: [{ domain: 'measurement', judgement: 'low' }],
    findings: 'Fewer first-time entrants among those triaged.',
    illustrative: true,
    by: BY,
  };

  it('records a study with a continuous and a binary result, and a cost, which the evidence then uses', async () => {
    const { id: evaluationId } = await ok<{ id: string }>('evaluations/save', EVALUATION);
    expect(evaluationId).toBe('gamma-triage-gamma-triage-matched-comparison-of-first-time-entry');
    await ok('outcome-results/save', {
      evaluationId,
      outcomeId: 'first-time-entrants',
      measureName: 'Entered the youth justice system',
      higherIsBetter: false,
      illustrative: true,
      dataType: 'binary',
      stats: { events1: 30, total1: 200, events2: 48, total2: 200 },
      by: BY,
    });
    await ok('outcome-results/save', {
      evaluationId,
      outcomeId: 'mental-health',
      measureName: 'Wellbeing score',
      higherIsBetter: true,
      illustrative: true,
      dataType: 'continuous',
      stats: { m1: 24.1, sd1: 5.2, n1: 180, m2: 23.0, sd2: 5.5, n2: 176 },
      by: BY,
    });
    await ok('cost-items/save', {
      interventionId: 'gamma-triage',
      description: 'Triage workers',
      category: 'staff',
      amount: 90000,
      priceYear: 2011,
      basis: 'per-year',
      participants: 300,
      illustrative: true,
      by: BY,
    });
    const detail = await ok<InterventionDetail>('interventions/get', { id: 'gamma-triage' });
    expect(detail.evaluations[0]?.outcomeResults.map((r) => r.dataType).sort()).toEqual([
      'binary',
      'continuous',
    ]);
    expect(detail.costPerParticipant).toEqual({ amount: 300, currency: 'GBP', priceYear: 2011 });
    const found = await ok<InterventionPage>('interventions/list', { search: 'triaged' });
    expect(found.rows.map((r) => r.id)).toEqual(['gamma-triage']); // a word only in the findings
  });

  it.each([
    [{ dataType: 'continuous', stats: { m1: 1, sd1: -2, n1: 10, m2: 1, sd2: 1, n2: 10 } }, 'stats.sd1'],
    [{ dataType: 'binary', stats: { events1: 12, total1: 10, events2: 1, total2: 10 } }, 'stats.events1'],
    [{ dataType: 'effect', stats: { type: 'OR', value: 0.8, ciLower: 1.2, ciUpper: 0.6 } }, 'stats.ciLower'],
    [
      {
        dataType: 'continuous',
        outcomeId: 'happiness',
        stats: { m1: 1, sd1: 1, n1: 10, m2: 1, sd2: 1, n2: 10 },
      },
      'outcomeId',
    ],
  ])('refuses an invalid result (%o) naming %s, leaving the library unchanged', async (change, field) => {
    const before = checksum();
    const result = await mini.dispatch('outcome-results/save', {
      evaluationId: 'beta-eval-1',
      outcomeId: 'anti-social-behaviour',
      measureName: 'Incidents',
      higherIsBetter: false,
      illustrative: true,
      by: BY,
      ...change,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field } });
    expect(checksum()).toBe(before);
  });

  it('asks before deleting a study with results, and undo brings them back', async () => {
    const before = interventionToBundle(mini.library.db, 'alpha-mentoring');
    expect(await ok<DeleteOutcome>('evaluations/delete', { id: 'alpha-eval-1', by: BY })).toEqual({
      deleted: false,
      dependents: [{ label: 'outcome results', count: 3 }],
    });
    await ok('evaluations/delete', { id: 'alpha-eval-1', by: BY, confirm: true });
    expect(interventionToBundle(mini.library.db, 'alpha-mentoring').evaluations).toHaveLength(1);
    await ok('history/undo', { by: BY });
    expect(interventionToBundle(mini.library.db, 'alpha-mentoring')).toEqual(before);
  });

  it('keeps the cost per participant in step with cost items, through changes and undo', async () => {
    const cost = async () =>
      (await ok<InterventionDetail>('interventions/get', { id: 'alpha-mentoring' })).costPerParticipant;
    expect(await cost()).toMatchObject({ amount: 350 });
    await ok('cost-items/delete', { id: 'alpha-cost-materials', by: BY });
    expect(await cost()).toMatchObject({ amount: 300 });
    const staff = interventionToBundle(mini.library.db, 'alpha-mentoring').costItems[0];
    await ok('cost-items/save', {
      ...staff,
      interventionId: 'alpha-mentoring',
      amount: 48000,
      amountHigh: 50000,
      by: BY,
    });
    expect(await cost()).toMatchObject({ amount: 400 });
    await ok('history/undo', { by: BY });
    expect(await cost()).toMatchObject({ amount: 300 });
    await ok('history/undo', { by: BY });
    expect(await cost()).toMatchObject({ amount: 350 });
  });
});
