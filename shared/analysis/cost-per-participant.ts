// Cost per participant from an intervention's cost items (domain.md: cost ÷ participants), item by
// item so the figure can be traced. Price-year conversion arrives with the price index; until
// then items in different price years or currencies are not added together.
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

function share(item: CostItemInput): CostItemShare | null {
  const low = item.amountLow ?? item.amount;
  const high = item.amountHigh ?? item.amount;
  if (item.basis === 'per-participant') return { id: item.id, perParticipant: item.amount, low, high };
  const n = item.participants;
  if (n === undefined || n === null || n <= 0) return null;
  return { id: item.id, perParticipant: item.amount / n, low: low / n, high: high / n };
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
