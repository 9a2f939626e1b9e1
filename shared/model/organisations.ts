// What the organisations list and an organisation's page show: each provider, evaluator or
// funder with what relates to it (the interventions it works on, by role, and the evaluations
// it carried out).
import { z } from 'zod';
import {
  ORGANISATION_KINDS,
  ORGANISATION_KIND_LABELS,
  type OrganisationKind,
  type OrganisationRole,
} from './vocabulary';

export interface OrganisationRow {
  id: string;
  name: string;
  kind: OrganisationKind;
  website: string | null;
  /** Interventions that name it in any role. */
  interventionCount: number;
  /** Evaluations it carried out. */
  evaluationCount: number;
}

export interface OrganisationDetail {
  id: string;
  name: string;
  kind: OrganisationKind;
  website: string | null;
  description: string | null;
  /** One entry per intervention and role, by intervention name. */
  interventions: { id: string; name: string; role: OrganisationRole }[];
  /** Oldest first. */
  evaluations: {
    id: string;
    title: string;
    year: number | null;
    interventionId: string;
    interventionName: string;
  }[];
}

// ---- The organisations list as shown: filtered by kind and name, sorted by one column ----------

export const ORGANISATION_SORT_FIELDS = ['name', 'kind', 'interventionCount', 'evaluationCount'] as const;
export type OrganisationSortField = (typeof ORGANISATION_SORT_FIELDS)[number];

export const OrganisationQuerySchema = z
  .object({
    /** '' for every kind. */
    kind: z.union([z.enum(ORGANISATION_KINDS), z.literal('')]).default(''),
    /** Text the name contains, any case. */
    name: z.string().max(200).default(''),
    sort: z
      .object({ field: z.enum(ORGANISATION_SORT_FIELDS), direction: z.enum(['ascending', 'descending']) })
      .default({ field: 'name', direction: 'ascending' }),
  })
  .strict();
export type OrganisationQuery = z.output<typeof OrganisationQuerySchema>;

function compareOrganisations(a: OrganisationRow, b: OrganisationRow, field: OrganisationSortField): number {
  if (field === 'interventionCount' || field === 'evaluationCount') return a[field] - b[field];
  const text = (r: OrganisationRow) => (field === 'kind' ? ORGANISATION_KIND_LABELS[r.kind] : r.name);
  return text(a).localeCompare(text(b), 'en-GB', { sensitivity: 'base' });
}

/** The rows the list shows for a query; the screen and its export both use it, so they agree. */
export function shownOrganisations(
  rows: readonly OrganisationRow[],
  query: OrganisationQuery,
): OrganisationRow[] {
  const typed = query.name.trim().toLowerCase();
  const sign = query.sort.direction === 'ascending' ? 1 : -1;
  return rows
    .filter(
      (r) =>
        (query.kind === '' || r.kind === query.kind) &&
        (typed === '' || r.name.toLowerCase().includes(typed)),
    )
    .sort(
      (a, b) => sign * compareOrganisations(a, b, query.sort.field) || compareOrganisations(a, b, 'name'),
    );
}
