// The cost side of the value report: each cost item brought to the analysis price year and laid
// out over the years it runs (discounted), the cost per participant (present value) with its EIF
// rating, and the cohort a programme serves.
import { discountFactor } from '../../../shared/analysis/costs/discounting';
import type { PriceIndex } from '../../../shared/analysis/costs/price-index';
import {
  type CostLine,
  type CostOverYears,
  costPerParticipantOverYears,
} from '../../../shared/analysis/costs/value-for-money';
import { costSchedule } from '../../../shared/analysis/cost-per-participant';
import { eifCostRating } from '../../../shared/analysis/ratings/cost-rating';
import { formatCostYears, formatMoney, formatPercent } from '../../../shared/format';
import type { CostItemView } from '../../../shared/model/catalogue';
import { COST_BASIS_LABELS } from '../../../shared/model/vocabulary';
import type {
  Figure,
  FigureInput,
  MissingInput,
  ValueCostItem,
  ValueReport,
} from '../../../shared/model/value';
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

/** One item in the analysis price year, laid out over its years and discounted, with the inputs that show how. */
function converted(
  item: CostItemView,
  priceFactor: number,
  priceYear: number,
  participants: number | null,
  discountRate: number,
): NonNullable<ValueCostItem['converted']> {
  const amount = item.amount * priceFactor;
  const schedule = costSchedule(item.basis, item.years).map((share, year) => {
    const factor = discountFactor(year, discountRate);
    return { year, amount: amount * share, discountFactor: factor, presentValue: amount * share * factor };
  });
  const presentValue = schedule.reduce((t, y) => t + y.presentValue, 0);
  const rate = formatPercent(discountRate, 1);
  const profile: FigureInput[] = [
    input(
      'Years it runs',
      item.years ?? 1,
      'year',
      `${formatCostYears(item.basis, item.years)}; ${citation(item)}`,
    ),
    ...(schedule.length === 1
      ? []
      : schedule.map((y) =>
          input(
            `Year ${y.year + 1} (${priceYear} prices, discounted)`,
            y.presentValue,
            'GBP',
            `${item.basis === 'per-year' ? 'amount' : `amount ÷ ${schedule.length}`} × price factor × 1/(1 + ${rate})^${y.year}`,
          ),
        )),
    input(
      `Present value (${priceYear} prices)`,
      presentValue,
      'GBP',
      schedule.length === 1 ? 'amount × price factor (year 1 is not discounted)' : 'Σ over its years',
    ),
  ];
  return {
    priceFactor,
    amount,
    low: (item.amountLow ?? item.amount) * priceFactor,
    high: (item.amountHigh ?? item.amount) * priceFactor,
    schedule,
    undiscounted: schedule.reduce((t, y) => t + y.amount, 0),
    presentValue,
    perParticipant: participants === null ? null : presentValue / participants,
    inputs: [
      input(`Amount (${item.priceYear} prices)`, item.amount, 'GBP', citation(item)),
      input(
        `Price factor ${item.priceYear} → ${priceYear}`,
        priceFactor,
        'factor',
        `${PRICE_INDEX_NAME}: index[${priceYear}] ÷ index[${item.priceYear}]`,
      ),
      ...profile,
      ...(participants === null || item.basis === 'per-participant'
        ? []
        : [input('Participants it covers', participants, 'people', citation(item))]),
    ],
  };
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
      years: item.years,
      illustrative: item.illustrative,
      converted:
        priceFactor === null || priceYear === null
          ? null
          : converted(item, priceFactor, priceYear, participants, discountRate),
      missing,
    });
    allMissing.push(...missing);
    // Every item starts in programme year 0 and runs its recorded years (costSchedule): the same
    // lines give the central figure, the tornado and every Monte Carlo draw.
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
    formula: `Σ over cost items: amount × index[${priceYear}] ÷ index[item's price year] × Σ over its years shareₜ/(1+r)ᵗ ÷ participants it covers`,
    inputs: side.items.map((item) =>
      input(
        item.description,
        item.converted?.perParticipant ?? 0,
        'GBP',
        `${item.priceYear} prices, ${COST_BASIS_LABELS[item.basis].toLowerCase()}, ${formatCostYears(item.basis, item.years)}`,
      ),
    ),
    notes: [
      ...(c.lines.every((l) => l.schedule.length === 1)
        ? []
        : [
            `Before discounting, ${formatMoney(c.undiscountedPerParticipant)} per participant; costs in later years are discounted at ${formatPercent(c.discountRate, 1)} a year.`,
          ]),
      ...(side.items.some((i) => i.illustrative) ? ['Some cost items are illustrative.'] : []),
    ],
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
