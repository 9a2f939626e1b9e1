// Brings an amount from one price year to another with a price index (the GDP deflator by default,
// domain.md), so costs and unit costs recorded in different years can be added and compared.

/**
 * A price index series, year → index value (any base year: only ratios are used). Years are
 * calendar or the first year of a financial year (2015 for 2015/16), as the library records them.
 */
export type PriceIndex = Readonly<Record<number, number>>;

/** Thrown when the index has no usable value for a year a conversion needs; names that year. */
export class MissingPriceIndexError extends RangeError {
  override readonly name = 'MissingPriceIndexError';

  constructor(
    readonly year: number,
    message: string,
  ) {
    super(message);
  }
}

/** The years the series covers, ascending, for messages. */
function coveredYears(index: PriceIndex): number[] {
  return Object.keys(index)
    .map(Number)
    .filter((y) => Number.isFinite(y))
    .sort((a, b) => a - b);
}

function coverage(index: PriceIndex): string {
  const years = coveredYears(index);
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) return 'the price index is empty';
  return first === last ? `the price index covers only ${first}` : `the price index covers ${first}–${last}`;
}

/** The index value for one year; throws MissingPriceIndexError naming the year if it is absent or unusable. */
export function priceIndexValue(index: PriceIndex, year: number): number {
  const value = index[year];
  if (value === undefined) {
    throw new MissingPriceIndexError(year, `No price index value for ${year} (${coverage(index)}).`);
  }
  if (!Number.isFinite(value) || value <= 0) {
    throw new MissingPriceIndexError(
      year,
      `The price index value for ${year} must be a positive number (got ${value}).`,
    );
  }
  return value;
}

/**
 * The factor index[to] / index[from] that takes fromYear prices to toYear prices; exactly 1 when the
 * years are the same, without consulting the index (so single-year data needs no index at all).
 */
export function priceYearFactor(fromYear: number, toYear: number, index: PriceIndex): number {
  if (fromYear === toYear) return 1;
  return priceIndexValue(index, toYear) / priceIndexValue(index, fromYear);
}

/** amount × index[to] / index[from]: the amount in fromYear prices expressed in toYear prices. */
export function convertPriceYear(
  amount: number,
  fromYear: number,
  toYear: number,
  index: PriceIndex,
): number {
  if (!Number.isFinite(amount))
    throw new RangeError(`The amount to convert must be a number (got ${amount}).`);
  return amount * priceYearFactor(fromYear, toYear, index);
}
