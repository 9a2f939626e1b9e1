// The shared display formats: every screen and brief relies on these printing figures the same way.
import { describe, expect, it } from 'vitest';
import {
  NO_VALUE,
  formatAgeRange,
  formatCostWithPriceYear,
  formatCount,
  formatEffect,
  formatEffectInterval,
  formatFileSize,
  formatInteger,
  formatInterval,
  formatList,
  formatMoney,
  formatMoneyRange,
  formatMonths,
  formatNumber,
  formatPartialDate,
  formatPercent,
  formatPriceYear,
  formatPValue,
  formatShortList,
  formatStatistic,
  formatWeeks,
} from '../../shared/format';

describe('numbers', () => {
  it('groups thousands the British way', () => {
    expect(formatInteger(6000)).toBe('6,000');
    expect(formatInteger(1234567.8)).toBe('1,234,568');
    expect(formatNumber(1234.5678)).toBe('1,234.57');
    expect(formatNumber(2, { minimumFractionDigits: 1 })).toBe('2.0');
  });

  it('shows a dash for unknown values', () => {
    expect(formatInteger(null)).toBe(NO_VALUE);
    expect(formatNumber(undefined)).toBe(NO_VALUE);
    expect(formatNumber(Number.NaN)).toBe(NO_VALUE);
    expect(formatStatistic(Number.POSITIVE_INFINITY)).toBe(NO_VALUE);
  });

  it('prints statistics as reported, without padding', () => {
    expect(formatStatistic(5.1)).toBe('5.1');
    expect(formatStatistic(0.0321)).toBe('0.0321');
    expect(formatStatistic(-0.25)).toBe('-0.25');
    expect(formatStatistic(180)).toBe('180');
    expect(formatStatistic(0.123456)).toBe('0.1235');
  });

  it('prints p values and intervals', () => {
    expect(formatPValue(0.032)).toBe('p = 0.032');
    expect(formatPValue(0.00001)).toBe('p < 0.0001');
    expect(formatPValue(null)).toBe(NO_VALUE);
    expect(formatInterval(0.41, 0.93)).toBe('0.41 to 0.93');
    expect(formatInterval(-0.4, -0.1)).toBe('-0.4 to -0.1');
    expect(formatInterval(0.41, null)).toBe(NO_VALUE);
  });

  it('prints effect sizes and their intervals at a fixed precision, never as -0.00', () => {
    expect(formatEffect(0.2)).toBe('0.20');
    expect(formatEffect(-0.046)).toBe('-0.05');
    expect(formatEffect(-0.001)).toBe('0.00');
    expect(formatEffect(0.12345, 3)).toBe('0.123');
    expect(formatEffect(null)).toBe(NO_VALUE);
    expect(formatEffectInterval(-0.052, 0.29)).toBe('-0.05 to 0.29');
    expect(formatEffectInterval(0.1, undefined)).toBe(NO_VALUE);
  });
});

describe('money', () => {
  it('prints pounds with grouping and pence only where they matter', () => {
    expect(formatMoney(1240)).toBe('£1,240');
    expect(formatMoney(37.5)).toBe('£37.50');
    expect(formatMoney(37)).toBe('£37');
    expect(formatMoney(1240.4)).toBe('£1,240');
    expect(formatMoney(0)).toBe('£0');
    expect(formatMoney(-12.5)).toBe('-£12.50');
  });

  it('respects the pence option', () => {
    expect(formatMoney(37.5, 'GBP', { pence: 'never' })).toBe('£38');
    expect(formatMoney(1240, 'GBP', { pence: 'always' })).toBe('£1,240.00');
  });

  it('prints millions and billions compactly when asked', () => {
    expect(formatMoney(4_700_000, 'GBP', { compact: true })).toBe('£4.7m');
    expect(formatMoney(1_200_000_000, 'GBP', { compact: true })).toBe('£1.2bn');
    expect(formatMoney(950_000, 'GBP', { compact: true })).toBe('£950,000');
    expect(formatMoney(4_700_000)).toBe('£4,700,000');
  });

  it('prints other currencies by symbol or code', () => {
    expect(formatMoney(100, 'EUR')).toBe('€100');
    expect(formatMoney(100, 'SEK')).toBe('SEK 100');
  });

  it('prints ranges, price years and costs with their price year', () => {
    expect(formatMoneyRange(1000, 1500)).toBe('£1,000–£1,500');
    expect(formatMoneyRange(1000, 1000)).toBe('£1,000');
    expect(formatMoneyRange(null, 1000)).toBe(NO_VALUE);
    expect(formatPriceYear(2009)).toBe('2009 prices');
    expect(formatCostWithPriceYear({ amount: 1240, currency: 'GBP', priceYear: 2009 })).toBe(
      '£1,240 (2009 prices)',
    );
    expect(formatCostWithPriceYear(null)).toBe(NO_VALUE);
  });
});

describe('percentages, ages and counts', () => {
  it('prints proportions as percentages', () => {
    expect(formatPercent(0.8)).toBe('80%');
    expect(formatPercent(0.1234, 1)).toBe('12.3%');
    expect(formatPercent(null)).toBe(NO_VALUE);
  });

  it('prints age ranges with open ends in words', () => {
    expect(formatAgeRange(12, 18)).toBe('12–18');
    expect(formatAgeRange(14, 14)).toBe('14');
    expect(formatAgeRange(10, null)).toBe('10 and over');
    expect(formatAgeRange(null, 17)).toBe('up to 17');
    expect(formatAgeRange(null, null)).toBe(NO_VALUE);
  });

  it('pairs counts with the right noun', () => {
    expect(formatCount(1, 'intervention')).toBe('1 intervention');
    expect(formatCount(29, 'intervention')).toBe('29 interventions');
    expect(formatCount(0, 'study', 'studies')).toBe('0 studies');
    expect(formatCount(12000, 'row')).toBe('12,000 rows');
  });

  it('prints durations', () => {
    expect(formatMonths(1)).toBe('1 month');
    expect(formatMonths(12)).toBe('12 months');
    expect(formatWeeks(50)).toBe('50 weeks');
    expect(formatWeeks(null)).toBe(NO_VALUE);
  });
});

describe('dates, sizes and lists', () => {
  it('prints partial ISO dates in words', () => {
    expect(formatPartialDate('2009')).toBe('2009');
    expect(formatPartialDate('2012-11')).toBe('November 2012');
    expect(formatPartialDate('2009-04-01')).toBe('1 April 2009');
    expect(formatPartialDate(null)).toBe(NO_VALUE);
    expect(formatPartialDate('soon')).toBe('soon');
  });

  it('prints file sizes in binary units', () => {
    expect(formatFileSize(512)).toBe('512 bytes');
    expect(formatFileSize(1)).toBe('1 byte');
    expect(formatFileSize(200_704)).toBe('196 KB');
    expect(formatFileSize(1_258_291)).toBe('1.2 MB');
  });

  it('prints lists in prose and in short', () => {
    expect(formatList(['Lambeth', 'Southwark', 'Hackney'])).toBe('Lambeth, Southwark and Hackney');
    expect(formatShortList(['Lambeth', 'Southwark', 'Hackney', 'Brent', 'Camden'])).toBe(
      'Lambeth, Southwark +3',
    );
    expect(formatShortList(['Lambeth'])).toBe('Lambeth');
    expect(formatShortList([])).toBe(NO_VALUE);
  });
});
