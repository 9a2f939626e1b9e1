// The words around figures that every screen and every brief prints alike: a rating with its
// suffixes, a relative change, a value figure's inputs and interval, and what "Illustrative" means.
import type { FigureUnit } from '../model/value';
import { formatFigureValue, formatNumber, formatPercent, NO_VALUE } from './index';

/** A rating as printed: its label and any suffixes ("Standard 3+"). */
export function ratingText(rating: { label: string; suffixes: readonly string[] }): string {
  return `${rating.label}${rating.suffixes.join('')}`;
}

/** "18% fewer" / "12% more" / "no change", from the core's relative change. */
export function relativeChangeText(relativeChange: number): string {
  const size = formatPercent(Math.abs(relativeChange));
  if (size === formatPercent(0)) return 'no change in the number';
  return `${size} ${relativeChange < 0 ? 'fewer' : 'more'}`;
}

/** An input of a figure as the core traced it: text as given, a number in its unit. */
export function inputText(value: number | string, unit: FigureUnit | null): string {
  if (typeof value === 'string') return value;
  return unit === null ? formatNumber(value, { maximumFractionDigits: 4 }) : formatFigureValue(value, unit);
}

/** "£800 to £1,900"; an open end reads "or more" / "up to". */
export function intervalText(lower: number | null, upper: number | null, unit: FigureUnit): string {
  if (lower === null) return upper === null ? NO_VALUE : `up to ${formatFigureValue(upper, unit)}`;
  if (upper === null) return `${formatFigureValue(lower, unit)} or more`;
  return `${formatFigureValue(lower, unit)} to ${formatFigureValue(upper, unit)}`;
}

/** What the "Illustrative" label on a figure means. */
export const ILLUSTRATIVE_EXPLANATION = 'Invented for demonstration: not taken from a source document.';

/** The note over anything holding illustrative figures: the same words on screen and in a brief. */
export function illustrativeNoteText(what = 'Figures'): string {
  return `${what} marked Illustrative are invented for demonstration, not taken from a source document. They are not evidence.`;
}
