// Axis ranges and ticks for the evidence charts: a "nice" range that covers every value to be
// drawn (estimates, intervals, the line of no effect), so no mark is clipped. Layout only: the
// numbers plotted are the core's, untouched.
import { getNiceTickValues } from 'recharts';
import { formatNumber } from '../../../shared/format';

export interface Axis {
  domain: [number, number];
  ticks: number[];
}

/** A nice axis covering `values` (non-finite values are ignored). */
export function niceAxis(values: readonly number[], tickCount = 7): Axis {
  const finite = values.filter((v) => Number.isFinite(v));
  let low = finite.length === 0 ? -1 : Math.min(...finite);
  let high = finite.length === 0 ? 1 : Math.max(...finite);
  if (low === high) {
    low -= 0.5;
    high += 0.5;
  }
  const ticks = getNiceTickValues([low, high], tickCount, true, 'snap125');
  const first = ticks[0] ?? low;
  const last = ticks[ticks.length - 1] ?? high;
  return { domain: [Math.min(first, low), Math.max(last, high)], ticks };
}

/** Tick labels: up to two decimals, en-GB, via the shared formatter. */
export const tickLabel = (value: number): string => formatNumber(value, { maximumFractionDigits: 2 });

/** Shortens a label to about `max` characters for a chart column; the full text goes in a <title>. */
export function clip(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Breaks a label into at most `lines` lines of about `max` characters at spaces, for a chart's
 * text column (SVG text does not wrap). The last line is clipped, but a short trailing "(2010)"
 * is kept, since a study's year is what readers look for. The full text goes in a <title>.
 */
export function wrapLabel(label: string, max: number, lines = 2): string[] {
  const suffixMatch = /\s*(\([^()]{1,10}\))$/.exec(label);
  const suffix = suffixMatch?.[1] ?? '';
  const body = suffixMatch === null ? label : label.slice(0, suffixMatch.index);
  const out: string[] = [];
  let current = '';
  const words = body.split(/\s+/).filter((w) => w !== '');
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] ?? '';
    const candidate = current === '' ? word : `${current} ${word}`;
    if (candidate.length <= max || current === '') {
      current = candidate;
      continue;
    }
    out.push(current);
    if (out.length === lines - 1) {
      current = words.slice(i).join(' ');
      break;
    }
    current = word;
  }
  out.push(current);
  const last = out.length - 1;
  const room = suffix === '' ? max : max - suffix.length - 1;
  const tail = out[last] ?? '';
  out[last] = suffix === '' ? clip(tail, room) : `${clip(tail, room)} ${suffix}`;
  return out;
}

/**
 * Colours recharts writes as inline styles on tick and axis labels (the stylesheet cannot
 * override those), given as the theme's variables so light and dark both read well.
 */
export const TICK_STYLE = { fill: 'var(--chart-muted)', fontSize: 12 } as const;
export const AXIS_TITLE_FILL = 'var(--chart-ink)';
