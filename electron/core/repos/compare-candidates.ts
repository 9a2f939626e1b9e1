// The interventions that meet a commissioner's need: the catalogue's filters (strand, tier, areas,
// ages) plus settings and evidence on an outcome, in one query; their figures are read in batches.
import type { Database } from 'better-sqlite3';
import type { CompareFilters } from '../../../shared/model/compare';
import type { Strand, Tier, ValidationStatus } from '../../../shared/model/vocabulary';
import { buildWhere } from './interventions';

export interface CandidateRecord {
  id: string;
  name: string;
  summary: string;
  approach_type_id: string;
  approach_name: string;
  strand: Strand;
  tier: Tier;
  age_min: number | null;
  age_max: number | null;
  evidence_level: number | null;
  validation_status: ValidationStatus;
  evaluation_count: number;
  illustrative_fields: string;
}

export function candidateRecords(db: Database, filters: CompareFilters): CandidateRecord[] {
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
  const filter = where.clauses.length === 0 ? '' : `WHERE ${where.clauses.join(' AND ')}`;
  return db
    .prepare(
      `SELECT i.id, i.name, i.summary, i.approach_type_id, a.name AS approach_name, i.strand, i.tier, i.age_min,
         i.age_max, i.evidence_level, i.validation_status, i.illustrative_fields,
         (SELECT count(*) FROM evaluations e WHERE e.intervention_id = i.id) AS evaluation_count
       FROM interventions i JOIN approach_types a ON a.id = i.approach_type_id ${filter}
       ORDER BY i.name COLLATE NOCASE, i.id`,
    )
    .all(where.params) as CandidateRecord[];
}
