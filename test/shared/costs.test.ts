// Costs and value for money, with worked examples: each expected number was printed by R 4.2
// (sprintf("%.17g", …)) from the expression quoted beside it, and is matched to 1e-9 relative.
// The price index values are illustrative, not the ONS GDP deflator.
import { describe, expect, it } from 'vitest';
import { costSchedule } from '../../shared/analysis/cost-per-participant';
import { seededRandom } from '../../shared/analysis/random';
import {
  discountFactor,
  GREEN_BOOK_DISCOUNT_RATE,
  presentValue,
} from '../../shared/analysis/costs/discounting';
import {
  convertPriceYear,
  MissingPriceIndexError,
  type PriceIndex,
  priceYearFactor,
} from '../../shared/analysis/costs/price-index';
import {
  atDiscountRate,
  benefitFunction,
  benefitTimingFactor,
  breakEvenEffect,
  CostInputError,
  type CostLine,
  costPerOutcome,
  costPerParticipantOverYears,
  evenTiming,
  outcomesAvoided,
  type ProgrammeCosts,
  valueForMoney,
  weightedCost,
} from '../../shared/analysis/costs/value-for-money';
import {
  DEFAULT_DRAWS,
  monteCarloValue,
  type MonteCarloInput,
  percentileType7,
  sampleStudentT,
  sampleTriangular,
  summariseDraws,
  triangularQuantile,
} from '../../shared/analysis/costs/monte-carlo';

/** |actual − expected| ≤ 1e-9·|expected|. */
function rel(actual: number | null | undefined, expected: number, tolerance = 1e-9): void {
  expect(actual).toBeTypeOf('number');
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

// R: idx <- c("2015"=100, "2016"=101.9, "2019"=107.6, "2020"=112.9, "2021"=112.6, "2022"=118.3, "2023"=126.2)
const INDEX: PriceIndex = {
  2015: 100,
  2016: 101.9,
  2019: 107.6,
  2020: 112.9,
  2021: 112.6,
  2022: 118.3,
  2023: 126.2,
};

const line = (over: Partial<CostLine> & Pick<CostLine, 'id'>): CostLine => ({
  amount: 0,
  currency: 'GBP',
  priceYear: 2023,
  basis: 'total',
  ...over,
});

// A three-year programme for a cohort of 150, appraised in 2023 prices:
// a: year 0, £120,000 set-up and delivery in 2020 prices (range £100,000–£150,000);
// b: year 1, £90,000 per year in 2021 prices;
// c: year 2, £200 per participant follow-up in 2022 prices (range £150–£300).
const COSTS: ProgrammeCosts = {
  priceYear: 2023,
  priceIndex: INDEX,
  lines: [
    line({
      id: 'a',
      year: 0,
      amount: 120_000,
      amountLow: 100_000,
      amountHigh: 150_000,
      priceYear: 2020,
      participants: 150,
    }),
    line({ id: 'b', year: 1, amount: 90_000, priceYear: 2021, basis: 'per-year', participants: 150 }),
    line({
      id: 'c',
      year: 2,
      amount: 200,
      amountLow: 150,
      amountHigh: 300,
      priceYear: 2022,
      basis: 'per-participant',
    }),
  ],
};
// Weights (£ per participant, present value in 2023 prices, per £ of each line):
const WA = 0.0074520224387363441; // 126.2/112.9/150
const WB = 0.0072192046861905548; // 126.2/112.6/1.035/150
const WC = 0.99584996099949341; // 126.2/118.3/1.035^2
const C = 1743.14110660541; // C <- 120000*wa + 90000*wb + 200*wc

// Benefits: proven re-offending, baseline p0 = 0.35, pooled g = 0.25; violence with injury at £14,050
// in 2015 prices, brought to 2023 prices; avoided offences spread over a two-year follow-up.
const P0 = 0.35;
const G = 0.25;
const UNIT_COST = 17731.099999999999; // 14050*126.2/100
const TIMING = [0.5, 0.5];
const BENEFITS = { baselineRate: P0, higherIsBetter: false, unitCost: UNIT_COST, benefitTiming: TIMING };
const G_STAR = 0.26440439052101627; // (qlogis(p0) - qlogis(p0 - C/(U*tf)))*sqrt(3)/pi

describe('price-year conversion', () => {
  it('multiplies by index[to]/index[from], both ways', () => {
    rel(convertPriceYear(14_050, 2015, 2023, INDEX), 17731.099999999999); // 14050*126.2/100
    rel(convertPriceYear(17731.1, 2023, 2015, INDEX), 14_050); // 17731.1*100/126.2
    rel(convertPriceYear(1000, 2021, 2016, INDEX), 904.97335701598581); // 1000*101.9/112.6
    rel(priceYearFactor(2020, 2023, INDEX), 1.1178033658104516); // 126.2/112.9
    expect(convertPriceYear(convertPriceYear(250, 2019, 2022, INDEX), 2022, 2019, INDEX)).toBeCloseTo(
      250,
      10,
    );
  });

  it('leaves an amount alone in its own price year, with or without an index', () => {
    expect(convertPriceYear(123.45, 2010, 2010, {})).toBe(123.45);
  });

  it('names the missing year', () => {
    expect(() => convertPriceYear(100, 2018, 2023, INDEX)).toThrow(MissingPriceIndexError);
    expect(() => convertPriceYear(100, 2018, 2023, INDEX)).toThrow(
      'No price index value for 2018 (the price index covers 2015–2023).',
    );
    expect(() => convertPriceYear(100, 2023, 2030, INDEX)).toThrow(/2030/);
    expect(() => convertPriceYear(100, 2015, 2016, {})).toThrow(
      'No price index value for 2016 (the price index is empty).',
    );
    expect(() => convertPriceYear(100, 2015, 2016, { 2015: 100, 2016: 0 })).toThrow(
      /2016 must be a positive/,
    );
    try {
      convertPriceYear(100, 2012, 2023, INDEX);
    } catch (e) {
      expect(e instanceof MissingPriceIndexError && e.year).toBe(2012);
    }
  });
});

describe('discounting', () => {
  it('discounts a three-year stream at the Green Book 3.5%, year 0 undiscounted', () => {
    expect(GREEN_BOOK_DISCOUNT_RATE).toBe(0.035);
    // 1000 + 1000/1.035 + 1000/1.035² = 1000 + 966.18 + 933.51
    rel(presentValue([1000, 1000, 1000]), 2899.6942752456303); // sum(1000/1.035^(0:2))
    rel(presentValue([5000, 3000, 2000]), 9765.5721253704869); // sum(c(5000,3000,2000)/1.035^(0:2))
    rel(presentValue([5000, 3000, 2000], 0.05), 9671.2018140589571); // sum(c(5000,3000,2000)/1.05^(0:2))
    expect(discountFactor(0)).toBe(1);
    rel(discountFactor(3), 0.90194270566802237); // 1/1.035^3
    expect(presentValue([])).toBe(0);
  });

  it('refuses a negative year or an impossible rate', () => {
    expect(() => discountFactor(-1)).toThrow(RangeError);
    expect(() => presentValue([1], -1)).toThrow(RangeError);
    expect(() => presentValue([1, Number.NaN])).toThrow(/year 1/);
  });
});

describe('cost per participant over several years', () => {
  it('converts each line to the analysis price year, divides by its participants and discounts it', () => {
    const cost = costPerParticipantOverYears(COSTS);
    rel(cost.lines[0]?.weight, WA);
    rel(cost.lines[1]?.weight, WB);
    rel(cost.lines[2]?.weight, WC);
    rel(cost.perParticipant, C);
    rel(cost.low, 1544.3081597807086); // 100000*wa + 90000*wb + 150*wc
    rel(cost.high, 2066.2867758674493); // 150000*wa + 90000*wb + 300*wc
    // 120000*126.2/112.9/150 + 90000*126.2/112.6/150 + 200*126.2/118.3
    rel(cost.undiscountedPerParticipant, 1780.0674840613478);
    expect(cost.band).toEqual({ rating: 4, band: '£1,000–£2,000' });
    expect(cost).toMatchObject({ currency: 'GBP', priceYear: 2023, discountRate: 0.035 });
  });

  it('says what is missing instead of guessing', () => {
    const needs = (lines: CostLine[], code: string) => {
      try {
        costPerParticipantOverYears({ ...COSTS, lines });
        expect.unreachable();
      } catch (e) {
        expect(e instanceof CostInputError && e.code).toBe(code);
      }
    };
    needs([], 'no-cost-data');
    needs([line({ id: 'x', amount: 10 })], 'missing-participants');
    needs(
      [line({ id: 'x', amount: 10, participants: 5 }), line({ id: 'y', currency: 'EUR', participants: 5 })],
      'mixed-currencies',
    );
    needs([line({ id: 'x', amount: 10, amountLow: 20, participants: 5 })], 'invalid-amount');
    expect(() =>
      costPerParticipantOverYears({ ...COSTS, lines: [line({ id: 'x', priceYear: 2017, participants: 5 })] }),
    ).toThrow('No price index value for 2017');
  });
});

describe('costs that run over several years', () => {
  it('a per-year amount recurs in each of its years; any other basis is spread evenly over them', () => {
    expect(costSchedule('per-year', 3)).toEqual([1, 1, 1]);
    expect(costSchedule('total', 4)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(costSchedule('per-cohort', null)).toEqual([1]);
    expect(costSchedule('per-year')).toEqual([1]);
    expect(() => costSchedule('total', 0)).toThrow(RangeError);
    expect(() => costSchedule('per-year', 1.5)).toThrow(RangeError);
  });

  it('discounts every year of a line (worked example), and re-weights the lines at another rate', () => {
    // y: £30,000 a year for 3 years, 2023 prices, 150 participants; t: £9,000 in all over 3 years.
    const cost = costPerParticipantOverYears({
      priceYear: 2023,
      priceIndex: INDEX,
      lines: [
        line({ id: 'y', amount: 30_000, basis: 'per-year', years: 3, participants: 150 }),
        line({ id: 't', amount: 9_000, years: 3, participants: 150 }),
      ],
    });
    // 1 + 1/1.035 + 1/1.035² = sum(1/1.035^(0:2)) = 2.8996942752456305
    rel(cost.lines[0]?.discountFactor, 2.8996942752456305);
    // (⅓ + ⅓/1.035 + ⅓/1.035²) = 2.8996942752456305/3
    rel(cost.lines[1]?.discountFactor, 2.8996942752456305 / 3);
    // 30000 × 2.8996942752456305 ÷ 150 = 579.938855049126; 3000 × 2.8996942752456305 ÷ 150 = 57.993885504912605
    rel(cost.perParticipant, 579.938855049126 + 57.993885504912605);
    // Before discounting: 3 × 30000 ÷ 150 + 9000 ÷ 150 = 600 + 60.
    rel(cost.undiscountedPerParticipant, 660);
    // At 0% a year nothing is discounted: the same 660.
    rel(weightedCost([30_000, 9_000], atDiscountRate(cost.lines, 0)), 660);
    rel(atDiscountRate(cost.lines, 0)[0]?.perParticipant, 600);
  });
});

describe('value for money', () => {
  it('gives the cost per outcome from a known NNT', () => {
    expect(costPerOutcome(1500, 8)).toBe(12_000); // £1,500 per participant × 8 treated per outcome
    expect(costPerOutcome(1500, null)).toBeNull();
  });

  it('computes outcomes avoided, NNT, benefits, BCR and NPV (worked example)', () => {
    // OR <- exp(-g*pi/sqrt(3)); o <- p0/(1-p0)*OR; p1 <- o/(1+o); a <- p0 - p1
    // tf <- sum(c(.5,.5)/1.035^(0:1)); B <- a*U*tf
    const v = valueForMoney({ ...BENEFITS, effect: G, costPerParticipant: C, participants: 150 });
    rel(v.oddsRatio, 0.63543222581959802); // OR
    rel(v.interventionRate, 0.25493002403938791); // p1
    rel(v.outcomesAvoidedPerParticipant, 0.095069975960612063); // a
    rel(v.nnt, 10.518567927421216); // 1/a
    rel(v.costPerOutcome, 18335.34813690919); // C/a
    rel(v.benefitsPerParticipant, 1657.1931571434054); // B
    rel(v.benefitCostRatio, 0.95069363625450876); // B/C
    rel(v.npvPerParticipant, -85.947949462004544); // B-C
    rel(v.npvPerCohort, -12892.192419300682); // (B-C)*150
    rel(benefitTimingFactor(TIMING), 0.98309178743961356); // sum(c(.5,.5)/1.035^(0:1))
    expect(evenTiming(2)).toEqual(TIMING);
  });

  it('counts a harmful effect as outcomes caused, not avoided', () => {
    expect(outcomesAvoided(-G, P0, false)).toBeLessThan(0);
    expect(outcomesAvoided(0, P0, false)).toBe(0);
    const harmful = valueForMoney({ ...BENEFITS, effect: -G, costPerParticipant: C, participants: 150 });
    expect(harmful.nnt).toBeNull();
    expect(harmful.costPerOutcome).toBeNull();
    expect(harmful.benefitCostRatio).toBeLessThan(0);
    // More of a good event is beneficial: g > 0 raises the rate.
    expect(outcomesAvoided(G, 0.4, true)).toBeGreaterThan(0);
  });

  it('finds the break-even effect size, where NPV = 0', () => {
    const g = breakEvenEffect({ ...BENEFITS, costPerParticipant: C });
    rel(g, G_STAR);
    const npv = valueForMoney({
      ...BENEFITS,
      effect: g as number,
      costPerParticipant: C,
      participants: 150,
    }).npvPerParticipant;
    expect(npv).toBeGreaterThanOrEqual(0);
    expect(Math.abs(npv)).toBeLessThan(1e-9 * C);
    // Just below it, benefits fall short.
    expect(benefitFunction(BENEFITS)((g as number) * (1 - 1e-9))).toBeLessThan(C);
    // A good event (p0 = 0.4): (qlogis(q0 + C/(U*tf)) - qlogis(q0))*sqrt(3)/pi
    rel(
      breakEvenEffect({ ...BENEFITS, baselineRate: 0.4, higherIsBetter: true, costPerParticipant: C }),
      0.2235460506137851,
    );
  });

  it('has no break-even when even preventing every outcome does not pay', () => {
    // At most p0 × U × tf = 6100.95 per participant can be saved.
    expect(breakEvenEffect({ ...BENEFITS, costPerParticipant: 6101 })).toBeNull();
    expect(breakEvenEffect({ ...BENEFITS, costPerParticipant: 6100 })).toBeGreaterThan(3);
    expect(breakEvenEffect({ ...BENEFITS, unitCost: 0, costPerParticipant: C })).toBeNull();
  });
});

const MC: MonteCarloInput = {
  ...BENEFITS,
  effect: { estimate: G, se: 0.1 },
  costs: COSTS,
  participants: 150,
};
const fixedCosts: ProgrammeCosts = {
  ...COSTS,
  lines: COSTS.lines.map((l) => ({ ...l, amountLow: null, amountHigh: null })),
};

describe('Monte Carlo', () => {
  it('repeats exactly for a seed and differs for another', () => {
    const a = monteCarloValue({ ...MC, seed: 7 });
    const b = monteCarloValue({ ...MC, seed: 7 });
    const c = monteCarloValue({ ...MC, seed: 8 });
    expect(a.draws).toBe(DEFAULT_DRAWS);
    expect(DEFAULT_DRAWS).toBeGreaterThanOrEqual(10_000);
    expect(a.seed).toBe(7);
    expect(b).toEqual(a);
    expect(c.npvPerParticipant).not.toEqual(a.npvPerParticipant);
    expect(c.chanceBenefitsExceedCosts).not.toBe(a.chanceBenefitsExceedCosts);
    expect(monteCarloValue(MC)).toEqual(monteCarloValue(MC)); // the default seed
  });

  it('collapses to the deterministic appraisal without uncertainty', () => {
    for (const [effect, chance] of [
      [G, 0],
      [0.3, 1],
    ] as const) {
      const r = monteCarloValue({
        ...MC,
        effect: { estimate: effect, se: 0 },
        costs: fixedCosts,
        draws: 1000,
      });
      expect(r.chanceBenefitsExceedCosts).toBe(chance);
      expect(r.chanceStandardError).toBe(0);
      for (const [summary, value] of [
        [r.benefitCostRatio, r.central.benefitCostRatio],
        [r.npvPerParticipant, r.central.npvPerParticipant],
        [r.npvPerCohort, r.central.npvPerCohort],
      ] as const) {
        expect(summary).toEqual({ mean: value, p025: value, p50: value, p975: value });
      }
    }
    rel(
      monteCarloValue({ ...MC, effect: { estimate: G, se: 0 }, costs: fixedCosts }).npvPerParticipant.p50,
      -85.947949462004544,
    );
  });

  it('matches the closed-form chance that benefits exceed costs for a normal effect', () => {
    // With costs fixed, NPV > 0 exactly when g > g*, so the chance is P(g > g*):
    // pnorm((0.25 - gstar)/0.1) = 0.44273289989239373. Monte Carlo SE √(p(1−p)/n) ≈ 0.0050 at n = 10,000;
    // allow 4 SE.
    const r = monteCarloValue({ ...MC, costs: fixedCosts, seed: 11 });
    const p = 0.44273289989239373;
    expect(Math.abs(r.chanceBenefitsExceedCosts - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / r.draws));
    rel(
      r.chanceStandardError,
      Math.sqrt((r.chanceBenefitsExceedCosts * (1 - r.chanceBenefitsExceedCosts)) / r.draws),
    );
  });

  it('draws a t effect when degrees of freedom are given', () => {
    // Effect 2 SE below break-even: P = pt(-2, 3) = 0.069662984279421566 (a normal would give
    // pnorm(-2) = 0.0228). SE √(p(1−p)/n) ≈ 0.0025; allow 4 SE.
    const r = monteCarloValue({
      ...MC,
      effect: { estimate: G_STAR - 0.2, se: 0.1, df: 3 },
      costs: fixedCosts,
      seed: 3,
    });
    const p = 0.069662984279421566;
    expect(Math.abs(r.chanceBenefitsExceedCosts - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / r.draws));
    // And the sampler itself: P(T5 ≤ 1) = pt(1, 5) = 0.81839126617543867, 100,000 draws, SE ≈ 0.0012.
    const random = seededRandom(5);
    const n = 100_000;
    let below = 0;
    for (let i = 0; i < n; i++) if (sampleStudentT(random, 5) <= 1) below++;
    const q = 0.81839126617543867;
    expect(Math.abs(below / n - q)).toBeLessThan(4 * Math.sqrt((q * (1 - q)) / n));
  });

  it('matches the closed-form chance when only a cost is uncertain', () => {
    // Effect fixed at 0.25: NPV > 0 when line a's draw is below x = (B - 90000*wb - 200*wc)/wa
    // = 108466.49, so the chance is the triangular CDF (x-a)^2/((b-a)(c-a)) = 0.071681511670434933.
    const costs: ProgrammeCosts = {
      ...COSTS,
      lines: COSTS.lines.map((l) => (l.id === 'a' ? l : { ...l, amountLow: null, amountHigh: null })),
    };
    const r = monteCarloValue({ ...MC, effect: { estimate: G, se: 0 }, costs, seed: 5 });
    const p = 0.071681511670434933;
    expect(Math.abs(r.chanceBenefitsExceedCosts - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / r.draws));
  });

  it('has a mean NPV that converges to its expectation', () => {
    // E[NPV] = U·tf·E[a(g)] − E[C], g ~ N(0.25, 0.1), each ranged cost at its triangular mean:
    // EA <- integrate(function(x) (p0 - plogis(qlogis(p0) - x*pi/sqrt(3)))*dnorm(x, .25, .1), -Inf, Inf)
    // EC <- (100000+120000+150000)/3*wa + 90000*wb + (150+200+300)/3*wc;  EA*U*tf - EC
    const expected = -153.80192616199952;
    const r = monteCarloValue({ ...MC, draws: 40_000, seed: 99, keepSamples: true });
    const npv = r.samples?.npvPerParticipant as Float64Array;
    const mean = r.npvPerParticipant.mean;
    const sd = Math.sqrt(npv.reduce((s, x) => s + (x - mean) ** 2, 0) / (npv.length - 1));
    expect(Math.abs(mean - expected)).toBeLessThan((4 * sd) / Math.sqrt(npv.length));
    expect(r.npvPerParticipant.p025).toBeLessThan(r.npvPerParticipant.p50);
    expect(r.npvPerParticipant.p50).toBeLessThan(r.npvPerParticipant.p975);
    rel(r.npvPerCohort.p50, r.npvPerParticipant.p50 * 150);
    // BCR > 1 and NPV > 0 are the same event.
    const bcr = r.samples?.benefitCostRatio as Float64Array;
    expect(bcr.filter((x) => x > 1).length / bcr.length).toBe(r.chanceBenefitsExceedCosts);
  });

  it('samples the triangular distribution with mean (a+b+c)/3', () => {
    // Triangular(100, 250, 700): mean 350, sd √((a²+b²+c²−ab−ac−bc)/18) = 127.47548783981962.
    const random = seededRandom(1);
    const n = 100_000;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += sampleTriangular(random, 100, 250, 700);
    expect(Math.abs(sum / n - 350)).toBeLessThan((4 * 127.47548783981962) / Math.sqrt(n));
    expect(triangularQuantile(0, 100, 250, 700)).toBe(100);
    expect(triangularQuantile(0.25, 100, 250, 700)).toBe(250); // (c−a)/(b−a) = 0.25 of the mass is below the mode
    expect(triangularQuantile(1, 100, 250, 700)).toBe(700);
    expect(triangularQuantile(0.3, 5, 5, 5)).toBe(5);
  });

  it("takes percentiles as R's quantile(type = 7)", () => {
    const sorted = [1, 1, 2, 3, 4, 5, 6, 9]; // quantile(c(3,1,4,1,5,9,2,6), c(.025,.5,.975), type=7)
    rel(percentileType7(sorted, 0.025), 1);
    rel(percentileType7(sorted, 0.5), 3.5);
    rel(percentileType7(sorted, 0.975), 8.4750000000000014);
    expect(summariseDraws(Float64Array.from([0.1, 0.1, 0.1]))).toEqual({
      mean: 0.1,
      p025: 0.1,
      p50: 0.1,
      p975: 0.1,
    });
  });

  it('refuses inputs it cannot simulate', () => {
    expect(() => monteCarloValue({ ...MC, draws: 0 })).toThrow(/draws/);
    expect(() => monteCarloValue({ ...MC, seed: -1 })).toThrow(/seed/);
    expect(() => monteCarloValue({ ...MC, effect: { estimate: G, se: -0.1 } })).toThrow(/standard error/);
    const free: ProgrammeCosts = {
      ...COSTS,
      lines: [line({ id: 'x', amount: 10, amountLow: 0, participants: 1 })],
    };
    expect(() => monteCarloValue({ ...MC, costs: free })).toThrow(/positive cost in every draw/);
  });

  it('runs 10,000 draws well under 100 ms', () => {
    monteCarloValue({ ...MC, effect: { ...MC.effect, df: 12 } }); // warm up the JIT
    const start = performance.now();
    monteCarloValue({ ...MC, effect: { ...MC.effect, df: 12 }, seed: 2 });
    expect(performance.now() - start).toBeLessThan(100);
  });
});
