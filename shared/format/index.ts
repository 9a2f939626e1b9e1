// How every screen and every brief prints numbers, money, percentages, ages, dates and sizes, so
// the same figure reads the same everywhere (style.md item 10). British English, en-GB grouping.
import type { FigureUnit } from '../model/value';
import type { CostBasis } from '../model/vocabulary';

const LOCALE = 'en-GB';

/** What is shown where a value is not known. */
export const NO_VALUE = '—';

/** An en dash between the ends of a range, as British typography has it. */
export const RANGE_DASH = '–';

const isNumber = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);

const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let f = formatters.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(LOCALE, options);
    formatters.set(key, f);
  }
  return f;
}

/** A whole number with thousands separators: 6000 -> "6,000". */
export function formatInteger(value: number | null | undefined): string {
  if (!isNumber(value)) return NO_VALUE;
  return numberFormat({ maximumFractionDigits: 0 }).format(value);
}

/** A number with up to `maximumFractionDigits` decimals (default 2), trailing zeros dropped. */
export function formatNumber(
  value: number | null | undefined,
  {
    maximumFractionDigits = 2,
    minimumFractionDigits = 0,
  }: { maximumFractionDigits?: number; minimumFractionDigits?: number } = {},
): string {
  if (!isNumber(value)) return NO_VALUE;
  return numberFormat({ maximumFractionDigits, minimumFractionDigits }).format(value);
}

/**
 * A statistic as a study reported it (a mean, an SD, an odds ratio): up to four decimals, no
 * rounding beyond that and no padding, so the figure can be checked against its source.
 */
export function formatStatistic(value: number | null | undefined): string {
  return formatNumber(value, { maximumFractionDigits: 4 });
}

/** A p value as reported: "p = 0.032"; very small values as "p < 0.0001". */
export function formatPValue(p: number | null | undefined): string {
  if (!isNumber(p)) return NO_VALUE;
  if (p < 0.0001) return 'p < 0.0001';
  return `p = ${formatStatistic(p)}`;
}

/** A confidence interval's limits: "0.41 to 0.93" ("to" rather than a dash, which reads as minus). */
export function formatInterval(lower: number | null | undefined, upper: number | null | undefined): string {
  if (!isNumber(lower) || !isNumber(upper)) return NO_VALUE;
  return `${formatStatistic(lower)} to ${formatStatistic(upper)}`;
}

/**
 * A standardised effect (Hedges' g, a pooled estimate) at a fixed precision, as meta-analysis
 * tables and forest plots print it: 0.2 -> "0.20"; -0.046 -> "-0.05"; -0.001 -> "0.00" (no "-0.00").
 */
export function formatEffect(value: number | null | undefined, digits = 2): string {
  if (!isNumber(value)) return NO_VALUE;
  return numberFormat({
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'negative',
  }).format(value);
}

/** An effect's confidence or prediction interval at the same precision: "-0.05 to 0.29". */
export function formatEffectInterval(
  lower: number | null | undefined,
  upper: number | null | undefined,
  digits = 2,
): string {
  if (!isNumber(lower) || !isNumber(upper)) return NO_VALUE;
  return `${formatEffect(lower, digits)} to ${formatEffect(upper, digits)}`;
}

const CURRENCY_SYMBOLS: Record<string, string> = { GBP: '£', EUR: '€', USD: '$' };

export interface MoneyOptions {
  /**
   * Pence: 'auto' (the default) shows them for amounts under £1,000 that are not whole pounds;
   * 'never' rounds to whole units; 'always' shows two decimals.
   */
  pence?: 'auto' | 'always' | 'never';
  /** Millions and billions as "£4.7m" and "£1.2bn" (amounts under a million print in full). */
  compact?: boolean;
}

/** An amount of money: 1240 -> "£1,240"; 37.5 -> "£37.50"; other currencies by their code. */
export function formatMoney(
  amount: number | null | undefined,
  currency = 'GBP',
  { pence = 'auto', compact = false }: MoneyOptions = {},
): string {
  if (!isNumber(amount)) return NO_VALUE;
  const symbol = CURRENCY_SYMBOLS[currency];
  const sign = amount < 0 ? '-' : '';
  const size = Math.abs(amount);
  let digits: string;
  if (compact && size >= 1e9) digits = `${formatNumber(size / 1e9, { maximumFractionDigits: 1 })}bn`;
  else if (compact && size >= 1e6) digits = `${formatNumber(size / 1e6, { maximumFractionDigits: 1 })}m`;
  else {
    const showPence =
      pence === 'always' || (pence === 'auto' && size < 1000 && Math.round(size * 100) % 100 !== 0);
    digits = showPence
      ? numberFormat({ minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(size)
      : numberFormat({ maximumFractionDigits: 0 }).format(size);
  }
  return symbol === undefined ? `${sign}${currency} ${digits}` : `${sign}${symbol}${digits}`;
}

/** A range of money: "£1,000–£1,500"; a range whose ends are equal prints once. */
export function formatMoneyRange(
  low: number | null | undefined,
  high: number | null | undefined,
  currency = 'GBP',
  options: MoneyOptions = {},
): string {
  if (!isNumber(low) || !isNumber(high)) return NO_VALUE;
  const a = formatMoney(low, currency, options);
  const b = formatMoney(high, currency, options);
  return a === b ? a : `${a}${RANGE_DASH}${b}`;
}

/** The price year a cost is expressed in: "2009 prices". */
export function formatPriceYear(priceYear: number | null | undefined): string {
  return isNumber(priceYear) ? `${priceYear} prices` : NO_VALUE;
}

/** A cost with the price year it is expressed in: "£1,240 (2009 prices)". */
export function formatCostWithPriceYear(
  cost: { amount: number; currency: string; priceYear: number } | null | undefined,
  options: MoneyOptions = {},
): string {
  if (cost === null || cost === undefined || !isNumber(cost.amount)) return NO_VALUE;
  return `${formatMoney(cost.amount, cost.currency, options)} (${formatPriceYear(cost.priceYear)})`;
}

/** A proportion as a percentage: 0.8 -> "80%"; `digits` decimals (default 0). */
/**
 * How a cost item falls over the years it runs: a per-year amount is paid "each year for 3 years",
 * any other basis is "spread over 3 years"; with one year (or none recorded) it falls "in one year".
 */
export function formatCostYears(basis: CostBasis, years: number | null | undefined): string {
  const n = years ?? 1;
  if (n !== 1) return basis === 'per-year' ? `each year for ${n} years` : `spread over ${n} years`;
  return basis === 'per-year' && !isNumber(years) ? 'for one year (no years recorded)' : 'in one year';
}

export function formatPercent(fraction: number | null | undefined, digits = 0): string {
  if (!isNumber(fraction)) return NO_VALUE;
  return numberFormat({
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(fraction);
}

/** An age range: "12–18"; one end open: "12 and over", "up to 18"; neither known: "—". */
export function formatAgeRange(min: number | null | undefined, max: number | null | undefined): string {
  const hasMin = isNumber(min);
  const hasMax = isNumber(max);
  if (hasMin && hasMax) return min === max ? `${min}` : `${min}${RANGE_DASH}${max}`;
  if (hasMin) return `${min} and over`;
  if (hasMax) return `up to ${max}`;
  return NO_VALUE;
}

/** A count with its noun: (1, 'intervention') -> "1 intervention"; (29, …) -> "29 interventions". */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatInteger(count)} ${count === 1 ? singular : plural}`;
}

/** A duration in months: "1 month", "12 months". */
export function formatMonths(months: number | null | undefined): string {
  if (!isNumber(months)) return NO_VALUE;
  return `${formatNumber(months, { maximumFractionDigits: 1 })} ${months === 1 ? 'month' : 'months'}`;
}

/** A duration in weeks: "1 week", "50 weeks". */
export function formatWeeks(weeks: number | null | undefined): string {
  if (!isNumber(weeks)) return NO_VALUE;
  return `${formatNumber(weeks, { maximumFractionDigits: 1 })} ${weeks === 1 ? 'week' : 'weeks'}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A date stored as YYYY, YYYY-MM or YYYY-MM-DD: "2009", "April 2009", "1 April 2009". */
export function formatPartialDate(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return NO_VALUE;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (match === null) return value;
  const [, year, month, day] = match;
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (monthName === undefined) return year ?? value;
  if (day === undefined) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** A file size: "512 bytes", "196 KB", "1.2 MB" (1 KB = 1,024 bytes, as file managers show it). */
export function formatFileSize(bytes: number | null | undefined): string {
  if (!isNumber(bytes)) return NO_VALUE;
  if (bytes < 1024) return formatCount(bytes, 'byte');
  const units = ['KB', 'MB', 'GB', 'TB'];
  let size = bytes / 1024;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit += 1;
  }
  return `${formatNumber(size, { maximumFractionDigits: size < 10 ? 1 : 0 })} ${units[unit]}`;
}

/** A list in prose: "Lambeth, Southwark and Hackney". */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(LOCALE, { style: 'long', type: 'conjunction' }).format(items);
}

/** A short list with how many more: (["Lambeth", "Southwark", …5], 2) -> "Lambeth, Southwark +3". */
export function formatShortList(items: readonly string[], shown = 2): string {
  if (items.length === 0) return NO_VALUE;
  const head = items.slice(0, shown).join(', ');
  const rest = items.length - shown;
  return rest > 0 ? `${head} +${formatInteger(rest)}` : head;
}

/** One figure of the value report in its unit: money, a ratio, a rate, an effect, people, a year. */
export function formatFigureValue(value: number | null | undefined, unit: FigureUnit): string {
  if (!isNumber(value)) return NO_VALUE;
  switch (unit) {
    case 'GBP':
      return formatMoney(value, 'GBP', { compact: Math.abs(value) >= 1e6 });
    case 'ratio':
      return `${formatNumber(value, { maximumFractionDigits: 2 })} : 1`;
    case 'rate':
    case 'probability':
      return formatPercent(value, 1);
    case 'effect':
      return formatEffect(value, 3);
    case 'people':
      return formatNumber(value, { maximumFractionDigits: 1 });
    case 'factor':
      return formatNumber(value, { maximumFractionDigits: 4 });
    case 'year':
    case 'rating':
      return String(value);
  }
}
