// Editing the reference data on a real library: outcome groups and domains, approach types and
// areas saved with unique names, refused deletes that say what uses them, history and undo.
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/core/api/dispatch';
import type { HistoryEntry, UndoOutcome } from '../../shared/model/editing';
import type { EvidenceSummary } from '../../shared/model/evidence';
import type { ReferenceData, ReferenceUsage } from '../../shared/model/library';
import type { OutcomeDomainSaved } from '../../shared/model/reference-editing';
import { expectOk } from '../helpers/api';
import { Library } from '../helpers/libraries';
import { useMiniLibrary } from '../helpers/mini-library';

const mini = useMiniLibrary();

const BY = 'A. Researcher';
const ok = <T>(method: string, input: unknown) => expectOk<T>(mini.dispatch, method, input);
const reference = () => ok<ReferenceData>('reference/list', {});
const undo = () => ok<UndoOutcome>('history/undo', { by: BY });
const domainsOf = async (groupId: string) =>
  (await reference()).outcomeDomains.filter((d) => d.groupId === groupId).map((d) => d.id);
const groupIds = async () => (await reference()).outcomeGroups.map((g) => g.id);
const count = (sql: string) => (mini.library.db.prepare(sql).get() as { n: number }).n;

async function refusal(method: string, input: unknown) {
  const result = await mini.dispatch(method, input);
  if (result.ok) throw new Error(`${method} was not refused`);
  return result.error;
}

describe('outcome taxonomy', () => {
  it('adds a group and a domain, which the lists then offer in order', async () => {
    const { id: groupId } = await ok<{ id: string }>('outcome-groups/save', { name: 'Employment', by: BY });
    expect(groupId).toBe('employment');
    expect((await groupIds()).at(-1)).toBe('employment');
    const saved = await ok<OutcomeDomainSaved>('outcome-domains/save', {
      groupId,
      name: 'Sustained employment',
      description: 'In work for six months or more.',
      higherIsBetter: true,
      by: BY,
    });
    expect(saved).toEqual({ id: 'sustained-employment', switchedResults: 0 });
    const domain = (await reference()).outcomeDomains.find((d) => d.id === saved.id);
    expect(domain).toEqual({
      id: 'sustained-employment',
      name: 'Sustained employment',
      groupId: 'employment',
      higherIsBetter: true,
      description: 'In work for six months or more.',
    });
  });

  it('refuses an empty name and a name its group already has, naming the field', async () => {
    const empty = await refusal('outcome-domains/save', {
      groupId: 'education',
      name: '  ',
      higherIsBetter: true,
      by: BY,
    });
    expect(empty).toMatchObject({ code: 'INVALID_INPUT', field: 'name' });
    const taken = await refusal('outcome-domains/save', {
      groupId: 'education',
      name: 'attainment',
      higherIsBetter: true,
      by: BY,
    });
    expect(taken).toMatchObject({ code: 'INVALID_INPUT', field: 'name' });
    expect(taken.message).toBe('name: Education already has an outcome called “attainment”');
    // The same name in another group is allowed: names are unique within a group.
    await ok('outcome-domains/save', { groupId: 'health', name: 'Attainment', higherIsBetter: true, by: BY });
    const group = await refusal('outcome-groups/save', { name: 'EDUCATION', by: BY });
    expect(group).toMatchObject({
      field: 'name',
      message: 'name: there is already an outcome group called “EDUCATION”',
    });
    const noGroup = await refusal('outcome-domains/save', {
      groupId: 'nowhere',
      name: 'Lost',
      higherIsBetter: true,
      by: BY,
    });
    expect(noGroup).toMatchObject({ code: 'INVALID_INPUT', field: 'groupId' });
  });

  it('moves a domain within its group and to another group, and undoes the move', async () => {
    expect(await domainsOf('education')).toEqual(['attendance', 'exclusions', 'attainment', 'neet']);
    await ok('outcome-domains/move', { id: 'neet', groupId: 'education', position: 0, by: BY });
    expect(await domainsOf('education')).toEqual(['neet', 'attendance', 'exclusions', 'attainment']);
    await ok('outcome-domains/move', { id: 'attendance', groupId: 'health', position: 1, by: BY });
    expect(await domainsOf('education')).toEqual(['neet', 'exclusions', 'attainment']);
    expect(await domainsOf('health')).toEqual([
      'mental-health',
      'attendance',
      'substance-misuse',
      'physical-health',
    ]);
    // Results recorded against the outcome keep it wherever it is filed.
    expect(count("SELECT count(*) AS n FROM outcome_results WHERE outcome_domain_id = 'attendance'")).toBe(3);
    await undo();
    expect(await domainsOf('education')).toEqual(['neet', 'attendance', 'exclusions', 'attainment']);
    expect(await domainsOf('health')).toEqual(['mental-health', 'substance-misuse', 'physical-health']);
  });

  it('reorders groups', async () => {
    const before = await groupIds();
    await ok('outcome-groups/move', { id: 'trust-engagement', position: 0, by: BY });
    expect(await groupIds()).toEqual(['trust-engagement', ...before.filter((g) => g !== 'trust-engagement')]);
    await undo();
    expect(await groupIds()).toEqual(before);
  });

  it('refuses to delete a domain or group in use, saying what uses it, and changes nothing', async () => {
    const error = await refusal('outcome-domains/delete', { id: 'attendance', by: BY });
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect(error.message).toMatch(
      /^“Attendance \/ truancy” is used by 3 outcome results, so it cannot be deleted\./,
    );
    const group = await refusal('outcome-groups/delete', { id: 'education', by: BY });
    expect(group.message).toMatch(/^“Education” is used by 4 outcome domains/);
    expect(await domainsOf('education')).toHaveLength(4);
    expect(count('SELECT count(*) AS n FROM change_history')).toBe(0);
  });

  it('deletes an unused domain and group, and undo puts them back where they were', async () => {
    await ok('outcome-domains/delete', { id: 'attainment', by: BY });
    expect(await domainsOf('education')).toEqual(['attendance', 'exclusions', 'neet']);
    await undo();
    expect(await domainsOf('education')).toEqual(['attendance', 'exclusions', 'attainment', 'neet']);

    const { id } = await ok<{ id: string }>('outcome-groups/save', { name: 'Housing', by: BY });
    await ok('outcome-groups/delete', { id, by: BY });
    expect(await groupIds()).not.toContain(id);
    await undo();
    expect((await groupIds()).at(-1)).toBe(id);
  });

  it('changes direction; results follow only when asked, and the evidence turns with them', async () => {
    const effectOf = async (resultId: string) =>
      (await ok<EvidenceSummary>('evidence/get', { interventionId: 'alpha-mentoring' })).effects.find(
        (e) => e.outcomeResultId === resultId,
      )?.yi;
    const original = await effectOf('alpha-eval-1-exclusions');
    expect(original).toEqual(expect.any(Number));

    const alone = await ok<OutcomeDomainSaved>('outcome-domains/save', {
      id: 'exclusions',
      groupId: 'education',
      name: 'Exclusions',
      higherIsBetter: true,
      by: BY,
    });
    expect(alone.switchedResults).toBe(0);
    expect(await effectOf('alpha-eval-1-exclusions')).toBe(original);
    await undo();

    const withResults = await ok<OutcomeDomainSaved>('outcome-domains/save', {
      id: 'exclusions',
      groupId: 'education',
      name: 'Exclusions',
      higherIsBetter: true,
      switchResults: true,
      by: BY,
    });
    expect(withResults.switchedResults).toBe(1);
    expect(await effectOf('alpha-eval-1-exclusions')).toBeCloseTo(-(original as number), 12);
    const [entry] = await ok<HistoryEntry[]>('history/list', {
      entityType: 'outcome_domain',
      entityId: 'exclusions',
    });
    expect(entry).toMatchObject({
      action: 'update',
      userName: BY,
      before: {
        higherIsBetter: false,
        resultDirections: { resultIds: ['alpha-eval-1-exclusions'], higherIsBetter: false },
      },
      after: {
        higherIsBetter: true,
        resultDirections: { resultIds: ['alpha-eval-1-exclusions'], higherIsBetter: true },
      },
    });

    await undo();
    expect(await effectOf('alpha-eval-1-exclusions')).toBe(original);
    expect((await reference()).outcomeDomains.find((d) => d.id === 'exclusions')?.higherIsBetter).toBe(false);
  });
});

describe('merging outcomes', () => {
  const resultsOf = (domainId: string) =>
    (
      mini.library.db
        .prepare('SELECT id FROM outcome_results WHERE outcome_domain_id = ? ORDER BY id')
        .all(domainId) as { id: string }[]
    ).map((r) => r.id);
  /** Each result's effect, by result: a merge changes the outcome they record, not their effects. */
  const effects = async () =>
    Object.fromEntries(
      (await ok<EvidenceSummary>('evidence/get', { interventionId: 'alpha-mentoring' })).effects.map((e) => [
        e.outcomeResultId,
        e.yi,
      ]),
    );

  it('moves every result to the other outcome, deletes this one, keeps the effects, and undoes', async () => {
    const attendance = resultsOf('attendance');
    const attainment = resultsOf('attainment');
    const before = await effects();
    const merged = await ok('outcome-domains/merge', { id: 'attendance', intoId: 'attainment', by: BY });
    expect(merged).toEqual({ outcomeResults: 3, unitCosts: 0, baselineRates: 0 });
    expect(resultsOf('attendance')).toEqual([]);
    expect(resultsOf('attainment')).toEqual([...attainment, ...attendance].sort());
    expect(await domainsOf('education')).toEqual(['exclusions', 'attainment', 'neet']);
    expect(await effects()).toEqual(before);
    const [entry] = await ok<HistoryEntry[]>('history/list', {
      entityType: 'outcome_domain',
      entityId: 'attendance',
    });
    expect(entry).toMatchObject({ action: 'delete', note: 'Merged into “Attainment”', after: null });

    await undo();
    expect(await domainsOf('education')).toEqual(['attendance', 'exclusions', 'attainment', 'neet']);
    expect(resultsOf('attendance')).toEqual(attendance);
    expect(resultsOf('attainment')).toEqual(attainment);
  });

  it('refuses a merge into itself, into nothing, or that would make two baseline rates one', async () => {
    expect(
      await refusal('outcome-domains/merge', { id: 'attendance', intoId: 'attendance', by: BY }),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'intoId',
    });
    expect(
      await refusal('outcome-domains/merge', { id: 'attendance', intoId: 'nowhere', by: BY }),
    ).toMatchObject({
      field: 'intoId',
    });
    // Baseline rates have no editing method yet: the test library is given two directly.
    const rate = mini.library.db.prepare(
      "INSERT INTO baseline_rates (id, outcome_domain_id, area_id, rate, year, source) VALUES (?, ?, 'lambeth', 0.2, 2019, 'test')",
    );
    rate.run('rate-a', 'proven-offending');
    rate.run('rate-b', 'proven-reoffending');
    const clash = await refusal('outcome-domains/merge', {
      id: 'proven-offending',
      intoId: 'proven-reoffending',
      by: BY,
    });
    expect(clash.code).toBe('CONFLICT');
    expect(clash.message).toMatch(/both have a baseline rate for the same area and year \(1\)/);
    expect(await domainsOf('crime-justice')).toContain('proven-offending');
  });
});

describe('approach types', () => {
  it('renames one with history, refuses a duplicate name, and undoes the rename', async () => {
    await ok('approach-types/save', {
      id: 'mentoring',
      name: 'Mentoring and coaching',
      description: 'One-to-one support.',
      by: BY,
    });
    const renamed = (await reference()).approachTypes.find((a) => a.id === 'mentoring');
    expect(renamed).toEqual({
      id: 'mentoring',
      name: 'Mentoring and coaching',
      description: 'One-to-one support.',
    });
    const [entry] = await ok<HistoryEntry[]>('history/list', {
      entityType: 'approach_type',
      entityId: 'mentoring',
    });
    expect(entry).toMatchObject({
      action: 'update',
      before: { name: 'Mentoring' },
      after: { name: 'Mentoring and coaching' },
    });

    const duplicate = await refusal('approach-types/save', { name: 'sports diversion', by: BY });
    expect(duplicate).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'name',
      message: 'name: there is already an approach type called “sports diversion”',
    });

    await undo();
    expect((await reference()).approachTypes.find((a) => a.id === 'mentoring')?.name).toBe('Mentoring');
  });

  it('refuses to delete one in use, counting the interventions; deletes an unused one', async () => {
    const error = await refusal('approach-types/delete', { id: 'mentoring', by: BY });
    expect(error.message).toMatch(/^“Mentoring” is used by 1 intervention, so it cannot be deleted\./);
    const { id } = await ok<{ id: string }>('approach-types/save', { name: 'Detached youth work', by: BY });
    await ok('approach-types/delete', { id, by: BY });
    expect((await reference()).approachTypes.some((a) => a.id === id)).toBe(false);
  });
});

describe('areas', () => {
  it('adds an area within another, and refuses a parent that would make a loop', async () => {
    const { id } = await ok<{ id: string }>('areas/save', {
      name: 'Kent',
      kind: 'region',
      by: BY,
    });
    const town = await ok<{ id: string }>('areas/save', {
      name: 'Medway',
      kind: 'other',
      parentId: id,
      by: BY,
    });
    expect((await reference()).areas.find((a) => a.id === town.id)).toEqual({
      id: 'medway',
      name: 'Medway',
      kind: 'other',
      parentId: 'kent',
    });
    const loop = await refusal('areas/save', { id, name: 'Kent', kind: 'region', parentId: town.id, by: BY });
    expect(loop).toMatchObject({ code: 'INVALID_INPUT', field: 'parentId' });
    const unknown = await refusal('areas/save', {
      name: 'Nowhere',
      kind: 'other',
      parentId: 'atlantis',
      by: BY,
    });
    expect(unknown).toMatchObject({ field: 'parentId' });
    const duplicate = await refusal('areas/save', { name: 'lambeth', kind: 'borough', by: BY });
    expect(duplicate).toMatchObject({ field: 'name' });
    const badKind = await refusal('areas/save', { name: 'Somewhere', kind: 'planet', by: BY });
    expect(badKind).toMatchObject({ code: 'INVALID_INPUT', field: 'kind' });
  });

  it('refuses to delete an area in use, naming every use', async () => {
    const lambeth = await refusal('areas/delete', { id: 'lambeth', by: BY });
    expect(lambeth.message).toMatch(/^“Lambeth” is used by 1 intervention, so it cannot be deleted\./);
    const london = await refusal('areas/delete', { id: 'london', by: BY });
    expect(london.message).toMatch(
      /^“London \(all boroughs\)” is used by 1 intervention and 33 areas inside it, so/,
    );
  });

  it('deletes an unused area and undo restores it', async () => {
    const before = (await reference()).areas.find((a) => a.id === 'bexley');
    await ok('areas/delete', { id: 'bexley', by: BY });
    expect((await reference()).areas.some((a) => a.id === 'bexley')).toBe(false);
    await undo();
    expect((await reference()).areas.find((a) => a.id === 'bexley')).toEqual(before);
  });
});

describe('reference/usage', () => {
  it('counts what uses each row, as the refused deletes say it', async () => {
    const usage = await ok<ReferenceUsage>('reference/usage', {});
    expect(usage.outcomeGroups['education']).toEqual(['4 outcome domains']);
    expect(usage.outcomeDomains['attendance']).toEqual(['3 outcome results']);
    expect(usage.outcomeDomains['exclusions']).toEqual(['1 outcome result']);
    expect(usage.outcomeDomains['attainment']).toBeUndefined();
    expect(usage.approachTypes['mentoring']).toEqual(['1 intervention']);
    expect(usage.areas['london']).toEqual(['1 intervention', '33 areas inside it']);
    expect(usage.areas['bexley']).toBeUndefined();
  });
});

describe('read-only libraries', () => {
  it('refuse every reference write with READ_ONLY and change nothing', async () => {
    const readOnly = await Library.open(mini.library.path, { readOnly: true });
    try {
      const readOnlyDispatch = createDispatch({ library: readOnly });
      for (const [method, input] of [
        ['outcome-groups/save', { name: 'Housing', by: BY }],
        ['approach-types/delete', { id: 'cadets', by: BY }],
        ['areas/save', { name: 'Kent', kind: 'region', by: BY }],
      ] as const) {
        const result = await readOnlyDispatch(method, input);
        expect(result.ok ? null : result.error.code).toBe('READ_ONLY');
      }
    } finally {
      readOnly.close();
    }
    expect((await reference()).outcomeGroups.some((g) => g.name === 'Housing')).toBe(false);
  });
});
