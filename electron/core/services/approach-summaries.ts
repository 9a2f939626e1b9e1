// YEF Toolkit-style summaries per approach, computed from the library: for each outcome the
// approach's interventions measured, the pooled effect over all their studies, its impact band
// at the baseline rate, and the evidence quality with its explanation; and what the approach
// costs per participant in the library's price year (its settings and price index).
import type { Database } from 'better-sqlite3';
import { costPerParticipant } from '../../../shared/analysis/cost-per-participant';
import { rateIntervention } from '../../../shared/analysis/ratings/evaluate';
import type { StudyEvidence } from '../../../shared/analysis/ratings/evidence-input';
import { eifCostRating } from '../../../shared/analysis/ratings/cost-rating';
import { impactBand, YEF_EVIDENCE_QUALITY } from '../../../shared/analysis/ratings/yef';
import type { NamedRef } from '../../../shared/model/catalogue';
import type {
  ApproachCost,
  ApproachOutcomeSummary,
  ApproachSummary,
  PoolingMethod,
  PoolingTest,
} from '../../../shared/model/evidence';
import { GDP_DEFLATOR_SERIES } from '../../../shared/model/value';
import { costItemsOf } from '../repos/cost-items';
import { evaluationsOf } from '../repos/evaluations';
import { evidenceRecords } from '../repos/interventions';
import { priceIndexOf, priceIndexRows } from '../repos/price-index';
import { poolOutcome } from './evidence';
import { evidenceForRatings } from './ratings';
import { type SourcedEffect, studyEffects } from './study-effects';
import { analysisPriceYear } from './value';
import { costSide } from './value-costs';
import { valueSettingsInUse } from './value-settings';

/** What an approach's interventions hold on one outcome, gathered in one pass over them. */
interface OnOutcome {
  effects: SourcedEffect[];
  /** The studies with a standardised effect on it, with only those effects (what the rules read). */
  studies: StudyEvidence[];
  /** The studies and interventions with any result on it. */
  studied: Set<string>;
  interventions: Map<string, NamedRef>;
}

interface Gathered {
  approach: NamedRef;
  /** By outcome id, in the order the outcomes were first met. */
  outcomes: Map<string, OnOutcome>;
  interventions: Map<string, NamedRef>;
  studyCount: number;
  /** Costs per participant of its interventions that have one in the price year. */
  costs: number[];
  /** Whether any cost item behind `costs` is illustrative. */
  illustrativeCost: boolean;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function approachCost(
  costs: readonly number[],
  priceYear: number | null,
  illustrative: boolean,
): ApproachCost | null {
  if (costs.length === 0 || priceYear === null) return null;
  const perParticipant = median(costs);
  return {
    medianPerParticipant: perParticipant,
    interventionsCosted: costs.length,
    priceYear,
    rating: eifCostRating(perParticipant),
    illustrative,
  };
}

/** Each intervention's cost per participant in the analysis price year, as the Value tab works it out. */
function costInPriceYear(db: Database) {
  const settings = valueSettingsInUse(db);
  const rows = priceIndexRows(db, GDP_DEFLATOR_SERIES);
  const index = priceIndexOf(rows);
  const years = rows.map((r) => r.year);
  return (items: Parameters<typeof costSide>[0]) => {
    const { year } = analysisPriceYear(settings.priceYear, years, items);
    const side = costSide(items, year, index, settings.discountRate);
    return side.costs === null || year === null ? null : { year, perParticipant: side.costs.perParticipant };
  };
}

function summariseOutcome(
  db: Database,
  approach: NamedRef,
  on: OnOutcome,
  options: { method: PoolingMethod; test: PoolingTest },
): ApproachOutcomeSummary {
  const { effects, studies, studied } = on;
  const outcome = (effects[0] as SourcedEffect).result.outcome;
  const pooled = poolOutcome(db, outcome, effects, options.method, options.test);
  const interventions = [...on.interventions.values()];
  const [quality] = rateIntervention(YEF_EVIDENCE_QUALITY, {
    id: approach.id,
    name: approach.name,
    approachTypeId: approach.id,
    hasTheoryOfChange: false,
    manualAvailable: null,
    costPerParticipant: null,
    studies,
  });
  const change = pooled.translation?.relativeChange;
  const beneficial = change === undefined ? null : (outcome.higherIsBetter ? change : -change) * 100;
  return {
    outcome,
    studyCount: studied.size,
    interventions,
    pooled,
    beneficialChangePercent: beneficial,
    impactBand: beneficial === null ? null : impactBand(beneficial),
    evidenceQuality: quality as NonNullable<typeof quality>,
    illustrative: effects.some((e) => e.effect.illustrative),
  };
}

export function approachSummaries(
  db: Database,
  options: { method: PoolingMethod; test: PoolingTest },
): ApproachSummary[] {
  const groups = new Map<string, Gathered>();
  const costOf = costInPriceYear(db);
  let priceYear: number | null = null;
  // Only what the summaries read of each intervention (not its lists, sources or attachments).
  for (const record of evidenceRecords(db)) {
    const costItems = costItemsOf(db, record.id);
    const detail = {
      ...record,
      evaluations: evaluationsOf(db, record.id),
      costItems,
      cost: costPerParticipant(costItems),
    };
    const effects = studyEffects(detail);
    const group = groups.get(detail.approachType.id) ?? {
      approach: detail.approachType,
      outcomes: new Map<string, OnOutcome>(),
      interventions: new Map<string, NamedRef>(),
      studyCount: 0,
      costs: [],
      illustrativeCost: false,
    };
    group.studyCount += detail.evaluations.length;
    const cost = costOf(detail.costItems);
    // Without a price index, costs in another year than the first cannot be set beside it.
    if (cost !== null && (priceYear === null || cost.year === priceYear)) {
      group.costs.push(cost.perParticipant);
      group.illustrativeCost ||= detail.costItems.some((item) => item.illustrative);
      priceYear = cost.year;
    }
    const ref = { id: detail.id, name: detail.name };
    for (const e of effects) {
      const id = e.result.outcome.id;
      const on = group.outcomes.get(id) ?? {
        effects: [],
        studies: [],
        studied: new Set<string>(),
        interventions: new Map<string, NamedRef>(),
      };
      on.effects.push(e);
      on.studied.add(e.effect.evaluation.id);
      on.interventions.set(detail.id, ref);
      group.outcomes.set(id, on);
    }
    const evidence = evidenceForRatings(
      detail,
      effects.map((e) => e.effect),
    );
    for (const study of evidence.studies) {
      for (const [id, on] of group.outcomes) {
        const own = study.effects.filter((x) => x.outcomeId === id);
        if (own.length > 0) on.studies.push({ ...study, effects: own });
      }
    }
    group.interventions.set(detail.id, ref);
    groups.set(detail.approachType.id, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.approach.name.localeCompare(b.approach.name, 'en-GB'))
    .map((group) => ({
      approach: group.approach,
      interventionCount: group.interventions.size,
      studyCount: group.studyCount,
      cost: approachCost(group.costs, priceYear, group.illustrativeCost),
      outcomes: [...group.outcomes.values()]
        .map((on) => summariseOutcome(db, group.approach, on, options))
        .sort((a, b) => a.outcome.name.localeCompare(b.outcome.name, 'en-GB')),
    }));
}
