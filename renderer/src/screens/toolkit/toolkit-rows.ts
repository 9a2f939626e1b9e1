// Which outcome each approach's toolkit row reports: the one the user chose, or by default the
// approach's headline outcome (of those whose effect can be put as a % change, the most-studied).
import type { ApproachOutcomeSummary, ApproachSummary } from '../../../../shared/model/evidence';

/** The outcome choice meaning "each approach's headline outcome". */
export const HEADLINE = '';

export interface ToolkitRow {
  approach: ApproachSummary;
  /** Null when the approach has no study of the chosen outcome. */
  outcome: ApproachOutcomeSummary | null;
}

function headline(a: ApproachSummary): ApproachOutcomeSummary | null {
  const ranked = [...a.outcomes].sort(
    (x, y) =>
      Number(y.beneficialChangePercent !== null) - Number(x.beneficialChangePercent !== null) ||
      y.studyCount - x.studyCount ||
      x.outcome.name.localeCompare(y.outcome.name, 'en-GB'),
  );
  return ranked[0] ?? null;
}

export function toolkitRows(approaches: readonly ApproachSummary[], outcomeId: string): ToolkitRow[] {
  return approaches.map((approach) => ({
    approach,
    outcome:
      outcomeId === HEADLINE
        ? headline(approach)
        : (approach.outcomes.find((o) => o.outcome.id === outcomeId) ?? null),
  }));
}

/** The outcomes any approach has studies of, most studies first. */
export function outcomeChoices(
  approaches: readonly ApproachSummary[],
): { id: string; name: string; studies: number }[] {
  const byId = new Map<string, { id: string; name: string; studies: number }>();
  for (const o of approaches.flatMap((a) => a.outcomes)) {
    const held = byId.get(o.outcome.id) ?? { id: o.outcome.id, name: o.outcome.name, studies: 0 };
    held.studies += o.studyCount;
    byId.set(o.outcome.id, held);
  }
  return [...byId.values()].sort((a, b) => b.studies - a.studies || a.name.localeCompare(b.name, 'en-GB'));
}
