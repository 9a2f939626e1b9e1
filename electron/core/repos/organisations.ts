// Organisations: providers, partners, funders and evaluators.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { OrganisationSchema } from '../../../shared/model/bundle';
import type { EntityName } from '../../../shared/model/library';
import type { OrganisationKind } from '../../../shared/model/vocabulary';

export function insertOrganisation(db: Database, org: z.infer<typeof OrganisationSchema>): void {
  db.prepare('INSERT INTO organisations (id, name, kind, website, description) VALUES (?, ?, ?, ?, ?)').run(
    org.id,
    org.name,
    org.kind,
    org.website ?? null,
    org.description ?? null,
  );
}

export function listOrganisationNames(db: Database): EntityName[] {
  return (
    db.prepare('SELECT id, name, kind FROM organisations ORDER BY name COLLATE NOCASE, id').all() as {
      id: string;
      name: string;
      kind: OrganisationKind;
    }[]
  ).map((o) => ({ id: o.id, name: o.name, kind: o.kind }));
}

export type OrganisationRecord = z.infer<typeof OrganisationSchema>;

export function getOrganisation(db: Database, id: string): OrganisationRecord | null {
  const row = db
    .prepare('SELECT id, name, kind, website, description FROM organisations WHERE id = ?')
    .get(id) as
    | { id: string; name: string; kind: OrganisationKind; website: string | null; description: string | null }
    | undefined;
  if (row === undefined) return null;
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    ...(row.website === null ? {} : { website: row.website }),
    ...(row.description === null ? {} : { description: row.description }),
  };
}

export function updateOrganisation(db: Database, org: OrganisationRecord): void {
  db.prepare(
    `UPDATE organisations SET name = ?, kind = ?, website = ?, description = ?,
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`,
  ).run(org.name, org.kind, org.website ?? null, org.description ?? null, org.id);
}

export function deleteOrganisation(db: Database, id: string): void {
  db.prepare('DELETE FROM organisations WHERE id = ?').run(id);
}

/** Interventions an organisation works on (which stop its deletion) and studies it evaluated. */
export function organisationDependents(
  db: Database,
  id: string,
): { interventions: number; evaluations: number } {
  return db
    .prepare(
      `SELECT (SELECT count(DISTINCT intervention_id) FROM intervention_organisations WHERE organisation_id = @id)
                AS interventions,
              (SELECT count(*) FROM evaluations WHERE evaluator_organisation_id = @id) AS evaluations`,
    )
    .get({ id }) as { interventions: number; evaluations: number };
}
