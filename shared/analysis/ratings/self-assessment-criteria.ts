// The criteria a provider gives evidence for when self-assessing against a framework, derived from
// the framework's own rules (frameworks.ts) so the self-assessment and the computed rating never
// disagree on what a level asks for: each criterion once, listed under the lowest level needing it.
import { slugify } from '../../taxonomy/areas';
import type { CriterionResult, Rating } from './evaluate';
import { BLUEPRINTS, PROJECT_ORACLE } from './frameworks';
import type { Criterion, Framework } from './rules';

/**
 * Frameworks a provider can self-assess against: those whose levels are standards to reach, from
 * lowest to highest. EIF is left out: one of its levels (NE) is a finding of no effect, which no
 * provider claims; the per-outcome and per-study frameworks rate no intervention as a whole.
 */
export const SELF_ASSESSMENT_FRAMEWORKS: readonly Framework[] = [PROJECT_ORACLE, BLUEPRINTS];
export const SELF_ASSESSMENT_FRAMEWORK_IDS = SELF_ASSESSMENT_FRAMEWORKS.map((f) => f.id) as [
  string,
  ...string[],
];

export interface AssessmentCriterion {
  /** Stable within the framework: evidence items are stored against it. */
  key: string;
  text: string;
  /** The lowest level that asks for it (where it is listed). */
  levelId: string;
  /** Every level that requires it. */
  requiredFor: string[];
}

export interface AssessmentLevel {
  id: string;
  label: string;
  meaning: string;
  /** Keys of the criteria this level requires. */
  criteria: string[];
}

export const criterionKey = (criterion: Pick<Criterion, 'text'>): string => slugify(criterion.text);

/** The framework's levels, lowest first, each with the keys of the criteria it requires. */
export function assessmentLevels(framework: Framework): AssessmentLevel[] {
  return [...framework.levels].reverse().map((level) => ({
    id: level.id,
    label: level.label,
    meaning: level.meaning,
    criteria: [...new Set(level.criteria.map(criterionKey))],
  }));
}

/** Every criterion of the framework once, in the order a provider meets them (lowest level first). */
export function assessmentCriteria(framework: Framework): AssessmentCriterion[] {
  const found = new Map<string, AssessmentCriterion>();
  const levels = [...framework.levels].reverse();
  for (const level of levels) {
    for (const criterion of level.criteria) {
      const key = criterionKey(criterion);
      const known = found.get(key);
      if (known === undefined)
        found.set(key, { key, text: criterion.text, levelId: level.id, requiredFor: [level.id] });
      else if (!known.requiredFor.includes(level.id)) known.requiredFor.push(level.id);
    }
  }
  return [...found.values()];
}

/** What the evidence engine found for each criterion of a computed rating, by criterion key. */
export function computedCriteria(rating: Pick<Rating, 'levels'>): Map<string, CriterionResult> {
  const results = new Map<string, CriterionResult>();
  for (const level of rating.levels) {
    for (const criterion of level.criteria) {
      const key = criterionKey(criterion);
      if (!results.has(key)) results.set(key, criterion);
    }
  }
  return results;
}

export function selfAssessmentFramework(id: string): Framework | undefined {
  return SELF_ASSESSMENT_FRAMEWORKS.find((f) => f.id === id);
}
