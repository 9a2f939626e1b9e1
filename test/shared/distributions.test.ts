// The distribution functions against R's own pnorm/qnorm/pt/qt/pchisq/lgamma values
// (test/fixtures/metafor/distributions.json, written by make.R).
import { describe, expect, it } from 'vitest';
import { dnorm, dt, lgamma, pchisq, pnorm, pt, qnorm, qt } from '../../shared/analysis/distributions';
import { readJson } from '../helpers/metafor-fixtures';

type Columns = Record<string, number[]>;
interface DistributionFixture {
  values: { pnorm: Columns; qnorm: Columns; pt: Columns; qt: Columns; pchisq: Columns; lgamma: Columns };
}
const { values } = readJson<DistributionFixture>('distributions.json');

/**
 * Stricter than the 1e-6 of the pooled results: 1e-12 relative. The absolute floor lets R's
 * underflow to 0 (pnorm(-38)) and lgamma's zeros at 1 and 2 be met by a value within rounding.
 */
function mismatches(actual: number[], expected: number[], absolute = 1e-300): string[] {
  expect(actual).toHaveLength(expected.length);
  return expected.flatMap((e, i) => {
    const a = actual[i] as number;
    return Math.abs(a - e) <= 1e-12 * Math.abs(e) + absolute ? [] : [`[${i}] ${a} vs R ${e}`];
  });
}

const col = (c: Columns, name: string): number[] => c[name] as number[];

describe('normal distribution', () => {
  const x = col(values.pnorm, 'x');
  const p = col(values.qnorm, 'p');

  it('pnorm agrees with R in both tails', () => {
    expect(
      mismatches(
        x.map((v) => pnorm(v)),
        col(values.pnorm, 'lower'),
      ),
    ).toEqual([]);
    expect(
      mismatches(
        x.map((v) => pnorm(v, false)),
        col(values.pnorm, 'upper'),
      ),
    ).toEqual([]);
  });

  it('qnorm agrees with R in both tails, down to p = 1e-300', () => {
    expect(
      mismatches(
        p.map((v) => qnorm(v)),
        col(values.qnorm, 'lower'),
        1e-14,
      ),
    ).toEqual([]);
    expect(
      mismatches(
        p.map((v) => qnorm(v, false)),
        col(values.qnorm, 'upper'),
        1e-14,
      ),
    ).toEqual([]);
  });

  it('qnorm inverts pnorm, and the density is the slope of pnorm', () => {
    for (const v of [-7, -2, -0.3, 0.8, 3]) {
      expect(qnorm(pnorm(v))).toBeCloseTo(v, 10);
      expect((pnorm(v + 1e-6) - pnorm(v - 1e-6)) / 2e-6).toBeCloseTo(dnorm(v), 8);
    }
  });

  it('has the limits and refusals of R', () => {
    expect(qnorm(0)).toBe(-Infinity);
    expect(qnorm(1)).toBe(Infinity);
    expect(qnorm(0, false)).toBe(Infinity);
    expect(qnorm(1.5)).toBeNaN();
    expect(pnorm(Number.NaN)).toBeNaN();
    expect(pnorm(-Infinity)).toBe(0);
    expect(pnorm(Infinity)).toBe(1);
  });
});

describe('t distribution', () => {
  it('pt agrees with R for 1 to 1000 degrees of freedom', () => {
    const t = col(values.pt, 't');
    const df = col(values.pt, 'df');
    expect(
      mismatches(
        t.map((v, i) => pt(v, df[i] as number)),
        col(values.pt, 'lower'),
      ),
    ).toEqual([]);
    expect(
      mismatches(
        t.map((v, i) => pt(v, df[i] as number, false)),
        col(values.pt, 'upper'),
      ),
    ).toEqual([]);
  });

  it('qt agrees with R for 1 to 1000 degrees of freedom', () => {
    const p = col(values.qt, 'p');
    const df = col(values.qt, 'df');
    expect(
      mismatches(
        p.map((v, i) => qt(v, df[i] as number)),
        col(values.qt, 'lower'),
        1e-14,
      ),
    ).toEqual([]);
    expect(
      mismatches(
        p.map((v, i) => qt(v, df[i] as number, false)),
        col(values.qt, 'upper'),
        1e-14,
      ),
    ).toEqual([]);
  });

  it('qt inverts pt and dt is the slope of pt', () => {
    for (const df of [1, 2, 3, 9, 40]) {
      for (const v of [-4, -0.7, 0.2, 2.5]) {
        expect(qt(pt(v, df), df)).toBeCloseTo(v, 9);
        expect((pt(v + 1e-6, df) - pt(v - 1e-6, df)) / 2e-6).toBeCloseTo(dt(v, df), 8);
      }
    }
    expect(pt(1, 0)).toBeNaN();
    expect(qt(0.5, 7)).toBe(0);
  });
});

describe('chi-square distribution and log gamma', () => {
  it('pchisq agrees with R for 1 to 150 degrees of freedom', () => {
    const x = col(values.pchisq, 'x');
    const df = col(values.pchisq, 'df');
    expect(
      mismatches(
        x.map((v, i) => pchisq(v, df[i] as number)),
        col(values.pchisq, 'lower'),
      ),
    ).toEqual([]);
    expect(
      mismatches(
        x.map((v, i) => pchisq(v, df[i] as number, false)),
        col(values.pchisq, 'upper'),
      ),
    ).toEqual([]);
    expect(pchisq(0, 3, false)).toBe(1);
  });

  it('lgamma agrees with R from 1e-8 to 1e6', () => {
    expect(mismatches(col(values.lgamma, 'x').map(lgamma), col(values.lgamma, 'value'), 1e-14)).toEqual([]);
    expect(lgamma(0)).toBeNaN();
  });
});
