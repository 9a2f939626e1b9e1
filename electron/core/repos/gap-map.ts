// The rows the evidence gap map is built from: each study with each outcome it measured, and the
// map's rows (approach types or interventions) and columns (the outcome taxonomy).
import type { Database } from 'better-sqlite3';
import type { Design } from '../../../shared/model/vocabulary';
import { statement } from './statements';

export interface StudyOutcomeRow {
  evaluation_id: string;
  title: string;
  year: number | null;
  design: Design;
  intervention_id: string;
  intervention_name: string;
  approach_type_id: string;
  outcome_domain_id: string;
}

/** Each (study, outcome) pair once, however many results the study reported on the outcome. */
export function studyOutcomes(db: Database): StudyOutcomeRow[] {
  return statement(
    db,
    `SELECT DISTINCT e.id AS evaluation_id, e.title, e.year, e.design, i.id AS intervention_id,
       i.name AS intervention_name, i.approach_type_id, r.outcome_domain_id
     FROM outcome_results r JOIN evaluations e ON e.id = r.evaluation_id
     JOIN interventions i ON i.id = e.intervention_id
     ORDER BY e.year DESC, e.title COLLATE NOCASE, e.id`,
  ).all() as StudyOutcomeRow[];
}

export function approachRows(db: Database): { id: string; name: string; intervention_count: number }[] {
  return statement(
    db,
    `SELECT a.id, a.name, (SELECT count(*) FROM interventions i WHERE i.approach_type_id = a.id) AS intervention_count
     FROM approach_types a ORDER BY a.name COLLATE NOCASE`,
  ).all() as { id: string; name: string; intervention_count: number }[];
}

export function outcomeColumns(
  db: Database,
): { group_id: string; group_name: string; id: string; name: string }[] {
  return statement(
    db,
    `SELECT g.id AS group_id, g.name AS group_name, d.id, d.name FROM outcome_domains d
     JOIN outcome_groups g ON g.id = d.group_id ORDER BY g.position, g.id, d.position, d.id`,
  ).all() as { group_id: string; group_name: string; id: string; name: string }[];
}
