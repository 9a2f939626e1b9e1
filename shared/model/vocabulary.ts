// The closed vocabularies of the domain (domain.md): one list each, so schemas, the database's
// CHECK constraints, filters and labels all agree.

export const STRANDS = [
  'engagement',
  'youth-justice',
  'serious-youth-violence',
  'vulnerable-children',
] as const;
export type Strand = (typeof STRANDS)[number];
export const STRAND_LABELS: Record<Strand, string> = {
  engagement: 'Engagement',
  'youth-justice': 'Youth justice',
  'serious-youth-violence': 'Serious youth violence',
  'vulnerable-children': 'Vulnerable children',
};

export const TIERS = ['universal', 'targeted', 'specialist'] as const;
export type Tier = (typeof TIERS)[number];
export const TIER_LABELS: Record<Tier, string> = {
  universal: 'Universal',
  targeted: 'Targeted',
  specialist: 'Specialist',
};

export const SETTINGS = ['school', 'community', 'custody', 'home', 'street', 'online'] as const;
export type Setting = (typeof SETTINGS)[number];
export const SETTING_LABELS: Record<Setting, string> = {
  school: 'School',
  community: 'Community',
  custody: 'Custody',
  home: 'Home',
  street: 'Street',
  online: 'Online',
};

export const INTERVENTION_STATUSES = ['planned', 'pilot', 'active', 'ended'] as const;
export type InterventionStatus = (typeof INTERVENTION_STATUSES)[number];
export const INTERVENTION_STATUS_LABELS: Record<InterventionStatus, string> = {
  planned: 'Planned',
  pilot: 'Pilot',
  active: 'Active',
  ended: 'Ended',
};

export const ORGANISATION_KINDS = [
  'police',
  'local-authority',
  'voluntary',
  'health',
  'education',
  'youth-justice',
  'research',
  'funder',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  police: 'Police',
  'local-authority': 'Local authority',
  voluntary: 'Voluntary sector',
  health: 'Health',
  education: 'Education',
  'youth-justice': 'Youth justice',
  research: 'Research / evaluator',
  funder: 'Funder',
  other: 'Other',
};

export const ORGANISATION_ROLES = ['lead', 'partner', 'funder', 'provider'] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

export const VALIDATION_STATUSES = ['not-assessed', 'self-assessed', 'validated'] as const;
export type ValidationStatus = (typeof VALIDATION_STATUSES)[number];
export const VALIDATION_STATUS_LABELS: Record<ValidationStatus, string> = {
  'not-assessed': 'Not assessed',
  'self-assessed': 'Self-assessed by provider',
  validated: 'Validated by researcher',
};

/** A provider's self-assessment against a framework: drafted, submitted, then validated or returned. */
export const SELF_ASSESSMENT_STATUSES = ['draft', 'submitted', 'validated', 'returned'] as const;
export type SelfAssessmentStatus = (typeof SELF_ASSESSMENT_STATUSES)[number];
export const SELF_ASSESSMENT_STATUS_LABELS: Record<SelfAssessmentStatus, string> = {
  draft: 'Draft',
  submitted: 'Submitted for validation',
  validated: 'Validated',
  returned: 'Returned to the provider',
};

/** Evaluation designs, weakest first. */
export const DESIGNS = [
  'theory-of-change',
  'pre-post',
  'comparison-group',
  'matched',
  'randomised',
  'cluster-randomised',
  'systematic-review',
] as const;
export type Design = (typeof DESIGNS)[number];
export const DESIGN_LABELS: Record<Design, string> = {
  'theory-of-change': 'Theory of change only',
  'pre-post': 'Pre/post',
  'comparison-group': 'Comparison group (quasi-experimental)',
  matched: 'Matched comparison (e.g. propensity score)',
  randomised: 'Randomised controlled trial',
  'cluster-randomised': 'Cluster randomised trial',
  'systematic-review': 'Systematic review',
};

export const RISK_OF_BIAS_DOMAINS = [
  'randomisation',
  'deviations',
  'missing-data',
  'measurement',
  'reporting',
] as const;
export type RiskOfBiasDomain = (typeof RISK_OF_BIAS_DOMAINS)[number];
export const RISK_OF_BIAS_DOMAIN_LABELS: Record<RiskOfBiasDomain, string> = {
  randomisation: 'Randomisation / allocation',
  deviations: 'Deviations from intended intervention',
  'missing-data': 'Missing outcome data',
  measurement: 'Measurement of the outcome',
  reporting: 'Selection of the reported result',
};
export const RISK_OF_BIAS_JUDGEMENTS = ['low', 'some-concerns', 'high', 'unclear'] as const;
export type RiskOfBiasJudgement = (typeof RISK_OF_BIAS_JUDGEMENTS)[number];

/** How a study reported an outcome: decides which raw statistics are stored. */
export const OUTCOME_DATA_TYPES = ['continuous', 'binary', 'effect', 't-statistic'] as const;
export type OutcomeDataType = (typeof OUTCOME_DATA_TYPES)[number];
export const OUTCOME_DATA_TYPE_LABELS: Record<OutcomeDataType, string> = {
  continuous: 'Group means, SDs and ns',
  binary: 'Events and totals per group',
  effect: 'Reported effect size',
  't-statistic': 't statistic with group sizes',
};

/** Yes/no fields that grids, exports and imports write in words: [the word for yes, the word for no]. */
export const INDEPENDENCE_WORDS = ['Independent', 'Internal'] as const;
export const DIRECTION_WORDS = ['Higher is better', 'Lower is better'] as const;

export const REPORTED_EFFECT_TYPES = ['d', 'g', 'OR', 'RR'] as const;
export type ReportedEffectType = (typeof REPORTED_EFFECT_TYPES)[number];

export const COST_CATEGORIES = ['staff', 'venue', 'materials', 'overheads', 'set-up', 'other'] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];
export const COST_CATEGORY_LABELS: Record<CostCategory, string> = {
  staff: 'Staff',
  venue: 'Venue',
  materials: 'Materials',
  overheads: 'Overheads',
  'set-up': 'Set-up',
  other: 'Other',
};

/** What a cost amount is per; decides how it becomes a cost per participant. */
export const COST_BASES = ['per-participant', 'per-cohort', 'per-year', 'total'] as const;
export type CostBasis = (typeof COST_BASES)[number];
export const COST_BASIS_LABELS: Record<CostBasis, string> = {
  'per-participant': 'Per participant',
  'per-cohort': 'Per cohort',
  'per-year': 'Per year',
  total: 'Total (whole programme)',
};

export const AREA_KINDS = ['borough', 'city', 'region', 'other'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];
export const AREA_KIND_LABELS: Record<AreaKind, string> = {
  borough: 'Borough',
  city: 'City',
  region: 'Region',
  other: 'Other place',
};

/** Project Oracle Standards of Evidence 1–5 (domain.md). */
export const ORACLE_STANDARDS = [1, 2, 3, 4, 5] as const;
export const ORACLE_STANDARD_LABELS: Record<number, string> = {
  1: 'Standard 1: theory of change and evaluation plan',
  2: 'Standard 2: data showing positive change',
  3: 'Standard 3: causality shown with a comparison group',
  4: 'Standard 4: independent evaluation, replicated',
  5: 'Standard 5: ready to deliver at scale',
};

export const EFFECT_TYPE_LABELS: Record<ReportedEffectType, string> = {
  d: "Cohen's d",
  g: "Hedges' g",
  OR: 'Odds ratio',
  RR: 'Risk ratio',
};

export const RISK_OF_BIAS_JUDGEMENT_LABELS: Record<RiskOfBiasJudgement, string> = {
  low: 'Low risk',
  'some-concerns': 'Some concerns',
  high: 'High risk',
  unclear: 'Unclear',
};

export const ORGANISATION_ROLE_LABELS: Record<OrganisationRole, string> = {
  lead: 'Lead',
  partner: 'Partner',
  funder: 'Funder',
  provider: 'Provider',
};

/** Maryland Scientific Methods Scale (domain.md). */
export const SMS_LABELS: Record<number, string> = {
  1: 'correlation at one point in time',
  2: 'before and after, no comparison group',
  3: 'comparison group',
  4: 'comparison group with controls for other factors',
  5: 'randomised',
};
