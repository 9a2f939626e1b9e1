// A tornado chart (recharts, SVG) of the one-way sensitivity of net benefit per participant: a row
// per input, largest swing first, with a bar from the base net benefit to its value with the input
// at the low end of its range and one to its value at the high end. The two ends differ by shade
// and by pattern (the high end is hatched), and each row names its range in text beside it.
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
import { formatFigureValue, formatMoney } from '../../../shared/format';
import type { TornadoRow } from '../../../shared/model/value';
import { HatchDefs, Hatching } from './hatching';
import { TICK_STYLE, clip, niceAxis } from './chart-scale';

interface TornadoProps {
  rows: readonly TornadoRow[];
  /** Net benefit per participant with every input at its base value. */
  base: number;
  currency: string;
  title: string;
  describedBy: string;
  xLabel: string;
}

const ROW = 48;
const LINE = 15;
const BAR = 20;
const MARGIN = { top: 40, right: 220, bottom: 70, left: 300 };
const LABEL_X = 14;
const LABEL_CHARS = 38;
const X_AXIS_HEIGHT = 30;
const HATCH_ID = 'tornado-high-hatch';

function Marks({
  rows,
  base,
  currency,
  xLabel,
}: {
  rows: readonly TornadoRow[];
  base: number;
  currency: string;
  xLabel: string;
}) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  const width = useChartWidth();
  if (xScale === undefined || yScale === undefined || plot === undefined || width === undefined) return null;
  const x = (value: number) => xScale(value) ?? 0;
  const y = (row: number) => yScale(row) ?? 0;
  const bottom = plot.y + plot.height;
  const rangeX = width - 12;
  const headerY = plot.y - 18;
  const bar = (from: number, to: number) => ({
    x: Math.min(x(from), x(to)),
    width: Math.abs(x(to) - x(from)),
  });
  return (
    <g className="tornado">
      <HatchDefs id={HATCH_ID} />
      <g className="chart__heading">
        <text x={LABEL_X} y={headerY}>
          Input (its range)
        </text>
        <text x={rangeX} y={headerY} textAnchor="end">
          Net benefit: low → high input
        </text>
      </g>
      <line className="chart__rule" x1={LABEL_X} x2={rangeX} y1={headerY + 8} y2={headerY + 8} />
      {rows.map((row, index) => {
        const cy = y(index + 0.5);
        const range = `${formatFigureValue(row.low, row.unit)} to ${formatFigureValue(row.high, row.unit)}`;
        const low = bar(base, row.npvAtLow);
        const high = bar(base, row.npvAtHigh);
        return (
          <g key={row.input} className="tornado__row" data-input={row.input}>
            <title>{`${row.label}, from ${range}: net benefit ${formatMoney(row.npvAtLow, currency)} at the low end, ${formatMoney(row.npvAtHigh, currency)} at the high end`}</title>
            <text className="chart__label" x={LABEL_X} y={cy - LINE / 2} dominantBaseline="central">
              {clip(row.label, LABEL_CHARS)}
            </text>
            <text
              className="chart__label tornado__range"
              x={LABEL_X}
              y={cy + LINE / 2}
              dominantBaseline="central"
            >
              {range}
            </text>
            <rect
              className="tornado__bar tornado__bar--low"
              data-npv={row.npvAtLow}
              x={low.x}
              y={cy - BAR / 2}
              width={Math.max(low.width, 1)}
              height={BAR}
            />
            <rect
              className="tornado__bar tornado__bar--high"
              data-npv={row.npvAtHigh}
              x={high.x}
              y={cy - BAR / 2}
              width={Math.max(high.width, 1)}
              height={BAR}
            />
            <Hatching
              id={HATCH_ID}
              x={high.x}
              y={cy - BAR / 2}
              width={Math.max(high.width, 1)}
              height={BAR}
            />
            <text className="chart__number" x={rangeX} y={cy} textAnchor="end" dominantBaseline="central">
              {formatMoney(row.npvAtLow, currency)} → {formatMoney(row.npvAtHigh, currency)}
            </text>
          </g>
        );
      })}
      <line className="tornado__base" data-base={base} x1={x(base)} x2={x(base)} y1={plot.y} y2={bottom} />
      <g className="chart__caption">
        <text x={plot.x} y={bottom + 44} textAnchor="start">
          Solid: input at its low value · hatched: at its high value · line: base case{' '}
          {formatMoney(base, currency)}
        </text>
      </g>
      <text className="chart__axis-title" x={plot.x + plot.width / 2} y={bottom + 64} textAnchor="middle">
        {xLabel}
      </text>
    </g>
  );
}

export function TornadoChart({ rows, base, currency, title, describedBy, xLabel }: TornadoProps) {
  const axis = niceAxis([base, 0, ...rows.flatMap((r) => [r.npvAtLow, r.npvAtHigh])], 6);
  const height = MARGIN.top + MARGIN.bottom + X_AXIS_HEIGHT + rows.length * ROW;
  return (
    <div className="chart chart--tornado" role="img" aria-label={title} aria-describedby={describedBy}>
      <ResponsiveContainer width="100%" height={height} minWidth={820}>
        <ComposedChart margin={MARGIN} accessibilityLayer={false}>
          <CartesianGrid className="chart__grid" horizontal={false} verticalValues={axis.ticks} />
          <XAxis
            type="number"
            dataKey="x"
            domain={axis.domain}
            ticks={axis.ticks}
            tickFormatter={(v: number) => formatMoney(v, currency, { compact: true })}
            tick={TICK_STYLE}
            height={X_AXIS_HEIGHT}
            allowDataOverflow
            className="chart__axis"
          />
          <YAxis type="number" dataKey="row" domain={[0, rows.length]} reversed hide allowDataOverflow />
          <Marks rows={rows} base={base} currency={currency} xLabel={xLabel} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
