// The cost side of the value report: each cost item brought to the analysis price year, the cost
// per participant (present value) with its EIF rating, and the cohort a programme serves.
import type { PriceIndex } from '../../../shared/analysis/costs/price-index';
import {
  type CostLine,
  type CostOverYears,
  costPerParticipantOverYears,
} from '../../../shared/analysis/costs/value-for-money';
import { eifCostRating } from '../../../shared/analysis/ratings/cost-rating';
import type { CostItemView } from '../../../shared/model/catalogue';
import type { Figure, MissingInput, ValueCostItem, ValueReport } from '../../../shared/model/value';
import {
  CURRENCY,
  figure,
  input,
  missingFigure,
  PRICE_INDEX_NAME,
  priceFactorOrMissing,
} from './value-figures';

export interface CostSide {
  items: ValueCostItem[];
  /** Set when every item converts: the cost per participant over the programme's years. */
  costs: CostOverYears | null;
  lines: CostLine[];
  missing: MissingInput[];
}

/** Where a cost item's figures come from, for a figure's inputs. */
export function citation(item: CostItemView): string {
  const cited = item.sources[0];
  const what = `cost item "${item.description}"`;
  if (cited !== undefined) return `${what}, from ${cited.documentTitle}`;
  return item.illustrative ? `${what} (illustrative)` : what;
}

/** Each cost item in the analysis price year, and the cost per participant when every item converts. */
export function costSide(
  items: readonly CostItemView[],
  priceYear: number | null,
  index: PriceIndex,
  discountRate: number,
): CostSide {
  const valueItems: ValueCostItem[] = [];
  const lines: CostLine[] = [];
  const allMissing: MissingInput[] = [];
  for (const item of items) {
    const missing: MissingInput[] = [];
    if (item.currency !== CURRENCY) {
      missing.push({
        input: 'currency',
        needed: `Cost item "${item.description}" is in ${item.currency}: record it in ${CURRENCY}.`,
        where: 'cost-items',
        recordId: item.id,
      });
    }
    const participants = item.basis === 'per-participant' ? 1 : item.participants;
    if (participants === null) {
      missing.push({
        input: 'participants',
        needed: `Cost item "${item.description}" is ${item.basis}: record how many participants it covers.`,
        where: 'cost-items',
        recordId: item.id,
      });
    }
    const priceFactor = priceFactorOrMissing(item.priceYear, priceYear, index, missing);
    const low = item.amountLow ?? item.amount;
    const high = item.amountHigh ?? item.amount;
    valueItems.push({
      id: item.id,
      description: item.description,
      category: item.category,
      basis: item.basis,
      currency: item.currency,
      priceYear: item.priceYear,
      amount: item.amount,
      amountLow: item.amountLow,
      amountHigh: item.amountHigh,
      participants: item.participants,
      illustrative: item.illustrative,
      converted:
        priceFactor === null || priceYear === null
          ? null
          : {
              priceFactor,
              amount: item.amount * priceFactor,
              low: low * priceFactor,
              high: high * priceFactor,
              // Every item falls in year 0 (each participant's cost is met in the year they take part).
              perParticipant: participants === null ? null : (item.amount * priceFactor) / participants,
              inputs: [
                input(`Amount (${item.priceYear} prices)`, item.amount, 'GBP', citation(item)),
                input(
                  `Price factor ${item.priceYear} → ${priceYear}`,
                  priceFactor,
                  'factor',
                  `${PRICE_INDEX_NAME}: index[${priceYear}] ÷ index[${item.priceYear}]`,
                ),
                ...(participants === null || item.basis === 'per-participant'
                  ? []
                  : [input('Participants it covers', participants, 'people', citation(item))]),
              ],
            },
      missing,
    });
    allMissing.push(...missing);
    lines.push({ ...item, year: 0 });
  }
  if (items.length === 0) {
    allMissing.push({
      input: 'costItems',
      needed:
        'No cost items are recorded for this intervention: add them with their price year and participants.',
      where: 'cost-items',
    });
  }
  const costs =
    allMissing.length === 0 && priceYear !== null
      ? costPerParticipantOverYears({ lines, priceYear, priceIndex: index }, discountRate)
      : null;
  return { items: valueItems, costs, lines, missing: allMissing };
}

export function costFigure(side: CostSide, priceYear: number | null): Figure {
  if (side.costs === null) return missingFigure('costPerParticipant', side.missing);
  const c = side.costs;
  return figure('costPerParticipant', {
    value: c.perParticipant,
    unit: 'GBP',
    interval:
      c.low === c.high
        ? null
        : { lower: c.low, upper: c.high, label: "from the cost items' recorded low and high amounts" },
    formula: `Σ over cost items: amount × index[${priceYear}] ÷ index[item's price year] ÷ participants it covers`,
    inputs: side.items.map((item) =>
      input(
        item.description,
        item.converted?.perParticipant ?? 0,
        'GBP',
        `${item.priceYear} prices, ${item.basis}`,
      ),
    ),
    notes: side.items.some((i) => i.illustrative) ? ['Some cost items are illustrative.'] : [],
  });
}

export function costBandFigure(side: CostSide): Figure {
  if (side.costs === null) return missingFigure('costBand', side.missing);
  const cost = side.costs.perParticipant;
  const band = eifCostRating(cost);
  return figure('costBand', {
    value: band.rating,
    unit: 'rating',
    formula:
      'EIF cost rating: 1 under £100, 2 £100–£499, 3 £500–£999, 4 £1,000–£2,000, 5 over £2,000 per participant',
    inputs: [input('Cost per participant', cost, 'GBP', null, 'costPerParticipant')],
    notes: [band.band],
  });
}

/** The cohort a programme serves: the largest number of participants recorded on a cost item. */
export function cohortOf(items: readonly CostItemView[]): ValueReport['cohort'] {
  let best: CostItemView | null = null;
  for (const item of items) {
    if (item.participants !== null && (best === null || item.participants > (best.participants ?? 0)))
      best = item;
  }
  return best === null || best.participants === null
    ? null
    : { participants: best.participants, source: `the participants recorded on ${citation(best)}` };
}

export function cohortMissing(cohort: ValueReport['cohort']): MissingInput[] {
  return cohort === null
    ? [
        {
          input: 'participants',
          needed: 'The number of participants in a cohort: record it on a cost item.',
          where: 'cost-items',
        },
      ]
    : [];
}
