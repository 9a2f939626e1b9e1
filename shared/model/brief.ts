// Commissioning briefs (issue 7): what a brief holds as saved in the library, the partnership's
// branding its exports carry, the export jobs that write it as PDF, DOCX, HTML or Markdown, and
// the snapshots that freeze a generated file so a board paper can be reproduced later.
//
// A brief stores the author's choices and words only. Every figure comes from the library when the
// brief is rendered (briefs/document), so regenerating always uses current data; a snapshot keeps
// the figures it was made with, which is what its diff compares against.
import { z } from 'zod';
import { COMPARE_MAX } from './compare';
import { ActorSchema } from './editing';

const recordId = z.string().min(1, 'an id is required').max(120);

/** The sections a brief can hold, in their default order. */
export const BRIEF_SECTIONS = [
  'summary',
  'options',
  'option-pages',
  'unknowns',
  'references',
  'method',
] as const;
export type BriefSectionKind = (typeof BRIEF_SECTIONS)[number];

export const BRIEF_SECTION_TITLES: Record<BriefSectionKind, string> = {
  summary: 'Summary and recommendation',
  options: 'The options',
  'option-pages': 'Each option in detail',
  unknowns: "What we don't know",
  references: 'References',
  method: 'Method',
};

export const BRIEF_FORMATS = ['pdf', 'docx', 'html', 'md'] as const;
export type BriefFormat = (typeof BRIEF_FORMATS)[number];

export const BRIEF_MEDIA_TYPES: Record<BriefFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
  md: 'text/markdown',
};

/** Author's text: the restricted Markdown of shared/format/rich-text.ts, never HTML. */
const richText = (what: string) =>
  z.string().max(20_000, `keep the ${what} under 20,000 characters`).default('');

const plainText = (what: string, max: number) =>
  z.string().trim().max(max, `keep the ${what} under ${max} characters`).default('');

export const BriefSectionChoiceSchema = z
  .object({ kind: z.enum(BRIEF_SECTIONS), included: z.boolean() })
  .strict();
export type BriefSectionChoice = z.infer<typeof BriefSectionChoiceSchema>;

export const DEFAULT_BRIEF_SECTIONS: BriefSectionChoice[] = BRIEF_SECTIONS.map((kind) => ({
  kind,
  included: true,
}));

/** The author's notes on one option: its implementation and risks, and local delivery. */
export const OptionNoteSchema = z
  .object({
    interventionId: recordId,
    implementation: richText('implementation and risks note'),
    localDelivery: richText('local delivery note'),
  })
  .strict();
export type OptionNote = z.infer<typeof OptionNoteSchema>;

export const BriefFieldsSchema = z
  .object({
    title: z.string().trim().min(1, 'give the brief a title').max(200, 'keep the title under 200 characters'),
    /** The question or need the brief answers. */
    question: plainText('question', 2000),
    audience: plainText('audience', 200),
    /** The area the brief is for: its baseline rate is preferred. */
    areaId: recordId.nullable().default(null),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'give the date as YYYY-MM-DD'),
    author: plainText('author', 200),
    /** The budget available, in pounds; null when not stated. */
    budget: z
      .number({ error: 'give the budget as a number of pounds' })
      .finite()
      .nonnegative('the budget cannot be below £0')
      .nullable()
      .default(null),
    /** The outcome domain the options are compared on. */
    outcomeId: recordId,
    interventionIds: z
      .array(recordId)
      .min(1, 'choose at least one intervention')
      .max(COMPARE_MAX, `a brief holds at most ${COMPARE_MAX} interventions`)
      .refine((ids) => new Set(ids).size === ids.length, 'each intervention may be chosen once'),
    /** Every section exactly once, in the order the brief shows them. */
    sections: z
      .array(BriefSectionChoiceSchema)
      .refine(
        (sections) =>
          sections.length === BRIEF_SECTIONS.length &&
          BRIEF_SECTIONS.every((kind) => sections.some((s) => s.kind === kind)),
        'list every section once',
      )
      .default(DEFAULT_BRIEF_SECTIONS),
    summary: richText('summary'),
    recommendation: richText('recommendation'),
    optionNotes: z.array(OptionNoteSchema).max(COMPARE_MAX).default([]),
  })
  .strict();
export type BriefFields = z.output<typeof BriefFieldsSchema>;
export type BriefFieldsInput = z.input<typeof BriefFieldsSchema>;

export const BriefSaveSchema = BriefFieldsSchema.extend({
  id: recordId.optional(),
  by: ActorSchema,
}).strict();
export type BriefSaveInput = z.input<typeof BriefSaveSchema>;

export interface Brief extends BriefFields {
  id: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

/** A row of the briefs list. */
export interface BriefSummary {
  id: string;
  title: string;
  date: string;
  author: string;
  interventions: number;
  snapshots: number;
  updatedAt: string;
}

// ---------------------------------------------------------------------------------------------
// The partnership's branding: one per library, carried by every export.

export const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'give the colour as #RRGGBB');

export const LOGO_MEDIA_TYPES = ['image/png', 'image/jpeg'] as const;
/** Logos are small images; larger files are refused so briefs stay small. */
export const LOGO_MAX_BYTES = 512 * 1024;

export const BriefBrandingSchema = z
  .object({
    partnershipName: plainText('partnership name', 200),
    primaryColour: hexColour.default('#1d4f91'),
    accentColour: hexColour.default('#b8860b'),
    logo: z
      .object({
        mediaType: z.enum(LOGO_MEDIA_TYPES, { error: 'the logo must be a PNG or JPEG image' }),
        /** base64 */
        content: z.string().max(Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 4, 'the logo must be under 512 KB'),
      })
      .strict()
      .nullable()
      .default(null),
  })
  .strict();
export type BriefBranding = z.output<typeof BriefBrandingSchema>;

export const BriefBrandingSaveSchema = BriefBrandingSchema.extend({ by: ActorSchema }).strict();

// ---------------------------------------------------------------------------------------------
// Exports: a job per file, so the UI can show progress and a failure says why.

export const BriefExportStartSchema = z.object({ id: recordId, format: z.enum(BRIEF_FORMATS) }).strict();

export const BRIEF_EXPORT_PHASES = ['gathering', 'drawing', 'writing', 'done'] as const;
export type BriefExportPhase = (typeof BRIEF_EXPORT_PHASES)[number];

export interface BriefExportStatus {
  jobId: string;
  state: 'running' | 'succeeded' | 'failed';
  phase: BriefExportPhase;
  /** 0–1 */
  progress: number;
  /** When failed: why, in a sentence a person can act on. */
  message: string | null;
  /** When succeeded: the file's name, media type and size (fetch it with brief-exports/file). */
  file: { fileName: string; mediaType: string; sizeBytes: number } | null;
}

export const BriefExportJobSchema = z.object({ jobId: z.string().min(1).max(120) }).strict();

/** A generated file. */
export interface BriefFile {
  fileName: string;
  mediaType: string;
  /** base64 */
  content: string;
}

// ---------------------------------------------------------------------------------------------
// Snapshots: a generated file frozen in the library with its date and the figures it showed.

export const SnapshotCreateSchema = z
  .object({ briefId: recordId, format: z.enum(BRIEF_FORMATS), by: ActorSchema })
  .strict();

export interface BriefSnapshotSummary {
  id: string;
  briefId: string;
  format: BriefFormat;
  fileName: string;
  sizeBytes: number;
  createdAt: string;
  createdBy: string;
}

/** One figure that differs between a snapshot and the library now. */
export interface FigureChange {
  /** The figure's stable key (see BriefFigure.key). */
  key: string;
  /** The intervention the figure belongs to, or null for brief-wide figures. */
  intervention: string | null;
  label: string;
  change: 'changed' | 'added' | 'removed';
  before: string | null;
  after: string | null;
}

export interface BriefDiff {
  snapshot: BriefSnapshotSummary;
  /** When the figures were worked out for the diff (now). */
  comparedAt: string;
  unchanged: number;
  changes: FigureChange[];
}

export const SnapshotIdSchema = z.object({ id: recordId }).strict();
export const BriefIdSchema = z.object({ id: recordId }).strict();
