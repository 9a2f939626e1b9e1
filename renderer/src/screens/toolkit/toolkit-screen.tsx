// `#/toolkit`: one row per approach type, computed from the library as the YEF and College of
// Policing toolkits are from theirs: the pooled impact on an outcome as a band and a % change at
// the baseline rate, the evidence quality 1–5, the cost band, and how many studies and
// interventions lie behind it; and a bubble chart of impact against cost, sized by quality, whose
// text alternative is the table.
import { useId, useState } from 'react';
import { IMPACT_BAND_LABELS, IMPACT_BANDS } from '../../../../shared/analysis/ratings/yef';
import {
  formatCount,
  formatInteger,
  formatMoney,
  formatNumber,
  formatPercent,
} from '../../../../shared/format';
import { useDocumentTitle } from '../../app/use-document-title';
import { type BubblePoint, ToolkitBubbleChart, ToolkitBubbleLegend } from '../../charts/toolkit-bubble-chart';
import { EvidencePips } from '../../components/evidence-level';
import { IllustrativeNote, MaybeIllustrative } from '../../components/badges';
import { SelectField } from '../../components/form-controls';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { useApiQuery } from '../../data/use-api-query';
import { hrefFor } from '../../routing/routes';
import { HEADLINE, outcomeChoices, type ToolkitRow, toolkitRows } from './toolkit-rows';

const TABLE_ID = 'toolkit-table';

function changeText(percent: number | null): string {
  if (percent === null) return 'No % change: no baseline rate';
  const rounded = formatNumber(Math.abs(percent), { maximumFractionDigits: 1 });
  return percent >= 0 ? `${rounded}% better` : `${rounded}% worse`;
}

function ImpactCell({ row }: { row: ToolkitRow }) {
  const o = row.outcome;
  if (o === null) return <td className="muted">No studies of this outcome</td>;
  const t = o.pooled.translation;
  return (
    <td data-field="impact">
      <span className={`impact-band impact-band--${o.impactBand ?? 'none'}`} data-band={o.impactBand ?? ''}>
        {o.impactBand === null ? 'No band' : IMPACT_BAND_LABELS[o.impactBand]}
      </span>
      <span className="toolkit__sub" data-field="change" data-value={o.beneficialChangePercent ?? ''}>
        {changeText(o.beneficialChangePercent)} <MaybeIllustrative illustrative={o.illustrative} compact />
      </span>
      {t !== null && (
        <span className="toolkit__sub muted small">
          at a baseline of {formatPercent(t.baselineRate, 1)} ({t.baselineSource})
        </span>
      )}
    </td>
  );
}

function ToolkitTable({
  rows,
  headline,
  outcomeName,
}: {
  rows: ToolkitRow[];
  headline: boolean;
  outcomeName: string;
}) {
  const illustrative = rows.some(
    (r) => r.outcome?.illustrative === true || r.approach.cost?.illustrative === true,
  );
  return (
    <>
      {illustrative && <IllustrativeNote />}
      <div className="table-scroll" role="region" aria-labelledby={`${TABLE_ID}-caption`} tabIndex={0}>
        <table className="table toolkit-table" id={TABLE_ID}>
          <caption id={`${TABLE_ID}-caption`}>
            {headline
              ? 'Each approach on its headline outcome (of those with a % change, the most-studied)'
              : `Each approach on ${outcomeName}`}
            : impact, evidence quality and cost
          </caption>
          <thead>
            <tr>
              <th scope="col">Approach</th>
              {headline && <th scope="col">Outcome</th>}
              <th scope="col">Impact</th>
              <th scope="col">Evidence quality</th>
              <th scope="col">Cost per participant</th>
              <th scope="col" className="num">
                Studies
              </th>
              <th scope="col" className="num">
                Interventions
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const a = row.approach;
              const o = row.outcome;
              return (
                <tr key={a.approach.id} data-approach={a.approach.id}>
                  <th scope="row">{a.approach.name}</th>
                  {headline && <td data-field="outcome">{o?.outcome.name ?? '—'}</td>}
                  <ImpactCell row={row} />
                  <td data-field="quality" data-value={o?.evidenceQuality.level ?? ''}>
                    {o === null ? (
                      '—'
                    ) : (
                      <>
                        <EvidencePips level={Number(o.evidenceQuality.level)} /> {o.evidenceQuality.label}
                        <span className="toolkit__sub muted small">{o.evidenceQuality.meaning}</span>
                      </>
                    )}
                  </td>
                  <td data-field="cost" data-value={a.cost?.medianPerParticipant ?? ''}>
                    {a.cost === null ? (
                      <span className="muted">No cost data</span>
                    ) : (
                      <>
                        {formatMoney(a.cost.medianPerParticipant)}{' '}
                        <span className="muted small">({a.cost.priceYear} prices)</span>{' '}
                        <MaybeIllustrative illustrative={a.cost.illustrative} compact />
                        <span
                          className="toolkit__sub"
                          data-field="cost-band"
                          data-value={a.cost.rating.rating}
                        >
                          Cost band {a.cost.rating.rating} of 5: {a.cost.rating.band}
                        </span>
                        <span className="toolkit__sub muted small">
                          median of {formatCount(a.cost.interventionsCosted, 'intervention')}
                        </span>
                      </>
                    )}
                  </td>
                  <td className="num" data-field="studies" data-value={o?.studyCount ?? 0}>
                    {formatInteger(o?.studyCount ?? 0)}
                    <span className="toolkit__sub muted small">of {formatInteger(a.studyCount)} in all</span>
                  </td>
                  <td className="num" data-field="interventions" data-value={a.interventionCount}>
                    {formatInteger(a.interventionCount)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

function bubbles(rows: readonly ToolkitRow[]): { points: BubblePoint[]; left: string[] } {
  const points: BubblePoint[] = [];
  const left: string[] = [];
  for (const { approach, outcome } of rows) {
    if (outcome?.beneficialChangePercent == null || outcome.impactBand === null || approach.cost === null) {
      left.push(approach.approach.name);
      continue;
    }
    points.push({
      id: approach.approach.id,
      name: approach.approach.name,
      cost: approach.cost.medianPerParticipant,
      impact: outcome.beneficialChangePercent,
      quality: Number(outcome.evidenceQuality.level),
      band: outcome.impactBand,
    });
  }
  return { points, left };
}

export function ToolkitScreen() {
  useDocumentTitle('Toolkit');
  const query = useApiQuery('ratings/approaches', {});
  const [outcomeId, setOutcomeId] = useState(HEADLINE);
  const selectId = useId();
  return (
    <div className="page toolkit">
      <header className="page-header">
        <h1>Toolkit</h1>
        <p className="page-header__lead">
          Each approach type, computed from this library’s studies in the manner of the Youth Endowment Fund
          and College of Policing toolkits: the pooled impact, how good the evidence is and what it costs.
          Impact is the pooled effect as a % change at the library’s local baseline rate (Library settings),
          else the comparison groups’ own rate; costs are in the library’s price year.{' '}
          <a href={hrefFor({ screen: 'gap-map' })}>See where the evidence is missing on the gap map</a>.
        </p>
      </header>
      {query.status === 'loading' && <LoadingState label="Pooling each approach’s studies…" />}
      {query.status === 'error' && <ErrorState error={query.error} onRetry={query.reload} />}
      {query.status === 'ok' &&
        (query.value.length === 0 ? (
          <EmptyState title="No interventions yet">
            <p>The toolkit is computed from the interventions in the library and their evaluations.</p>
          </EmptyState>
        ) : (
          <ToolkitBody
            approaches={query.value}
            outcomeId={outcomeId}
            onOutcome={setOutcomeId}
            selectId={selectId}
          />
        ))}
    </div>
  );
}

function ToolkitBody({
  approaches,
  outcomeId,
  onOutcome,
  selectId,
}: {
  approaches: Parameters<typeof toolkitRows>[0];
  outcomeId: string;
  onOutcome: (id: string) => void;
  selectId: string;
}) {
  const choices = outcomeChoices(approaches);
  const rows = toolkitRows(approaches, outcomeId);
  const headline = outcomeId === HEADLINE;
  const outcomeName = choices.find((c) => c.id === outcomeId)?.name ?? '';
  const { points, left } = bubbles(rows);
  const bands = IMPACT_BANDS.filter((b) => points.some((p) => p.band === b));
  return (
    <>
      <div className="toolkit__controls">
        <SelectField
          id={selectId}
          label="Outcome"
          error={null}
          hint="Each approach’s pooled effect on this outcome, over all its interventions’ studies."
          value={outcomeId}
          onChange={onOutcome}
          options={[
            { value: HEADLINE, label: 'Each approach’s headline outcome' },
            ...choices.map((c) => ({
              value: c.id,
              label: `${c.name} (${formatCount(c.studies, 'study', 'studies')})`,
            })),
          ]}
        />
      </div>
      <section className="panel" aria-labelledby="toolkit-chart-title">
        <h2 id="toolkit-chart-title">Impact against cost</h2>
        {points.length === 0 ? (
          <p className="muted">
            No approach has both a % change on this outcome and a cost per participant, so there is nothing to
            plot. The table below has every figure there is.
          </p>
        ) : (
          <figure className="chart-figure">
            <ToolkitBubbleChart
              points={points}
              title={`Bubble chart: impact against cost per participant for ${formatCount(points.length, 'approach', 'approaches')}, bubble size showing evidence quality. The table below gives the same figures.`}
              describedBy={TABLE_ID}
            />
            <figcaption>
              <ToolkitBubbleLegend bands={bands} />
              {left.length > 0 && (
                <p className="muted small" data-testid="toolkit-not-plotted">
                  Not plotted (no % change or no cost per participant): {left.join(', ')}.
                </p>
              )}
            </figcaption>
          </figure>
        )}
      </section>
      <section className="panel" aria-label="Approaches">
        <ToolkitTable rows={rows} headline={headline} outcomeName={outcomeName} />
      </section>
    </>
  );
}
