// An evaluation's outcome results with the statistics exactly as the study reported them:
// group means, SDs and ns; events and totals; a reported effect with its CI, SE or p; or a t
// statistic with group sizes. The standardised effects are on the Evidence tab; this table computes
// nothing. Each result can be edited, deleted or traced through its history.
import { NO_VALUE, formatMonths } from '../../../../shared/format';
import type { OutcomeResultView } from '../../../../shared/model/catalogue';
import { OUTCOME_DATA_TYPE_LABELS } from '../../../../shared/model/vocabulary';
import { MaybeIllustrative } from '../../components/badges';
import { groupFigures, reportedStatistics } from '../../components/reported-statistics';
import { OutcomeResultForm } from '../study-editing/outcome-result-form';
import { RowActionButtons, RowPanelView, useRowPanel } from './row-actions';

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
                <td data-group="1">{groupFigures(r.stats, 1)}</td>
                <td data-group="2">{groupFigures(r.stats, 2)}</td>
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
