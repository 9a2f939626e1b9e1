// Reference import: RIS and BibTeX entries of evaluation reports, previewed as new, duplicate or
// invalid before the chosen ones become evaluations of one intervention.
import { z } from 'zod';
import { ActorSchema } from './editing';
import { DESIGNS } from './vocabulary';

export const REFERENCE_FORMATS = ['ris', 'bibtex'] as const;
export type ReferenceFormat = (typeof REFERENCE_FORMATS)[number];

/** What an entry gives an evaluation. */
export interface Reference {
  title: string;
  /** Authors as the file names them, joined with "; ". */
  authors: string | null;
  year: number | null;
  /** Normalised: lower case, without a resolver prefix such as https://doi.org/. */
  doi: string | null;
  url: string | null;
  /** Becomes the evaluation's findings. */
  abstract: string | null;
}

/** One entry of a file, numbered from 1 in file order; a problem names the entry and field. */
export type ParsedEntry = { number: number; reference: Reference } | { number: number; problem: string };

/** What a duplicate matches: an evaluation already in the library, or an earlier entry of the file. */
export type DuplicateMatch =
  | { kind: 'evaluation'; id: string; title: string; interventionName: string }
  | { kind: 'entry'; number: number };

export type PreviewEntry =
  | { number: number; status: 'new'; reference: Reference }
  | {
      number: number;
      status: 'duplicate';
      reference: Reference;
      duplicateOf: DuplicateMatch;
      /** What matched: the DOI, or the title and year. */
      matchedBy: 'doi' | 'title and year';
    }
  | { number: number; status: 'invalid'; problem: string };

export interface ReferencePreview {
  format: ReferenceFormat;
  entries: PreviewEntry[];
}

/** The largest reference file read, in characters (a library of thousands of references is a few MB). */
export const MAX_REFERENCE_FILE_CHARS = 10_000_000;

const FileSchema = {
  interventionId: z.string().min(1, 'choose an intervention').max(120),
  fileName: z.string().trim().min(1, 'the file has no name').max(255),
  content: z.string().max(MAX_REFERENCE_FILE_CHARS, 'the file is too large to import (10 MB at most)'),
};

export const ReferencePreviewInputSchema = z.object(FileSchema).strict();

export const ReferenceImportInputSchema = z
  .object({
    ...FileSchema,
    /** Entry numbers to import, from the preview. */
    entries: z.array(z.number().int().min(1)).min(1, 'choose at least one entry to import').max(10_000),
    /** The design the new evaluations are recorded with (a reference file does not say). */
    design: z.enum(DESIGNS, 'choose the design of these studies'),
    by: ActorSchema,
  })
  .strict();
export type ReferenceImportInput = z.input<typeof ReferenceImportInputSchema>;

export interface ReferenceImportOutcome {
  /** The new evaluations' ids, in entry order. */
  created: string[];
}

/** The format of a reference file, from its name: .bib is BibTeX, anything else RIS. */
export function referenceFormatOf(fileName: string): ReferenceFormat {
  return /\.bib$/i.test(fileName.trim()) ? 'bibtex' : 'ris';
}

/** A DOI as compared: lower case, no resolver address or "doi:" prefix. */
export function normaliseDoi(doi: string): string {
  return doi
    .trim()
    .replace(/^(?:https?:\/\/)?(?:dx\.)?doi\.org\//i, '')
    .replace(/^doi:\s*/i, '')
    .toLowerCase();
}

/** A title as compared: letters and digits only, lower case, accents removed, spaces collapsed. */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
