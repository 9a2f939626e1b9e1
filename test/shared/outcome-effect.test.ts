// Outcome results to standardised effects, checked against metafor's escalc (values printed by
// R 4 / metafor 3.8 for the same inputs, quoted with the call that produced them).
import { describe, expect, it } from 'vitest';
import { NO_STATISTICS, type OutcomeStatistics } from '../../shared/model/catalogue';
import { type OutcomeResultInput, standardisedEffect } from '../../shared/analysis/outcome-effect';
import { translateEffect } from '../../shared/analysis/translate';

const result = (
  dataType: OutcomeResultInput['dataType'],
  stats: Partial<OutcomeStatistics>,
  higherIsBetter = true,
) => standardisedEffect({ dataType, higherIsBetter, stats: { ...NO_STATISTICS, ...stats } });
const close = (actual: number | undefined, expected: number) => expect(actual).toBeCloseTo(expected, 9);
const SQRT3_PI = Math.sqrt(3) / Math.PI;

describe('standardisedEffect', () => {
  it("gives Hedges' g from means, SDs and ns", () => {
    // escalc("SMD", m1i=88.5, sd1i=9.1, n1i=60, m2i=84.0, sd2i=10.2, n2i=60)
    const e = result('continuous', { m1: 88.5, sd1: 9.1, n1: 60, m2: 84, sd2: 10.2, n2: 60 });
    if (!e.ok) throw new Error(e.reason);
    close(e.yi, 0.4625992447218026);
    close(e.vi, 0.0342249919217383);
    close(e.ciLower, 0.4625992447218026 - 1.959963984540054 * Math.sqrt(0.0342249919217383));
    expect(e.derivation.directionFlipped).toBe(false);
    expect(e.derivation.inputs.map((i) => i.name)).toEqual(['m1', 'sd1', 'n1', 'm2', 'sd2', 'n2']);
  });

  it('converts event counts through the log odds ratio, oriented so fewer bad events is positive', () => {
    // escalc("OR", ai=6, n1i=60, ci=11, n2i=60): yi -0.703299552023963, vi 0.296502439359582
    const e = result('binary', { events1: 6, total1: 60, events2: 11, total2: 60 }, false);
    if (!e.ok) throw new Error(e.reason);
    close(e.yi, 0.703299552023963 * SQRT3_PI);
    close(e.vi, (0.296502439359582 * 3) / Math.PI ** 2);
    expect(e.derivation.directionFlipped).toBe(true);
    close(e.derivation.steps.find((s) => s.name === 'ln OR')?.value, -0.703299552023963);
  });

  it('adds ½ to every cell of a table with a zero cell', () => {
    // escalc("OR", ai=0, n1i=40, ci=5, n2i=40): yi -2.52966455042949, vi 2.23467855392738
    const e = result('binary', { events1: 0, total1: 40, events2: 5, total2: 40 });
    if (!e.ok) throw new Error(e.reason);
    close(e.yi, -2.52966455042949 * SQRT3_PI);
    close(e.vi, (2.23467855392738 * 3) / Math.PI ** 2);
  });

  it('gives g from a t statistic, and from a reported d with group sizes', () => {
    // escalc("SMD", ti=2.1, n1i=40, n2i=42) and escalc("SMD", di=0.35, n1i=50, n2i=45)
    const fromT = result('t-statistic', { t: 2.1, n1: 40, n2: 42 });
    const fromD = result('effect', { effectType: 'd', effectValue: 0.35, n1: 50, n2: 45 });
    if (!fromT.ok || !fromD.ok) throw new Error('expected effects');
    close(fromT.yi, 0.4595849720603911);
    close(fromT.vi, 0.0500974405567418);
    close(fromD.yi, 0.3471685367180232);
    close(fromD.vi, 0.0428565695532061);
  });

  it('recovers the SE of a reported odds ratio from its confidence interval on the log scale', () => {
    // ln(0.8) = -0.22314355131421; SE = (ln 1.03 − ln 0.62) / (2·qnorm(0.975)) = 0.129490798603542
    const e = result('effect', { effectType: 'OR', effectValue: 0.8, ciLower: 0.62, ciUpper: 1.03 }, false);
    if (!e.ok) throw new Error(e.reason);
    close(e.yi, 0.12302548766655921);
    close(e.vi, 0.00509682037138156);
  });

  it('says why a result cannot be standardised', () => {
    expect(
      result('effect', { effectType: 'RR', effectValue: 0.8, ciLower: 0.6, ciUpper: 1.1 }),
    ).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/risk ratio cannot be put on the standardised scale/),
    });
    expect(result('effect', { effectType: 'd', effectValue: 0.3 })).toMatchObject({
      ok: false,
      reason: 'The reported d needs group sizes, an SE, a confidence interval or a p value.',
    });
    expect(result('continuous', { m1: 1, sd1: 0, n1: 5, m2: 1, sd2: 0, n2: 5 })).toMatchObject({ ok: false });
    expect(result('binary', { events1: 0, total1: 5, events2: 0, total2: 5 })).toMatchObject({ ok: true });
  });
});

describe('translateEffect', () => {
  it('turns a beneficial effect on an outcome to reduce into fewer events and an NNT', () => {
    // p0 = 0.4, g = 0.2: OR = exp(−0.2·π/√3); values from R
    const t = translateEffect({ effect: 0.2, baselineRate: 0.4, higherIsBetter: false });
    close(t.oddsRatio, 0.695753482744873);
    close(t.interventionRate, 0.316863203548298);
    close(t.relativeChange, -0.207841991129255);
    close(t.nnt ?? NaN, 12.028368215762862);
  });

  it('turns a beneficial effect on an outcome to increase into more events', () => {
    const t = translateEffect({ effect: 0.3, baselineRate: 0.7, higherIsBetter: true });
    close(t.interventionRate, 0.800821659739824);
    close(t.relativeChange, 0.144030942485463);
    close(t.nnt ?? NaN, 9.918503648725466);
  });

  it('has no number needed to treat for a harmful effect, and refuses impossible baselines', () => {
    expect(translateEffect({ effect: -0.1, baselineRate: 0.3, higherIsBetter: false }).nnt).toBeNull();
    expect(() => translateEffect({ effect: 0.1, baselineRate: 1, higherIsBetter: false })).toThrow(
      RangeError,
    );
  });
});
