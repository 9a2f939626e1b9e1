// The top of an intervention page: name, summary, classification and its evidence level.
import { formatPartialDate } from '../../../../shared/format';
import type { InterventionDetail } from '../../../../shared/model/catalogue';
import {
  INTERVENTION_STATUS_LABELS,
  ORACLE_STANDARD_LABELS,
  STRAND_LABELS,
  TIER_LABELS,
  VALIDATION_STATUS_LABELS,
} from '../../../../shared/model/vocabulary';
import type { ReactNode } from 'react';
import { IllustrativeBadge, MaybeIllustrative } from '../../components/badges';
import { EvidencePips, evidenceLevelText } from '../../components/evidence-level';
import { fieldIsIllustrative } from './illustrative';

function Classification({
  label,
  value,
  illustrative,
}: {
  label: string;
  value: string;
  illustrative: boolean;
}) {
  return (
    <div className="classification">
      <dt>{label}</dt>
      <dd>
        {value} <MaybeIllustrative illustrative={illustrative} compact />
      </dd>
    </div>
  );
}

function standardDescription(level: number | null): string {
  if (level === null) return 'No standard of evidence has been recorded.';
  const label = ORACLE_STANDARD_LABELS[level] ?? '';
  const text = label.replace(/^Standard \d:\s*/, '');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

export function RecordHeader({ detail, children }: { detail: InterventionDetail; children?: ReactNode }) {
  const evidenceIllustrative = fieldIsIllustrative(
    detail,
    'evidenceLevel',
    'validationStatus',
    'validatedBy',
    'validatedAt',
  );
  return (
    <header className="record-header">
      <div className="record-header__main">
        <h1 id="record-title" className="record-header__title">
          {detail.name}
        </h1>
        <p className="record-header__summary">{detail.summary}</p>
        <dl className="classifications">
          <Classification
            label="Approach"
            value={detail.approachType.name}
            illustrative={fieldIsIllustrative(detail, 'approachTypeId', 'approachType')}
          />
          <Classification
            label="Strand"
            value={STRAND_LABELS[detail.strand]}
            illustrative={fieldIsIllustrative(detail, 'strand')}
          />
          <Classification
            label="Tier"
            value={TIER_LABELS[detail.tier]}
            illustrative={fieldIsIllustrative(detail, 'tier')}
          />
          <Classification
            label="Status"
            value={INTERVENTION_STATUS_LABELS[detail.status]}
            illustrative={fieldIsIllustrative(detail, 'status')}
          />
        </dl>
        {children}
      </div>
      <section className="evidence-card" aria-labelledby="evidence-card-title">
        <h2 id="evidence-card-title" className="evidence-card__title">
          Project Oracle standard of evidence
        </h2>
        <p className="evidence-card__level" data-field="evidenceLevel">
          <span className="evidence-card__value">{evidenceLevelText(detail.evidenceLevel)}</span>
          {detail.evidenceLevel !== null && <span className="muted"> of 5</span>}
          <EvidencePips level={detail.evidenceLevel} />
        </p>
        <p className="evidence-card__meaning">{standardDescription(detail.evidenceLevel)}</p>
        <dl className="evidence-card__validation">
          <div>
            <dt>Status</dt>
            <dd data-field="validationStatus">{VALIDATION_STATUS_LABELS[detail.validationStatus]}</dd>
          </div>
          {detail.validatedBy !== null && (
            <div>
              <dt>Validator</dt>
              <dd>{detail.validatedBy}</dd>
            </div>
          )}
          {detail.validatedAt !== null && (
            <div>
              <dt>Date</dt>
              <dd>{formatPartialDate(detail.validatedAt)}</dd>
            </div>
          )}
        </dl>
        {evidenceIllustrative && (
          <p className="evidence-card__illustrative">
            <IllustrativeBadge compact />
            <span>Invented for demonstration.</span>
          </p>
        )}
      </section>
    </header>
  );
}
