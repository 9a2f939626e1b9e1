// An evaluation's outcome results with the statistics exactly as the study reported them:
// group means, SDs and ns; events and totals; a reported effect with its CI, SE or p; or a t
// statistic with group sizes. The standardised effects are on the Evidence tab; this table computes
// nothing. Each result can be edited, deleted or traced through its history.
import type { ReactNode } from 'react';
import {
  NO_VALUE,
  formatInteger,
  formatInterval,
  formatMonths,
  formatPValue,
  formatStatistic,
} from '../../../../shared/format';
import type { OutcomeResultView, OutcomeStatistics } from '../../../../shared/model/catalogue';
import { EFFECT_TYPE_LABELS, OUTCOME_DATA_TYPE_LABELS } from '../../../../shared/model/vocabulary';
import { MaybeIllustrative } from '../../components/badges';
import { OutcomeResultForm } from '../study-editing/outcome-result-form';
import { RowActionButtons, RowPanelView, useRowPanel } from './row-actions';

const present = (v: number | null): v is number => v !== null && Number.isFinite(v);

/** One group's raw figures, whichever were reported. */
function groupFigures(
  mean: number | null,
  sd: number | null,
  n: number | null,
  events: number | null,
  total: number | null,
): ReactNode {
  const parts: ReactNode[] = [];
  if (present(mean)) parts.push(<span key="m">Mean {formatStatistic(mean)}</span>);
  if (present(sd)) parts.push(<span key="sd">SD {formatStatistic(sd)}</span>);
  if (present(events) && present(total)) {
    parts.push(
      <span key="e">
        {formatInteger(events)} of {formatInteger(total)}
      </span>,
    );
  } else if (present(total)) parts.push(<span key="t">Total {formatInteger(total)}</span>);
  if (present(n)) parts.push(<span key="n">n = {formatInteger(n)}</span>);
  if (parts.length === 0) return <span className="muted">{NO_VALUE}</span>;
  return <span className="stat-list">{parts}</span>;
}

function reportedStatistics(s: OutcomeStatistics): ReactNode {
  const parts: ReactNode[] = [];
  if (s.effectType !== null && present(s.effectValue)) {
    parts.push(
      <span key="effect">
        {EFFECT_TYPE_LABELS[s.effectType]} {formatStatistic(s.effectValue)}
      </span>,
    );
  }
  if (present(s.ciLower) && present(s.ciUpper))
    parts.push(<span key="ci">95% CI {formatInterval(s.ciLower, s.ciUpper)}</span>);
  if (present(s.se)) parts.push(<span key="se">SE {formatStatistic(s.se)}</span>);
  if (present(s.t)) parts.push(<span key="t">t = {formatStatistic(s.t)}</span>);
  if (present(s.p)) parts.push(<span key="p">{formatPValue(s.p)}</span>);
  if (parts.length === 0) return <span className="muted">{NO_VALUE}</span>;
  return <span className="stat-list">{parts}</span>;
}

function timePoint(r: OutcomeResultView): string {
  if (r.timePointLabel !== null && r.timePointLabel.trim() !== '') return r.timePointLabel;
  return r.timePointMonths === null ? NO_VALUE : formatMonths(r.timePointMonths);
}

export function OutcomeResultsTable({
  results,
  caption,
  evaluation,
}: {
  results: OutcomeResultView[];
  caption: string;
  evaluation: { id: string; title: string };
}) {
  const panel = useRowPanel();
  const find = (id: string) => results.find((r) => r.id === id);
  return (
    <>
      <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
        <table className="table outcome-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Outcome</th>
              <th scope="col">Time point</th>
              <th scope="col">
                Group 1 <span className="th-note">intervention</span>
              </th>
              <th scope="col">
                Group 2 <span className="th-note">comparison</span>
              </th>
              <th scope="col">Reported statistics</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {results.map((r) => (
              <tr key={r.id} data-outcome-result={r.id}>
                <th scope="row" className="outcome-table__outcome">
                  <span className="outcome-table__domain">{r.outcome.name}</span>
                  <span className="outcome-table__measure">{r.measureName}</span>
                  <span className="outcome-table__meta">
                    {r.higherIsBetter ? 'Higher is better' : 'Lower is better'} ·{' '}
                    {OUTCOME_DATA_TYPE_LABELS[r.dataType]}
                  </span>
                  <MaybeIllustrative illustrative={r.illustrative} compact />
                  {r.notes !== null && <span className="outcome-table__notes">{r.notes}</span>}
                </th>
                <td>{timePoint(r)}</td>
                <td data-group="1">
                  {groupFigures(r.stats.m1, r.stats.sd1, r.stats.n1, r.stats.events1, r.stats.total1)}
                </td>
                <td data-group="2">
                  {groupFigures(r.stats.m2, r.stats.sd2, r.stats.n2, r.stats.events2, r.stats.total2)}
                </td>
                <td data-group="statistics">{reportedStatistics(r.stats)}</td>
                <td>
                  <RowActionButtons panel={panel} id={r.id} what={`outcome result: ${r.measureName}`} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <RowPanelView
        panel={panel}
        entityType="outcome_result"
        nameOf={(id) => find(id)?.measureName ?? null}
        edit={(id) => (
          <OutcomeResultForm
            evaluationId={evaluation.id}
            evaluationTitle={evaluation.title}
            result={find(id)}
            onClose={panel.close}
          />
        )}
        remove={{
          method: 'outcome-results/delete',
          noun: 'outcome result',
          consequence: 'Its figures leave this evaluation and its evidence.',
          focusAfter: `evaluation-${evaluation.id}`,
        }}
      />
    </>
  );
}
