// One-way sensitivity (the tornado) and histogram bins, with worked examples computed by hand.
import { describe, expect, it } from 'vitest';
import { histogram, oneWaySensitivity } from '../../shared/analysis/costs/sensitivity';
import { parsePriceIndexPaste } from '../../shared/model/value';

describe('one-way sensitivity', () => {
  // NPV = effect × 1000 − cost: a model whose swings can be worked out on paper.
  const model = (v: Readonly<Record<'effect' | 'cost', number>>) => v.effect * 1000 - v.cost;
  const base = { effect: 0.2, cost: 150 };

  it('sets one input at a time to each end of its range, the others at base, largest swing first', () => {
    const rows = oneWaySensitivity(
      base,
      [
        { key: 'cost', low: 100, high: 300 },
        { key: 'effect', low: 0.1, high: 0.5 },
      ],
      model,
    );
    // effect: 0.1 × 1000 − 150 = −50;  0.5 × 1000 − 150 = 350;  swing |350 − (−50)| = 400
    // cost:   0.2 × 1000 − 100 = 100;  0.2 × 1000 − 300 = −100; swing |−100 − 100| = 200
    expect(rows).toEqual([
      { key: 'effect', base: 0.2, low: 0.1, high: 0.5, outputAtLow: -50, outputAtHigh: 350, swing: 400 },
      { key: 'cost', base: 150, low: 100, high: 300, outputAtLow: 100, outputAtHigh: -100, swing: 200 },
    ]);
  });

  it('keeps the given order for equal swings and gives a fixed input no swing', () => {
    const rows = oneWaySensitivity(
      base,
      [
        { key: 'cost', low: 150, high: 150 },
        { key: 'effect', low: 0.2, high: 0.2 },
      ],
      model,
    );
    expect(rows.map((r) => [r.key, r.swing])).toEqual([
      ['cost', 0],
      ['effect', 0],
    ]);
  });

  it('refuses a range whose ends are the wrong way round', () => {
    expect(() => oneWaySensitivity(base, [{ key: 'cost', low: 300, high: 100 }], model)).toThrow(
      /low ≤ high/,
    );
  });
});

describe('histogram', () => {
  it('counts values into equal bins, the last bin closed, with what falls outside', () => {
    // Bins of width (10 − 0)/4 = 2.5: [0, 2.5) [2.5, 5) [5, 7.5) [7.5, 10]; −1 below, 11 above.
    const h = histogram([-1, 0, 2.4, 2.5, 5, 9.99, 10, 11], 4, 0, 10);
    expect(h.bins).toEqual([
      { lower: 0, upper: 2.5, count: 2 },
      { lower: 2.5, upper: 5, count: 1 },
      { lower: 5, upper: 7.5, count: 1 },
      { lower: 7.5, upper: 10, count: 2 },
    ]);
    expect([h.below, h.above]).toEqual([1, 1]);
  });

  it('puts identical values in one bin of zero width', () => {
    expect(histogram([3, 3, 3], 30, 3, 3)).toEqual({
      bins: [{ lower: 3, upper: 3, count: 3 }],
      below: 0,
      above: 0,
    });
  });
});

describe('pasting a price index', () => {
  it('reads financial years, calendar years and spreadsheet separators, skipping a header', () => {
    expect(
      parsePriceIndexPaste('Financial year\tIndex\n2015-16\t98.1\n2016/17, 100\n\n2017 1,102.5\n'),
    ).toEqual({
      ok: true,
      rows: [
        { year: 2015, value: 98.1 },
        { year: 2016, value: 100 },
        { year: 2017, value: 1102.5 },
      ],
    });
  });

  it('names the line it cannot read, and refuses a year given twice', () => {
    expect(parsePriceIndexPaste('2015 98\nnext year 99')).toEqual({
      ok: false,
      line: 2,
      message: 'line 2: expected a year and an index value',
    });
    expect(parsePriceIndexPaste('2015 98\n2015-16 99')).toMatchObject({ ok: false, line: 2 });
    expect(parsePriceIndexPaste('2015 98')).toMatchObject({
      ok: false,
      message: 'paste at least two years of the index',
    });
  });
});
