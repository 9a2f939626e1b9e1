// What the gap map screen, its CSV and its PNG all show of a cell: its studies and strongest
// design in a few characters, its evidence strength in words, and its address in the map.
import { toCsv } from '../../../../shared/format/csv';
import {
  EVIDENCE_STRENGTH_LABELS,
  type GapMap,
  type GapMapCell,
  type GapMapStudy,
} from '../../../../shared/model/gap-map';
import { type Design, DESIGN_LABELS } from '../../../../shared/model/vocabulary';

/** Short names of designs for a cell that is a few characters wide. */
export const DESIGN_SHORT: Record<Design, string> = {
  'theory-of-change': 'ToC',
  'pre-post': 'Pre/post',
  'comparison-group': 'QED',
  matched: 'Matched',
  randomised: 'RCT',
  'cluster-randomised': 'cRCT',
  'systematic-review': 'SR',
};

export const cellKey = (rowId: string, outcomeId: string) => `${rowId}\u0000${outcomeId}`;

export function cellIndex(map: GapMap): Map<string, GapMapCell> {
  return new Map(map.cells.map((c) => [cellKey(c.rowId, c.outcomeId), c]));
}

export const rowsLabel = (map: GapMap) => (map.rows === 'approaches' ? 'Approach type' : 'Intervention');

/** "2 studies, strongest design Randomised controlled trial". */
export function cellSummary(cell: GapMapCell): string {
  return `${cell.studyCount} ${cell.studyCount === 1 ? 'study' : 'studies'}, strongest design ${DESIGN_LABELS[cell.strongestDesign]}`;
}

export function cellStudies(map: GapMap, cell: GapMapCell): GapMapStudy[] {
  return cell.evaluationIds.flatMap((id) => {
    const study = map.studies[id];
    return study === undefined ? [] : [study];
  });
}

/** One line per studied cell, in the map's order: what a spreadsheet user wants to filter and sort. */
export function gapMapCsv(map: GapMap): string {
  const cells = cellIndex(map);
  const lines: (string | number)[][] = [
    [
      rowsLabel(map),
      'Outcome group',
      'Outcome',
      'Studies',
      'Strongest design',
      'Evidence strength',
      'Studies (title, year)',
    ],
  ];
  for (const row of map.rowHeads)
    for (const group of map.groups)
      for (const outcome of group.outcomes) {
        const cell = cells.get(cellKey(row.id, outcome.id));
        if (cell === undefined) continue;
        lines.push([
          row.name,
          group.name,
          outcome.name,
          cell.studyCount,
          DESIGN_LABELS[cell.strongestDesign],
          EVIDENCE_STRENGTH_LABELS[cell.strength],
          cellStudies(map, cell)
            .map((s) => (s.year === null ? s.title : `${s.title} (${s.year})`))
            .join('; '),
        ]);
      }
  return toCsv(lines);
}
