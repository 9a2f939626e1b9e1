// Exporting bundles and merging a bundle or another library file into the open library: what the
// API takes (the source travels as text or base64, so every host can send it) and gives back.
import { z } from 'zod';
import { ActorSchema } from './editing';

/** The largest bundle or library file a merge reads (its text or base64 length). */
export const MAX_MERGE_SOURCE_LENGTH = 96 * 1024 * 1024;

const fileName = z.string().trim().min(1, 'name the file').max(255);

export const MergeSourceSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('bundle'),
      fileName,
      /** The bundle's JSON text. */
      content: z
        .string()
        .min(1, 'the bundle is empty')
        .max(MAX_MERGE_SOURCE_LENGTH, 'the bundle is too large'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('library'),
      fileName,
      /** The library file's bytes in base64. */
      content: z
        .string()
        .min(1, 'the library file is empty')
        .max(MAX_MERGE_SOURCE_LENGTH, 'the library file is too large')
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'the content must be base64'),
    })
    .strict(),
]);
export type MergeSource = z.infer<typeof MergeSourceSchema>;

export const BundleExportInputSchema = z
  .object({
    /** The interventions to export, with what they refer to; absent: the whole library. */
    interventionIds: z
      .array(z.string().min(1).max(120))
      .min(1, 'choose at least one intervention')
      .optional(),
  })
  .strict();

export const MergePreviewInputSchema = z.object({ source: MergeSourceSchema }).strict();

export const MERGE_CHOICES = ['mine', 'theirs'] as const;
export type MergeChoice = (typeof MERGE_CHOICES)[number];

export const MergeApplyInputSchema = z
  .object({
    source: MergeSourceSchema,
    /** For every conflict, by its key: keep the open library's record or take the incoming one. */
    choices: z.record(z.string(), z.enum(MERGE_CHOICES, { message: 'choose keep mine or take theirs' })),
    by: ActorSchema,
  })
  .strict();

/** The kinds of record a merge matches, in the order it applies them (what is referred to first). */
export const MERGE_KINDS = [
  'outcome_group',
  'outcome_domain',
  'approach_type',
  'area',
  'source_document',
  'organisation',
  'intervention',
  'evaluation',
  'outcome_result',
  'cost_item',
  'baseline_rate',
  'unit_cost',
  'price_index',
  'value_settings',
  'self_assessment',
  'rating_override',
  'attachment',
] as const;
export type MergeKind = (typeof MERGE_KINDS)[number];

export const MERGE_KIND_LABELS: Record<MergeKind, string> = {
  outcome_group: 'Outcome group',
  outcome_domain: 'Outcome',
  approach_type: 'Approach type',
  area: 'Area',
  source_document: 'Source document',
  organisation: 'Organisation',
  intervention: 'Intervention',
  evaluation: 'Evaluation',
  outcome_result: 'Outcome result',
  cost_item: 'Cost item',
  baseline_rate: 'Baseline rate',
  unit_cost: 'Unit cost',
  price_index: 'Price index',
  value_settings: 'Value settings',
  self_assessment: 'Self-assessment',
  rating_override: 'Rating override',
  attachment: 'Attachment',
};

export type MergeStatus = 'new' | 'identical' | 'conflict';

/** One field whose value differs, both values as JSON text (absent: "—"). */
export interface FieldDifference {
  field: string;
  mine: string;
  theirs: string;
}

export interface MergeItem {
  /** Stable within one source: the kind and the incoming record's id ("intervention:kickz"). */
  key: string;
  kind: MergeKind;
  status: MergeStatus;
  /** The record's name, title or description, for people. */
  label: string;
  /** How an existing record was matched: by the same id, or by name and key fields. */
  matchedBy: 'id' | 'name' | null;
  /** The open library's record it matched, if any. */
  mineId: string | null;
  differences: FieldDifference[];
}

export interface MergeSourceInfo {
  kind: MergeSource['kind'];
  fileName: string;
  libraryName: string;
  exportedAt: string | null;
}

export interface MergePreview {
  source: MergeSourceInfo;
  counts: Record<MergeStatus, number>;
  /** New and conflicting records; identical ones are only counted. */
  items: MergeItem[];
}

export interface MergeApplied {
  /** The history entry of the merge as a whole: undo reverses all of it. */
  changeId: number | null;
  added: number;
  replaced: number;
  kept: number;
  identical: number;
}

/** The change history's entity type of a merge as a whole. */
export const MERGE_ENTITY_TYPE = 'library_merge';

/** A merge as its history entry keeps it: where it came from and the changes it made, in order. */
export interface MergeState {
  name: string;
  source: MergeSourceInfo;
  counts: Omit<MergeApplied, 'changeId'>;
  changes: number[];
}
