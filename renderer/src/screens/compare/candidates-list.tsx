// The interventions that meet the need, with the figures to choose by (the assessed standard, the
// effect on the outcome and what it means at the local baseline, the cost per participant), each
// with a box to choose it for the comparison (up to six).
import {
  formatAgeRange,
  formatCount,
  formatEffect,
  formatEffectInterval,
  formatMoney,
} from '../../../../shared/format';
import { COMPARE_MAX, type CandidatesResult, type CompareCandidate } from '../../../../shared/model/compare';
import { MaybeIllustrative } from '../../components/badges';
import { evidenceLevelText, EvidencePips, validationText } from '../../components/evidence-level';
import { EmptyState } from '../../components/states';
import { interventionHref } from '../../routing/routes';
import { relativeChangeText } from '../../../../shared/format/figure-text';
import { MissingValue } from '../value/missing-inputs';

function EffectCell({ c }: { c: CompareCandidate }) {
  const e = c.effect;
  if (e === null) return null;
  if (e.estimate === null) return <MissingValue />;
  return (
    <>
      <span data-field="effect">{formatEffect(e.estimate)}</span>
      <span className="muted small candidate__sub">
        95% CI {formatEffectInterval(e.ciLower, e.ciUpper)}, {formatCount(e.studies, 'study', 'studies')}
      </span>
    </>
  );
}

export function CandidatesList({
  result,
  chosen,
  onToggle,
}: {
  result: CandidatesResult;
  chosen: readonly string[];
  onToggle: (id: string, on: boolean) => void;
}) {
  const outcome = result.outcome;
  const full = chosen.length >= COMPARE_MAX;
  const priceYear = result.local.settings.priceYear;
  if (result.candidates.length === 0) {
    return (
      <EmptyState title="No intervention meets this need">
        <p>
          Widen the need: another outcome, a wider age band, fewer settings or a larger budget.
          {result.withoutCost > 0 &&
            ` ${formatCount(result.withoutCost, 'intervention')} with no cost per participant worked out ${result.withoutCost === 1 ? 'is' : 'are'} left out by the budget.`}
        </p>
      </EmptyState>
    );
  }
  return (
    <>
      <p className="candidates__count" role="status" data-field="candidate-count">
        {formatCount(result.total, 'intervention')} meet{result.total === 1 ? 's' : ''} the need
        {outcome !== null &&
          ` and ${result.total === 1 ? 'has' : 'have'} evidence on ${outcome.name.toLowerCase()}`}
        .
        {result.withoutCost > 0 &&
          ` ${formatCount(result.withoutCost, 'more', 'more')} with no cost per participant worked out ${result.withoutCost === 1 ? 'is' : 'are'} left out by the budget.`}{' '}
        Choose 2 to {COMPARE_MAX} to compare ({chosen.length} chosen).
      </p>
      <div className="table-scroll">
        <table className="table table--compact candidates">
          <caption className="visually-hidden">Interventions that meet the need</caption>
          <thead>
            <tr>
              <th scope="col">Compare</th>
              <th scope="col">Intervention</th>
              <th scope="col">Assessed standard</th>
              {outcome !== null && (
                <th scope="col">
                  Effect (g)<span className="visually-hidden"> on {outcome.name.toLowerCase()}</span>
                </th>
              )}
              {outcome !== null && <th scope="col">At local baseline</th>}
              <th scope="col" className="num">
                Cost per participant
                {priceYear !== null && <span className="candidate__sub">{priceYear} prices</span>}
              </th>
              <th scope="col">Ages</th>
            </tr>
          </thead>
          <tbody>
            {result.candidates.map((c) => {
              const isChosen = chosen.includes(c.id);
              return (
                <tr key={c.id} data-candidate={c.id} data-chosen={isChosen}>
                  <td>
                    <input
                      type="checkbox"
                      id={`choose-${c.id}`}
                      checked={isChosen}
                      disabled={!isChosen && full}
                      aria-describedby={!isChosen && full ? 'compare-full' : undefined}
                      onChange={(e) => onToggle(c.id, e.target.checked)}
                    />
                    <label className="visually-hidden" htmlFor={`choose-${c.id}`}>
                      Compare {c.name}
                    </label>
                  </td>
                  <th scope="row">
                    <a href={interventionHref(c.id)}>{c.name}</a>{' '}
                    <MaybeIllustrative illustrative={c.illustrative} compact />
                    <span className="muted small candidate__sub">{c.approachType.name}</span>
                  </th>
                  <td>
                    <EvidencePips level={c.evidenceLevel} /> {evidenceLevelText(c.evidenceLevel)}
                    <span className="muted small candidate__sub">{validationText(c.validationStatus)}</span>
                  </td>
                  {outcome !== null && (
                    <td>
                      <EffectCell c={c} />
                    </td>
                  )}
                  {outcome !== null && (
                    <td data-field="relative-change">
                      {c.effect?.relativeChange === null || c.effect === null ? (
                        <span className="muted">No baseline rate</span>
                      ) : (
                        relativeChangeText(c.effect.relativeChange)
                      )}
                    </td>
                  )}
                  <td className="num" data-field="cost">
                    {c.costPerParticipant === null ? (
                      <>
                        <MissingValue />
                        <span className="muted small candidate__sub">{c.costMissing}</span>
                      </>
                    ) : (
                      formatMoney(c.costPerParticipant, 'GBP')
                    )}
                  </td>
                  <td>{formatAgeRange(c.ageMin, c.ageMax)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {full && (
        <p id="compare-full" className="muted small">
          {COMPARE_MAX} are chosen, the most a comparison holds: untick one to choose another.
        </p>
      )}
    </>
  );
}
