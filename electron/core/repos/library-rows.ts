// The rows a library bundle carries that no other repo lists whole: every id of a table, the
// price index series, source documents, the frameworks an intervention is assessed against.
import type { Database } from 'better-sqlite3';
import type { RatingOverride } from './rating-overrides';

export type BundledTable =
  | 'outcome_groups'
  | 'outcome_domains'
  | 'approach_types'
  | 'areas'
  | 'organisations'
  | 'interventions'
  | 'source_documents'
  | 'baseline_rates'
  | 'unit_costs';

/** Every id of a table, in the order the table's screens list it. */
export function allIds(db: Database, table: BundledTable): string[] {
  const order = table === 'outcome_groups' || table === 'outcome_domains' ? 'position, id' : 'id';
  return (db.prepare(`SELECT id FROM ${table} ORDER BY ${order}`).all() as { id: string }[]).map((r) => r.id);
}

export function priceIndexSeries(db: Database): string[] {
  return (
    db.prepare('SELECT DISTINCT series FROM price_index ORDER BY series').all() as { series: string }[]
  ).map((r) => r.series);
}

export function sourceDocumentsById(
  db: Database,
  ids: readonly string[],
): { id: string; title: string; publisher?: string; date?: string }[] {
  const get = db.prepare('SELECT id, title, publisher, date FROM source_documents WHERE id = ?');
  return ids.flatMap((id) => {
    const r = get.get(id) as
      { id: string; title: string; publisher: string | null; date: string | null } | undefined;
    if (r === undefined) return [];
    return [
      {
        id: r.id,
        title: r.title,
        ...(r.publisher === null ? {} : { publisher: r.publisher }),
        ...(r.date === null ? {} : { date: r.date }),
      },
    ];
  });
}

/** Inserts or rewrites a source document. */
export function putSourceDocument(
  db: Database,
  doc: { id: string; title: string; publisher?: string | undefined; date?: string | undefined },
): void {
  db.prepare(
    `INSERT INTO source_documents (id, title, publisher, date) VALUES (@id, @title, @publisher, @date)
     ON CONFLICT (id) DO UPDATE SET title = excluded.title, publisher = excluded.publisher, date = excluded.date`,
  ).run({ id: doc.id, title: doc.title, publisher: doc.publisher ?? null, date: doc.date ?? null });
}

export function deleteSourceDocumentRow(db: Database, id: string): void {
  db.prepare('DELETE FROM source_documents WHERE id = ?').run(id);
}

export function frameworksAssessed(db: Database, interventionId: string): string[] {
  return (
    db
      .prepare('SELECT framework_id FROM self_assessments WHERE intervention_id = ? ORDER BY framework_id')
      .all(interventionId) as { framework_id: string }[]
  ).map((r) => r.framework_id);
}

/** Stores an override as it was made (by whom and when), unlike a new override, which is stamped now. */
export function putOverride(db: Database, o: RatingOverride): void {
  db.prepare(
    `INSERT INTO rating_overrides (intervention_id, framework_id, subject_id, level, computed_level, reason,
       overridden_by, overridden_at)
     VALUES (@interventionId, @frameworkId, @subjectId, @level, @computedLevel, @reason, @overriddenBy, @overriddenAt)
     ON CONFLICT (intervention_id, framework_id, subject_id) DO UPDATE SET level = excluded.level,
       computed_level = excluded.computed_level, reason = excluded.reason, overridden_by = excluded.overridden_by,
       overridden_at = excluded.overridden_at`,
  ).run(o);
}
