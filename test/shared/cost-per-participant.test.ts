// Cost per participant, item by item, with worked examples.
import { describe, expect, it } from 'vitest';
import { costPerParticipant, type CostItemInput } from '../../shared/analysis/cost-per-participant';

const item = (over: Partial<CostItemInput>): CostItemInput => ({
  id: 'c',
  amount: 0,
  currency: 'GBP',
  priceYear: 2009,
  basis: 'total',
  ...over,
});

describe('costPerParticipant', () => {
  it('divides each amount by the participants it covers and adds the shares', () => {
    // £4.7m for 2,000 participants, plus £150 per participant: 2,350 + 150 = £2,500.
    const result = costPerParticipant([
      item({ id: 'a', amount: 4_700_000, participants: 2000, amountLow: 4_000_000, amountHigh: 5_000_000 }),
      item({ id: 'b', amount: 150, basis: 'per-participant' }),
    ]);
    expect(result).toEqual({
      ok: true,
      amount: 2500,
      low: 2150,
      high: 2650,
      currency: 'GBP',
      priceYear: 2009,
      items: [
        { id: 'a', perParticipant: 2350, low: 2000, high: 2500 },
        { id: 'b', perParticipant: 150, low: 150, high: 150 },
      ],
    });
  });

  it('treats per-cohort and per-year amounts as covering their stated participants', () => {
    const result = costPerParticipant([
      item({ basis: 'per-cohort', amount: 3000, participants: 12 }),
      item({ basis: 'per-year', amount: 10000, participants: 400 }),
    ]);
    expect(result.ok && result.amount).toBeCloseTo(250 + 25, 10);
  });

  it('counts a per-year amount once for each year it runs, and other bases once, as recorded (not discounted)', () => {
    const result = costPerParticipant([
      // £10,000 a year for 3 years for 400 participants: 30,000 ÷ 400 = £75 (range 24,000 ÷ 400 = £60 to £90).
      item({
        id: 'y',
        basis: 'per-year',
        amount: 10000,
        amountLow: 8000,
        amountHigh: 12000,
        participants: 400,
        years: 3,
      }),
      // £6,000 in all, spread over 3 years, for the same 400: 6,000 ÷ 400 = £15.
      item({ id: 't', basis: 'total', amount: 6000, participants: 400, years: 3 }),
    ]);
    expect(result).toMatchObject({
      ok: true,
      items: [
        { id: 'y', perParticipant: 75, low: 60, high: 90 },
        { id: 't', perParticipant: 15 },
      ],
    });
    expect(result.ok && result.amount).toBe(90);
  });

  it('says why it cannot give a figure', () => {
    expect(costPerParticipant([])).toMatchObject({ ok: false, reason: 'no-cost-data' });
    expect(costPerParticipant([item({ amount: 10 })])).toMatchObject({
      ok: false,
      reason: 'missing-participants',
      message: 'Cost item c is total but has no number of participants.',
    });
    expect(
      costPerParticipant([item({ participants: 1 }), item({ participants: 1, currency: 'EUR' })]),
    ).toMatchObject({ ok: false, reason: 'mixed-currencies' });
    expect(
      costPerParticipant([item({ participants: 1 }), item({ participants: 1, priceYear: 2010 })]),
    ).toMatchObject({ ok: false, reason: 'mixed-price-years' });
  });
});
