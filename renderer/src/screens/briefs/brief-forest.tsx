// An option's forest plot in the preview, drawn as React SVG from the same geometry the exports
// use (shared/charts/forest-plot-geometry), so the preview shows the picture the board will get;
// the table of the same numbers follows it as its text alternative.
import { forestPlotGeometry } from '../../../../shared/charts/forest-plot-geometry';
import type { ForestPlotData } from '../../../../shared/model/brief-document';
import { MaybeIllustrative } from '../../components/badges';

export function BriefForest({ forest, id, name }: { forest: ForestPlotData; id: string; name: string }) {
  const g = forestPlotGeometry(forest);
  const tableId = `${id}-table`;
  // The exports print the column headings above the rows; here the table below carries them.
  const top = g.top - 8;
  return (
    <figure className="chart-figure brief-forest">
      <figcaption className="chart-figure__caption">Forest plot: {name}</figcaption>
      <svg
        className="brief-forest__svg"
        viewBox={`0 ${top} ${g.width} ${g.height - top + 6}`}
        role="img"
        aria-label={`Forest plot for ${name}: each study's estimate with its 95% confidence interval${g.pooled === null ? '' : ', and the pooled estimate'}`}
        aria-describedby={tableId}
      >
        <line className="brief-forest__null" x1={g.nullX} x2={g.nullX} y1={g.top} y2={g.bottom} />
        {g.rows.map((r) => (
          <g key={r.label} className="brief-forest__row" data-estimate-x={r.pointX.toFixed(1)}>
            <line className="brief-forest__ci" x1={r.lowerX} x2={r.upperX} y1={r.y} y2={r.y} />
            <line className="brief-forest__ci" x1={r.lowerX} x2={r.lowerX} y1={r.y - 4} y2={r.y + 4} />
            <line className="brief-forest__ci" x1={r.upperX} x2={r.upperX} y1={r.y - 4} y2={r.y + 4} />
            <rect
              className="brief-forest__point"
              x={r.pointX - r.size / 2}
              y={r.y - r.size / 2}
              width={r.size}
              height={r.size}
            />
            <text className="brief-forest__text" x={g.labelX} y={r.y} dominantBaseline="central">
              {r.label.length > 36 ? `${r.label.slice(0, 35)}…` : r.label}
            </text>
          </g>
        ))}
        {g.pooled !== null && (
          <g className="brief-forest__pooled">
            <polygon className="brief-forest__diamond" points={g.pooled.points} />
            <text className="brief-forest__text" x={g.labelX} y={g.pooled.y} dominantBaseline="central">
              {g.pooled.label}
            </text>
          </g>
        )}
        <line className="brief-forest__axis" x1={g.plotLeft} x2={g.plotRight} y1={g.axisY} y2={g.axisY} />
        {g.ticks.map((t) => (
          <g key={t.label}>
            <line className="brief-forest__axis" x1={t.x} x2={t.x} y1={g.axisY} y2={g.axisY + 4} />
            <text
              className="brief-forest__text"
              x={t.x}
              y={g.axisY + 14}
              textAnchor="middle"
              dominantBaseline="central"
            >
              {t.label}
            </text>
          </g>
        ))}
        <text
          className="brief-forest__text brief-forest__caption"
          x={g.favours.x}
          y={g.axisY + 29}
          textAnchor={g.favours.anchor}
          dominantBaseline="central"
        >
          {g.favours.text}
        </text>
        <text
          className="brief-forest__text brief-forest__caption"
          x={(g.plotLeft + g.plotRight) / 2}
          y={g.axisY + 42}
          textAnchor="middle"
          dominantBaseline="central"
        >
          {g.measure}
        </text>
      </svg>
      <div className="table-scroll">
        <table className="table brief-forest__table" id={tableId}>
          <caption className="visually-hidden">The estimates in the forest plot for {name}</caption>
          <thead>
            <tr>
              <th scope="col">Study</th>
              <th scope="col" className="num">
                Weight
              </th>
              <th scope="col" className="num">
                Estimate (95% CI)
              </th>
            </tr>
          </thead>
          <tbody>
            {g.rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">
                  {r.label} <MaybeIllustrative illustrative={r.illustrative} compact />
                </th>
                <td className="num">{r.weightText === '' ? '—' : r.weightText}</td>
                <td className="num">{r.estimateText}</td>
              </tr>
            ))}
            {g.pooled !== null && (
              <tr className="brief-forest__pooled">
                <th scope="row">{g.pooled.label}</th>
                <td className="num">100%</td>
                <td className="num">{g.pooled.estimateText}</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
