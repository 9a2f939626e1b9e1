// Saved briefs: the author's choices and words, and the options (interventions) in their order
// with the author's notes on each. Figures are never stored here: they come from the library.
import type { Database } from 'better-sqlite3';
import type { Brief, BriefSectionChoice, BriefSummary } from '../../../shared/model/brief';

interface BriefRow {
  id: string;
  title: string;
  question: string;
  audience: string;
  area_id: string | null;
  brief_date: string;
  author: string;
  budget: number | null;
  outcome_domain_id: string;
  sections: string;
  summary: string;
  recommendation: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

interface OptionRow {
  intervention_id: string;
  implementation_note: string;
  local_delivery_note: string;
}

export function briefExists(db: Database, id: string): boolean {
  return db.prepare('SELECT 1 FROM briefs WHERE id = ?').get(id) !== undefined;
}

export function getBrief(db: Database, id: string): Brief | null {
  const r = db.prepare('SELECT * FROM briefs WHERE id = ?').get(id) as BriefRow | undefined;
  if (r === undefined) return null;
  const options = db
    .prepare(
      `SELECT intervention_id, implementation_note, local_delivery_note FROM brief_options
       WHERE brief_id = ? ORDER BY position`,
    )
    .all(id) as OptionRow[];
  return {
    id: r.id,
    title: r.title,
    question: r.question,
    audience: r.audience,
    areaId: r.area_id,
    date: r.brief_date,
    author: r.author,
    budget: r.budget,
    outcomeId: r.outcome_domain_id,
    interventionIds: options.map((o) => o.intervention_id),
    sections: JSON.parse(r.sections) as BriefSectionChoice[],
    summary: r.summary,
    recommendation: r.recommendation,
    // Only options with words are kept as notes, as the author saved them.
    optionNotes: options
      .filter((o) => o.implementation_note !== '' || o.local_delivery_note !== '')
      .map((o) => ({
        interventionId: o.intervention_id,
        implementation: o.implementation_note,
        localDelivery: o.local_delivery_note,
      })),
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

/** Writes a brief whole (its options replaced), keeping the times and authors given. */
export function putBrief(db: Database, b: Brief): void {
  db.prepare(
    `INSERT INTO briefs (id, title, question, audience, area_id, brief_date, author, budget,
       outcome_domain_id, sections, summary, recommendation, created_at, created_by, updated_at, updated_by)
     VALUES (@id, @title, @question, @audience, @areaId, @date, @author, @budget, @outcomeId, @sections,
       @summary, @recommendation, @createdAt, @createdBy, @updatedAt, @updatedBy)
     ON CONFLICT (id) DO UPDATE SET title = excluded.title, question = excluded.question,
       audience = excluded.audience, area_id = excluded.area_id, brief_date = excluded.brief_date,
       author = excluded.author, budget = excluded.budget, outcome_domain_id = excluded.outcome_domain_id,
       sections = excluded.sections, summary = excluded.summary, recommendation = excluded.recommendation,
       created_at = excluded.created_at, created_by = excluded.created_by,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run({
    id: b.id,
    title: b.title,
    question: b.question,
    audience: b.audience,
    areaId: b.areaId,
    date: b.date,
    author: b.author,
    budget: b.budget,
    outcomeId: b.outcomeId,
    sections: JSON.stringify(b.sections),
    summary: b.summary,
    recommendation: b.recommendation,
    createdAt: b.createdAt,
    createdBy: b.createdBy,
    updatedAt: b.updatedAt,
    updatedBy: b.updatedBy,
  });
  db.prepare('DELETE FROM brief_options WHERE brief_id = ?').run(b.id);
  const insert = db.prepare(
    `INSERT INTO brief_options (brief_id, position, intervention_id, implementation_note, local_delivery_note)
     VALUES (?, ?, ?, ?, ?)`,
  );
  b.interventionIds.forEach((interventionId, position) => {
    const note = b.optionNotes.find((n) => n.interventionId === interventionId);
    insert.run(b.id, position, interventionId, note?.implementation ?? '', note?.localDelivery ?? '');
  });
}

export function deleteBriefRow(db: Database, id: string): void {
  db.prepare('DELETE FROM briefs WHERE id = ?').run(id);
}

export function listBriefs(db: Database): BriefSummary[] {
  const rows = db
    .prepare(
      `SELECT b.id, b.title, b.brief_date, b.author, b.updated_at,
         (SELECT count(*) FROM brief_options o WHERE o.brief_id = b.id) AS interventions,
         (SELECT count(*) FROM brief_snapshots s WHERE s.brief_id = b.id AND s.removed_by_change IS NULL)
           AS snapshots
       FROM briefs b ORDER BY b.updated_at DESC, b.title COLLATE NOCASE`,
    )
    .all() as {
    id: string;
    title: string;
    brief_date: string;
    author: string;
    updated_at: string;
    interventions: number;
    snapshots: number;
  }[];
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    date: r.brief_date,
    author: r.author,
    interventions: r.interventions,
    snapshots: r.snapshots,
    updatedAt: r.updated_at,
  }));
}
