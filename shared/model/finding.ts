// Finding records: full-text search across the library with highlighted matches, and saved views
// of a screen (grid columns, sort, filters, search) kept in the library so they survive a restart.
import { z } from 'zod';

export const SearchInputSchema = z
  .object({
    query: z.string().trim().min(1, 'type something to search for').max(200),
    limit: z.number().int().min(1).max(50).default(20),
  })
  .strict();

/** A run of text, marked when it matched the search. */
export interface TextPart {
  text: string;
  match: boolean;
}

export interface SearchHit {
  entityType: 'intervention' | 'evaluation' | 'organisation';
  entityId: string;
  /** The intervention the record belongs to (itself for interventions; null for organisations). */
  interventionId: string | null;
  title: TextPart[];
  snippet: TextPart[];
}

export const VIEW_SCREENS = ['catalogue', 'evaluations', 'outcome-results'] as const;
export type ViewScreen = (typeof VIEW_SCREENS)[number];
const MAX_STATE_BYTES = 64 * 1024;

export const ViewListInputSchema = z.object({ screen: z.enum(VIEW_SCREENS) }).strict();
export const ViewSaveInputSchema = z
  .object({
    id: z.string().min(1).max(120).optional(),
    screen: z.enum(VIEW_SCREENS),
    name: z.string().trim().min(1, 'give the view a name').max(80),
    state: z.unknown().refine((s) => s !== undefined && JSON.stringify(s).length <= MAX_STATE_BYTES, {
      message: 'the view is too large to save (64 KB at most)',
    }),
  })
  .strict();
export const ViewDeleteInputSchema = z.object({ id: z.string().min(1).max(120) }).strict();

export interface SavedView {
  id: string;
  screen: (typeof VIEW_SCREENS)[number];
  name: string;
  state: unknown;
  updatedAt: string;
}
