// The Evidence tab's figures for one intervention: each outcome result as a standardised effect,
// one pooled estimate per outcome (one result per study), what it means at a baseline rate, and
// the ratings. All statistics come from shared/analysis; this module only gathers and groups.
import type { Database } from 'better-sqlite3';
import { MetaAnalysisError, rma } from '../../../shared/analysis/meta-analysis';
import { eifCostRating } from '../../../shared/analysis/ratings/cost-rating';
import { translateEffect } from '../../../shared/analysis/translate';
import type { OutcomeResultView } from '../../../shared/model/catalogue';
import type {
  EvidenceSummary,
  PooledOutcome,
  PoolingMethod,
  PoolingTest,
  StudyEffect,
} from '../../../shared/model/evidence';
import { type BaselineRate, baselineRateOf } from '../repos/baseline-rates';
import { getInterventionDetail } from './intervention-detail';
import { frameworkRatings } from './ratings';
import { type SourcedEffect, studyEffects } from './study-effects';

/** Results of one study are not independent: pool one per study, the latest time point. */
function onePerStudy(effects: readonly SourcedEffect[]): { pooled: SourcedEffect[]; setAside: number } {
  const byStudy = new Map<string, SourcedEffect>();
  for (const e of effects) {
    const held = byStudy.get(e.effect.evaluation.id);
    if (held === undefined || (e.effect.timePointMonths ?? 0) > (held.effect.timePointMonths ?? 0)) {
      byStudy.set(e.effect.evaluation.id, e);
    }
  }
  const pooled = effects.filter((e) => byStudy.get(e.effect.evaluation.id) === e);
  return { pooled, setAside: effects.length - pooled.length };
}

function studyLabel(e: StudyEffect): string {
  return e.evaluation.year === null ? e.evaluation.name : `${e.evaluation.name} (${e.evaluation.year})`;
}

/** The rate to translate at: the library's local figure (the area's own first), else the comparison groups' own rate. */
function baselineFor(local: BaselineRate | null, used: readonly SourcedEffect[]) {
  if (local !== null) {
    const where = [local.areaName, local.population, local.year?.toString()]
      .filter((x) => x !== null && x !== undefined)
      .join(', ');
    return {
      rate: local.rate,
      source: `the library's local rate${where ? ` for ${where}` : ''}, from ${local.source}`,
    };
  }
  const counted = used.filter((e) => e.result.dataType === 'binary');
  const events = counted.reduce((n, e) => n + (e.result.stats.events2 ?? 0), 0);
  const totals = counted.reduce((n, e) => n + (e.result.stats.total2 ?? 0), 0);
  if (totals === 0 || events === 0 || events === totals) return null;
  const groups =
    counted.length === 1
      ? 'the comparison group of 1 study'
      : `the comparison groups of ${counted.length} studies`;
  return { rate: events / totals, source: `${groups} here, ${events} of ${totals}` };
}

export function poolOutcome(
  db: Database,
  outcome: OutcomeResultView['outcome'],
  effects: readonly SourcedEffect[],
  method: PoolingMethod,
  test: PoolingTest,
  areaId: string | null = null,
  /** The library's local rate of the outcome, when the caller has read it already (one read for many interventions). */
  local: BaselineRate | null = baselineRateOf(db, outcome.id, areaId),
): PooledOutcome {
  const usable = effects.filter((e) => e.effect.yi !== null && e.effect.vi !== null);
  const { pooled, setAside } = onePerStudy(usable);
  const yi = pooled.map((e) => e.effect.yi as number);
  const vi = pooled.map((e) => e.effect.vi as number);
  const notes: string[] = [];
  if (setAside > 0) {
    notes.push(
      `${setAside} further result${setAside === 1 ? '' : 's'} from the same studies not pooled (one per study, latest time point).`,
    );
  }
  const excluded = effects.length - usable.length;
  if (excluded > 0)
    notes.push(
      `${excluded} result${excluded === 1 ? '' : 's'} could not be standardised (see the study list).`,
    );
  let model: PooledOutcome['model'] = null;
  let weights = pooled.map(() => 100);
  if (pooled.length >= 2) {
    try {
      const { weights_pct: pct, ...fit } = rma(yi, vi, { method, test });
      model = fit;
      weights = pct;
    } catch (error) {
      if (!(error instanceof MetaAnalysisError)) throw error;
      notes.push(`Not pooled: ${error.message}`);
    }
  } else if (pooled.length === 1) {
    notes.push('One study: nothing to pool, its own estimate is shown.');
  } else {
    notes.push('No result of this outcome could be standardised.');
  }
  const estimate = model?.estimate ?? (pooled.length === 1 ? yi[0] : undefined);
  const baseline = baselineFor(local, pooled);
  const translation =
    estimate === undefined || baseline === null
      ? null
      : {
          baselineRate: baseline.rate,
          baselineSource: baseline.source,
          ...translateEffect({
            effect: estimate,
            baselineRate: baseline.rate,
            higherIsBetter: outcome.higherIsBetter,
          }),
        };
  return {
    outcome,
    studies: pooled.map((e, i) => ({
      outcomeResultId: e.effect.outcomeResultId,
      label: studyLabel(e.effect),
      yi: e.effect.yi as number,
      vi: e.effect.vi as number,
      sei: Math.sqrt(e.effect.vi as number),
      ciLower: e.effect.ciLower as number,
      ciUpper: e.effect.ciUpper as number,
      weightPct: weights[i] ?? 0,
    })),
    model,
    note: notes.length === 0 ? null : notes.join(' '),
    translation,
    translationNote:
      translation !== null || estimate === undefined
        ? null
        : 'No baseline rate for this outcome: add a local rate to the library, or record event counts for the comparison group.',
  };
}

/** Each outcome the intervention has results on, pooled (one result per study), in the order first seen. */
export function pooledOutcomes(
  db: Database,
  sourced: readonly SourcedEffect[],
  method: PoolingMethod,
  test: PoolingTest,
  areaId: string | null = null,
): PooledOutcome[] {
  const outcomes = new Map<string, { outcome: OutcomeResultView['outcome']; effects: SourcedEffect[] }>();
  for (const s of sourced) {
    const group = outcomes.get(s.result.outcome.id) ?? { outcome: s.result.outcome, effects: [] };
    group.effects.push(s);
    outcomes.set(s.result.outcome.id, group);
  }
  return [...outcomes.values()].map((g) => poolOutcome(db, g.outcome, g.effects, method, test, areaId));
}

export function evidenceSummary(
  db: Database,
  input: { interventionId: string; method: PoolingMethod; test: PoolingTest },
): EvidenceSummary {
  const detail = getInterventionDetail(db, input.interventionId);
  const sourced = studyEffects(detail);
  const cost = detail.cost;
  return {
    interventionId: detail.id,
    method: input.method,
    test: input.test,
    effects: sourced.map((s) => s.effect),
    pooled: pooledOutcomes(db, sourced, input.method, input.test),
    ratings: frameworkRatings(
      db,
      detail,
      sourced.map((s) => s.effect),
    ),
    costRating:
      cost.ok && cost.currency === 'GBP'
        ? { ...eifCostRating(cost.amount), costPerParticipant: cost.amount, priceYear: cost.priceYear }
        : null,
  };
}
