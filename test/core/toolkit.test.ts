// The toolkit and the evidence gap map are computed from the library each time: adding a study
// through the API moves the gap-map cell and the approach's pooled effect.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ApproachSummary } from '../../shared/model/evidence';
import type { GapMap } from '../../shared/model/gap-map';
import { expectOk } from '../helpers/api';
import { useMiniLibrary } from '../helpers/mini-library';

const mini = useMiniLibrary('file');

const ok = <T>(method: string, input: unknown) => expectOk<T>(mini.dispatch, method, input);
const BY = 'Test Researcher';

async function mentoringExclusions() {
  const map = await ok<GapMap>('evidence/gap-map', { rows: 'approaches' });
  const cell = map.cells.find((c) => c.rowId === 'mentoring' && c.outcomeId === 'exclusions');
  const approaches = await ok<ApproachSummary[]>('ratings/approaches', {});
  const mentoring = approaches.find((a) => a.approach.id === 'mentoring');
  return { map, cell, mentoring, outcome: mentoring?.outcomes.find((o) => o.outcome.id === 'exclusions') };
}

describe('evidence/gap-map', () => {
  it('has every outcome domain as a column, grouped as the taxonomy is, and only studied cells', async () => {
    const map = await ok<GapMap>('evidence/gap-map', {});
    const reference = await ok<{ outcomeDomains: { id: string; groupId: string }[] }>('reference/list', {});
    expect(map.rows).toBe('approaches');
    expect(map.groups.flatMap((g) => g.outcomes.map((o) => o.id)).sort()).toEqual(
      reference.outcomeDomains.map((d) => d.id).sort(),
    );
    for (const cell of map.cells) {
      expect(cell.studyCount).toBe(cell.evaluationIds.length);
      expect(cell.evaluationIds.every((id) => map.studies[id] !== undefined)).toBe(true);
    }
    const byIntervention = await ok<GapMap>('evidence/gap-map', { rows: 'interventions' });
    expect(byIntervention.rowHeads.map((r) => r.id)).toEqual([
      'alpha-mentoring',
      'beta-sport',
      'gamma-triage',
    ]);
    const attendance = byIntervention.cells.find(
      (c) => c.rowId === 'alpha-mentoring' && c.outcomeId === 'attendance',
    );
    // Two studies measured attendance (one of them twice): counted once each, the trial the strongest.
    expect(attendance).toMatchObject({ studyCount: 2, strongestDesign: 'randomised', strength: 'strong' });
  });

  it('refuses an unknown row kind, naming the field', async () => {
    expect(await mini.dispatch('evidence/gap-map', { rows: 'boroughs' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'rows' },
    });
  });
});

describe('toolkit figures follow the data', () => {
  it('a new study moves the gap-map cell and the approach’s pooled effect', async () => {
    const before = await mentoringExclusions();
    expect(before.cell).toMatchObject({ studyCount: 1, strongestDesign: 'matched', strength: 'moderate' });
    expect(before.outcome?.studyCount).toBe(1);
    expect(before.outcome?.pooled.model).toBeNull(); // one study: nothing to pool yet
    expect(before.mentoring).toMatchObject({ interventionCount: 1, studyCount: 2 });

    const { id: evaluationId } = await ok<{ id: string }>('evaluations/save', {
      interventionId: 'alpha-mentoring',
      title: 'Alpha Mentoring: randomised trial of exclusions',
      independent: true,
      year: 2014,
      design: 'randomised',
      nTreatment: 150,
      nControl: 150,
      illustrative: true,
      by: BY,
    });
    await ok('outcome-results/save', {
      evaluationId,
      outcomeId: 'exclusions',
      measureName: 'Fixed-term exclusions',
      higherIsBetter: false,
      illustrative: true,
      dataType: 'binary',
      stats: { events1: 12, total1: 150, events2: 27, total2: 150 },
      by: BY,
    });

    const after = await mentoringExclusions();
    expect(after.cell).toMatchObject({ studyCount: 2, strongestDesign: 'randomised', strength: 'strong' });
    expect(after.cell?.evaluationIds).toContain(evaluationId);
    expect(after.map.studies[evaluationId]).toMatchObject({
      design: 'randomised',
      intervention: { id: 'alpha-mentoring' },
    });
    expect(after.outcome?.studyCount).toBe(2);
    expect(after.outcome?.pooled.model?.k).toBe(2);
    expect(after.outcome?.pooled.model?.estimate).not.toBeCloseTo(
      before.outcome?.pooled.studies[0]?.yi ?? NaN,
      6,
    );
    expect(after.outcome?.beneficialChangePercent).not.toBe(before.outcome?.beneficialChangePercent);
    // The label follows the results pooled: the recorded one's flag before, and set by the new one.
    const recorded = mini.library.db
      .prepare(
        `SELECT max(r.illustrative) AS any FROM outcome_results r JOIN evaluations e ON e.id = r.evaluation_id
         JOIN interventions i ON i.id = e.intervention_id
         WHERE i.approach_type_id = 'mentoring' AND r.outcome_domain_id = 'exclusions' AND e.id <> ?`,
      )
      .get(evaluationId) as { any: number };
    expect(before.outcome?.illustrative).toBe(recorded.any === 1);
    expect(after.outcome?.illustrative).toBe(true);
    expect(after.mentoring?.studyCount).toBe(3);
  });
});

describe('the toolkit is kept until the library changes', () => {
  const approachIds = (summaries: ApproachSummary[]) => summaries.map((a) => a.approach.id).sort();

  it('answers again without recomputing, and recomputes after a write here or from another connection', async () => {
    const first = await ok<ApproachSummary[]>('ratings/approaches', {});
    // Kept: the very same answer, not computed again.
    expect(await ok<ApproachSummary[]>('ratings/approaches', {})).toBe(first);
    const dl = await ok<ApproachSummary[]>('ratings/approaches', { method: 'DL' });
    expect(dl).not.toBe(first);
    expect(await ok<ApproachSummary[]>('ratings/approaches', { method: 'DL' })).toBe(dl);

    // Another connection (the ewb CLI, say) moves an intervention to another approach.
    const alpha = mini.library.db
      .prepare("SELECT approach_type_id AS id FROM interventions WHERE id = 'alpha-mentoring'")
      .get() as { id: string };
    expect(alpha.id).toBe('mentoring');
    const other = new Database(mini.library.path);
    other
      .prepare("UPDATE interventions SET approach_type_id = 'sports-diversion' WHERE id = 'alpha-mentoring'")
      .run();
    other.close();
    const moved = await ok<ApproachSummary[]>('ratings/approaches', {});
    expect(approachIds(moved)).not.toContain('mentoring');
    expect(approachIds(first)).toContain('mentoring');

    // A write through the app: deleting an intervention takes its approach out of the toolkit.
    const triage = moved.find((a) => a.interventionCount === 1 && a.approach.id !== 'sports-diversion');
    expect(triage).toBeDefined();
    const [only] = (
      await ok<{ rows: { id: string; approachType: { id: string } }[] }>('interventions/list', {
        filters: { approachTypeId: [triage?.approach.id ?? ''] },
      })
    ).rows;
    await ok('interventions/delete', { id: only?.id, by: BY, confirm: true });
    const after = await ok<ApproachSummary[]>('ratings/approaches', {});
    expect(approachIds(after)).toEqual(approachIds(moved).filter((id) => id !== triage?.approach.id));
  });
});
