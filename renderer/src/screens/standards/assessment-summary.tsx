// Where a self-assessment stands: its status as a badge (words, not colour alone), the level
// claimed, who submitted and reviewed it and when, the reviewer's notes, and the rating the
// evidence engine computes from the catalogued evaluations, for comparison.
import { formatPartialDate } from '../../../../shared/format';
import type { SelfAssessmentView } from '../../../../shared/model/self-assessment';
import {
  SELF_ASSESSMENT_STATUS_LABELS,
  type SelfAssessmentStatus,
} from '../../../../shared/model/vocabulary';
import { Notice } from '../../components/states';
import { levelLabel } from './assessment-payload';

export const STATUS_ID = 'standards-status';

export function StatusBadge({ status }: { status: SelfAssessmentStatus | 'none' }) {
  return (
    <span className={`sa-badge sa-badge--${status}`} data-status={status}>
      {status === 'none' ? 'Not started' : SELF_ASSESSMENT_STATUS_LABELS[status]}
    </span>
  );
}

/** "by A. Name on 3 March 2026", or nothing when not recorded. */
function byOn(by: string | null, at: string | null): string {
  if (by === null) return '';
  return at === null ? `by ${by}` : `by ${by} on ${formatPartialDate(at)}`;
}

export function AssessmentSummary({ view }: { view: SelfAssessmentView }) {
  const a = view.assessment;
  const computed = view.computed;
  return (
    <div className="sa-summary">
      <p className="sa-summary__status" id={STATUS_ID} tabIndex={-1}>
        <span className="sa-summary__term">Status:</span> <StatusBadge status={a?.status ?? 'none'} />
      </p>
      <dl className="facts facts--grid sa-summary__facts">
        <div className="facts__row">
          <dt>Level claimed</dt>
          <dd data-field="claimed-level">{levelLabel(view, a?.claimedLevel ?? null)}</dd>
        </div>
        <div className="facts__row">
          <dt>Submitted</dt>
          <dd data-field="submitted">
            {a === null || a.submittedBy === null ? 'Not yet' : byOn(a.submittedBy, a.submittedAt)}
          </dd>
        </div>
        <div className="facts__row">
          <dt>Last review</dt>
          <dd data-field="reviewed">
            {a === null || a.reviewedBy === null ? 'None yet' : byOn(a.reviewedBy, a.reviewedAt)}
          </dd>
        </div>
        <div className="facts__row">
          <dt>Computed from the evidence</dt>
          <dd data-field="computed-level">
            <strong>
              {computed.label}
              {computed.suffixes.join('')}
            </strong>
            {computed.override !== null && (
              <span className="muted"> (a researcher&rsquo;s override: {computed.override.label})</span>
            )}
          </dd>
        </div>
      </dl>
      {a?.status === 'returned' && (
        <Notice tone="warning" title={`Returned ${byOn(a.reviewedBy, a.reviewedAt)}`}>
          <p data-field="review-notes">{a.reviewNotes}</p>
          <p className="muted small">Add or change the evidence, then submit it again.</p>
        </Notice>
      )}
      {a?.status === 'submitted' && a.reviewNotes !== null && (
        <p className="muted small" data-field="previous-notes">
          Notes of the last review ({byOn(a.reviewedBy, a.reviewedAt)}): {a.reviewNotes}
        </p>
      )}
      {a?.status === 'validated' && (
        <div className="notice notice--success">
          <p className="notice__title" data-field="validated-level">
            Validated at {levelLabel(view, a.validatedLevel)} {byOn(a.reviewedBy, a.reviewedAt)}
          </p>
          {a.reviewNotes !== null && <p data-field="review-notes">{a.reviewNotes}</p>}
        </div>
      )}
    </div>
  );
}
