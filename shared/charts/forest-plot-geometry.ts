// Where each mark of a brief's forest plot goes: pure geometry from ForestPlotData, so the
// exports (an SVG string in HTML and PDF, a PNG in DOCX) and the in-app preview draw the same
// picture. A row per study (a square sized by weight on its 95% CI), the pooled estimate as a
// diamond, a line at no effect, and text columns with each study's weight and estimate.
import { formatEffect, formatEffectInterval, formatPercent } from '../format';
import type { ForestPlotData } from '../model/brief-document';

export interface ForestRowGeometry {
  label: string;
  /** The label in up to two lines for the label column (cut with an ellipsis beyond). */
  lines: string[];
  /** Centre line of the row. */
  y: number;
  lowerX: number;
  upperX: number;
  pointX: number;
  /** Side of the square, by weight (area proportional to weight). */
  size: number;
  weightText: string;
  estimateText: string;
  illustrative: boolean;
}

export interface ForestPlotGeometry {
  width: number;
  height: number;
  /** Left and right of the plotting band. */
  plotLeft: number;
  plotRight: number;
  /** Top and bottom of the rows (the null line spans them). */
  top: number;
  bottom: number;
  headerY: number;
  labelX: number;
  weightX: number;
  estimateX: number;
  nullX: number;
  ticks: { x: number; label: string }[];
  axisY: number;
  measure: string;
  /** "Favours the intervention" under the side of the null that is better. */
  favours: { x: number; anchor: 'start' | 'end'; text: string };
  rows: ForestRowGeometry[];
  pooled: { label: string; y: number; points: string; estimateText: string } | null;
}

export const FOREST_WIDTH = 680;
const ROW = 32;
/** Characters of a study label per line (11px text in the label column). */
const LABEL_CHARS = 38;
/** Line spacing of a two-line label. */
export const FOREST_LINE = 13;
const HEADER = 30;
const LABEL_X = 4;
const PLOT_LEFT = 230;
const PLOT_RIGHT = 470;
const WEIGHT_X = 530;
const MAX_SQUARE = 14;
const MIN_SQUARE = 5;
const DIAMOND = 7;
const NICE_STEPS = [0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10, 20, 50, 100];

/**
 * A label in at most two lines, broken at spaces where it can be; `mark` (e.g. the dagger of an
 * illustrative study) always ends the last line, even when the label is cut.
 */
export function wrapForestLabel(label: string, max = LABEL_CHARS, mark = ''): string[] {
  const words = label.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  const suffix = mark === '' ? '' : ` ${mark}`;
  const kept = lines.slice(0, 2);
  const last = kept.length - 1;
  return kept.map((l, i) => {
    const room = i === last ? max - suffix.length : max;
    const cut = l.length > room || (i === last && lines.length > 2);
    return `${cut ? `${l.slice(0, room - 1)}…` : l}${i === last ? suffix : ''}`;
  });
}

/** Ticks at a round step covering [lo, hi], about five of them. */
function niceTicks(lo: number, hi: number): number[] {
  const span = hi - lo || 1;
  const step = NICE_STEPS.find((s) => span / s <= 6) ?? span / 5;
  const first = Math.floor(lo / step);
  const last = Math.max(first + 1, Math.ceil(hi / step));
  const ticks: number[] = [];
  for (let k = first; k <= last; k += 1) ticks.push(Number((k * step).toFixed(6)));
  return ticks;
}

export function forestPlotGeometry(data: ForestPlotData): ForestPlotGeometry {
  const values = [
    data.nullValue,
    ...data.rows.flatMap((r) => [r.lower, r.upper]),
    ...(data.pooled === null ? [] : [data.pooled.lower, data.pooled.upper]),
  ].filter(Number.isFinite);
  const ticks = niceTicks(Math.min(...values), Math.max(...values));
  const lo = ticks[0] ?? 0;
  const hi = ticks[ticks.length - 1] ?? 1;
  const x = (v: number) => PLOT_LEFT + ((v - lo) / (hi - lo || 1)) * (PLOT_RIGHT - PLOT_LEFT);
  const maxWeight = Math.max(0, ...data.rows.map((r) => r.weightPct ?? 0));
  const side = (w: number | null) =>
    w === null || maxWeight <= 0 ? 9 : Math.max(MIN_SQUARE, MAX_SQUARE * Math.sqrt(w / maxWeight));

  const top = HEADER + 8;
  const rows = data.rows.map((r, i) => ({
    label: r.label,
    lines: wrapForestLabel(r.label, LABEL_CHARS, r.illustrative ? '†' : ''),
    y: top + ROW * (i + 0.5),
    lowerX: x(r.lower),
    upperX: x(r.upper),
    pointX: x(r.estimate),
    size: side(r.weightPct),
    weightText: r.weightPct === null ? '' : formatPercent(r.weightPct / 100, 1),
    estimateText: `${formatEffect(r.estimate)} (${formatEffectInterval(r.lower, r.upper)})`,
    illustrative: r.illustrative,
  }));
  const pooledY = top + ROW * (data.rows.length + 0.5) + 6;
  const pooled =
    data.pooled === null
      ? null
      : {
          label: data.pooled.label,
          y: pooledY,
          points: [
            `${x(data.pooled.lower)},${pooledY}`,
            `${x(data.pooled.estimate)},${pooledY - DIAMOND}`,
            `${x(data.pooled.upper)},${pooledY}`,
            `${x(data.pooled.estimate)},${pooledY + DIAMOND}`,
          ].join(' '),
          estimateText: `${formatEffect(data.pooled.estimate)} (${formatEffectInterval(data.pooled.lower, data.pooled.upper)})`,
        };
  const bottom = (pooled === null ? top + ROW * data.rows.length : pooledY + ROW / 2) + 2;
  const nullX = x(data.nullValue);
  return {
    width: FOREST_WIDTH,
    height: bottom + 54,
    plotLeft: PLOT_LEFT,
    plotRight: PLOT_RIGHT,
    top,
    bottom,
    headerY: HEADER - 10,
    labelX: LABEL_X,
    weightX: WEIGHT_X,
    estimateX: FOREST_WIDTH - 4,
    nullX,
    ticks: ticks.map((t) => ({ x: x(t), label: formatEffect(t, Math.abs(t) < 1 && t !== 0 ? 2 : 1) })),
    axisY: bottom,
    measure: data.measure,
    favours:
      data.betterSide === 'left'
        ? { x: nullX - 6, anchor: 'end', text: '← Favours the intervention' }
        : { x: nullX + 6, anchor: 'start', text: 'Favours the intervention →' },
    rows,
    pooled,
  };
}
