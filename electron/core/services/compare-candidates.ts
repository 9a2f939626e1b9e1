// The candidates for a need (issue 6, item 1): the interventions that match the filters, each with
// the figures to choose by, worked out as the Evidence and Value tabs work them out. A fixed number
// of queries whatever the number of interventions: one for the matches, then one batch each for
// their settings, areas, results on the outcome and cost items.
import type { Database } from 'better-sqlite3';
import type { CandidatesResult, CompareCandidate } from '../../../shared/model/compare';
import type { PooledOutcome, PoolingMethod, PoolingTest } from '../../../shared/model/evidence';
import type { CompareFilters } from '../../../shared/model/compare';
import { GDP_DEFLATOR_SERIES } from '../../../shared/model/value';
import { baselineRateOf } from '../repos/baseline-rates';
import { candidateRows } from '../repos/compare-candidates';
import { costItemsOfMany } from '../repos/cost-items';
import { resultsOnOutcome } from '../repos/evaluations';
import { settingsOf } from '../repos/interventions';
import { priceIndexOf, priceIndexRows } from '../repos/price-index';
import { poolOutcome } from './evidence';
import { chosenOutcome, localFigures } from './local-figures';
import { type SourcedEffect, sourcedEffect } from './study-effects';
import { analysisPriceYear } from './value';
import { costSide } from './value-costs';
import { effectInUse } from './value-evidence';
import { valueSettingsInUse } from './value-settings';

/** The one area a need names, whose own baseline rate is preferred (several areas: the library-wide rate). */
export function baselineArea(areaIds: readonly string[] | undefined): string | null {
  return areaIds?.length === 1 ? (areaIds[0] ?? null) : null;
}

function effectOf(pooled: PooledOutcome): CompareCandidate['effect'] {
  const effect = effectInUse(pooled);
  return {
    studies: pooled.studies.length,
    estimate: effect?.estimate ?? null,
    ciLower: effect?.ciLower ?? null,
    ciUpper: effect?.ciUpper ?? null,
    relativeChange: pooled.translation?.relativeChange ?? null,
  };
}

/** Higher evidence level first, then the larger effect, then by name. */
function byStrength(a: CompareCandidate, b: CompareCandidate): number {
  return (
    (b.evidenceLevel ?? 0) - (a.evidenceLevel ?? 0) ||
    (b.effect?.estimate ?? -Infinity) - (a.effect?.estimate ?? -Infinity) ||
    a.name.localeCompare(b.name)
  );
}

export function compareCandidates(
  db: Database,
  input: CompareFilters & { method: PoolingMethod; test: PoolingTest },
): CandidatesResult {
  const outcome = input.outcomeId === undefined ? null : chosenOutcome(db, input.outcomeId);
  const records = candidateRows(db, input);
  const ids = records.map((r) => r.id);
  const settings = settingsOf(db, ids);
  const costItems = costItemsOfMany(db, ids);

  const valueSettings = valueSettingsInUse(db);
  const indexRows = priceIndexRows(db, GDP_DEFLATOR_SERIES);
  const index = priceIndexOf(indexRows);
  const indexYears = indexRows.map((r) => r.year);

  const areaId = baselineArea(input.areaId);
  const effects = new Map<string, SourcedEffect[]>();
  if (outcome !== null) {
    for (const r of resultsOnOutcome(db, outcome.id, ids)) {
      effects.set(r.interventionId, [
        ...(effects.get(r.interventionId) ?? []),
        sourcedEffect(r.evaluation, r.result),
      ]);
    }
  }
  const local = outcome === null ? null : baselineRateOf(db, outcome.id, areaId);

  let withoutCost = 0;
  const candidates: CompareCandidate[] = [];
  for (const r of records) {
    const items = costItems.get(r.id) ?? [];
    const priceYear = analysisPriceYear(valueSettings.priceYear, indexYears, items).year;
    const side = costSide(items, priceYear, index, valueSettings.discountRate);
    const cost = side.costs?.perParticipant ?? null;
    if (input.maxCostPerParticipant !== undefined) {
      if (cost === null) {
        withoutCost += 1;
        continue;
      }
      if (cost > input.maxCostPerParticipant) continue;
    }
    const sourced = effects.get(r.id) ?? [];
    const pooled =
      outcome === null || sourced.length === 0
        ? null
        : poolOutcome(
            db,
            sourced[0]?.result.outcome ?? outcome,
            sourced,
            input.method,
            input.test,
            areaId,
            local,
          );
    const { costPerParticipant: _stored, illustrativeFields, ...row } = r;
    candidates.push({
      ...row,
      settings: settings.get(r.id) ?? [],
      effect: pooled === null ? null : effectOf(pooled),
      costPerParticipant: cost,
      costMissing: cost === null ? (side.missing[0]?.needed ?? null) : null,
      illustrative:
        illustrativeFields.length > 0 ||
        items.some((i) => i.illustrative) ||
        sourced.some((s) => s.effect.illustrative),
    });
  }
  return {
    outcome,
    local: localFigures(db, outcome, areaId),
    total: candidates.length,
    candidates: candidates.sort(byStrength),
    withoutCost,
  };
}
