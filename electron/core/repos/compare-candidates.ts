// The interventions that meet a commissioner's need: the catalogue's filters (strand, tier, areas,
// ages) plus settings and evidence on an outcome, as one WHERE over `interventions i`.
import type { Database } from 'better-sqlite3';
import type { InterventionRow } from '../../../shared/model/catalogue';
import type { CompareFilters } from '../../../shared/model/compare';
import { buildWhere, interventionRowsWhere } from './interventions';

export function candidateRows(db: Database, filters: CompareFilters): InterventionRow[] {
  const where = buildWhere(
    { strand: filters.strand, tier: filters.tier, areaId: filters.areaId, ages: filters.ages },
    null,
  );
  if (filters.settings !== undefined) {
    where.params.settings = JSON.stringify(filters.settings);
    where.clauses.push(`EXISTS (SELECT 1 FROM intervention_settings s WHERE s.intervention_id = i.id
      AND s.setting IN (SELECT value FROM json_each(@settings)))`);
  }
  if (filters.outcomeId !== undefined) {
    // From the outcome's results (indexed by domain) to their interventions: no scan of every intervention's studies.
    where.params.outcome = filters.outcomeId;
    where.clauses.push(`i.id IN (SELECT e.intervention_id FROM outcome_results r
      JOIN evaluations e ON e.id = r.evaluation_id WHERE r.outcome_domain_id = @outcome)`);
  }
  return interventionRowsWhere(db, where);
}
