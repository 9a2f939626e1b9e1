// An option's forest plot in the preview: the app's own forest plot (the estimates are standardised
// differences, no effect at 0) when the studies are pooled, always with the table of the same
// numbers beside it as its text alternative; a single study is shown as the table alone.
import { formatEffect, formatEffectInterval, formatPercent } from '../../../../shared/format';
import type { ForestPlotData } from '../../../../shared/model/brief-document';
import { ForestPlot } from '../../charts/forest-plot';
import { MaybeIllustrative } from '../../components/badges';

export function BriefForest({ forest, id, name }: { forest: ForestPlotData; id: string; name: string }) {
  const tableId = `${id}-table`;
  const pooled = forest.pooled;
  return (
    <figure className="chart-figure brief-forest">
      <figcaption className="chart-figure__caption">
        Forest plot: {name} ({forest.measure})
      </figcaption>
      {pooled !== null && forest.nullValue === 0 && (
        <ForestPlot
          title={`Forest plot for ${name}: each study's estimate with its 95% confidence interval, and the pooled estimate`}
          describedBy={tableId}
          xLabel={forest.measure}
          studies={forest.rows.map((r, i) => ({
            id: `${id}-${i}`,
            label: r.label,
            yi: r.estimate,
            ciLower: r.lower,
            ciUpper: r.upper,
            weightPct: r.weightPct ?? 0,
            illustrative: r.illustrative,
          }))}
          summary={{
            label: pooled.label,
            estimate: pooled.estimate,
            ciLower: pooled.lower,
            ciUpper: pooled.upper,
            piLower: null,
            piUpper: null,
          }}
        />
      )}
      <div className="table-scroll">
        <table className="table brief-forest__table" id={tableId}>
          <caption className="visually-hidden">The estimates of the forest plot for {name}</caption>
          <thead>
            <tr>
              <th scope="col">Study</th>
              <th scope="col">Estimate (95% CI)</th>
              <th scope="col">Weight</th>
            </tr>
          </thead>
          <tbody>
            {forest.rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">
                  {r.label} <MaybeIllustrative illustrative={r.illustrative} compact />
                </th>
                <td>
                  {formatEffect(r.estimate)} ({formatEffectInterval(r.lower, r.upper)})
                </td>
                <td>{r.weightPct === null ? '—' : formatPercent(r.weightPct / 100)}</td>
              </tr>
            ))}
            {pooled !== null && (
              <tr className="brief-forest__pooled">
                <th scope="row">{pooled.label}</th>
                <td>
                  {formatEffect(pooled.estimate)} ({formatEffectInterval(pooled.lower, pooled.upper)})
                </td>
                <td>100%</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
