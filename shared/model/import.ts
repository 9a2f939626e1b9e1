// Importing rows from a spreadsheet (CSV or XLSX) into one kind of record: the limits a file must
// keep to, how its columns map to fields, and what a check or an import reports back, row by row.
import { z } from 'zod';
import { ActorSchema } from './editing';
import { FileNameSchema } from './attachments';

export const IMPORT_ENTITIES = [
  'interventions',
  'organisations',
  'evaluations',
  'outcome-results',
  'cost-items',
] as const;
export type ImportEntity = (typeof IMPORT_ENTITIES)[number];
export const IMPORT_ENTITY_LABELS: Record<ImportEntity, string> = {
  interventions: 'Interventions',
  organisations: 'Organisations',
  evaluations: 'Evaluations',
  'outcome-results': 'Outcome results',
  'cost-items': 'Cost items',
};

/** Spreadsheet formats read here; json bundles and RIS references plug in beside them. */
export const TABLE_FORMATS = ['csv', 'xlsx'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** Limits checked before a file is parsed or inflated, so no file can exhaust memory. */
export const IMPORT_LIMITS = {
  fileBytes: 20 * 1024 * 1024,
  rows: 100_000,
  columns: 200,
  cells: 4_000_000,
  zipEntries: 1_000,
  /** The sum of every zip entry's uncompressed size. */
  uncompressedBytes: 200 * 1024 * 1024,
  /** Uncompressed : compressed, per entry and overall. */
  compressionRatio: 100,
} as const;

export const MAX_IMPORT_BASE64_LENGTH = 4 * Math.ceil(IMPORT_LIMITS.fileBytes / 3);

export const ImportSourceSchema = z
  .object({
    fileName: FileNameSchema,
    format: z.enum(TABLE_FORMATS),
    /** The file's bytes in base64; the length is checked before anything is decoded. */
    content: z
      .string()
      .min(1, 'the file is empty')
      .max(MAX_IMPORT_BASE64_LENGTH, `the file is larger than ${IMPORT_LIMITS.fileBytes / (1024 * 1024)} MB`)
      .refine((s) => s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s), 'the content must be base64'),
  })
  .strict();
export type ImportSource = z.infer<typeof ImportSourceSchema>;

/** Column name (as in the file's header row) → field key; a column left out is not imported. */
export const ColumnMappingSchema = z.record(z.string().max(500), z.string().min(1).max(60));
export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

export const ImportInspectSchema = z
  .object({ source: ImportSourceSchema, entity: z.enum(IMPORT_ENTITIES).default('interventions') })
  .strict();

export const ImportCheckSchema = ImportInspectSchema.extend({
  /** Absent: the remembered mapping for these headers, else the auto-match. */
  mapping: ColumnMappingSchema.optional(),
}).strict();
export type ImportCheckInput = z.input<typeof ImportCheckSchema>;

export const ImportStartSchema = ImportCheckSchema.extend({ by: ActorSchema }).strict();
export type ImportStartInput = z.input<typeof ImportStartSchema>;

export const ImportJobSchema = z.object({ jobId: z.string().min(1).max(60) }).strict();

export const ImportTemplateSchema = z
  .object({ entity: z.enum(IMPORT_ENTITIES), format: z.enum(TABLE_FORMATS) })
  .strict();

export type ImportFieldKind = 'text' | 'number' | 'integer' | 'boolean' | 'choice' | 'list' | 'reference';

/** A field a column can fill, as the mapping step and the templates describe it. */
export interface ImportField {
  key: string;
  label: string;
  kind: ImportFieldKind;
  required: boolean;
  description: string;
  /** The values a choice (or each item of a list) may take. */
  choices?: readonly string[];
}

/** One problem, where the user sees it: the row of the file (header = 1) and the column. */
export interface ImportError {
  /** 0 for a problem with the file as a whole. */
  row: number;
  /** The column's name in the file, or the field's label when no column fills it. */
  column: string | null;
  field: string | null;
  message: string;
}

export interface PreviewRow {
  row: number;
  cells: Record<string, string>;
  /** Messages by column name. */
  errors: Record<string, string[]>;
}

export interface ImportInspection {
  headers: string[];
  rowCount: number;
  fields: ImportField[];
  mapping: ColumnMapping;
  /** Whether the mapping was remembered from an earlier import of the same headers. */
  mappingRemembered: boolean;
  /** Unmapped columns of the library's own export that the library works out (counts, effects). */
  derivedColumns: string[];
}

export interface ImportReport {
  entity: ImportEntity;
  rowCount: number;
  /** Every error, in row order; empty when the import can go ahead. */
  errors: ImportError[];
  /** The first rows as read, with each cell's messages. */
  preview: PreviewRow[];
  mapping: ColumnMapping;
  /** Columns not imported because the library works them out (see ImportInspection). */
  derivedColumns: string[];
}

export const IMPORT_PHASES = ['reading', 'checking', 'writing'] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

export interface ImportJobStatus {
  jobId: string;
  state: 'running' | 'succeeded' | 'failed' | 'cancelled';
  phase: ImportPhase;
  done: number;
  total: number;
  /** When finished: what was imported, or every error that stopped it. */
  imported: number;
  errors: ImportError[];
  message: string | null;
}

/** A job as it starts: reading its file, nothing done yet. */
export function startingJob(jobId: string): ImportJobStatus {
  return {
    jobId,
    state: 'running',
    phase: 'reading',
    done: 0,
    total: 1,
    imported: 0,
    errors: [],
    message: null,
  };
}

export interface ImportTemplate {
  fileName: string;
  mediaType: string;
  /** base64 */
  content: string;
}

/** One line naming the first error: what the CLI prints and a refused import says. */
export function describeImportError(e: ImportError): string {
  const where = e.row === 0 ? '' : `row ${e.row}`;
  const column = e.column === null ? '' : `column “${e.column}”`;
  const at = [where, column].filter((s) => s !== '').join(', ');
  return at === '' ? e.message : `${at}: ${e.message}`;
}
