// Where each figure came from: citations of source documents, attached to any record.
import type { Database } from 'better-sqlite3';
import { statement } from './statements';
import type { SourceCitation } from '../../../shared/model/bundle';
import type { SourceCitationView } from '../../../shared/model/catalogue';

export type CitedEntity = 'intervention' | 'evaluation' | 'cost_item' | 'outcome_result';

export function insertCitations(
  db: Database,
  entityType: CitedEntity,
  entityId: string,
  citations: readonly SourceCitation[],
): void {
  const insert = statement(
    db,
    'INSERT INTO source_citations (entity_type, entity_id, field, document_id, passage) VALUES (?, ?, ?, ?, ?)',
  );
  for (const c of citations) insert.run(entityType, entityId, c.field ?? null, c.document, c.passage);
}

/** Citations of many records at once, grouped by record id. */
export function citationsFor(
  db: Database,
  entityType: CitedEntity,
  entityIds: readonly string[],
): Map<string, SourceCitationView[]> {
  const byId = new Map<string, SourceCitationView[]>();
  if (entityIds.length === 0) return byId;
  const rows = statement(
    db,
    `SELECT c.entity_id, c.field, c.document_id, c.passage, d.title
       FROM source_citations c JOIN source_documents d ON d.id = c.document_id
       WHERE c.entity_type = ? AND c.entity_id IN (SELECT value FROM json_each(?))
       ORDER BY c.id`,
  ).all(entityType, JSON.stringify(entityIds)) as {
    entity_id: string;
    field: string | null;
    document_id: string;
    passage: string;
    title: string;
  }[];
  for (const r of rows) {
    const list = byId.get(r.entity_id) ?? [];
    list.push({
      ...(r.field === null ? {} : { field: r.field }),
      document: r.document_id,
      documentTitle: r.title,
      passage: r.passage,
    });
    byId.set(r.entity_id, list);
  }
  return byId;
}
