// The brief builder's state as typed (the budget as text, the area and outcome as '' when none),
// how it starts (from a saved brief, or from the shortlist for a new one), and how it becomes the
// API's input, checked with the API's own schema so each problem names its field.
import {
  type Brief,
  BriefSaveSchema,
  type BriefSaveInput,
  type BriefSectionChoice,
  DEFAULT_BRIEF_SECTIONS,
  type OptionNote,
} from '../../../../shared/model/brief';
import { COMPARE_MAX, type ShortlistEntry } from '../../../../shared/model/compare';
import { type Issue, numberFrom } from '../study-editing/form-support';

export const BRIEF_PREFIX = 'brief';

export interface BriefForm {
  title: string;
  question: string;
  audience: string;
  areaId: string;
  date: string;
  author: string;
  budget: string;
  outcomeId: string;
  interventionIds: string[];
  sections: BriefSectionChoice[];
  summary: string;
  recommendation: string;
  /** The author's notes by intervention id; kept while an option is taken off and put back. */
  notes: Record<string, { implementation: string; localDelivery: string }>;
}

export const NOTE_FIELDS = {
  implementation: 'Implementation and risks',
  localDelivery: 'Local delivery',
} as const;
export type NoteField = keyof typeof NOTE_FIELDS;

const today = () => new Date().toISOString().slice(0, 10);

/** A new brief: the shortlist's interventions (up to the most a brief holds) and their outcome. */
export function newBriefForm(
  shortlist: ShortlistEntry[],
  outcomeId: string | undefined,
  author: string,
): BriefForm {
  const chosen = shortlist.slice(0, COMPARE_MAX);
  return {
    title: '',
    question: '',
    audience: '',
    areaId: '',
    date: today(),
    author,
    budget: '',
    outcomeId: outcomeId ?? chosen.find((e) => e.outcome !== null)?.outcome?.id ?? '',
    interventionIds: chosen.map((e) => e.intervention.id),
    sections: DEFAULT_BRIEF_SECTIONS.map((s) => ({ ...s })),
    summary: '',
    recommendation: '',
    notes: {},
  };
}

export function briefFormFrom(brief: Brief): BriefForm {
  return {
    title: brief.title,
    question: brief.question,
    audience: brief.audience,
    areaId: brief.areaId ?? '',
    date: brief.date,
    author: brief.author,
    budget: brief.budget === null ? '' : String(brief.budget),
    outcomeId: brief.outcomeId,
    interventionIds: [...brief.interventionIds],
    sections: brief.sections.map((s) => ({ ...s })),
    summary: brief.summary,
    recommendation: brief.recommendation,
    notes: Object.fromEntries(
      brief.optionNotes.map((n) => [
        n.interventionId,
        { implementation: n.implementation, localDelivery: n.localDelivery },
      ]),
    ),
  };
}

const PICKER_MESSAGES: Record<string, string> = {
  outcomeId: 'Choose the outcome the options are compared on',
  areaId: 'Choose an area from the list',
};

/** The form as the API takes it, and the problems the schema (or the budget's number) finds. */
export function toBriefSave(
  form: BriefForm,
  by: string,
  id: string | undefined,
): { input: BriefSaveInput; issues: Issue[] } {
  const pre: Issue[] = [];
  const budget = numberFrom(form.budget.replace(/^£/, ''), 'budget', pre);
  const optionNotes: OptionNote[] = form.interventionIds
    .map((interventionId) => ({
      interventionId,
      implementation: form.notes[interventionId]?.implementation ?? '',
      localDelivery: form.notes[interventionId]?.localDelivery ?? '',
    }))
    .filter((n) => n.implementation.trim() !== '' || n.localDelivery.trim() !== '');
  const input: BriefSaveInput = {
    ...(id === undefined ? {} : { id }),
    title: form.title,
    question: form.question,
    audience: form.audience,
    areaId: form.areaId === '' ? null : form.areaId,
    date: form.date.trim(),
    author: form.author,
    budget: budget ?? null,
    outcomeId: form.outcomeId,
    interventionIds: form.interventionIds,
    sections: form.sections,
    summary: form.summary,
    recommendation: form.recommendation,
    optionNotes,
    by: by.trim(),
  };
  const parsed = BriefSaveSchema.safeParse(input);
  const issues = [...pre];
  // The brief's schema words its own messages; only the pickers' ids need plainer ones.
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = issue.path.map(String).join('.');
    const message = PICKER_MESSAGES[field] ?? issue.message.charAt(0).toUpperCase() + issue.message.slice(1);
    if (!issues.some((i) => i.field === field)) issues.push({ field, message });
  }
  // A note's issue is about the field the author typed in, found by its intervention.
  return {
    input,
    issues: issues.map((issue) => {
      const match = /^optionNotes\.(\d+)\.(implementation|localDelivery)$/.exec(issue.field);
      const note = match === null ? undefined : optionNotes[Number(match[1])];
      return note === undefined || match === null
        ? issue
        : { ...issue, field: noteField(note.interventionId, match[2] as NoteField) };
    }),
  };
}

/** The form's field path of one option's note (its control id comes from it). */
export function noteField(interventionId: string, field: NoteField): string {
  return `notes.${interventionId}.${field}`;
}
