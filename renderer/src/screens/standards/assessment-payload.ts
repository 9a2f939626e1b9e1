// Every change to a self-assessment saves it whole (its claim and all its evidence), so each form
// builds its save from what is stored with one change applied.
import type {
  EvidenceItem,
  EvidenceItemInput,
  SelfAssessmentSave,
  SelfAssessmentView,
} from '../../../../shared/model/self-assessment';

/** A stored item as the API takes it (absent optional parts left out, not null). */
export function evidenceInput(item: EvidenceItem): EvidenceItemInput {
  return {
    criterion: item.criterion,
    text: item.text,
    ...(item.evaluationId === null ? {} : { evaluationId: item.evaluationId }),
    ...(item.url === null ? {} : { url: item.url }),
  };
}

/** The stored assessment with `change` applied, ready for self-assessments/save. */
export function savePayload(
  view: SelfAssessmentView,
  by: string,
  change: { claimedLevel?: string | undefined; evidence?: EvidenceItemInput[] },
): SelfAssessmentSave {
  const stored = view.assessment;
  const claimedLevel = 'claimedLevel' in change ? change.claimedLevel : (stored?.claimedLevel ?? undefined);
  return {
    interventionId: view.interventionId,
    frameworkId: view.framework.id,
    ...(claimedLevel === undefined ? {} : { claimedLevel }),
    evidence: change.evidence ?? (stored?.evidence ?? []).map(evidenceInput),
    by,
  };
}

/** A level's label, from the framework's levels (the computed fallback included by the caller). */
export function levelLabel(view: SelfAssessmentView, levelId: string | null): string {
  if (levelId === null) return 'None chosen';
  return view.levels.find((l) => l.id === levelId)?.label ?? levelId;
}

/** The assessment can be changed by its provider: a draft, or returned by the reviewer. */
export function isEditable(view: SelfAssessmentView): boolean {
  const status = view.assessment?.status ?? 'draft';
  return status === 'draft' || status === 'returned';
}
