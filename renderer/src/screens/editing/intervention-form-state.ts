// The intervention form's state (text as typed, rows with stable keys), how it is filled from a
// record and turned into the API's InterventionEdit, and where each error path is shown.
import type { SourceCitation, TheoryOfChange } from '../../../../shared/model/bundle';
import type { InterventionDetail } from '../../../../shared/model/catalogue';
import { type InterventionEdit, InterventionEditSchema } from '../../../../shared/model/editing';
import type {
  InterventionStatus,
  OrganisationRole,
  Setting,
  Strand,
  Tier,
  ValidationStatus,
} from '../../../../shared/model/vocabulary';

export const TOC_LISTS = [
  { key: 'inputs', title: 'Inputs', item: 'Input' },
  { key: 'activities', title: 'Activities', item: 'Activity' },
  { key: 'outputs', title: 'Outputs', item: 'Output' },
  { key: 'shortTermOutcomes', title: 'Short-term outcomes', item: 'Short-term outcome' },
  { key: 'longTermOutcomes', title: 'Long-term outcomes', item: 'Long-term outcome' },
  { key: 'assumptions', title: 'Assumptions', item: 'Assumption' },
] as const satisfies readonly { key: keyof TheoryOfChange; title: string; item: string }[];
export type TocList = (typeof TOC_LISTS)[number]['key'];

export interface TextItem {
  key: number;
  text: string;
}
export interface OrganisationRow {
  key: number;
  organisationId: string;
  role: OrganisationRole | '';
}
export interface LinkRow {
  key: number;
  label: string;
  url: string;
}
export interface ContactRow {
  key: number;
  name: string;
  role: string;
  email: string;
  phone: string;
}

export interface InterventionFormState {
  name: string;
  summary: string;
  description: string;
  approachTypeId: string;
  strand: Strand | '';
  tier: Tier | '';
  status: InterventionStatus | '';
  ageMin: string;
  ageMax: string;
  riskLevel: string;
  gender: string;
  targetOther: string;
  settings: Setting[];
  areaIds: string[];
  durationWeeks: string;
  sessions: string;
  dosage: string;
  staffing: string;
  manualAvailable: 'yes' | 'no' | 'unknown';
  reachPerYear: string;
  startDate: string;
  endDate: string;
  organisations: OrganisationRow[];
  tags: string;
  links: LinkRow[];
  contacts: ContactRow[];
  evidenceLevel: string;
  validationStatus: ValidationStatus;
  validatedBy: string;
  validatedAt: string;
  theory: Record<TocList, TextItem[]>;
  /** Kept as they are: the form does not edit them. */
  illustrativeFields: string[];
  sources: SourceCitation[];
}

let nextKey = 1;
/** A key for a new row, unique for the page's lifetime. */
export function rowKey(): number {
  return nextKey++;
}

const text = (value: string | null | undefined) => value ?? '';
const numberText = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

function emptyTheory(): Record<TocList, TextItem[]> {
  return {
    inputs: [],
    activities: [],
    outputs: [],
    shortTermOutcomes: [],
    longTermOutcomes: [],
    assumptions: [],
  };
}

export function emptyForm(): InterventionFormState {
  return {
    name: '',
    summary: '',
    description: '',
    approachTypeId: '',
    strand: '',
    tier: '',
    status: 'active',
    ageMin: '',
    ageMax: '',
    riskLevel: '',
    gender: '',
    targetOther: '',
    settings: [],
    areaIds: [],
    durationWeeks: '',
    sessions: '',
    dosage: '',
    staffing: '',
    manualAvailable: 'unknown',
    reachPerYear: '',
    startDate: '',
    endDate: '',
    organisations: [],
    tags: '',
    links: [],
    contacts: [],
    evidenceLevel: '',
    validationStatus: 'not-assessed',
    validatedBy: '',
    validatedAt: '',
    theory: emptyTheory(),
    illustrativeFields: [],
    sources: [],
  };
}

export function formFromDetail(d: InterventionDetail): InterventionFormState {
  const theory = emptyTheory();
  if (d.theoryOfChange !== null) {
    for (const list of TOC_LISTS) {
      theory[list.key] = d.theoryOfChange[list.key].map((t) => ({ key: rowKey(), text: t }));
    }
  }
  return {
    name: d.name,
    summary: d.summary,
    description: text(d.description),
    approachTypeId: d.approachType.id,
    strand: d.strand,
    tier: d.tier,
    status: d.status,
    ageMin: numberText(d.ageMin),
    ageMax: numberText(d.ageMax),
    riskLevel: text(d.riskLevel),
    gender: text(d.gender),
    targetOther: text(d.targetOther),
    settings: [...d.settings],
    areaIds: d.areas.map((a) => a.id),
    durationWeeks: numberText(d.durationWeeks),
    sessions: numberText(d.sessions),
    dosage: text(d.dosage),
    staffing: text(d.staffing),
    manualAvailable: d.manualAvailable === null ? 'unknown' : d.manualAvailable ? 'yes' : 'no',
    reachPerYear: numberText(d.reachPerYear),
    startDate: text(d.startDate),
    endDate: text(d.endDate),
    organisations: d.organisations.map((o) => ({ key: rowKey(), organisationId: o.id, role: o.role })),
    tags: d.tags.join(', '),
    links: d.links.map((l) => ({ key: rowKey(), ...l })),
    contacts: d.contacts.map((c) => ({
      key: rowKey(),
      name: c.name,
      role: text(c.role),
      email: text(c.email),
      phone: text(c.phone),
    })),
    evidenceLevel: numberText(d.evidenceLevel),
    validationStatus: d.validationStatus,
    validatedBy: text(d.validatedBy),
    validatedAt: text(d.validatedAt),
    theory,
    // The catalogue adds a derived flag for the cost per participant; it is not a stored field.
    illustrativeFields: d.illustrativeFields.filter((f) => f !== 'costPerParticipant'),
    sources: d.sources.map(({ field, document, passage }) => ({
      ...(field === undefined ? {} : { field }),
      document,
      passage,
    })),
  };
}

/** Drops rows left entirely blank, so the indexes of what is sent match what is shown. */
export function withoutBlankRows(s: InterventionFormState): InterventionFormState {
  const blank = (...values: string[]) => values.every((v) => v.trim() === '');
  const theory = emptyTheory();
  for (const list of TOC_LISTS) theory[list.key] = s.theory[list.key].filter((i) => !blank(i.text));
  return {
    ...s,
    organisations: s.organisations.filter((o) => !(o.organisationId === '' && o.role === '')),
    links: s.links.filter((l) => !blank(l.label, l.url)),
    contacts: s.contacts.filter((c) => !blank(c.name, c.role, c.email, c.phone)),
    theory,
  };
}

export interface FormIssue {
  /** The dotted path the message is about, as the API names it ('ageMin', 'links.0.url'). */
  path: string;
  message: string;
}

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** Numbers as typed: '' is unset; anything not a number is reported, not sent. */
function parseNumber(value: string, path: string, issues: FormIssue[], whole: boolean): number | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const parsed = Number(trimmed);
  if (!Number.isFinite(parsed) || (whole && !Number.isInteger(parsed))) {
    issues.push({ path, message: whole ? 'Enter a whole number' : 'Enter a number' });
    return undefined;
  }
  return parsed;
}

/** The API input for the form (with `by`), and the problems found turning text into values. */
export function toEdit(
  s: InterventionFormState,
  by: string,
  id: string | undefined,
): { edit: InterventionEdit; issues: FormIssue[] } {
  const issues: FormIssue[] = [];
  const theoryItems = TOC_LISTS.map((l) => [l.key, s.theory[l.key].map((i) => i.text.trim())] as const);
  const hasTheory = theoryItems.some(([, items]) => items.length > 0);
  const edit: InterventionEdit = {
    ...(id === undefined ? {} : { id }),
    by: by.trim(),
    name: s.name.trim(),
    summary: s.summary.trim(),
    description: optional(s.description),
    approachTypeId: s.approachTypeId,
    strand: s.strand as Strand,
    tier: s.tier as Tier,
    status: s.status as InterventionStatus,
    ageMin: parseNumber(s.ageMin, 'ageMin', issues, true),
    ageMax: parseNumber(s.ageMax, 'ageMax', issues, true),
    riskLevel: optional(s.riskLevel),
    gender: optional(s.gender),
    targetOther: optional(s.targetOther),
    settings: s.settings,
    areaIds: s.areaIds,
    durationWeeks: parseNumber(s.durationWeeks, 'durationWeeks', issues, false),
    sessions: parseNumber(s.sessions, 'sessions', issues, true),
    dosage: optional(s.dosage),
    staffing: optional(s.staffing),
    manualAvailable: s.manualAvailable === 'unknown' ? undefined : s.manualAvailable === 'yes',
    reachPerYear: parseNumber(s.reachPerYear, 'reachPerYear', issues, true),
    startDate: optional(s.startDate),
    endDate: optional(s.endDate),
    theoryOfChange: hasTheory ? (Object.fromEntries(theoryItems) as TheoryOfChange) : undefined,
    tags: s.tags
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t !== ''),
    links: s.links.map((l) => ({ label: l.label.trim(), url: l.url.trim() })),
    contacts: s.contacts.map((c) => ({
      name: c.name.trim(),
      role: optional(c.role),
      email: optional(c.email),
      phone: optional(c.phone),
    })),
    organisations: s.organisations.map((o) => ({
      organisationId: o.organisationId,
      role: o.role as OrganisationRole,
    })),
    evidenceLevel: parseNumber(s.evidenceLevel, 'evidenceLevel', issues, true),
    validationStatus: s.validationStatus,
    validatedBy: optional(s.validatedBy),
    validatedAt: optional(s.validatedAt),
    illustrativeFields: s.illustrativeFields,
    sources: s.sources,
  };
  // The cross-field rules, checked here too so they are reported with any other problem at once
  // (the schema checks them only once every field is valid).
  if (edit.ageMin !== undefined && edit.ageMax !== undefined && edit.ageMin > edit.ageMax) {
    issues.push({ path: 'ageMin', message: 'The minimum age must not exceed the maximum' });
  }
  if (edit.startDate !== undefined && edit.endDate !== undefined && edit.startDate > edit.endDate) {
    issues.push({ path: 'startDate', message: 'The start date must not be after the end date' });
  }
  return { edit, issues };
}

/** Plainer words for zod's generic messages about an empty or unchosen value. */
function plainMessage(issue: { code: string; message: string; origin?: unknown }): string {
  if (issue.code === 'too_small' && issue.origin === 'string') return 'This must not be empty';
  if (
    issue.code === 'invalid_value' ||
    (issue.code === 'invalid_type' && /undefined|received ""/.test(issue.message))
  ) {
    return 'Choose one';
  }
  if (issue.code === 'invalid_format' && /url/i.test(issue.message))
    return 'Enter a full web address (https://…)';
  if (issue.code === 'invalid_format' && /email/i.test(issue.message)) return 'Enter an email address';
  return issue.message.charAt(0).toUpperCase() + issue.message.slice(1);
}

/** Every problem with the form, checked with the same schema the API uses. */
export function validateEdit(edit: InterventionEdit, issues: FormIssue[]): FormIssue[] {
  const parsed = InterventionEditSchema.safeParse(edit);
  const found = [...issues];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      if (found.some((f) => f.path === path)) continue;
      const isChoice = path === 'approachTypeId' || /^organisations\.\d+\.organisationId$/.test(path);
      found.push({
        path,
        message: isChoice
          ? 'Choose one'
          : plainMessage(issue as { code: string; message: string; origin?: unknown }),
      });
    }
  }
  return found;
}

/**
 * Where a path's message is shown: a row's own field ('links.0.url'), a theory item
 * ('theoryOfChange.inputs.1'), or else the top-level field or group ('areaIds.0' → 'areaIds').
 */
export function slotFor(path: string): string {
  const parts = path.split('.');
  const [first = ''] = parts;
  if (['organisations', 'links', 'contacts'].includes(first) && parts.length >= 3)
    return parts.slice(0, 3).join('.');
  if (first === 'theoryOfChange') return parts.slice(0, Math.min(parts.length, 3)).join('.');
  return first;
}

/** The id of the control showing a slot's message. */
export function controlId(slot: string): string {
  return `f-${slot.replace(/\./g, '-')}`;
}

const ORDER = [
  'by',
  'name',
  'summary',
  'description',
  'approachTypeId',
  'strand',
  'tier',
  'status',
  'ageMin',
  'ageMax',
  'riskLevel',
  'gender',
  'targetOther',
  'settings',
  'areaIds',
  'durationWeeks',
  'sessions',
  'dosage',
  'staffing',
  'manualAvailable',
  'reachPerYear',
  'startDate',
  'endDate',
  'organisations',
  'tags',
  'links',
  'contacts',
  'evidenceLevel',
  'validationStatus',
  'validatedBy',
  'validatedAt',
  'theoryOfChange',
];

/** Issues in the order their fields appear on the form. */
export function inFormOrder(issues: FormIssue[]): FormIssue[] {
  const rank = (p: string) => {
    const i = ORDER.indexOf(p.split('.')[0] ?? '');
    return i === -1 ? ORDER.length : i;
  };
  return [...issues].sort((a, b) => rank(a.path) - rank(b.path));
}
