// Compare on a real copy of the sample library through the API: candidates meet every filter (checked
// against each intervention's own record, evidence and value report), the comparison's figures are
// exactly those of evidence/get and value/get, local settings change them, and the shortlist's
// changes are in the history and undone by "Undo last change".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../electron/core/api/dispatch';
import { createLibraryFromBundle } from '../../electron/core/services/sample-library';
import type { CandidatesResult, Comparison, ShortlistEntry } from '../../shared/model/compare';
import type { InterventionDetail } from '../../shared/model/catalogue';
import type { HistoryEntry, UndoOutcome } from '../../shared/model/editing';
import type { EntityName } from '../../shared/model/library';
import type { EvidenceSummary } from '../../shared/model/evidence';
import type { ValueReport } from '../../shared/model/value';
import { expectOk } from '../helpers/api';
import { type Library, SAMPLE_BUNDLE, tempDir, type TempDir } from '../helpers/libraries';

let dir: TempDir;
let library: Library;
let dispatch: Dispatch;
let details: InterventionDetail[];

const ok = <T>(method: string, input: unknown) => expectOk<T>(dispatch, method, input);
const BY = 'A. Commissioner';
const OUTCOME = 'proven-reoffending';

beforeAll(async () => {
  dir = tempDir();
  library = await createLibraryFromBundle(dir.file('sample.ewb'), SAMPLE_BUNDLE);
  dispatch = createDispatch({ library });
  const names = await ok<EntityName[]>('library/list-names', { entity: 'interventions' });
  details = await Promise.all(names.map((n) => ok<InterventionDetail>('interventions/get', { id: n.id })));
});
afterAll(() => {
  library.close();
  dir.remove();
});

const candidates = (input: Record<string, unknown>) => ok<CandidatesResult>('compare/candidates', input);
const measures = (d: InterventionDetail, outcomeId: string) =>
  d.evaluations.some((e) => e.outcomeResults.some((r) => r.outcome.id === outcomeId));
const overlaps = (d: InterventionDetail, min: number, max: number) =>
  (d.ageMax ?? 30) >= min && (d.ageMin ?? 0) <= max;
const ids = (r: CandidatesResult) => r.candidates.map((c) => c.id).sort();

describe('compare/candidates', () => {
  it('keeps exactly the interventions with results on the outcome whose ages overlap the band', async () => {
    const r = await candidates({ outcomeId: OUTCOME, ages: { min: 12, max: 17 } });
    const expected = details.filter((d) => measures(d, OUTCOME) && overlaps(d, 12, 17)).map((d) => d.id);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(ids(r)).toEqual(expected.sort());
    expect(r.total).toBe(expected.length);
    expect(r.outcome).toMatchObject({ id: OUTCOME, higherIsBetter: false });
  });

  it('filters by setting, tier, strand and area as each intervention records them', async () => {
    const bySetting = await candidates({ settings: ['custody', 'home'] });
    expect(ids(bySetting)).toEqual(
      details
        .filter((d) => d.settings.includes('custody') || d.settings.includes('home'))
        .map((d) => d.id)
        .sort(),
    );
    const byTier = await candidates({ tier: ['specialist'], strand: ['youth-justice'] });
    expect(ids(byTier)).toEqual(
      details
        .filter((d) => d.tier === 'specialist' && d.strand === 'youth-justice')
        .map((d) => d.id)
        .sort(),
    );
    expect(byTier.total).toBeGreaterThan(0);
    // An area also matches what is delivered across the region holding it (London-wide).
    const byArea = await candidates({ areaId: ['lambeth'] });
    expect(ids(byArea)).toEqual(
      details
        .filter((d) => d.areas.some((a) => a.id === 'lambeth' || a.id === 'london'))
        .map((d) => d.id)
        .sort(),
    );
  });

  it('gives each candidate the effect evidence/get pools and the cost per participant value/get works out', async () => {
    const r = await candidates({ outcomeId: OUTCOME });
    expect(r.candidates.length).toBeGreaterThanOrEqual(3);
    for (const c of r.candidates) {
      const evidence = await ok<EvidenceSummary>('evidence/get', { interventionId: c.id });
      const pooled = evidence.pooled.find((p) => p.outcome.id === OUTCOME);
      expect(pooled, c.id).toBeDefined();
      const estimate = pooled?.model?.estimate ?? pooled?.studies[0]?.yi;
      expect(c.effect?.estimate).toBe(estimate);
      expect(c.effect?.studies).toBe(pooled?.studies.length);
      expect(c.effect?.relativeChange).toBe(pooled?.translation?.relativeChange ?? null);
      const value = await ok<ValueReport>('value/get', { interventionId: c.id, outcomeId: OUTCOME });
      const cost = value.figures.costPerParticipant;
      expect(c.costPerParticipant).toBe(cost.status === 'ok' ? cost.value : null);
    }
  });

  it('keeps only candidates within the budget; those without a cost are counted, not shown as free', async () => {
    const all = await candidates({});
    const budget = 300;
    const r = await candidates({ maxCostPerParticipant: budget });
    const within = all.candidates.filter(
      (c) => c.costPerParticipant !== null && c.costPerParticipant <= budget,
    );
    expect(ids(r)).toEqual(within.map((c) => c.id).sort());
    expect(r.withoutCost).toBe(all.candidates.filter((c) => c.costPerParticipant === null).length);
    expect(r.withoutCost).toBeGreaterThan(0);
    for (const c of all.candidates.filter((x) => x.costPerParticipant === null))
      expect(c.costMissing).not.toBeNull();
  });

  it('refuses an unknown outcome or a budget of nothing, naming the field', async () => {
    expect(await dispatch('compare/candidates', { outcomeId: 'no-such-outcome' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'outcomeId' },
    });
    expect(await dispatch('compare/candidates', { maxCostPerParticipant: 0 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'maxCostPerParticipant' },
    });
  });
});

const THREE = [
  'final-warnings-restorative-justice',
  'youth-justice-triage',
  'diamond-districts-resettlement',
];

describe('compare/get', () => {
  it('shows for each intervention exactly the ratings, effect and value figures of evidence/get and value/get', async () => {
    const c = await ok<Comparison>('compare/get', { ids: THREE, outcomeId: OUTCOME });
    expect(c.interventions.map((i) => i.intervention.id)).toEqual(THREE);
    expect(c.local.baselineRate?.rate).toBeGreaterThan(0);
    for (const compared of c.interventions) {
      const id = compared.intervention.id;
      const evidence = await ok<EvidenceSummary>('evidence/get', { interventionId: id });
      const value = await ok<ValueReport>('value/get', { interventionId: id, outcomeId: OUTCOME });
      expect(compared.ratings).toEqual(evidence.ratings);
      const pooled = evidence.pooled.find((p) => p.outcome.id === OUTCOME);
      expect(compared.translation).toEqual(pooled?.translation);
      if (compared.effect.status !== 'ok') throw new Error(`${id}: no effect`);
      expect(compared.effect.studies).toBe(pooled?.studies.length);
      if (pooled?.model) {
        expect(compared.effect).toMatchObject({
          estimate: pooled.model.estimate,
          ciLower: pooled.model.ci_lb,
          ciUpper: pooled.model.ci_ub,
          piLower: pooled.model.pi_lb,
          piUpper: pooled.model.pi_ub,
        });
      } else {
        expect(compared.effect).toMatchObject({ estimate: pooled?.studies[0]?.yi, piLower: null });
      }
      expect(compared.value.costPerParticipant).toEqual(value.figures.costPerParticipant);
      expect(compared.value.costBand).toEqual(value.figures.costBand);
      expect(compared.value.costPerOutcome).toEqual(value.figures.costPerOutcome);
      expect(compared.value.benefitCostRatio).toEqual(value.figures.benefitCostRatio);
      expect(compared.value.chanceBenefitsExceedCosts).toEqual(value.figures.chanceBenefitsExceedCosts);
      expect(compared.costBand).toEqual(value.costBand);
      // The NNT the comparison shows is the one value/get multiplies the cost by.
      const nnt = value.figures.nnt;
      expect(compared.translation?.nnt).toBe(nnt.status === 'ok' ? nnt.value : null);
    }
    // The best of a row is the lowest cost or the smallest NNT, marked by id.
    const costs = c.interventions.map((i) => [i.intervention.id, i.value.costPerParticipant] as const);
    const cheapest = Math.min(...costs.map(([, f]) => (f.status === 'ok' ? f.value : Infinity)));
    expect(c.best.costPerParticipant).toEqual(
      costs.filter(([, f]) => f.status === 'ok' && f.value === cheapest).map(([id]) => id),
    );
    const nnts = c.interventions.map((i) => i.translation?.nnt ?? Infinity);
    expect(c.best.nnt).toEqual([c.interventions[nnts.indexOf(Math.min(...nnts))]?.intervention.id]);
  });

  it('shows figures an intervention has no evidence for as missing, with what is needed, and names its gaps', async () => {
    const without = details.find((d) => !measures(d, OUTCOME) && d.costItems.length === 0);
    if (without === undefined)
      throw new Error('the sample library needs an intervention without costs or this outcome');
    const c = await ok<Comparison>('compare/get', { ids: [THREE[0], without.id], outcomeId: OUTCOME });
    const compared = c.interventions[1];
    expect(compared?.effect).toMatchObject({ status: 'missing' });
    expect(compared?.effect.status === 'missing' && compared.effect.needed).toMatch(/Proven re-offending/);
    for (const key of ['costPerParticipant', 'costPerOutcome', 'benefitCostRatio'] as const) {
      expect(compared?.value[key].status, key).toBe('missing');
    }
    expect(compared?.gaps.map((g) => g.kind)).toEqual(
      expect.arrayContaining(['no-outcome-evidence', 'no-cost-data']),
    );
    // One study on the outcome is a gap too.
    const triage = (await ok<Comparison>('compare/get', { ids: THREE.slice(1), outcomeId: OUTCOME }))
      .interventions[0];
    expect(triage?.gaps.map((g) => g.kind)).toContain('single-study');
    // A row with one value has no "best".
    expect(c.best.costPerParticipant).toEqual([]);
  });

  it('refuses fewer than two, more than six or repeated interventions, naming the field', async () => {
    for (const list of [
      [THREE[0]],
      [...THREE, ...details.slice(0, 4).map((d) => d.id)],
      [THREE[0], THREE[0]],
    ]) {
      expect(await dispatch('compare/get', { ids: list, outcomeId: OUTCOME })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', field: 'ids' },
      });
    }
  });

  it('follows the library settings: a price year changes the costs, still equal to value/get', async () => {
    const before = await ok<Comparison>('compare/get', { ids: THREE, outcomeId: OUTCOME });
    await ok('price-index/replace', {
      rows: [2007, 2008, 2009, 2010, 2011, 2012].map((year, i) => ({ year, value: 90 + i * 2 })),
      source: 'Test index',
      by: BY,
    });
    await ok('value-settings/save', { priceYear: 2012, by: BY });
    const after = await ok<Comparison>('compare/get', { ids: THREE, outcomeId: OUTCOME });
    expect(after.local.settings).toMatchObject({ priceYear: 2012, priceYearIsDefault: false });
    for (const [i, compared] of after.interventions.entries()) {
      const was = before.interventions[i]?.value.costPerParticipant;
      const now = compared.value.costPerParticipant;
      // Every cost moves to the new price year's prices.
      expect(now.status === 'ok' && was?.status === 'ok' && now.value !== was.value).toBe(true);
      const value = await ok<ValueReport>('value/get', {
        interventionId: compared.intervention.id,
        outcomeId: OUTCOME,
      });
      expect(now).toEqual(value.figures.costPerParticipant);
    }
    const listed = await candidates({ outcomeId: OUTCOME });
    for (const compared of after.interventions) {
      const figure = compared.value.costPerParticipant;
      expect(listed.candidates.find((c) => c.id === compared.intervention.id)?.costPerParticipant).toBe(
        figure.status === 'ok' ? figure.value : null,
      );
    }
    await ok('history/undo', { by: BY });
    await ok('history/undo', { by: BY });
  });
});

describe('shortlist', () => {
  it('adds and removes with history, and undo takes each change back', async () => {
    expect(await ok<ShortlistEntry[]>('shortlist/list', {})).toEqual([]);
    await ok('shortlist/add', { interventionId: THREE[0], outcomeId: OUTCOME, by: BY });
    const two = await ok<ShortlistEntry[]>('shortlist/add', { interventionId: THREE[1], by: BY });
    expect(two.map((e) => e.intervention.id)).toEqual([THREE[0], THREE[1]]);
    expect(two[0]).toMatchObject({ outcome: { id: OUTCOME, name: 'Proven re-offending' }, addedBy: BY });

    const history = await ok<HistoryEntry[]>('history/list', {
      entityType: 'shortlist_entry',
      entityId: THREE[0],
    });
    expect(history[0]).toMatchObject({ action: 'create', userName: BY, before: null });
    // The history names the intervention, so the undo dialog can say which entry it takes back.
    const name = details.find((d) => d.id === THREE[0])?.name;
    expect(history[0]?.after).toMatchObject({ interventionId: THREE[0], outcomeId: OUTCOME, name });

    const removed = await ok<ShortlistEntry[]>('shortlist/remove', { interventionId: THREE[0], by: BY });
    expect(removed.map((e) => e.intervention.id)).toEqual([THREE[1]]);
    const undone = await ok<UndoOutcome>('history/undo', { by: BY });
    expect(undone.undone).toMatchObject({
      entityType: 'shortlist_entry',
      entityId: THREE[0],
      action: 'delete',
    });
    const restored = await ok<ShortlistEntry[]>('shortlist/list', {});
    expect(restored.map((e) => e.intervention.id).sort()).toEqual([THREE[0], THREE[1]].sort());
    expect(restored.find((e) => e.intervention.id === THREE[0])).toEqual(two[0]);

    // Undoing the add of the second takes it off again.
    await ok('history/undo', { by: BY });
    expect((await ok<ShortlistEntry[]>('shortlist/list', {})).map((e) => e.intervention.id)).toEqual([
      THREE[0],
    ]);
  });

  it('refuses an unknown intervention or outcome, or no name, and changes nothing', async () => {
    const before = await ok<ShortlistEntry[]>('shortlist/list', {});
    expect(await dispatch('shortlist/add', { interventionId: 'nobody', by: BY })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', field: 'interventionId' },
    });
    expect(
      await dispatch('shortlist/add', { interventionId: THREE[2], outcomeId: 'no-such-outcome', by: BY }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'outcomeId' } });
    expect(await dispatch('shortlist/add', { interventionId: THREE[2], by: ' ' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'by' },
    });
    expect(await ok<ShortlistEntry[]>('shortlist/list', {})).toEqual(before);
  });
});
