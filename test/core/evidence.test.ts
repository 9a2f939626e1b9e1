// The Evidence API on a real library: standardised effects, one pooled estimate per outcome (one
// result per study), translation at the comparison groups' rate, ratings and their overrides.
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/core/api/dispatch';
import { historyOf } from '../../electron/core/repos/change-history';
import { rma } from '../../shared/analysis/meta-analysis';
import { translateEffect } from '../../shared/analysis/translate';
import type { EvidenceSummary, RatedSubject } from '../../shared/model/evidence';
import { expectOk } from '../helpers/api';
import { Library } from '../helpers/libraries';
import { useMiniLibrary } from '../helpers/mini-library';

const mini = useMiniLibrary('file');

const ok = <T>(method: string, input: unknown) => expectOk<T>(mini.dispatch, method, input);

describe('evidence/get', () => {
  it('standardises every outcome result and says why one cannot be', async () => {
    const summary = await ok<EvidenceSummary>('evidence/get', { interventionId: 'alpha-mentoring' });
    expect(summary.effects.map((e) => e.outcomeResultId)).toEqual([
      'alpha-eval-2-attendance',
      'alpha-eval-1-attendance-6m',
      'alpha-eval-1-attendance',
      'alpha-eval-1-exclusions',
    ]);
    for (const e of summary.effects) expect(e.yi === null ? e.excludedReason : e.derivation).not.toBeNull();
    const exclusions = summary.effects.find((e) => e.outcomeResultId === 'alpha-eval-1-exclusions');
    expect(exclusions?.derivation?.directionFlipped).toBe(true); // fewer exclusions is beneficial
    expect(exclusions?.yi).toBeGreaterThan(0);
  });

  it('pools one result per study with the chosen model, as rma() fits the same effects', async () => {
    for (const [method, test] of [
      ['REML', 'knha'],
      ['DL', 'z'],
    ] as const) {
      const summary = await ok<EvidenceSummary>('evidence/get', {
        interventionId: 'alpha-mentoring',
        method,
        test,
      });
      const attendance = summary.pooled.find((p) => p.outcome.id === 'attendance');
      // The 12-month result of study 1 is pooled; its 6-month result is set aside.
      expect(attendance?.studies.map((s) => s.outcomeResultId)).toEqual([
        'alpha-eval-2-attendance',
        'alpha-eval-1-attendance',
      ]);
      expect(attendance?.note).toMatch(/1 further result from the same studies not pooled/);
      const yi = attendance?.studies.map((s) => s.yi) ?? [];
      const vi = attendance?.studies.map((s) => s.vi) ?? [];
      const fit = rma(yi, vi, { method, test });
      expect(attendance?.model).toMatchObject({
        method,
        k: 2,
        estimate: fit.estimate,
        ci_lb: fit.ci_lb,
        ci_ub: fit.ci_ub,
        tau2: fit.tau2,
        I2: fit.I2,
      });
      expect(attendance?.studies.map((s) => s.weightPct)).toEqual(fit.weights_pct);
    }
  });

  it("translates at the comparison group's own rate when the library has no local rate", async () => {
    const summary = await ok<EvidenceSummary>('evidence/get', { interventionId: 'alpha-mentoring' });
    const exclusions = summary.pooled.find((p) => p.outcome.id === 'exclusions');
    expect(exclusions?.model).toBeNull();
    expect(exclusions?.note).toMatch(/One study/);
    const effect = exclusions?.studies[0]?.yi ?? NaN;
    expect(exclusions?.translation).toEqual({
      baselineRate: 11 / 60,
      baselineSource: 'the comparison group of 1 study here, 11 of 60',
      ...translateEffect({ effect, baselineRate: 11 / 60, higherIsBetter: false }),
    });
  });

  it('uses a local baseline rate from the library when there is one', async () => {
    mini.library.write(() =>
      mini.library.db
        .prepare(
          "INSERT INTO baseline_rates (id, outcome_domain_id, rate, year, source) VALUES ('b1', 'exclusions', 0.25, 2010, 'Local schools data')",
        )
        .run(),
    );
    const summary = await ok<EvidenceSummary>('evidence/get', { interventionId: 'alpha-mentoring' });
    const exclusions = summary.pooled.find((p) => p.outcome.id === 'exclusions');
    expect(exclusions?.translation).toMatchObject({
      baselineRate: 0.25,
      baselineSource: "the library's local rate for 2010, from Local schools data",
    });
    mini.library.write(() => mini.library.db.prepare("DELETE FROM baseline_rates WHERE id = 'b1'").run());
  });

  it('gives ratings in every framework, and the EIF cost rating', async () => {
    const summary = await ok<EvidenceSummary>('evidence/get', { interventionId: 'alpha-mentoring' });
    expect(summary.ratings.map((r) => r.framework.id)).toEqual([
      'project-oracle',
      'eif',
      'blueprints',
      'crime-solutions',
      'maryland-sms',
    ]);
    for (const f of summary.ratings) {
      for (const r of f.ratings) expect(r.levels.length).toBeGreaterThan(0);
    }
    expect(summary.costRating).toEqual({
      rating: 2,
      band: '£100–£499',
      costPerParticipant: 350,
      priceYear: 2009,
    });
  });
});

describe('ratings/override', () => {
  const oracle = async () =>
    (await ok<EvidenceSummary>('evidence/get', { interventionId: 'alpha-mentoring' })).ratings.find(
      (f) => f.framework.id === 'project-oracle',
    )?.ratings[0];

  it('records the reason and who, keeps the computed level beside it, and writes history', async () => {
    const computed = (await oracle())?.level;
    const saved = await ok<RatedSubject>('ratings/override', {
      interventionId: 'alpha-mentoring',
      frameworkId: 'project-oracle',
      level: '2',
      reason: 'Validation interview found the manual is not followed',
      by: 'A. Researcher',
    });
    expect(saved.level).toBe(computed);
    expect(saved.override).toMatchObject({
      level: '2',
      computedLevel: computed,
      overriddenBy: 'A. Researcher',
    });
    expect((await oracle())?.override?.reason).toBe('Validation interview found the manual is not followed');
    const history = historyOf(mini.library.db, 'rating_override', 'alpha-mentoring/project-oracle/');
    expect(history[0]).toMatchObject({ action: 'create', userName: 'A. Researcher', before: null });

    expect(
      await ok('ratings/clear-override', {
        interventionId: 'alpha-mentoring',
        frameworkId: 'project-oracle',
        by: 'A. Researcher',
      }),
    ).toEqual({ cleared: true });
    expect((await oracle())?.override).toBeNull();
    expect(historyOf(mini.library.db, 'rating_override', 'alpha-mentoring/project-oracle/')[0]?.action).toBe(
      'delete',
    );
  });

  it('refuses a level the framework does not have, or no reason, naming the field', async () => {
    const base = { interventionId: 'alpha-mentoring', frameworkId: 'eif', by: 'A. Researcher' };
    expect(await mini.dispatch('ratings/override', { ...base, level: '7', reason: 'Because' })).toMatchObject(
      {
        ok: false,
        error: { code: 'INVALID_INPUT', field: 'level' },
      },
    );
    expect(await mini.dispatch('ratings/override', { ...base, level: '3', reason: ' ' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'reason' },
    });
    expect(
      await mini.dispatch('ratings/override', {
        ...base,
        frameworkId: 'astrology',
        level: '3',
        reason: 'x y z',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'frameworkId' },
    });
  });

  it('is refused on a read-only library, which stays as it was', async () => {
    const readOnly = await Library.open(mini.library.path, { readOnly: true });
    const result = await createDispatch({ library: readOnly })('ratings/override', {
      interventionId: 'alpha-mentoring',
      frameworkId: 'eif',
      level: '3',
      reason: 'Test',
      by: 'A. Researcher',
    });
    readOnly.close();
    expect(result).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
  });
});

describe('ratings/list', () => {
  it('rates every intervention', async () => {
    const all = await ok<{ intervention: { id: string }; ratings: unknown[] }[]>('ratings/list', {
      frameworkId: 'project-oracle',
    });
    expect(all.map((i) => i.intervention.id)).toEqual(['alpha-mentoring', 'beta-sport', 'gamma-triage']);
    expect(all.every((i) => i.ratings.length === 1)).toBe(true);
  });
});

describe('ratings/approaches', () => {
  it('pools each approach’s studies per outcome, with an impact band and evidence quality', async () => {
    const approaches = await ok<
      {
        approach: { id: string };
        outcomes: {
          outcome: { id: string };
          studyCount: number;
          pooled: { translation: { relativeChange: number } | null };
          beneficialChangePercent: number | null;
          impactBand: string | null;
          evidenceQuality: { level: string; levels: unknown[] };
        }[];
      }[]
    >('ratings/approaches', {});
    const mentoring = approaches.find((a) => a.approach.id === 'mentoring');
    expect(mentoring?.outcomes.map((o) => [o.outcome.id, o.studyCount])).toEqual([
      ['attendance', 2],
      ['exclusions', 1],
    ]);
    const exclusions = mentoring?.outcomes.find((o) => o.outcome.id === 'exclusions');
    // Fewer exclusions is the benefit: the band reads the reduction as a positive change.
    expect(exclusions?.beneficialChangePercent).toBeCloseTo(
      -(exclusions?.pooled.translation?.relativeChange ?? NaN) * 100,
      12,
    );
    expect(exclusions?.impactBand).not.toBeNull();
    const attendance = mentoring?.outcomes.find((o) => o.outcome.id === 'attendance');
    expect(attendance?.impactBand).toBeNull(); // no event counts and no local rate: no % to band
    expect(attendance?.evidenceQuality.level).toBe('3'); // two comparison-group studies
  });
});
