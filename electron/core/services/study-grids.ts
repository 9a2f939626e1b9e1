// The outcome-results grid's page: rows from the library with each result's standardised effect
// worked out by the evidence engine, exactly as the Evidence tab works it out.
import type { Database } from 'better-sqlite3';
import type { OutcomeResultListQuery, OutcomeResultPage } from '../../../shared/model/study-grids';
import { listOutcomeResultRecords } from '../repos/study-grids';
import { computedEffect } from './study-effects';

export function listOutcomeResults(db: Database, query: OutcomeResultListQuery): OutcomeResultPage {
  const { total, records } = listOutcomeResultRecords(db, query);
  return {
    total,
    rows: records.map((row) => {
      const e = computedEffect({
        dataType: row.dataType,
        higherIsBetter: row.higherIsBetter,
        stats: row.stats,
      });
      return {
        ...row,
        effect:
          e.yi === null || e.vi === null || e.ciLower === null || e.ciUpper === null
            ? null
            : { yi: e.yi, vi: e.vi, ciLower: e.ciLower, ciUpper: e.ciUpper },
        excludedReason: e.excludedReason,
      };
    }),
  };
}
