// Exporting a grid as shown: which grid, its query without paging (the same filters, search and
// sort as on screen, so every matching row is written), the visible columns in order with their
// headings, and notes on the filters for the file's "About this export" sheet.
import { z } from 'zod';
import { InterventionListInputSchema } from './catalogue';
import { OrganisationQuerySchema } from './organisations';
import { EvaluationListInputSchema, OutcomeResultListInputSchema } from './study-grids';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_GRIDS = ['interventions', 'evaluations', 'outcome-results', 'organisations'] as const;
export type ExportGrid = (typeof EXPORT_GRIDS)[number];

export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const ColumnsSchema = z
  .array(z.object({ id: z.string().min(1).max(60), header: z.string().trim().min(1).max(200) }).strict())
  .min(1, 'choose at least one column to export')
  .max(60);

const NotesSchema = z
  .array(z.object({ label: z.string().max(100), value: z.string().max(2000) }).strict())
  .max(50)
  .default([]);

/** A list query without its page: the export reads every matching row. */
const PAGING = { offset: true, limit: true } as const;

const common = { format: z.enum(EXPORT_FORMATS), columns: ColumnsSchema, notes: NotesSchema };

export const GridExportInputSchema = z.discriminatedUnion('grid', [
  z
    .object({ grid: z.literal('interventions'), query: InterventionListInputSchema.omit(PAGING), ...common })
    .strict(),
  z
    .object({ grid: z.literal('evaluations'), query: EvaluationListInputSchema.omit(PAGING), ...common })
    .strict(),
  z
    .object({
      grid: z.literal('outcome-results'),
      query: OutcomeResultListInputSchema.omit(PAGING),
      ...common,
    })
    .strict(),
  z.object({ grid: z.literal('organisations'), query: OrganisationQuerySchema, ...common }).strict(),
]);
export type GridExportInput = z.input<typeof GridExportInputSchema>;
export type GridExportRequest = z.output<typeof GridExportInputSchema>;

type Distributed<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** Which grid and its query: what a screen knows of its own view, before columns and format. */
export type GridExportQuery = Distributed<GridExportInput, 'columns' | 'format' | 'notes'>;
/** A view with its columns and notes: an export once the format is chosen. */
export type GridExportView = Distributed<GridExportInput, 'format'>;

/** What `ewb export` writes: every row of an entity with its default columns. */
export const EXPORT_ENTITIES = [...EXPORT_GRIDS, 'cost-items'] as const;
export type ExportEntity = (typeof EXPORT_ENTITIES)[number];

export const EntityExportInputSchema = z
  .object({ entity: z.enum(EXPORT_ENTITIES), format: z.enum(EXPORT_FORMATS) })
  .strict();

/** A written export: its suggested name, type and bytes (base64, as every file crosses the API). */
export interface ExportFile {
  fileName: string;
  mediaType: string;
  content: string;
  rowCount: number;
}
