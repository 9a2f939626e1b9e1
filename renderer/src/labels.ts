// Words for codes that shared/model/vocabulary.ts does not label yet, and for field names used
// in citations and illustrative markers. (Candidates to move into vocabulary.ts.)
import type { InterventionDetail } from '../../shared/model/catalogue';
import type {
  OrganisationRole,
  ReportedEffectType,
  RiskOfBiasJudgement,
  ValidationStatus,
} from '../../shared/model/vocabulary';

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

/** Short forms for the catalogue grid. */
export const VALIDATION_STATUS_SHORT: Record<ValidationStatus, string> = {
  'not-assessed': 'Not assessed',
  'self-assessed': 'Self-assessed',
  validated: 'Validated',
};

/** Maryland Scientific Methods Scale (domain.md). */
export const SMS_LABELS: Record<number, string> = {
  1: 'correlation at one point in time',
  2: 'before and after, no comparison group',
  3: 'comparison group',
  4: 'comparison group with controls for other factors',
  5: 'randomised',
};

type FieldName = keyof InterventionDetail | 'approachTypeId' | 'areaIds';

const FIELD_LABELS: Partial<Record<FieldName, string>> = {
  name: 'Name',
  summary: 'Summary',
  description: 'Description',
  approachType: 'Approach',
  approachTypeId: 'Approach',
  strand: 'Strand',
  tier: 'Prevention tier',
  ageMin: 'Youngest age',
  ageMax: 'Oldest age',
  areas: 'Boroughs and areas',
  areaIds: 'Boroughs and areas',
  riskLevel: 'Risk level',
  gender: 'Gender',
  targetOther: 'Target group',
  settings: 'Settings',
  durationWeeks: 'Duration',
  sessions: 'Sessions',
  dosage: 'Dosage',
  staffing: 'Staffing',
  manualAvailable: 'Manual',
  reachPerYear: 'Reach per year',
  status: 'Status',
  startDate: 'Start date',
  endDate: 'End date',
  theoryOfChange: 'Theory of change',
  tags: 'Tags',
  links: 'Links',
  contacts: 'Contacts',
  organisations: 'Organisations',
  evidenceLevel: 'Evidence level',
  validationStatus: 'Validation status',
  validatedBy: 'Validated by',
  validatedAt: 'Validation date',
  costItems: 'Costs',
  evaluations: 'Evaluations',
};

/** A field name as words: "reachPerYear" -> "Reach per year". */
export function fieldLabel(field: string): string {
  const known = FIELD_LABELS[field as FieldName];
  if (known !== undefined) return known;
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
