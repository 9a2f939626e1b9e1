// Applies a framework's rules to an intervention's evidence and explains the result: for every
// level, each criterion met or not and the studies that meet it.
import type { Design } from '../../model/vocabulary';
import type { InterventionEvidence, StudyEvidence, StudyOutcomeEffect } from './evidence-input';
import type { Criterion, Framework, LevelRule, StudyFilter } from './rules';

/** qnorm(0.975): a result is significant when its 95% confidence interval excludes zero. */
const Z_95 = 1.959963984540054;

/** Maryland SMS from the design when none was recorded (systematic reviews are not scored). */
const SMS_FROM_DESIGN: Record<Design, number | null> = {
  'theory-of-change': null,
  'pre-post': 2,
  'comparison-group': 3,
  matched: 4,
  randomised: 5,
  'cluster-randomised': 5,
  'systematic-review': null,
};

export function studySms(study: Pick<StudyEvidence, 'smsScore' | 'design'>): number | null {
  return study.smsScore ?? SMS_FROM_DESIGN[study.design];
}

const isBenefit = (e: StudyOutcomeEffect) => e.yi - Z_95 * Math.sqrt(e.vi) > 0;
const isHarm = (e: StudyOutcomeEffect) => e.yi + Z_95 * Math.sqrt(e.vi) < 0;

function matches(study: StudyEvidence, filter: StudyFilter): boolean {
  const sms = studySms(study);
  if (filter.minSms !== undefined && (sms === null || sms < filter.minSms)) return false;
  if (filter.independent !== undefined && study.independent !== filter.independent) return false;
  if (filter.notHighRiskOfBias && study.highRiskOfBias) return false;
  if (filter.minFollowUpMonths !== undefined && (study.followUpMonths ?? 0) < filter.minFollowUpMonths)
    return false;
  switch (filter.effect) {
    case 'benefit':
      return study.effects.some(isBenefit);
    case 'harm':
      return study.effects.some(isHarm);
    case 'no-benefit':
      return study.effects.length > 0 && !study.effects.some(isBenefit);
    default:
      return true;
  }
}

/** Studies in different places count once per place (a replication must be elsewhere). */
function distinctPlaceCount(studies: readonly StudyEvidence[]): number {
  return new Set(studies.map((s) => (s.place ?? s.country ?? s.id).trim().toLowerCase())).size;
}

export interface StudyRef {
  id: string;
  title: string;
}

export interface CriterionResult {
  text: string;
  met: boolean;
  /** The studies that meet it (for study criteria). */
  studies: StudyRef[];
}

export interface LevelResult {
  id: string;
  label: string;
  meaning: string;
  met: boolean;
  criteria: CriterionResult[];
}

export interface Rating {
  frameworkId: string;
  frameworkName: string;
  /** The intervention, outcome or study rated. */
  subject: { kind: Framework['scope']; id: string; name: string };
  level: string;
  label: string;
  meaning: string;
  suffixes: string[];
  /** Every level, highest first, with each criterion met or not: the explanation. */
  levels: LevelResult[];
  modifiers: (LevelResult & { suffix: string })[];
}

function uniqueStudies(studies: readonly StudyRef[]): StudyRef[] {
  return [...new Map(studies.map((s) => [s.id, s])).values()];
}

function checkCriterion(criterion: Criterion, evidence: InterventionEvidence): CriterionResult {
  const ref = (s: StudyEvidence): StudyRef => ({ id: s.id, title: s.title });
  switch (criterion.kind) {
    case 'theory-of-change':
      return { text: criterion.text, met: evidence.hasTheoryOfChange, studies: [] };
    case 'manual':
      return { text: criterion.text, met: evidence.manualAvailable === true, studies: [] };
    case 'studies': {
      const found = evidence.studies.filter((s) => matches(s, criterion.filter));
      const n = criterion.distinctPlaces ? distinctPlaceCount(found) : found.length;
      return { text: criterion.text, met: n >= criterion.atLeast, studies: found.map(ref) };
    }
    case 'no-studies': {
      const found = evidence.studies.filter((s) => matches(s, criterion.filter));
      return { text: criterion.text, met: found.length === 0, studies: found.map(ref) };
    }
    case 'any-of': {
      const parts = criterion.criteria.map((c) => checkCriterion(c, evidence));
      const met = parts.filter((p) => p.met);
      return {
        text: criterion.text,
        met: met.length > 0,
        studies: uniqueStudies(met.flatMap((p) => p.studies)),
      };
    }
  }
}

function checkLevel(level: LevelRule, evidence: InterventionEvidence): LevelResult {
  const criteria = level.criteria.map((c) => checkCriterion(c, evidence));
  return {
    id: level.id,
    label: level.label,
    meaning: level.meaning,
    met: criteria.every((c) => c.met),
    criteria,
  };
}

function rate(framework: Framework, evidence: InterventionEvidence, subject: Rating['subject']): Rating {
  const levels = framework.levels.map((l) => checkLevel(l, evidence));
  const achieved = levels.find((l) => l.met);
  const modifiers = achieved
    ? (framework.modifiers ?? [])
        .filter((m) => m.appliesTo === undefined || m.appliesTo.includes(achieved.id))
        .map((m) => ({
          suffix: m.suffix,
          ...checkLevel(
            { id: m.suffix, label: m.suffix, meaning: m.meaning, criteria: m.criteria },
            evidence,
          ),
        }))
    : [];
  const result = achieved ?? { ...framework.fallback };
  return {
    frameworkId: framework.id,
    frameworkName: framework.name,
    subject,
    level: result.id,
    label: result.label,
    meaning: result.meaning,
    suffixes: modifiers.filter((m) => m.met).map((m) => m.suffix),
    levels,
    modifiers,
  };
}

/** Ratings of one intervention in one framework: one, one per outcome, or one per study. */
export function rateIntervention(framework: Framework, evidence: InterventionEvidence): Rating[] {
  switch (framework.scope) {
    case 'intervention':
      return [rate(framework, evidence, { kind: 'intervention', id: evidence.id, name: evidence.name })];
    case 'study':
      return evidence.studies.map((s) =>
        rate(framework, { ...evidence, studies: [s] }, { kind: 'study', id: s.id, name: s.title }),
      );
    case 'outcome': {
      const outcomes = [
        ...new Set(evidence.studies.flatMap((s) => s.effects.map((e) => e.outcomeId))),
      ].sort();
      return outcomes.map((outcomeId) => {
        const studies = evidence.studies
          .map((s) => ({ ...s, effects: s.effects.filter((e) => e.outcomeId === outcomeId) }))
          .filter((s) => s.effects.length > 0);
        return rate(framework, { ...evidence, studies }, { kind: 'outcome', id: outcomeId, name: outcomeId });
      });
    }
  }
}
