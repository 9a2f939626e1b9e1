// One-way sensitivity analysis, drawn as a tornado chart: each input in turn is set to the low and
// the high end of its range with every other input at its base value, and the output recomputed.
// The inputs whose ranges move the output most come first.

export interface SensitivityRange<K extends string> {
  key: K;
  low: number;
  high: number;
}

export interface SensitivityRow<K extends string> {
  key: K;
  base: number;
  low: number;
  high: number;
  outputAtLow: number;
  outputAtHigh: number;
  /** |outputAtHigh − outputAtLow|. */
  swing: number;
}

/**
 * For each range, the model's output at its low and high end with every other input at `base`.
 * Rows are sorted by swing, largest first; equal swings keep the order the ranges were given in.
 */
export function oneWaySensitivity<K extends string>(
  base: Readonly<Record<K, number>>,
  ranges: readonly SensitivityRange<K>[],
  model: (inputs: Readonly<Record<K, number>>) => number,
): SensitivityRow<K>[] {
  const rows = ranges.map((r) => {
    if (!(r.low <= r.high)) {
      throw new RangeError(`The range of ${r.key} must have low ≤ high (got ${r.low}, ${r.high}).`);
    }
    const outputAtLow = model({ ...base, [r.key]: r.low });
    const outputAtHigh = model({ ...base, [r.key]: r.high });
    return {
      key: r.key,
      base: base[r.key],
      low: r.low,
      high: r.high,
      outputAtLow,
      outputAtHigh,
      swing: Math.abs(outputAtHigh - outputAtLow),
    };
  });
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => b.row.swing - a.row.swing || a.i - b.i)
    .map(({ row }) => row);
}

export interface HistogramBins {
  bins: { lower: number; upper: number; count: number }[];
  /** Values below the first bin and above the last. */
  below: number;
  above: number;
}

/**
 * Counts values into `count` equal bins spanning [lower, upper]: each bin holds [its lower edge, its
 * upper edge), the last one includes `upper`. When lower = upper there is one bin of zero width.
 */
export function histogram(
  values: ArrayLike<number>,
  count: number,
  lower: number,
  upper: number,
): HistogramBins {
  if (!Number.isInteger(count) || count < 1) {
    throw new RangeError(`A histogram needs a whole number of bins, at least 1 (got ${count}).`);
  }
  if (!(lower <= upper)) throw new RangeError(`A histogram needs lower ≤ upper (got ${lower}, ${upper}).`);
  const n = lower === upper ? 1 : count;
  const width = (upper - lower) / n;
  const bins = Array.from({ length: n }, (_, i) => ({
    lower: lower + i * width,
    upper: i === n - 1 ? upper : lower + (i + 1) * width,
    count: 0,
  }));
  let below = 0;
  let above = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v < lower) below++;
    else if (v > upper) above++;
    else {
      const bin = bins[width === 0 ? 0 : Math.min(n - 1, Math.floor((v - lower) / width))];
      if (bin !== undefined) bin.count++;
    }
  }
  return { bins, below, above };
}
