// Reference data a library is seeded with and the lists the UI picks from: approach types,
// areas, the outcome taxonomy and the source documents cited.
import type { Database } from 'better-sqlite3';
import type { ReferenceData } from '../../../shared/model/library';
import type { AreaKind } from '../../../shared/model/vocabulary';
import { linkShippedUnitCosts } from '../db/migrations/004-value-reference-data';
import { APPROACH_TYPES } from '../../../shared/taxonomy/approach-types';
import { AREAS } from '../../../shared/taxonomy/areas';
import { OUTCOME_DOMAINS, OUTCOME_GROUPS } from '../../../shared/taxonomy/outcomes';

/** The region that contains every London borough: choosing a borough also finds London-wide work. */
const LONDON = 'london';

export function insertDefaultReferenceData(db: Database): void {
  const approach = db.prepare('INSERT INTO approach_types (id, name, description) VALUES (?, ?, ?)');
  for (const a of APPROACH_TYPES) approach.run(a.id, a.name, a.description);
  const area = db.prepare('INSERT INTO areas (id, name, kind, parent_id) VALUES (?, ?, ?, ?)');
  for (const a of AREAS) area.run(a.id, a.name, a.kind, a.id === LONDON ? null : LONDON);
  const group = db.prepare('INSERT INTO outcome_groups (id, name, position) VALUES (?, ?, ?)');
  OUTCOME_GROUPS.forEach((g, i) => group.run(g.id, g.name, i));
  const domain = db.prepare(
    'INSERT INTO outcome_domains (id, group_id, name, higher_is_better, position) VALUES (?, ?, ?, ?, ?)',
  );
  OUTCOME_DOMAINS.forEach((d, i) => domain.run(d.id, d.group, d.name, d.higherIsBetter ? 1 : 0, i));
  linkShippedUnitCosts(db);
}

export function insertSourceDocument(
  db: Database,
  doc: { id: string; title: string; publisher?: string | undefined; date?: string | undefined },
): void {
  db.prepare('INSERT INTO source_documents (id, title, publisher, date) VALUES (?, ?, ?, ?)').run(
    doc.id,
    doc.title,
    doc.publisher ?? null,
    doc.date ?? null,
  );
}

export function listReferenceData(db: Database): ReferenceData {
  const approachTypes = db
    .prepare('SELECT id, name, description FROM approach_types ORDER BY name COLLATE NOCASE')
    .all() as { id: string; name: string; description: string | null }[];
  const areas = db
    .prepare(
      `SELECT id, name, kind FROM areas
       ORDER BY CASE kind WHEN 'region' THEN 0 WHEN 'city' THEN 1 ELSE 2 END, name COLLATE NOCASE`,
    )
    .all() as { id: string; name: string; kind: AreaKind }[];
  const outcomeGroups = db.prepare('SELECT id, name FROM outcome_groups ORDER BY position').all() as {
    id: string;
    name: string;
  }[];
  const outcomeDomains = (
    db
      .prepare(
        `SELECT d.id, d.name, d.group_id, d.higher_is_better FROM outcome_domains d
         JOIN outcome_groups g ON g.id = d.group_id ORDER BY g.position, d.position`,
      )
      .all() as { id: string; name: string; group_id: string; higher_is_better: number }[]
  ).map((d) => ({ id: d.id, name: d.name, groupId: d.group_id, higherIsBetter: d.higher_is_better === 1 }));
  const documents = db
    .prepare('SELECT id, title, publisher, date FROM source_documents ORDER BY id')
    .all() as ReferenceData['documents'];
  return { approachTypes, areas, outcomeGroups, outcomeDomains, documents };
}
