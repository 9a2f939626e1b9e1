// Every outcome result of an intervention as a standardised effect (or the reason it cannot be
// one), kept beside the result it came from. The outcome-results grid uses the same mapping.
import { type OutcomeResultInput, standardisedEffect } from '../../../shared/analysis/outcome-effect';
import type { EvaluationView, InterventionDetail, OutcomeResultView } from '../../../shared/model/catalogue';
import type { StudyEffect } from '../../../shared/model/evidence';

export interface SourcedEffect {
  effect: StudyEffect;
  result: OutcomeResultView;
}

type ComputedEffect = Pick<
  StudyEffect,
  'yi' | 'vi' | 'ciLower' | 'ciUpper' | 'derivation' | 'excludedReason'
>;

/** One result's standardised effect from the evidence engine, or why there is none. */
export function computedEffect(result: OutcomeResultInput): ComputedEffect {
  const computed = standardisedEffect(result);
  return {
    yi: computed.ok ? computed.yi : null,
    vi: computed.ok ? computed.vi : null,
    ciLower: computed.ok ? computed.ciLower : null,
    ciUpper: computed.ok ? computed.ciUpper : null,
    derivation: computed.ok ? computed.derivation : null,
    excludedReason: computed.ok ? null : computed.reason,
  };
}

/** One result of one study as a standardised effect, kept beside the result. */
export function sourcedEffect(
  evaluation: Pick<EvaluationView, 'id' | 'title' | 'year'>,
  result: OutcomeResultView,
): SourcedEffect {
  const effect: StudyEffect = {
    outcomeResultId: result.id,
    evaluation: { id: evaluation.id, name: evaluation.title, year: evaluation.year },
    outcome: { id: result.outcome.id, name: result.outcome.name },
    measureName: result.measureName,
    timePointMonths: result.timePointMonths,
    illustrative: result.illustrative,
    ...computedEffect(result),
  };
  return { effect, result };
}

export function studyEffects(detail: Pick<InterventionDetail, 'evaluations'>): SourcedEffect[] {
  return detail.evaluations.flatMap((evaluation: EvaluationView) =>
    evaluation.outcomeResults.map((result) => sourcedEffect(evaluation, result)),
  );
}
