// Counts of what a library holds.
import type { Database } from 'better-sqlite3';
import type { LibraryInfo } from '../../../shared/model/library';

export function countRecords(db: Database): LibraryInfo['counts'] {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM interventions) AS interventions,
              (SELECT count(*) FROM evaluations) AS evaluations,
              (SELECT count(*) FROM outcome_results) AS outcomeResults,
              (SELECT count(*) FROM cost_items) AS costItems,
              (SELECT count(*) FROM organisations) AS organisations`,
    )
    .get() as LibraryInfo['counts'];
}

export function hasIllustrativeData(db: Database): boolean {
  return (
    (
      db
        .prepare(
          `SELECT EXISTS (SELECT 1 FROM evaluations WHERE illustrative = 1)
             OR EXISTS (SELECT 1 FROM outcome_results WHERE illustrative = 1)
             OR EXISTS (SELECT 1 FROM cost_items WHERE illustrative = 1)
             OR EXISTS (SELECT 1 FROM interventions WHERE illustrative_fields <> '[]') AS any`,
        )
        .get() as { any: number }
    ).any === 1
  );
}
