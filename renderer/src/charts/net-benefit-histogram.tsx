// A histogram (recharts, SVG) of the Monte Carlo's simulated net benefit per participant: one bar
// per bin the core counted, a line at £0 (break-even), and which side is which under the axis.
// Bars whose draws lie below £0 (costs exceed benefits) are hatched as well as shaded, so the two
// sides differ by more than colour. Each bar carries its bin as data-* attributes for tests.
import {
  CartesianGrid,
  ComposedChart,
  ResponsiveContainer,
  XAxis,
  YAxis,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
} from 'recharts';
import { formatInteger, formatMoney } from '../../../shared/format';
import type { HistogramBin } from '../../../shared/model/value';
import { HatchDefs, Hatching } from './hatching';
import { AXIS_TITLE_FILL, TICK_STYLE, niceAxis } from './chart-scale';

interface HistogramProps {
  bins: readonly HistogramBin[];
  currency: string;
  /** The chart's accessible name. */
  title: string;
  /** The id of the table or text that carries the same numbers. */
  describedBy: string;
  xLabel: string;
}

const HEIGHT = 300;
const MARGIN = { top: 16, right: 28, bottom: 64, left: 36 };
const HATCH_ID = 'net-benefit-loss-hatch';

const moneyTick = (currency: string) => (value: number) => formatMoney(value, currency, { compact: true });

function Marks({
  bins,
  currency,
  xLabel,
  domain,
}: {
  bins: readonly HistogramBin[];
  currency: string;
  xLabel: string;
  domain: [number, number];
}) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  if (xScale === undefined || yScale === undefined || plot === undefined) return null;
  const x = (value: number) => xScale(value) ?? 0;
  const y = (value: number) => yScale(value) ?? 0;
  const bottom = plot.y + plot.height;
  const zero = x(0);
  const showZero = domain[0] <= 0 && domain[1] >= 0;
  return (
    <g className="histogram">
      <HatchDefs id={HATCH_ID} />
      {bins.map((bin, index) => {
        const loss = bin.upper <= 0;
        const left = x(bin.lower);
        const width = Math.max(x(bin.upper) - left - 1, 1);
        const top = y(bin.count);
        return (
          <g key={index}>
            <rect
              className={loss ? 'histogram__bar histogram__bar--loss' : 'histogram__bar'}
              data-lower={bin.lower}
              data-upper={bin.upper}
              data-count={bin.count}
              x={left}
              y={top}
              width={width}
              height={Math.max(bottom - top, 0)}
            >
              <title>{`${formatMoney(bin.lower, currency)} to ${formatMoney(bin.upper, currency)}: ${formatInteger(bin.count)} draws`}</title>
            </rect>
            {loss && bin.count > 0 && (
              <Hatching id={HATCH_ID} x={left} y={top} width={width} height={Math.max(bottom - top, 0)} />
            )}
          </g>
        );
      })}
      {showZero && (
        <>
          <line className="histogram__zero" data-x="0" x1={zero} x2={zero} y1={plot.y} y2={bottom} />
          {/* At the plot's ends, not beside the line: £0 may lie close to either edge. */}
          <g className="chart__caption">
            <text x={plot.x} y={bottom + 40} textAnchor="start">
              ← Left of £0: costs exceed benefits
            </text>
            <text x={plot.x + plot.width} y={bottom + 40} textAnchor="end">
              Right of £0: benefits exceed costs →
            </text>
          </g>
        </>
      )}
      <text className="chart__axis-title" x={plot.x + plot.width / 2} y={bottom + 60} textAnchor="middle">
        {xLabel}
      </text>
    </g>
  );
}

export function NetBenefitHistogram({ bins, currency, title, describedBy, xLabel }: HistogramProps) {
  const first = bins[0];
  const last = bins[bins.length - 1];
  const xAxis = niceAxis([0, first?.lower ?? 0, last?.upper ?? 0], 7);
  const yAxis = niceAxis([0, ...bins.map((b) => b.count)], 5);
  return (
    <div className="chart chart--histogram" role="img" aria-label={title} aria-describedby={describedBy}>
      <ResponsiveContainer width="100%" height={HEIGHT} minWidth={520}>
        <ComposedChart margin={MARGIN} accessibilityLayer={false}>
          <CartesianGrid className="chart__grid" vertical={false} horizontalValues={yAxis.ticks} />
          <XAxis
            type="number"
            dataKey="x"
            domain={xAxis.domain}
            ticks={xAxis.ticks}
            tickFormatter={moneyTick(currency)}
            tick={TICK_STYLE}
            allowDataOverflow
            className="chart__axis"
          />
          <YAxis
            type="number"
            dataKey="count"
            domain={[0, yAxis.domain[1]]}
            ticks={yAxis.ticks.filter((t) => t >= 0)}
            tickFormatter={(v: number) => formatInteger(v)}
            tick={TICK_STYLE}
            allowDataOverflow
            width={56}
            className="chart__axis"
            label={{
              value: 'Draws',
              angle: -90,
              position: 'insideLeft',
              offset: -24,
              className: 'chart__axis-title',
              fill: AXIS_TITLE_FILL,
              style: { textAnchor: 'middle' },
            }}
          />
          <Marks bins={bins} currency={currency} xLabel={xLabel} domain={xAxis.domain} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
