// Cost per participant from an intervention's cost items as recorded (domain.md: cost ÷
// participants), item by item so the figure can be traced: not converted between price years and
// not discounted, so items in different price years or currencies are not added together. The
// Value tab's figure (costs/value-for-money.ts) converts and discounts the same items.
import type { CostBasis } from '../model/vocabulary';

export interface CostItemInput {
  id: string;
  amount: number;
  amountLow?: number | null;
  amountHigh?: number | null;
  currency: string;
  priceYear: number;
  basis: CostBasis;
  participants?: number | null;
  /** How many years the amount runs (costSchedule says how it falls in them); one when absent. */
  years?: number | null;
}

/**
 * The share of a line's amount that falls in each of its years, the first undiscounted. A per-year
 * amount recurs: it is paid in full in each of its `years` years ([1, 1, 1] for three). Any other
 * basis (per participant, per cohort, total) is the whole amount, spread evenly over its years
 * ([⅓, ⅓, ⅓]), so recording years moves money later without adding to it. With no years, the line
 * falls in one year. The participants a line covers are everyone it serves over all its years.
 */
export function costSchedule(basis: CostItemInput['basis'], years: number | null = null): number[] {
  const n = years ?? 1;
  if (!Number.isInteger(n) || n < 1) {
    throw new RangeError(`A cost runs for a whole number of years, at least 1 (got ${n}).`);
  }
  return Array.from({ length: n }, () => (basis === 'per-year' ? 1 : 1 / n));
}

export interface CostItemShare {
  id: string;
  /** amount ÷ participants, or the amount itself for per-participant items. */
  perParticipant: number;
  low: number;
  high: number;
}

export type CostPerParticipant =
  | {
      ok: true;
      amount: number;
      low: number;
      high: number;
      currency: string;
      priceYear: number;
      items: CostItemShare[];
    }
  | {
      ok: false;
      reason: 'no-cost-data' | 'missing-participants' | 'mixed-currencies' | 'mixed-price-years';
      message: string;
    };

/** How many times over the amount is paid across its schedule: its years for a per-year amount, else 1. */
export function amountsPaid(schedule: readonly number[]): number {
  return schedule.reduce((t, x) => t + x, 0);
}

function share(item: CostItemInput): CostItemShare | null {
  // Undiscounted: a per-year amount counts once for each year it runs.
  const paid = amountsPaid(costSchedule(item.basis, item.years ?? null));
  const low = (item.amountLow ?? item.amount) * paid;
  const high = (item.amountHigh ?? item.amount) * paid;
  const amount = item.amount * paid;
  if (item.basis === 'per-participant') return { id: item.id, perParticipant: amount, low, high };
  const n = item.participants;
  if (n === undefined || n === null || n <= 0) return null;
  return { id: item.id, perParticipant: amount / n, low: low / n, high: high / n };
}

export function costPerParticipant(items: readonly CostItemInput[]): CostPerParticipant {
  const first = items[0];
  if (first === undefined) {
    return { ok: false, reason: 'no-cost-data', message: 'No cost data recorded.' };
  }
  if (items.some((i) => i.currency !== first.currency)) {
    return {
      ok: false,
      reason: 'mixed-currencies',
      message: 'Cost items are in different currencies and cannot be added together.',
    };
  }
  if (items.some((i) => i.priceYear !== first.priceYear)) {
    return {
      ok: false,
      reason: 'mixed-price-years',
      message: 'Cost items are in different price years; converting them needs a price index.',
    };
  }
  const shares: CostItemShare[] = [];
  for (const item of items) {
    const s = share(item);
    if (s === null) {
      return {
        ok: false,
        reason: 'missing-participants',
        message: `Cost item ${item.id} is ${item.basis} but has no number of participants.`,
      };
    }
    shares.push(s);
  }
  const sum = (f: (s: CostItemShare) => number) => shares.reduce((t, s) => t + f(s), 0);
  return {
    ok: true,
    amount: sum((s) => s.perParticipant),
    low: sum((s) => s.low),
    high: sum((s) => s.high),
    currency: first.currency,
    priceYear: first.priceYear,
    items: shares,
  };
}
