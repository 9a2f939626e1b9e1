// What duplicate detection compares new references with: every evaluation's title, year and DOI,
// with the intervention it belongs to.
import type { Database } from 'better-sqlite3';

export interface EvaluationKey {
  id: string;
  title: string;
  year: number | null;
  doi: string | null;
  interventionName: string;
}

export function evaluationKeys(db: Database): EvaluationKey[] {
  return db
    .prepare(
      `SELECT e.id, e.title, e.year, e.doi, i.name AS interventionName
       FROM evaluations e JOIN interventions i ON i.id = e.intervention_id ORDER BY e.id`,
    )
    .all() as EvaluationKey[];
}
