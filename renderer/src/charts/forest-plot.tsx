// A forest plot (recharts, SVG) of one outcome's meta-analysis, laid out as metafor's and the meta
// package's forest plots are: a row per study (square sized by weight, line for its 95% CI), the
// pooled estimate as a diamond, the prediction interval on its own row, a line at no effect, and
// text columns with each study's weight and estimate. It draws the core's numbers as given and
// puts them on the marks as data-* attributes, so tests can check the picture against the table.
import {
  CartesianGrid,
  ComposedChart,
  ResponsiveContainer,
  XAxis,
  YAxis,
  useChartWidth,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
} from 'recharts';
import { formatEffect, formatEffectInterval, formatPercent } from '../../../shared/format';
import { type Axis, TICK_STYLE, clip, niceAxis, tickLabel, wrapLabel } from './chart-scale';

export interface ForestStudy {
  id: string;
  label: string;
  yi: number;
  ciLower: number;
  ciUpper: number;
  weightPct: number;
  illustrative: boolean;
}

export interface ForestSummary {
  /** e.g. "Random effects (REML), Hartung–Knapp". */
  label: string;
  estimate: number;
  ciLower: number;
  ciUpper: number;
  piLower: number | null;
  piUpper: number | null;
}

interface ForestPlotProps {
  studies: readonly ForestStudy[];
  summary: ForestSummary;
  /** The chart's accessible name. */
  title: string;
  /** The id of the table that carries the same numbers (the text alternative). */
  describedBy: string;
  xLabel: string;
}

const ROW = 40;
const LINE = 15;
const MARGIN = { top: 44, right: 262, bottom: 50, left: 390 };
const LABEL_X = 14;
const LABEL_CHARS = 42;
const BADGE_WIDTH = 70;
const MAX_SQUARE = 17;
const MIN_SQUARE = 5;
const DIAMOND_HALF_HEIGHT = 8;
const CAP = 5;
const X_AXIS_HEIGHT = 30;

/** A study's label in up to two lines, centred on its row. */
function StudyLabel({ lines, y }: { lines: string[]; y: number }) {
  const first = y - ((lines.length - 1) * LINE) / 2;
  return (
    <text className="chart__label" x={LABEL_X} y={first} dominantBaseline="central">
      {lines.map((line, index) => (
        <tspan key={index} x={LABEL_X} dy={index === 0 ? 0 : LINE}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Row positions, in rows from the top: studies, a gap, the pooled row, the prediction row. */
function rows(k: number, hasPrediction: boolean) {
  const pooled = k + 1;
  return {
    study: (i: number) => i + 0.5,
    pooled,
    prediction: pooled + 1,
    total: pooled + (hasPrediction ? 1.6 : 0.6),
  };
}

function Marks({
  studies,
  summary,
  axis,
  xLabel,
}: {
  studies: readonly ForestStudy[];
  summary: ForestSummary;
  axis: Axis;
  xLabel: string;
}) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  const width = useChartWidth();
  if (xScale === undefined || yScale === undefined || plot === undefined || width === undefined) return null;
  const x = (value: number) => xScale(value) ?? 0;
  const y = (row: number) => yScale(row) ?? 0;
  const hasPrediction = summary.piLower !== null && summary.piUpper !== null;
  const layout = rows(studies.length, hasPrediction);
  const maxWeight = Math.max(...studies.map((s) => s.weightPct), 0);
  // Square area proportional to weight (as in metafor and meta), never too small to see.
  const side = (w: number) =>
    maxWeight <= 0 ? MIN_SQUARE : Math.max(MIN_SQUARE, MAX_SQUARE * Math.sqrt(w / maxWeight));
  const weightX = width - 190;
  const estimateX = width - 12;
  const headerY = plot.y - 16;
  const plotBottom = plot.y + plot.height;
  const zero = x(0);
  const dividerY = (y(layout.study(studies.length - 1)) + y(layout.pooled)) / 2;
  const diamondY = y(layout.pooled);
  const predictionY = y(layout.prediction);
  const badgeX = MARGIN.left - BADGE_WIDTH - 16;

  return (
    <g className="forest">
      {/* Column headings */}
      <g className="chart__heading">
        <text x={LABEL_X} y={headerY}>
          Study
        </text>
        <text x={weightX} y={headerY} textAnchor="end">
          Weight
        </text>
        <text x={estimateX} y={headerY} textAnchor="end">
          Hedges’ g (95% CI)
        </text>
      </g>
      <line className="chart__rule" x1={LABEL_X} x2={estimateX} y1={headerY + 8} y2={headerY + 8} />

      {/* The line of no effect */}
      <line className="forest__null" data-x="0" x1={zero} x2={zero} y1={plot.y} y2={plotBottom} />
      {/* The pooled estimate, dashed, down through the studies */}
      <line
        className="forest__estimate-line"
        data-estimate={summary.estimate}
        x1={x(summary.estimate)}
        x2={x(summary.estimate)}
        y1={plot.y}
        y2={diamondY}
      />

      {studies.map((s, i) => {
        const cy = y(layout.study(i));
        const size = side(s.weightPct);
        const full = `${s.label}: g ${formatEffect(s.yi)}, 95% CI ${formatEffectInterval(s.ciLower, s.ciUpper)}, weight ${formatPercent(s.weightPct / 100, 1)}`;
        return (
          <g key={s.id} className="forest__study" data-study={s.id}>
            <title>{full}</title>
            <StudyLabel lines={wrapLabel(s.label, LABEL_CHARS)} y={cy} />
            {s.illustrative && (
              <g className="chart__badge" transform={`translate(${badgeX}, ${cy - 9})`}>
                <rect width={BADGE_WIDTH} height={18} rx={9} />
                <text x={BADGE_WIDTH / 2} y={9} textAnchor="middle" dominantBaseline="central">
                  Illustrative
                </text>
              </g>
            )}
            <line
              className="forest__ci"
              data-ci-lower={s.ciLower}
              data-ci-upper={s.ciUpper}
              x1={x(s.ciLower)}
              x2={x(s.ciUpper)}
              y1={cy}
              y2={cy}
            />
            <line className="forest__cap" x1={x(s.ciLower)} x2={x(s.ciLower)} y1={cy - CAP} y2={cy + CAP} />
            <line className="forest__cap" x1={x(s.ciUpper)} x2={x(s.ciUpper)} y1={cy - CAP} y2={cy + CAP} />
            <rect
              className="forest__point"
              data-yi={s.yi}
              data-weight={s.weightPct}
              x={x(s.yi) - size / 2}
              y={cy - size / 2}
              width={size}
              height={size}
            />
            <text className="chart__number" x={weightX} y={cy} textAnchor="end" dominantBaseline="central">
              {formatPercent(s.weightPct / 100, 1)}
            </text>
            <text className="chart__number" x={estimateX} y={cy} textAnchor="end" dominantBaseline="central">
              {formatEffect(s.yi)} ({formatEffectInterval(s.ciLower, s.ciUpper)})
            </text>
          </g>
        );
      })}

      <line className="chart__rule" x1={LABEL_X} x2={estimateX} y1={dividerY} y2={dividerY} />

      {/* The pooled estimate and its CI */}
      <g className="forest__summary">
        <title>{`${summary.label}: g ${formatEffect(summary.estimate)}, 95% CI ${formatEffectInterval(summary.ciLower, summary.ciUpper)}`}</title>
        <text
          className="chart__label chart__label--strong"
          x={LABEL_X}
          y={diamondY}
          dominantBaseline="central"
        >
          {clip(summary.label, LABEL_CHARS + 14)}
        </text>
        <polygon
          className="forest__diamond"
          data-estimate={summary.estimate}
          data-ci-lower={summary.ciLower}
          data-ci-upper={summary.ciUpper}
          points={[
            `${x(summary.ciLower)},${diamondY}`,
            `${x(summary.estimate)},${diamondY - DIAMOND_HALF_HEIGHT}`,
            `${x(summary.ciUpper)},${diamondY}`,
            `${x(summary.estimate)},${diamondY + DIAMOND_HALF_HEIGHT}`,
          ].join(' ')}
        />
        <text className="chart__number" x={weightX} y={diamondY} textAnchor="end" dominantBaseline="central">
          {formatPercent(1, 1)}
        </text>
        <text
          className="chart__number chart__number--strong"
          x={estimateX}
          y={diamondY}
          textAnchor="end"
          dominantBaseline="central"
        >
          {formatEffect(summary.estimate)} ({formatEffectInterval(summary.ciLower, summary.ciUpper)})
        </text>
      </g>

      {hasPrediction && summary.piLower !== null && summary.piUpper !== null && (
        <g className="forest__prediction">
          <title>{`95% prediction interval: ${formatEffectInterval(summary.piLower, summary.piUpper)}`}</title>
          <text className="chart__label" x={LABEL_X} y={predictionY} dominantBaseline="central">
            95% prediction interval
          </text>
          <line
            className="forest__pi"
            data-pi-lower={summary.piLower}
            data-pi-upper={summary.piUpper}
            x1={x(summary.piLower)}
            x2={x(summary.piUpper)}
            y1={predictionY}
            y2={predictionY}
          />
          <line
            className="forest__pi-cap"
            x1={x(summary.piLower)}
            x2={x(summary.piLower)}
            y1={predictionY - CAP}
            y2={predictionY + CAP}
          />
          <line
            className="forest__pi-cap"
            x1={x(summary.piUpper)}
            x2={x(summary.piUpper)}
            y1={predictionY - CAP}
            y2={predictionY + CAP}
          />
          <text
            className="chart__number"
            x={estimateX}
            y={predictionY}
            textAnchor="end"
            dominantBaseline="central"
          >
            ({formatEffectInterval(summary.piLower, summary.piUpper)})
          </text>
        </g>
      )}

      {/* Which side favours what, under the axis; then the axis title */}
      <g className="chart__caption">
        {axis.domain[0] < 0 && (
          <text x={zero - 8} y={plotBottom + 40} textAnchor="end">
            ← Favours comparison
          </text>
        )}
        {axis.domain[1] > 0 && (
          <text x={zero + 8} y={plotBottom + 40} textAnchor="start">
            Favours intervention →
          </text>
        )}
      </g>
      <text className="chart__axis-title" x={plot.x + plot.width / 2} y={plotBottom + 64} textAnchor="middle">
        {xLabel}
      </text>
    </g>
  );
}

export function ForestPlot({ studies, summary, title, describedBy, xLabel }: ForestPlotProps) {
  const axis = niceAxis([
    0,
    summary.ciLower,
    summary.ciUpper,
    ...(summary.piLower !== null && summary.piUpper !== null ? [summary.piLower, summary.piUpper] : []),
    ...studies.flatMap((s) => [s.ciLower, s.ciUpper]),
  ]);
  const layout = rows(studies.length, summary.piLower !== null && summary.piUpper !== null);
  const height = MARGIN.top + MARGIN.bottom + X_AXIS_HEIGHT + layout.total * ROW;
  return (
    <div className="chart chart--forest" role="img" aria-label={title} aria-describedby={describedBy}>
      <ResponsiveContainer width="100%" height={height} minWidth={760}>
        <ComposedChart margin={MARGIN} accessibilityLayer={false}>
          <CartesianGrid className="chart__grid" horizontal={false} verticalValues={axis.ticks} />
          <XAxis
            type="number"
            dataKey="x"
            domain={axis.domain}
            ticks={axis.ticks}
            tickFormatter={tickLabel}
            tick={TICK_STYLE}
            height={X_AXIS_HEIGHT}
            allowDataOverflow
            className="chart__axis"
          />
          <YAxis type="number" dataKey="row" domain={[0, layout.total]} reversed hide allowDataOverflow />
          <Marks studies={studies} summary={summary} axis={axis} xLabel={xLabel} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
