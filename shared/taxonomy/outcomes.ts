// The starting outcome taxonomy of domain.md. Users extend it in their library; these rows are
// what a new library is seeded with. Each outcome knows its direction so effects can be
// normalised to "positive = beneficial".

export interface OutcomeDomainSeed {
  id: string;
  name: string;
  group: OutcomeGroupId;
  /** True when a higher value of the outcome is the better one (e.g. attendance). */
  higherIsBetter: boolean;
}

export const OUTCOME_GROUPS = [
  { id: 'every-child-matters', name: 'Every Child Matters' },
  { id: 'crime-justice', name: 'Crime and justice' },
  { id: 'education', name: 'Education' },
  { id: 'health', name: 'Health and well-being' },
  { id: 'family-safeguarding', name: 'Family and safeguarding' },
  { id: 'trust-engagement', name: 'Trust and engagement' },
] as const;
export type OutcomeGroupId = (typeof OUTCOME_GROUPS)[number]['id'];

export const OUTCOME_DOMAINS: readonly OutcomeDomainSeed[] = [
  { id: 'ecm-be-healthy', name: 'Be healthy', group: 'every-child-matters', higherIsBetter: true },
  { id: 'ecm-stay-safe', name: 'Stay safe', group: 'every-child-matters', higherIsBetter: true },
  { id: 'ecm-enjoy-achieve', name: 'Enjoy and achieve', group: 'every-child-matters', higherIsBetter: true },
  {
    id: 'ecm-positive-contribution',
    name: 'Make a positive contribution',
    group: 'every-child-matters',
    higherIsBetter: true,
  },
  {
    id: 'ecm-economic-wellbeing',
    name: 'Achieve economic well-being',
    group: 'every-child-matters',
    higherIsBetter: true,
  },
  {
    id: 'self-reported-offending',
    name: 'Self-reported offending',
    group: 'crime-justice',
    higherIsBetter: false,
  },
  { id: 'proven-offending', name: 'Proven offending', group: 'crime-justice', higherIsBetter: false },
  { id: 'proven-reoffending', name: 'Proven re-offending', group: 'crime-justice', higherIsBetter: false },
  {
    id: 'first-time-entrants',
    name: 'First-time entry to the youth justice system',
    group: 'crime-justice',
    higherIsBetter: false,
  },
  {
    id: 'serious-violence',
    name: 'Serious violence (perpetration)',
    group: 'crime-justice',
    higherIsBetter: false,
  },
  { id: 'victimisation', name: 'Victimisation', group: 'crime-justice', higherIsBetter: false },
  { id: 'repeat-victimisation', name: 'Repeat victimisation', group: 'crime-justice', higherIsBetter: false },
  { id: 'weapon-enabled-crime', name: 'Weapon-enabled crime', group: 'crime-justice', higherIsBetter: false },
  {
    id: 'anti-social-behaviour',
    name: 'Anti-social behaviour',
    group: 'crime-justice',
    higherIsBetter: false,
  },
  { id: 'gang-involvement', name: 'Gang involvement', group: 'crime-justice', higherIsBetter: false },
  { id: 'custody', name: 'Custody', group: 'crime-justice', higherIsBetter: false },
  { id: 'attendance', name: 'Attendance / truancy', group: 'education', higherIsBetter: true },
  { id: 'exclusions', name: 'Exclusions', group: 'education', higherIsBetter: false },
  { id: 'attainment', name: 'Attainment', group: 'education', higherIsBetter: true },
  { id: 'neet', name: 'NEET status', group: 'education', higherIsBetter: false },
  { id: 'mental-health', name: 'Mental health', group: 'health', higherIsBetter: true },
  { id: 'substance-misuse', name: 'Substance misuse', group: 'health', higherIsBetter: false },
  { id: 'physical-health', name: 'Physical health', group: 'health', higherIsBetter: true },
  { id: 'parenting', name: 'Parenting', group: 'family-safeguarding', higherIsBetter: true },
  {
    id: 'safeguarding-referrals',
    name: 'Maltreatment / safeguarding referrals',
    group: 'family-safeguarding',
    higherIsBetter: false,
  },
  { id: 'missing-episodes', name: 'Missing episodes', group: 'family-safeguarding', higherIsBetter: false },
  {
    id: 'confidence-in-police',
    name: 'Confidence in police',
    group: 'trust-engagement',
    higherIsBetter: true,
  },
  { id: 'participation', name: 'Participation', group: 'trust-engagement', higherIsBetter: true },
];
