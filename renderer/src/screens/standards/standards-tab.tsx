// The intervention page's Standards tab: the provider's self-assessment against a standards
// framework (Project Oracle by default), its evidence per criterion, the claim and its submission,
// the hub's review, and the assessment's history, with the computed rating alongside.
import { useState } from 'react';
import { SELF_ASSESSMENT_FRAMEWORKS } from '../../../../shared/analysis/ratings/self-assessment-criteria';
import type { InterventionDetail } from '../../../../shared/model/catalogue';
import type { SelfAssessmentView } from '../../../../shared/model/self-assessment';
import { SelectField } from '../../components/form-controls';
import { ErrorState, LoadingState, Notice } from '../../components/states';
import { useLibraryInfo } from '../../data/app-data';
import { useApiQuery } from '../../data/use-api-query';
import { HistoryList } from '../editing/record-history';
import { useFocusAfterReload } from '../study-editing/form-support';
import { isEditable } from './assessment-payload';
import { AssessmentSummary } from './assessment-summary';
import { ClaimForm } from './claim-form';
import { CriteriaEvidence } from './criteria-evidence';
import { ReviewForm } from './review-form';

/** The framework last chosen per intervention, kept while the app runs (the page reloads after a save). */
const chosenFramework = new Map<string, string>();

function Assessment({
  view,
  detail,
  readOnly,
}: {
  view: SelfAssessmentView;
  detail: InterventionDetail;
  readOnly: boolean;
}) {
  useFocusAfterReload();
  const editable = !readOnly && isEditable(view);
  return (
    <>
      <section className="record-section" aria-labelledby="assessment-title">
        <h2 id="assessment-title">Self-assessment: {view.framework.name}</h2>
        <AssessmentSummary view={view} />
      </section>
      <CriteriaEvidence view={view} evaluations={detail.evaluations} editable={editable} />
      {editable && <ClaimForm view={view} />}
      {!readOnly && view.assessment?.status === 'submitted' && <ReviewForm view={view} />}
      <section className="record-section" aria-labelledby="assessment-history-title">
        <h2 id="assessment-history-title">History of this self-assessment</h2>
        <HistoryList
          entityType="self_assessment"
          entityId={`${view.interventionId}/${view.framework.id}`}
          empty="No changes yet: the self-assessment starts when evidence or a claim is first saved."
        />
      </section>
    </>
  );
}

export function StandardsTab({ detail }: { detail: InterventionDetail }) {
  const info = useLibraryInfo();
  const readOnly = info.readOnlyReason !== null;
  const [frameworkId, setFrameworkId] = useState(
    () => chosenFramework.get(detail.id) ?? SELF_ASSESSMENT_FRAMEWORKS[0]?.id ?? 'project-oracle',
  );
  const view = useApiQuery('self-assessments/get', { interventionId: detail.id, frameworkId });
  const choose = (id: string) => {
    chosenFramework.set(detail.id, id);
    setFrameworkId(id);
  };
  return (
    <div className="standards">
      <div className="standards__intro">
        <p>
          The provider assesses the intervention against a standards framework and gives evidence for each
          criterion, then submits it; the hub validates the claim (usually after an interview) or returns it
          with notes. The rating computed from the catalogued evaluations is shown alongside for comparison.
        </p>
        <div className="standards__framework">
          <SelectField
            id="standards-framework"
            label="Framework"
            value={frameworkId}
            onChange={choose}
            options={SELF_ASSESSMENT_FRAMEWORKS.map((f) => ({ value: f.id, label: f.name }))}
            error={null}
          />
        </div>
      </div>
      {readOnly && (
        <Notice tone="info" title="Read-only library">
          <p>This library is open read-only: the self-assessment can be read here but not changed.</p>
        </Notice>
      )}
      {view.status === 'loading' && <LoadingState label="Loading the self-assessment…" />}
      {view.status === 'error' && (
        <ErrorState
          title="The self-assessment could not be loaded"
          error={view.error}
          onRetry={view.reload}
        />
      )}
      {view.status === 'ok' && <Assessment view={view.value} detail={detail} readOnly={readOnly} />}
    </div>
  );
}
