// A form's figures become the evidence engine's statistics only when complete and valid.
import { describe, expect, it } from 'vitest';
import { standardisedEffect } from '../../shared/analysis/outcome-effect';
import { NO_STATISTICS } from '../../shared/model/catalogue';
import { completeStatistics, statisticsOf } from '../../shared/model/outcome-statistics';

describe('completeStatistics', () => {
  it('is null while a figure is missing or breaks a rule (events above the total)', () => {
    expect(completeStatistics('continuous', { m1: 10, sd1: 2, n1: 20, m2: 9, sd2: 2 })).toBeNull();
    expect(completeStatistics('binary', { events1: 12, total1: 10, events2: 3, total2: 10 })).toBeNull();
    expect(completeStatistics('effect', { type: 'd', value: 0.3, ciLower: 0.5, ciUpper: 0.1 })).toBeNull();
  });

  it('flattens complete figures as the library stores them', () => {
    expect(completeStatistics('effect', { type: 'OR', value: 0.8, ciLower: 0.6, ciUpper: 1.1 })).toEqual({
      ...NO_STATISTICS,
      effectType: 'OR',
      effectValue: 0.8,
      ciLower: 0.6,
      ciUpper: 1.1,
    });
    const means = { m1: 12, sd1: 3, n1: 40, m2: 10, sd2: 3.5, n2: 38 };
    const stats = completeStatistics('continuous', means);
    expect(stats).toEqual(statisticsOf({ dataType: 'continuous', stats: means }));
    // Hedges' g for these means: s_pooled = 3.2530, d = 0.6148, J = 0.9901, g = 0.6087.
    const effect =
      stats === null ? null : standardisedEffect({ dataType: 'continuous', higherIsBetter: true, stats });
    expect(effect).toMatchObject({ ok: true, yi: expect.closeTo(0.6087, 4) });
  });
});
