// The words of a value figure's parts that the shared formatter does not cover: an input (which may
// be text, or a plain number with no unit) and an interval whose ends may be open.
import { formatFigureValue, formatNumber, NO_VALUE } from '../../../../shared/format';
import type { FigureUnit } from '../../../../shared/model/value';

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
