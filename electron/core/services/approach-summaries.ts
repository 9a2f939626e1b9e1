// YEF Toolkit-style summaries per approach, computed from the library: for each outcome the
// approach's interventions measured, the pooled effect over all their studies, its impact band
// at the baseline rate, and the evidence quality with its explanation.
import type { Database } from 'better-sqlite3';
import { rateIntervention } from '../../../shared/analysis/ratings/evaluate';
import type { InterventionEvidence } from '../../../shared/analysis/ratings/evidence-input';
import { impactBand, YEF_EVIDENCE_QUALITY } from '../../../shared/analysis/ratings/yef';
import type { NamedRef } from '../../../shared/model/catalogue';
import type {
  ApproachOutcomeSummary,
  ApproachSummary,
  PoolingMethod,
  PoolingTest,
} from '../../../shared/model/evidence';
import { listInterventionNames } from '../repos/interventions';
import { poolOutcome } from './evidence';
import { getInterventionDetail } from './intervention-detail';
import { evidenceForRatings } from './ratings';
import { type SourcedEffect, studyEffects } from './study-effects';

interface Gathered {
  approach: NamedRef;
  effects: SourcedEffect[];
  evidence: InterventionEvidence[];
  interventions: Map<string, NamedRef>;
}

function summariseOutcome(
  db: Database,
  group: Gathered,
  outcomeId: string,
  options: { method: PoolingMethod; test: PoolingTest },
): ApproachOutcomeSummary {
  const effects = group.effects.filter((e) => e.result.outcome.id === outcomeId);
  const outcome = (effects[0] as SourcedEffect).result.outcome;
  const pooled = poolOutcome(db, outcome, effects, options.method, options.test);
  const studies = group.evidence.flatMap((ev) =>
    ev.studies
      .map((s) => ({ ...s, effects: s.effects.filter((e) => e.outcomeId === outcomeId) }))
      .filter((s) => s.effects.length > 0),
  );
  const studied = new Set(effects.map((e) => e.effect.evaluation.id));
  const interventions = [...group.interventions.values()].filter((i) =>
    group.evidence.some((ev) => ev.id === i.id && ev.studies.some((s) => studied.has(s.id))),
  );
  const [quality] = rateIntervention(YEF_EVIDENCE_QUALITY, {
    id: group.approach.id,
    name: group.approach.name,
    approachTypeId: group.approach.id,
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
  };
}

export function approachSummaries(
  db: Database,
  options: { method: PoolingMethod; test: PoolingTest },
): ApproachSummary[] {
  const groups = new Map<string, Gathered>();
  for (const { id } of listInterventionNames(db)) {
    const detail = getInterventionDetail(db, id);
    const effects = studyEffects(detail);
    const group = groups.get(detail.approachType.id) ?? {
      approach: detail.approachType,
      effects: [],
      evidence: [],
      interventions: new Map<string, NamedRef>(),
    };
    group.effects.push(...effects);
    group.evidence.push(
      evidenceForRatings(
        detail,
        effects.map((e) => e.effect),
      ),
    );
    group.interventions.set(detail.id, { id: detail.id, name: detail.name });
    groups.set(detail.approachType.id, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.approach.name.localeCompare(b.approach.name, 'en-GB'))
    .map((group) => ({
      approach: group.approach,
      outcomes: [...new Set(group.effects.map((e) => e.result.outcome.id))]
        .map((outcomeId) => summariseOutcome(db, group, outcomeId, options))
        .sort((a, b) => a.outcome.name.localeCompare(b.outcome.name, 'en-GB')),
    }));
}
