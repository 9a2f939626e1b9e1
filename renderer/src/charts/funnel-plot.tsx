// A funnel plot (recharts, SVG) of one outcome's studies, as metafor's funnel() draws it: each
// study's effect (x) against its standard error (y, 0 at the top), a vertical line at the pooled
// estimate and the pseudo 95% confidence region, estimate ± 1.96·SE. Asymmetry hints at small-study
// effects. Marks carry their numbers as data-* attributes for tests.
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
import { formatEffect, formatStatistic } from '../../../shared/format';
import { AXIS_TITLE_FILL, TICK_STYLE, clip, niceAxis, tickLabel } from './chart-scale';

export interface FunnelStudy {
  id: string;
  label: string;
  yi: number;
  /** The study's standard error. */
  se: number;
}

interface FunnelPlotProps {
  studies: readonly FunnelStudy[];
  estimate: number;
  title: string;
  describedBy: string;
  xLabel: string;
}

/** qnorm(0.975), the normal 95% point metafor's funnel() uses for its pseudo confidence region. */
const Z_95 = 1.959963984540054;
const HEIGHT = 320;
const MARGIN = { top: 16, right: 24, bottom: 40, left: 28 };

function Marks({
  studies,
  estimate,
  seMax,
}: {
  studies: readonly FunnelStudy[];
  estimate: number;
  seMax: number;
}) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  if (xScale === undefined || yScale === undefined || plot === undefined) return null;
  const x = (value: number) => xScale(value) ?? 0;
  const y = (value: number) => yScale(value) ?? 0;
  const apex = `${x(estimate)},${y(0)}`;
  const left = `${x(estimate - Z_95 * seMax)},${y(seMax)}`;
  const right = `${x(estimate + Z_95 * seMax)},${y(seMax)}`;
  return (
    <g className="funnel">
      <polygon className="funnel__region" points={`${apex} ${left} ${right}`} />
      <line
        className="funnel__limit"
        data-estimate={estimate}
        data-se-max={seMax}
        data-side="lower"
        x1={x(estimate)}
        y1={y(0)}
        x2={x(estimate - Z_95 * seMax)}
        y2={y(seMax)}
      />
      <line
        className="funnel__limit"
        data-estimate={estimate}
        data-se-max={seMax}
        data-side="upper"
        x1={x(estimate)}
        y1={y(0)}
        x2={x(estimate + Z_95 * seMax)}
        y2={y(seMax)}
      />
      <line
        className="funnel__estimate"
        data-estimate={estimate}
        x1={x(estimate)}
        x2={x(estimate)}
        y1={y(0)}
        y2={y(seMax)}
      />
      {studies.map((s) => (
        <circle
          key={s.id}
          className="funnel__point"
          data-study={s.id}
          data-yi={s.yi}
          data-se={s.se}
          cx={x(s.yi)}
          cy={y(s.se)}
          r={5.5}
        >
          <title>{`${clip(s.label, 80)}: g ${formatEffect(s.yi)}, SE ${formatStatistic(s.se)}`}</title>
        </circle>
      ))}
    </g>
  );
}

export function FunnelPlot({ studies, estimate, title, describedBy, xLabel }: FunnelPlotProps) {
  const seAxis = niceAxis([0, ...studies.map((s) => s.se)], 5);
  const seMax = seAxis.domain[1];
  const xAxis = niceAxis([estimate - Z_95 * seMax, estimate + Z_95 * seMax, ...studies.map((s) => s.yi)], 6);
  return (
    <div className="chart chart--funnel" role="img" aria-label={title} aria-describedby={describedBy}>
      <ResponsiveContainer width="100%" height={HEIGHT} minWidth={320}>
        <ComposedChart margin={MARGIN} accessibilityLayer={false}>
          <CartesianGrid
            className="chart__grid"
            verticalValues={xAxis.ticks}
            horizontalValues={seAxis.ticks}
          />
          <XAxis
            type="number"
            dataKey="yi"
            domain={xAxis.domain}
            ticks={xAxis.ticks}
            tickFormatter={tickLabel}
            tick={TICK_STYLE}
            allowDataOverflow
            className="chart__axis"
            label={{
              value: xLabel,
              position: 'insideBottom',
              offset: -28,
              className: 'chart__axis-title',
              fill: AXIS_TITLE_FILL,
            }}
          />
          <YAxis
            type="number"
            dataKey="se"
            domain={[0, seMax]}
            ticks={seAxis.ticks}
            tickFormatter={tickLabel}
            tick={TICK_STYLE}
            reversed
            allowDataOverflow
            width={44}
            className="chart__axis"
            label={{
              value: 'Standard error',
              angle: -90,
              position: 'insideLeft',
              offset: -18,
              className: 'chart__axis-title',
              fill: AXIS_TITLE_FILL,
              style: { textAnchor: 'middle' },
            }}
          />
          <Marks studies={studies} estimate={estimate} seMax={seMax} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
