// The meta-analysis engine against metafor: every fixture of test/fixtures/metafor (make.R)
// through the functions (rma, leave1out, cumulative, regtest, trimfill) and through the cli.md
// request, plus the request's errors, each naming its field.
import { describe, expect, it } from 'vitest';
import {
  cumulative,
  leave1out,
  MetaAnalysisError,
  regtest,
  rma,
  trimfill,
  type RmaOptions,
} from '../../shared/analysis/meta-analysis';
import { runMetaRequest } from '../../shared/analysis/meta-request';
import { ApiFailure } from '../../shared/errors';
import { differences, metaforFixtures, type Json, type MetaforFixture } from '../helpers/metafor-fixtures';

type Series = Record<string, (number | null)[]>;

const fixtures = metaforFixtures();
const fitted = fixtures.filter((f) => f.result.error === undefined);
const failing = fixtures.filter((f) => f.result.error !== undefined);

function optionsOf(request: MetaforFixture['request']): RmaOptions {
  return {
    method: request.method as RmaOptions['method'],
    test: request.test as RmaOptions['test'],
    level: request.level as number | undefined,
    control: request.control as RmaOptions['control'],
  };
}

/** The studies metafor pooled (drop00 leaves nulls) and the positions they came from. */
function pooledStudies(fixture: MetaforFixture): { yi: number[]; vi: number[]; kept: number[] } {
  const escalc = fixture.result.escalc as { yi: (number | null)[]; vi: (number | null)[] };
  const kept = escalc.yi.flatMap((y, i) => (y === null ? [] : [i]));
  return { yi: kept.map((i) => escalc.yi[i] as number), vi: kept.map((i) => escalc.vi[i] as number), kept };
}

const pick = (series: Series, kept: number[]): Json =>
  Object.fromEntries(
    Object.entries(series).map(([key, values]) => [key, kept.map((i) => values[i] ?? null)]),
  );

const extra = (fixture: MetaforFixture, name: string) => fixture.result[name] as Json | undefined;
const requested = (name: string) =>
  fitted.filter((f) => extra(f, name) !== undefined).map((f) => [f.name, f] as const);

describe('the cli.md request against metafor, every number to 1e-6', () => {
  it.each(fitted.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const result = runMetaRequest(fixture.request);
    expect(differences(JSON.parse(JSON.stringify(result)), fixture.result as Json)).toEqual([]);
  });
});

describe('rma against metafor', () => {
  it.each(fitted.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const { yi, vi, kept } = pooledStudies(fixture);
    const fit = rma(yi, vi, optionsOf(fixture.request));
    const model = fixture.result.model as Record<string, Json>;
    const weights = kept.map((i) => (model.weights_pct as number[])[i] as number);
    expect(differences(fit, { ...model, weights_pct: weights })).toEqual([]);
  });
});

describe('leave-one-out against metafor', () => {
  it.each(requested('leave1out'))('%s', (_name, fixture) => {
    const { yi, vi, kept } = pooledStudies(fixture);
    expect(
      differences(
        leave1out(yi, vi, optionsOf(fixture.request)),
        pick(extra(fixture, 'leave1out') as Series, kept),
      ),
    ).toEqual([]);
  });
});

describe('cumulative meta-analysis against metafor', () => {
  it.each(requested('cumulative'))('%s', (_name, fixture) => {
    const { yi, vi, kept } = pooledStudies(fixture);
    expect(
      differences(
        cumulative(yi, vi, optionsOf(fixture.request)),
        pick(extra(fixture, 'cumulative') as Series, kept),
      ),
    ).toEqual([]);
  });
});

describe("Egger's regression test against metafor", () => {
  it.each(requested('regtest'))('%s', (_name, fixture) => {
    const { yi, vi } = pooledStudies(fixture);
    const { stat, pval, limit_estimate } = regtest(yi, vi, optionsOf(fixture.request));
    expect(differences({ stat, pval, limit_estimate }, extra(fixture, 'regtest') as Json)).toEqual([]);
  });
});

describe('trim-and-fill against metafor', () => {
  const cases = requested('trimfill');

  it.each(cases)('%s', (_name, fixture) => {
    const { yi, vi } = pooledStudies(fixture);
    const { filled, ...result } = trimfill(yi, vi, optionsOf(fixture.request));
    expect(differences(result, extra(fixture, 'trimfill') as Json)).toEqual([]);
    expect(filled.yi).toHaveLength(result.k0);
  });

  it('is checked on both sides, with and without filled studies', () => {
    const results = cases.map(([, f]) => extra(f, 'trimfill') as { side: string; k0: number });
    expect(new Set(results.map((r) => r.side))).toEqual(new Set(['left', 'right']));
    expect(results.some((r) => r.k0 === 0)).toBe(true);
    expect(results.some((r) => r.k0 > 0)).toBe(true);
  });
});

describe('the fixtures cover what the engine must match', () => {
  const models = fitted.map((f) => f.result.model as { method: string; test: string; tau2: number });

  it('every method with both tests, τ² = 0 and k = 2', () => {
    const combos = new Set(models.map((m) => `${m.method}/${m.test}`));
    for (const c of ['REML/z', 'REML/knha', 'DL/z', 'DL/knha', 'EE/z', 'FE/z', 'FE/knha'])
      expect(combos).toContain(c);
    expect(models.some((m) => m.tau2 === 0)).toBe(true);
    expect(fitted.some((f) => (f.result.model as { k: number }).k === 2)).toBe(true);
  });
});

describe('REML that does not converge', () => {
  it.each(failing.map((f) => [f.name, f] as const))('%s fails as in metafor', (_name, fixture) => {
    expect(fixture.result.error).toMatch(/did not converge/);
    const { request } = fixture;
    const escalcLike = { yi: request.yi as number[] | undefined, vi: request.vi as number[] | undefined };
    if (escalcLike.yi !== undefined && escalcLike.vi !== undefined) {
      expect(() => rma(escalcLike.yi as number[], escalcLike.vi as number[], optionsOf(request))).toThrow(
        MetaAnalysisError,
      );
    }
    const failure = catchFailure(() => runMetaRequest(request));
    expect(failure).toMatchObject({ code: 'INTERNAL', field: 'control.maxiter' });
    expect(failure.message).toMatch(/did not converge/);
  });
});

function catchFailure(run: () => unknown): ApiFailure {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiFailure) return error;
    throw error;
  }
  throw new Error('expected an ApiFailure');
}

describe('request errors name the field at fault', () => {
  const base = {
    measure: 'MD',
    m1i: [1, 2, 3],
    sd1i: [1, 1, 1],
    n1i: [10, 10, 10],
    m2i: [0, 1, 1],
    sd2i: [1, 1, 1],
    n2i: [10, 12, 9],
  };
  const fails = (request: unknown) => catchFailure(() => runMetaRequest(request));

  it('accepts the base request', () => {
    expect(runMetaRequest(base).model.k).toBe(3);
  });

  it.each([
    ['unequal array lengths', { ...base, sd2i: [1, 1] }, 'sd2i', /2 values but m1i has 3/],
    ['slab of the wrong length', { ...base, slab: ['a', 'b'] }, 'slab', /2 labels/],
    ['too few studies', { measure: 'GEN', yi: [0.1], vi: [0.02] }, 'yi', /At least 2 studies/],
    ['a zero variance', { yi: [0.1, 0.2, 0.3], vi: [0.02, 0, 0.03] }, 'vi', /vi\[1\] = 0 .*positive/],
    ['a negative variance', { yi: [0.1, 0.2, 0.3], vi: [0.02, -1, 0.03] }, 'vi', /positive/],
    ['NaN in an array', { ...base, m2i: [0, Number.NaN, 1] }, 'm2i', /m2i\[1\]/],
    ['null in an array', { ...base, n1i: [10, null, 10] }, 'n1i', /n1i\[1\]/],
    ['more than one input set', { ...base, yi: [1, 2, 3], vi: [1, 1, 1] }, 'yi', /More than one input set/],
    [
      'two complete 2x2 input sets',
      { measure: 'OR', ai: [1, 2], bi: [9, 8], ci: [3, 4], di: [7, 6], n1i: [10, 10], n2i: [10, 10] },
      'n1i',
      /More than one input set/,
    ],
    ['a field of another measure', { ...base, ti: [1, 2, 3] }, 'ti', /not used with measure MD/],
    ['a missing field', { measure: 'SMD', ti: [1, 2], n1i: [10, 10] }, 'n2i', /n2i is missing/],
    ['no measure and no yi', { m1i: [1, 2] }, 'measure', /measure is required/],
    ['an unknown measure', { ...base, measure: 'HR' }, 'measure', /measure/],
    ['an unknown field', { ...base, weights: [1, 2, 3] }, 'weights', /Unknown field weights/],
    [
      'an unknown control',
      { ...base, control: { maxiter: 10, tol: 1 } },
      'control.tol',
      /Unknown field control.tol/,
    ],
    ['a bad maxiter', { ...base, control: { maxiter: 0 } }, 'control.maxiter', /control.maxiter/],
    ['a bad level', { ...base, level: 100 }, 'level', /level/],
    ['a bad extra', { ...base, extras: ['funnel'] }, 'extras', /extras\[0\]/],
    [
      'regtest with k = 2',
      { measure: 'GEN', yi: [0.1, 0.3], vi: [0.02, 0.05], extras: ['regtest'] },
      'extras',
      /at least 3/,
    ],
    [
      'regtest with equal variances',
      { measure: 'GEN', yi: [0.1, 0.3, 0.2], vi: [0.02, 0.02, 0.02], extras: ['regtest'] },
      'extras',
      /full rank/,
    ],
    ['negative counts', { measure: 'OR', ai: [1, -2], bi: [9, 8], ci: [3, 4], di: [7, 6] }, 'ai', /negative/],
    [
      'more events than participants',
      { measure: 'RR', ai: [1, 12], n1i: [10, 10], ci: [3, 4], n2i: [10, 10] },
      'ai',
      /ai > n1i/,
    ],
    [
      'a zero cell without correction',
      { measure: 'OR', ai: [0, 2], bi: [9, 8], ci: [3, 4], di: [7, 6], to: 'none' },
      'ai',
      /continuity correction/,
    ],
    [
      'drop00 leaving one study',
      { measure: 'OR', ai: [0, 2], bi: [9, 8], ci: [0, 4], di: [7, 6], drop00: true },
      'drop00',
      /got 1/,
    ],
    [
      'tiny groups for SMD',
      { measure: 'SMD', di: [0.2, 0.4], n1i: [2, 10], n2i: [1, 10] },
      'n1i',
      /n1i \+ n2i > 3/,
    ],
    ['zero SDs for MD', { ...base, sd1i: [0, 1, 1], sd2i: [0, 1, 1] }, 'm1i', /cannot be computed/],
  ] as const)('%s', (_label, request, field, message) => {
    const failure = fails(request);
    expect(failure).toMatchObject({ code: 'INVALID_INPUT', field });
    expect(failure.message).toMatch(message);
  });

  it('names no field when the request is not an object', () => {
    expect(fails([1, 2])).toMatchObject({ code: 'INVALID_INPUT', field: undefined });
  });
});

describe('engine invariants', () => {
  const bcg = fitted.find((f) => f.name === 'bcg-or-reml-z') as MetaforFixture;
  const { yi, vi } = pooledStudies(bcg);

  it('EE and FE are the same model under two names', () => {
    const { method: _ee, ...ee } = rma(yi, vi, { method: 'EE' });
    const { method: _fe, ...fe } = rma(yi, vi, { method: 'FE' });
    expect(ee).toEqual(fe);
  });

  it('accepts k = 1 as metafor does (τ² = 0, z test)', () => {
    const one = rma([0.3], [0.04], { method: 'REML', test: 'knha' });
    expect(one).toMatchObject({ k: 1, tau2: 0, test: 'z', df: null, QE: 0, QEp: 1 });
    expect(one.se).toBeCloseTo(0.2, 12);
  });

  it('refuses data it cannot pool', () => {
    expect(() => rma([0.1, 0.2], [0.01])).toThrow(MetaAnalysisError);
    expect(() => rma([0.1, Number.NaN], [0.01, 0.02])).toThrow(/finite/);
    expect(() => trimfill([0.1, 0.2], [0.01, 0.02])).toThrow(/at least 3/);
  });

  it('pools quickly enough for the 10,000-analysis benchmark', () => {
    const started = performance.now();
    for (let r = 0; r < 1000; r++) rma(yi.slice(0, 10), vi.slice(0, 10), { test: 'knha' });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
