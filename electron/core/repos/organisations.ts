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
