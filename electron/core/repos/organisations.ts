// Organisations: providers, partners, funders and evaluators.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { OrganisationSchema } from '../../../shared/model/bundle';
import type { EntityName } from '../../../shared/model/library';
import type { OrganisationDetail, OrganisationRow } from '../../../shared/model/organisations';
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

/** Every organisation with how many interventions name it and how many evaluations it carried out. */
export function listOrganisations(db: Database): OrganisationRow[] {
  return db
    .prepare(
      `SELECT o.id, o.name, o.kind, o.website,
           (SELECT count(DISTINCT intervention_id) FROM intervention_organisations WHERE organisation_id = o.id)
             AS interventionCount,
           (SELECT count(*) FROM evaluations WHERE evaluator_organisation_id = o.id) AS evaluationCount
         FROM organisations o ORDER BY o.name COLLATE NOCASE, o.id`,
    )
    .all() as OrganisationRow[];
}

/** One organisation with the interventions it works on (by role) and the evaluations it carried out. */
export function organisationDetail(db: Database, id: string): OrganisationDetail | null {
  const org = getOrganisation(db, id);
  if (org === null) return null;
  const interventions = db
    .prepare(
      `SELECT i.id, i.name, io.role FROM intervention_organisations io
       JOIN interventions i ON i.id = io.intervention_id
       WHERE io.organisation_id = ? ORDER BY i.name COLLATE NOCASE, i.id, io.role`,
    )
    .all(id) as OrganisationDetail['interventions'];
  const evaluations = db
    .prepare(
      `SELECT e.id, e.title, e.year, e.intervention_id AS interventionId, i.name AS interventionName
       FROM evaluations e JOIN interventions i ON i.id = e.intervention_id
       WHERE e.evaluator_organisation_id = ? ORDER BY e.year IS NULL, e.year, e.title COLLATE NOCASE`,
    )
    .all(id) as OrganisationDetail['evaluations'];
  return {
    id: org.id,
    name: org.name,
    kind: org.kind,
    website: org.website ?? null,
    description: org.description ?? null,
    interventions,
    evaluations,
  };
}
