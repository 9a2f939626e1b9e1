// Effect sizes against metafor's escalc (every request fixture made by make.R) and the
// conversions and SE recoveries against conversions.json.
import { describe, expect, it } from 'vitest';
import {
  binaryEffects,
  cellsFromTotals,
  dToLogOr,
  escalc,
  hedgesCorrection,
  logOrToD,
  orientEffect,
  seFromCi,
  seFromP,
  smdFromD,
  type EscalcInput,
  type Measure,
  type ZeroCellRule,
} from '../../shared/analysis/effect-sizes';
import {
  differences,
  metaforFixtures,
  readJson,
  type Json,
  type MetaforFixture,
} from '../helpers/metafor-fixtures';

const nums = (request: MetaforFixture['request'], field: string): number[] => request[field] as number[];

/** The input set a fixture's request gives, as escalc takes it (cli.md's rules). */
function inputOf(request: MetaforFixture['request']): EscalcInput {
  const has = (f: string) => request[f] !== undefined;
  const n = (f: string) => nums(request, f);
  if (has('yi')) return { kind: 'precomputed', yi: n('yi'), vi: n('vi') };
  if (has('m1i')) {
    return {
      kind: 'means',
      m1i: n('m1i'),
      sd1i: n('sd1i'),
      n1i: n('n1i'),
      m2i: n('m2i'),
      sd2i: n('sd2i'),
      n2i: n('n2i'),
    };
  }
  if (has('ti')) return { kind: 't', ti: n('ti'), n1i: n('n1i'), n2i: n('n2i') };
  if (has('bi')) return { kind: 'cells', ai: n('ai'), bi: n('bi'), ci: n('ci'), di: n('di') };
  if (has('ai')) return { kind: 'totals', ai: n('ai'), n1i: n('n1i'), ci: n('ci'), n2i: n('n2i') };
  return { kind: 'd', di: n('di'), n1i: n('n1i'), n2i: n('n2i') };
}

function ruleOf(request: MetaforFixture['request']): ZeroCellRule {
  return {
    add: (request.add as number | undefined) ?? 0.5,
    to: (request.to as ZeroCellRule['to'] | undefined) ?? 'only0',
    drop00: (request.drop00 as boolean | undefined) ?? false,
  };
}

describe('escalc against metafor', () => {
  const fixtures = metaforFixtures().filter((f) => f.result.escalc !== undefined);

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const measure = (fixture.request.measure as Measure | undefined) ?? 'GEN';
    const ours = escalc(measure, inputOf(fixture.request), ruleOf(fixture.request));
    expect(differences(ours, fixture.result.escalc as Json)).toEqual([]);
  });

  it('covers every input set and zero-cell rule of cli.md', () => {
    const kinds = new Set(fixtures.map((f) => inputOf(f.request).kind));
    expect([...kinds].sort()).toEqual(['cells', 'd', 'means', 'precomputed', 't', 'totals']);
    const rules = new Set(fixtures.map((f) => ruleOf(f.request).to));
    expect([...rules].sort()).toEqual(['all', 'if0all', 'none', 'only0']);
  });
});

describe("Hedges' correction", () => {
  it("is metafor's g / d for reported Cohen's d", () => {
    const fixture = metaforFixtures().find((f) => f.name === 'smd-from-d-reml') as MetaforFixture;
    const d = nums(fixture.request, 'di');
    const g = (fixture.result.escalc as { yi: number[] }).yi;
    d.forEach((di, i) => {
      const m = nums(fixture.request, 'n1i')[i]! + nums(fixture.request, 'n2i')[i]! - 2;
      expect(hedgesCorrection(m)).toBeCloseTo(g[i]! / di, 12);
    });
  });

  it('stays finite for large samples and is undefined for m <= 1', () => {
    expect(hedgesCorrection(1e7)).toBeLessThan(1);
    expect(hedgesCorrection(1e7)).toBeGreaterThan(1 - 1e-6);
    expect(hedgesCorrection(1)).toBeNaN();
    expect(smdFromD(0.5, 1, 1).yi).toBeNaN();
  });
});

describe('zero cells', () => {
  const tables = [
    cellsFromTotals(0, 20, 3, 20),
    cellsFromTotals(4, 30, 9, 30),
    cellsFromTotals(0, 15, 0, 15),
  ];

  it("adds to the zero-cell studies only with to = 'only0', and to all with 'if0all'", () => {
    const only0 = binaryEffects('OR', tables);
    const none = binaryEffects('OR', tables, { add: 0.5, to: 'none', drop00: false });
    const all = binaryEffects('OR', tables, { add: 0.5, to: 'if0all', drop00: false });
    expect(only0.yi[1]).toBe(none.yi[1]);
    expect(only0.yi[0]).not.toBe(none.yi[0]);
    expect(all.yi[1]).not.toBe(none.yi[1]);
    expect(only0.yi[2]).toBe(0);
  });

  it('drops double-zero studies only with drop00', () => {
    expect(binaryEffects('RR', tables, { add: 0.5, to: 'only0', drop00: true }).yi[2]).toBeNull();
    expect(binaryEffects('RD', tables).yi[2]).toBe(0);
  });
});

interface Conversions {
  values: {
    logOrToD: { yi: number[]; vi: number[]; d: number[]; vd: number[] };
    dToLogOr: { d: number[]; vd: number[]; yi: number[]; vi: number[] };
    seFromRatioCi: { lower: number[]; upper: number[]; se: number[] };
    seFromCi90: { lower: number[]; upper: number[]; se: number[] };
    seFromP: { yi: number[]; p: number[]; se: number[] };
  };
}

describe('conversions against metafor and R', () => {
  const { values } = readJson<Conversions>('conversions.json');

  it("log OR to d is metafor's OR2DL (Hasselblad & Hedges)", () => {
    const c = values.logOrToD;
    const ours = c.yi.map((y, i) => logOrToD(y, c.vi[i]!));
    expect(
      differences({ d: ours.map((e) => e.yi), vd: ours.map((e) => e.vi) }, { d: c.d, vd: c.vd }),
    ).toEqual([]);
  });

  it("d to log OR is metafor's D2ORL", () => {
    const c = values.dToLogOr;
    const ours = c.d.map((d, i) => dToLogOr(d, c.vd[i]!));
    expect(
      differences({ yi: ours.map((e) => e.yi), vi: ours.map((e) => e.vi) }, { yi: c.yi, vi: c.vi }),
    ).toEqual([]);
  });

  it('recovers the SE from a ratio CI on the log scale, and from a CI at another level', () => {
    const r = values.seFromRatioCi;
    expect(
      differences(
        r.lower.map((l, i) => seFromCi(l, r.upper[i]!, { ratio: true })),
        r.se,
      ),
    ).toEqual([]);
    const c = values.seFromCi90;
    expect(
      differences(
        c.lower.map((l, i) => seFromCi(l, c.upper[i]!, { ratio: false, level: 90 })),
        c.se,
      ),
    ).toEqual([]);
  });

  it('recovers the SE from an estimate and its two-sided p value', () => {
    const c = values.seFromP;
    expect(
      differences(
        c.yi.map((y, i) => seFromP(y, c.p[i]!)),
        c.se,
      ),
    ).toEqual([]);
  });
});

describe('direction', () => {
  const { yi, vi } = readJson<Conversions>('conversions.json').values.logOrToD;

  it('flips the sign (inverting ratios) when higher is worse, and never the variance', () => {
    yi.forEach((y, i) => {
      const effect = { yi: y, vi: vi[i]! };
      expect(orientEffect(effect, true)).toEqual({ ...effect, flipped: false });
      const flipped = orientEffect(effect, false);
      expect(flipped).toEqual({ yi: -y, vi: vi[i], flipped: true });
      expect(Math.exp(flipped.yi)).toBeCloseTo(1 / Math.exp(y), 12);
    });
  });
});
