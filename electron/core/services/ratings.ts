// Standards-of-evidence ratings of interventions from their catalogued evaluations, with any
// override a researcher has recorded; overriding writes the reason and the change history.
import type { Database } from 'better-sqlite3';
import type { InterventionEvidence, StudyEvidence } from '../../../shared/analysis/ratings/evidence-input';
import { rateIntervention } from '../../../shared/analysis/ratings/evaluate';
import { FRAMEWORKS } from '../../../shared/analysis/ratings/frameworks';
import type { Framework } from '../../../shared/analysis/ratings/rules';
import { ApiFailure } from '../../../shared/errors';
import type { InterventionDetail } from '../../../shared/model/catalogue';
import type {
  FrameworkRatings,
  InterventionRatings,
  RatedSubject,
  RatingOverrideView,
  StudyEffect,
} from '../../../shared/model/evidence';
import type { Library } from '../library';
import { recordChange } from '../repos/change-history';
import { listInterventionNames } from '../repos/interventions';
import {
  deleteOverride,
  findOverride,
  overridesOf,
  type RatingOverride,
  saveOverride,
} from '../repos/rating-overrides';
import { getInterventionDetail } from './intervention-detail';
import { studyEffects } from './study-effects';

function hasTheoryOfChange(detail: Pick<InterventionDetail, 'theoryOfChange'>): boolean {
  const toc = detail.theoryOfChange;
  return toc !== null && Object.values(toc).some((list) => list.length > 0);
}

/** The parts of an intervention the rules read. */
export type RatedIntervention = Pick<
  InterventionDetail,
  'id' | 'name' | 'approachType' | 'theoryOfChange' | 'manualAvailable' | 'cost' | 'evaluations'
>;

/** What the rules look at: each study with its standardised, beneficial-positive effects. */
export function evidenceForRatings(
  detail: RatedIntervention,
  effects: readonly StudyEffect[],
): InterventionEvidence {
  const studies: StudyEvidence[] = detail.evaluations.map((e) => ({
    id: e.id,
    title: e.title,
    year: e.year,
    design: e.design,
    independent: e.independent,
    place: e.place,
    country: e.country,
    followUpMonths: e.followUpMonths,
    smsScore: e.smsScore,
    highRiskOfBias: e.riskOfBias.some((r) => r.judgement === 'high'),
    effects: effects
      .filter((x) => x.evaluation.id === e.id && x.yi !== null && x.vi !== null)
      .map((x) => ({ outcomeId: x.outcome.id, yi: x.yi as number, vi: x.vi as number })),
  }));
  return {
    id: detail.id,
    name: detail.name,
    approachTypeId: detail.approachType.id,
    hasTheoryOfChange: hasTheoryOfChange(detail),
    manualAvailable: detail.manualAvailable,
    costPerParticipant: detail.cost.ok ? detail.cost.amount : null,
    studies,
  };
}

/** Overrides are stored against '' for a rating of the intervention as a whole. */
const overrideSubject = (framework: Framework, subjectId: string) =>
  framework.scope === 'intervention' ? '' : subjectId;

const toView = (o: RatingOverride): RatingOverrideView => ({
  level: o.level,
  computedLevel: o.computedLevel,
  reason: o.reason,
  overriddenBy: o.overriddenBy,
  overriddenAt: o.overriddenAt,
});

export function frameworkRatings(
  db: Database,
  detail: InterventionDetail,
  effects: readonly StudyEffect[],
  frameworks: readonly Framework[] = FRAMEWORKS,
): FrameworkRatings[] {
  const evidence = evidenceForRatings(detail, effects);
  const overrides = overridesOf(db, detail.id);
  const outcomeNames = new Map(effects.map((e) => [e.outcome.id, e.outcome.name]));
  return frameworks.map((framework) => ({
    framework: { id: framework.id, name: framework.name, source: framework.source, scope: framework.scope },
    levelChoices: [...framework.levels, framework.fallback].map((l) => ({ id: l.id, label: l.label })),
    ratings: rateIntervention(framework, evidence).map((rating): RatedSubject => {
      const subjectId = overrideSubject(framework, rating.subject.id);
      const override = overrides.find((o) => o.frameworkId === framework.id && o.subjectId === subjectId);
      const name =
        rating.subject.kind === 'outcome'
          ? (outcomeNames.get(rating.subject.id) ?? rating.subject.name)
          : rating.subject.name;
      return {
        ...rating,
        subject: { ...rating.subject, name },
        override: override === undefined ? null : toView(override),
      };
    }),
  }));
}

function frameworkById(id: string): Framework {
  const framework = FRAMEWORKS.find((f) => f.id === id);
  if (framework === undefined) {
    throw new ApiFailure(
      'INVALID_INPUT',
      `There is no framework "${id}" (${FRAMEWORKS.map((f) => f.id).join(', ')}).`,
      'frameworkId',
    );
  }
  return framework;
}

function ratedSubject(
  db: Database,
  interventionId: string,
  framework: Framework,
  subjectId: string,
): RatedSubject {
  const detail = getInterventionDetail(db, interventionId);
  const [ratings] = frameworkRatings(
    db,
    detail,
    studyEffects(detail).map((s) => s.effect),
    [framework],
  );
  const found = ratings?.ratings.find((r) => overrideSubject(framework, r.subject.id) === subjectId);
  if (found === undefined) {
    throw new ApiFailure(
      'NOT_FOUND',
      `${framework.name} has no rating of "${subjectId}" for this intervention.`,
      'subjectId',
    );
  }
  return found;
}

export function overrideRating(
  library: Library,
  input: {
    interventionId: string;
    frameworkId: string;
    subjectId: string;
    level: string;
    reason: string;
    by: string;
  },
): RatedSubject {
  const framework = frameworkById(input.frameworkId);
  const choices = [...framework.levels, framework.fallback].map((l) => l.id);
  if (!choices.includes(input.level)) {
    throw new ApiFailure('INVALID_INPUT', `level: choose one of ${choices.join(', ')}`, 'level');
  }
  return library.write(() => {
    const computed = ratedSubject(library.db, input.interventionId, framework, input.subjectId);
    const before = findOverride(library.db, input);
    const after = saveOverride(library.db, {
      interventionId: input.interventionId,
      frameworkId: input.frameworkId,
      subjectId: input.subjectId,
      level: input.level,
      computedLevel: computed.level,
      reason: input.reason,
      overriddenBy: input.by,
    });
    recordChange(library.db, {
      userName: input.by,
      entityType: 'rating_override',
      entityId: `${input.interventionId}/${input.frameworkId}/${input.subjectId}`,
      action: before === null ? 'create' : 'update',
      before,
      after,
      note: input.reason,
    });
    return { ...computed, override: toView(after) };
  });
}

export function clearOverride(
  library: Library,
  input: { interventionId: string; frameworkId: string; subjectId: string; by: string },
): { cleared: boolean } {
  frameworkById(input.frameworkId);
  return library.write(() => {
    const before = findOverride(library.db, input);
    if (before === null) return { cleared: false };
    deleteOverride(library.db, input);
    recordChange(library.db, {
      userName: input.by,
      entityType: 'rating_override',
      entityId: `${input.interventionId}/${input.frameworkId}/${input.subjectId}`,
      action: 'delete',
      before,
      after: null,
    });
    return { cleared: true };
  });
}

/** Every intervention's ratings, for `ewb rate` and exports. */
export function allRatings(db: Database, frameworkId?: string): InterventionRatings[] {
  const frameworks = frameworkId === undefined ? FRAMEWORKS : [frameworkById(frameworkId)];
  return listInterventionNames(db).map(({ id, name }) => {
    const detail = getInterventionDetail(db, id);
    return {
      intervention: { id, name },
      ratings: frameworkRatings(
        db,
        detail,
        studyEffects(detail).map((s) => s.effect),
        frameworks,
      ),
    };
  });
}
