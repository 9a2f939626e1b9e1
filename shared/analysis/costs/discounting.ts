// Present values of amounts that fall in different years (HM Treasury Green Book), so a programme's
// multi-year costs and the benefits that follow it can be set against each other.
//
// Convention: year 0 is the first year of the programme and is not discounted; an amount in year t
// is multiplied by 1/(1+r)^t. One constant rate is used for every year: the Green Book's 3.5% holds
// for years 0–30, and the streams here (delivery years plus follow-up) are far shorter, so its lower
// long-term rates (3.0% from year 31) are not applied.

/** The Green Book's standard social time preference rate, 3.5% a year. */
export const GREEN_BOOK_DISCOUNT_RATE = 0.035;

function checkRate(rate: number): void {
  if (!Number.isFinite(rate) || rate <= -1) {
    throw new RangeError(`The discount rate must be a number above −100% (got ${rate}).`);
  }
}

/** The discount factor 1/(1+r)^t for an amount t years after year 0. */
export function discountFactor(year: number, rate: number = GREEN_BOOK_DISCOUNT_RATE): number {
  checkRate(rate);
  if (!Number.isFinite(year) || year < 0) {
    throw new RangeError(`The year must be 0 (undiscounted) or later (got ${year}).`);
  }
  return 1 / (1 + rate) ** year;
}

/** Σ amounts[t] / (1+r)^t: the present value of a yearly stream whose first element is year 0. */
export function presentValue(amounts: readonly number[], rate: number = GREEN_BOOK_DISCOUNT_RATE): number {
  checkRate(rate);
  let total = 0;
  amounts.forEach((amount, year) => {
    if (!Number.isFinite(amount)) {
      throw new RangeError(`The amount for year ${year} must be a number (got ${amount}).`);
    }
    total += amount * discountFactor(year, rate);
  });
  return total;
}
