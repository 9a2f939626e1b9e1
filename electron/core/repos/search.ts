// Full-text search across interventions, evaluations and organisations, with the matched words
// marked so the UI can highlight them without handling markup.
import type { Database } from 'better-sqlite3';
import type { SearchHit, TextPart } from '../../../shared/model/finding';
import { toFtsQuery } from './fts-query';

// Control characters cannot occur in stored text, so they delimit matches safely.
const OPEN = '\u0002';
const CLOSE = '\u0003';

/** Splits FTS5 highlight output into plain and matched runs. */
export function toParts(marked: string): TextPart[] {
  const parts: TextPart[] = [];
  for (const [i, chunk] of marked.split(OPEN).entries()) {
    const [matched, rest] = i === 0 ? [null, chunk] : (chunk.split(CLOSE) as [string, string?]);
    if (matched !== null && matched !== '') parts.push({ text: matched, match: true });
    if (rest !== undefined && rest !== '') parts.push({ text: rest, match: false });
  }
  return parts;
}

export function searchAll(db: Database, query: string, limit: number): SearchHit[] {
  const fts = toFtsQuery(query);
  if (fts === null) return [];
  const rows = db
    .prepare(
      `SELECT entity_type, entity_id, intervention_id,
              highlight(search_index, 3, @open, @close) AS title,
              snippet(search_index, 4, @open, @close, '…', 16) AS snippet
       FROM search_index WHERE search_index MATCH @fts ORDER BY rank LIMIT @limit`,
    )
    .all({ fts, open: OPEN, close: CLOSE, limit }) as {
    entity_type: SearchHit['entityType'];
    entity_id: string;
    intervention_id: string | null;
    title: string;
    snippet: string;
  }[];
  return rows.map((r) => ({
    entityType: r.entity_type,
    entityId: r.entity_id,
    interventionId: r.intervention_id,
    title: toParts(r.title),
    snippet: toParts(r.snippet),
  }));
}
