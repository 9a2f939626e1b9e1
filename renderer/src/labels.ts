// Words the screens use for record fields (in citations and illustrative markers) and short
// forms for the grid; the vocabulary's own labels live in shared/model/vocabulary.ts.
import type { InterventionDetail } from '../../shared/model/catalogue';
import type { ValidationStatus } from '../../shared/model/vocabulary';

/** Short forms for the catalogue grid. */
export const VALIDATION_STATUS_SHORT: Record<ValidationStatus, string> = {
  'not-assessed': 'Not assessed',
  'self-assessed': 'Self-assessed',
  validated: 'Validated',
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
  costPerParticipant: 'Cost per participant',
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
