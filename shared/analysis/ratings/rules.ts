// The vocabulary frameworks are written in: criteria over an intervention's studies, kept as plain
// data so every rule can be shown to a person exactly as it is applied.

/** Which studies a criterion counts. Rigour is the Maryland SMS score (recorded, or from the design). */
export interface StudyFilter {
  minSms?: number;
  independent?: boolean;
  /** 'benefit': a significantly beneficial result; 'harm': a significantly harmful one;
   *  'no-benefit': results, none of them significantly beneficial. */
  effect?: 'benefit' | 'harm' | 'no-benefit';
  minFollowUpMonths?: number;
  notHighRiskOfBias?: boolean;
}

export type Criterion =
  | { kind: 'theory-of-change'; text: string }
  | { kind: 'manual'; text: string }
  | { kind: 'studies'; text: string; filter: StudyFilter; atLeast: number; distinctPlaces?: boolean }
  | { kind: 'no-studies'; text: string; filter: StudyFilter }
  | { kind: 'any-of'; text: string; criteria: Criterion[] };

export interface LevelRule {
  id: string;
  label: string;
  /** What the level means, in the framework's own words. */
  meaning: string;
  /** All must hold. */
  criteria: Criterion[];
}

export interface ModifierRule {
  suffix: string;
  meaning: string;
  /** The levels it can qualify (all when absent). */
  appliesTo?: string[];
  criteria: Criterion[];
}

export interface Framework {
  id: string;
  name: string;
  /** Where the standard comes from, and how this product applies it. */
  source: string;
  /** 'intervention': one rating; 'outcome': one per outcome measured; 'study': one per study. */
  scope: 'intervention' | 'outcome' | 'study';
  /** Highest (or most specific) first; the first level whose criteria all hold is the rating. */
  levels: LevelRule[];
  /** The rating when no level's criteria hold. */
  fallback: { id: string; label: string; meaning: string };
  modifiers?: ModifierRule[];
}
