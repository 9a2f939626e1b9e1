// The toolkit's bubble chart (recharts, SVG): each approach's impact (the beneficial % change on
// its row's outcome, up) against its cost per participant (across, on a log scale as costs span
// pounds to thousands), bubble size = evidence quality 1–5. Impact bands differ by shape as well
// as colour; the legend below says so, and the toolkit table is the chart's text alternative.
import {
  LabelList,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  XAxis,
  YAxis,
  ZAxis,
  CartesianGrid,
} from 'recharts';
import { IMPACT_BAND_LABELS, IMPACT_BANDS, type ImpactBand } from '../../../shared/analysis/ratings/yef';
import { formatMoney, formatNumber } from '../../../shared/format';
import { AXIS_TITLE_FILL, TICK_STYLE, niceAxis } from './chart-scale';

export interface BubblePoint {
  id: string;
  name: string;
  cost: number;
  impact: number;
  quality: number;
  band: ImpactBand;
}

const SHAPES: Record<ImpactBand, 'circle' | 'diamond' | 'square' | 'triangle' | 'cross'> = {
  high: 'circle',
  moderate: 'diamond',
  low: 'square',
  'no-effect': 'triangle',
  harmful: 'cross',
};
/** Bubble areas for evidence quality 0–5, in square pixels. */
const SIZE_RANGE: [number, number] = [60, 900];
const HEIGHT = 380;

/** Decades of pounds covering every cost, for the log axis. */
function costTicks(points: readonly BubblePoint[]): number[] {
  const costs = points.map((p) => p.cost).filter((c) => c > 0);
  const low = Math.floor(Math.log10(Math.min(...costs, 10)));
  const high = Math.ceil(Math.log10(Math.max(...costs, 100)));
  return Array.from({ length: high - low + 1 }, (_, k) => 10 ** (low + k));
}

const percent = (value: number) => `${formatNumber(value, { maximumFractionDigits: 0 })}%`;

export function ToolkitBubbleChart({
  points,
  title,
  describedBy,
}: {
  points: readonly BubblePoint[];
  title: string;
  describedBy: string;
}) {
  const ticks = costTicks(points);
  const yAxis = niceAxis([0, ...points.map((p) => p.impact)], 6);
  return (
    <div className="chart chart--bubbles" role="img" aria-label={title} aria-describedby={describedBy}>
      <ResponsiveContainer width="100%" height={HEIGHT} minWidth={560}>
        <ScatterChart margin={{ top: 24, right: 40, bottom: 40, left: 24 }} accessibilityLayer={false}>
          <CartesianGrid className="chart__grid" />
          <XAxis
            type="number"
            dataKey="cost"
            scale="log"
            domain={[ticks[0] ?? 1, ticks[ticks.length - 1] ?? 10000]}
            ticks={ticks}
            tickFormatter={(v: number) => formatMoney(v, 'GBP', { compact: true })}
            tick={TICK_STYLE}
            allowDataOverflow
            className="chart__axis"
            label={{
              value: 'Cost per participant (log scale)',
              position: 'bottom',
              offset: 16,
              className: 'chart__axis-title',
              fill: AXIS_TITLE_FILL,
            }}
          />
          <YAxis
            type="number"
            dataKey="impact"
            domain={yAxis.domain}
            ticks={yAxis.ticks}
            tickFormatter={percent}
            tick={TICK_STYLE}
            width={64}
            className="chart__axis"
            label={{
              value: 'Impact: beneficial change',
              angle: -90,
              position: 'insideLeft',
              offset: -8,
              className: 'chart__axis-title',
              fill: AXIS_TITLE_FILL,
              style: { textAnchor: 'middle' },
            }}
          />
          <ZAxis type="number" dataKey="quality" domain={[0, 5]} range={SIZE_RANGE} />
          {IMPACT_BANDS.map((band) => {
            const data = points.filter((p) => p.band === band);
            return data.length === 0 ? null : (
              <Scatter
                key={band}
                name={IMPACT_BAND_LABELS[band]}
                data={data}
                shape={SHAPES[band]}
                className={`bubbles__series bubbles__series--${band}`}
                isAnimationActive={false}
              >
                <LabelList dataKey="name" position="top" offset={10} className="bubbles__label" />
              </Scatter>
            );
          })}
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}

/** The chart's legend: each impact band's shape, and what bubble size means. */
export function ToolkitBubbleLegend({ bands }: { bands: readonly ImpactBand[] }) {
  return (
    <div className="bubbles-legend">
      <ul className="bubbles-legend__list" aria-label="Impact bands">
        {bands.map((band) => (
          <li key={band} className="bubbles-legend__item">
            <svg
              width="16"
              height="16"
              viewBox="-8 -8 16 16"
              aria-hidden="true"
              className={`bubbles__series--${band}`}
            >
              <LegendShape band={band} />
            </svg>
            {IMPACT_BAND_LABELS[band]}
          </li>
        ))}
      </ul>
      <p className="bubbles-legend__size">
        <svg width="64" height="24" viewBox="0 0 64 24" aria-hidden="true" className="bubbles-legend__sizes">
          <circle cx="6" cy="12" r="3" />
          <circle cx="24" cy="12" r="6.5" />
          <circle cx="50" cy="12" r="10" />
        </svg>
        Bubble size: evidence quality, from 1 (very low) to 5 (very high)
      </p>
    </div>
  );
}

function LegendShape({ band }: { band: ImpactBand }) {
  switch (SHAPES[band]) {
    case 'circle':
      return <circle className="recharts-symbols" r="6" />;
    case 'diamond':
      return <path className="recharts-symbols" d="M0 -7L7 0L0 7L-7 0Z" />;
    case 'square':
      return <rect className="recharts-symbols" x="-5.5" y="-5.5" width="11" height="11" />;
    case 'triangle':
      return <path className="recharts-symbols" d="M0 -7L7 6H-7Z" />;
    case 'cross':
      return <path className="recharts-symbols" d="M-2 -7H2V-2H7V2H2V7H-2V2H-7V-2H-2Z" />;
  }
}
