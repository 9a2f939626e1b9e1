// The evidence gap map (issue 6): approach types or interventions against the outcome taxonomy,
// computed from the library's studies each time it is asked for.
import type { Database } from 'better-sqlite3';
import {
  designStrength,
  type GapMap,
  type GapMapCell,
  type GapMapRows,
  type GapMapStudy,
  strongerDesign,
} from '../../../shared/model/gap-map';
import { approachRows, outcomeColumns, studyOutcomes } from '../repos/gap-map';
import { listInterventionNames } from '../repos/interventions';

export function gapMap(db: Database, input: { rows: GapMapRows }): GapMap {
  const byApproach = input.rows === 'approaches';
  const studies: Record<string, GapMapStudy> = {};
  const cells = new Map<string, GapMapCell>();
  for (const r of studyOutcomes(db)) {
    studies[r.evaluation_id] ??= {
      evaluationId: r.evaluation_id,
      title: r.title,
      year: r.year,
      design: r.design,
      intervention: { id: r.intervention_id, name: r.intervention_name },
    };
    const rowId = byApproach ? r.approach_type_id : r.intervention_id;
    const key = `${rowId}\u0000${r.outcome_domain_id}`;
    const cell = cells.get(key);
    if (cell === undefined) {
      cells.set(key, {
        rowId,
        outcomeId: r.outcome_domain_id,
        studyCount: 1,
        strongestDesign: r.design,
        strength: designStrength(r.design),
        evaluationIds: [r.evaluation_id],
      });
    } else {
      cell.studyCount += 1;
      cell.strongestDesign = strongerDesign(cell.strongestDesign, r.design);
      cell.strength = designStrength(cell.strongestDesign);
      cell.evaluationIds.push(r.evaluation_id);
    }
  }
  const groups: GapMap['groups'] = [];
  for (const c of outcomeColumns(db)) {
    const last = groups.at(-1);
    if (last?.id === c.group_id) last.outcomes.push({ id: c.id, name: c.name });
    else groups.push({ id: c.group_id, name: c.group_name, outcomes: [{ id: c.id, name: c.name }] });
  }
  return {
    rows: input.rows,
    rowHeads: byApproach
      ? approachRows(db).map((a) => ({ id: a.id, name: a.name, interventionCount: a.intervention_count }))
      : listInterventionNames(db).map((i) => ({ id: i.id, name: i.name, interventionCount: 1 })),
    groups,
    cells: [...cells.values()],
    studies,
  };
}
