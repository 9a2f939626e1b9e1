// The standards-of-evidence ratings of an intervention, one card per framework: the computed
// rating (per outcome or per study where the framework rates those), why (every level and
// criterion), the framework's source, any override beside the computed value, and the forms to
// override or clear. Also the EIF cost rating.
import { useState } from 'react';
import {
  formatCostWithPriceYear,
  formatInteger,
  formatMoney,
  formatPartialDate,
} from '../../../../shared/format';
import { ratingText } from '../../../../shared/format/figure-text';
import type { InterventionDetail } from '../../../../shared/model/catalogue';
import type { EvidenceSummary, FrameworkRatings, RatedSubject } from '../../../../shared/model/evidence';
import { IllustrativeBadge, MaybeIllustrative } from '../../components/badges';
import { evidenceLevelText, validationText } from '../../components/evidence-level';
import { useLibraryInfo } from '../../data/app-data';
import { costsAreIllustrative, fieldIsIllustrative } from '../intervention/illustrative';
import { ClearOverrideForm, OverrideForm, type SubjectContext } from './override-forms';
import { RatingExplanation } from './rating-explanation';

/** An override's level in words, from the framework's level choices. */
export function levelLabel(framework: FrameworkRatings, levelId: string): string {
  return framework.levelChoices.find((c) => c.id === levelId)?.label ?? levelId;
}

type Editing = 'override' | 'clear' | null;

function RatedSubjectView({
  framework,
  rated,
  interventionId,
  readOnly,
  onChanged,
}: {
  framework: FrameworkRatings;
  rated: RatedSubject;
  interventionId: string;
  readOnly: boolean;
  onChanged: (message: string) => void;
}) {
  const [editing, setEditing] = useState<Editing>(null);
  const scope = framework.framework.scope;
  const override = rated.override;
  const context: SubjectContext = {
    interventionId,
    framework: framework.framework,
    rated,
    subjectId: scope === 'intervention' ? '' : rated.subject.id,
    subjectName: rated.subject.name,
  };
  return (
    <div className="rated" data-subject={rated.subject.id} data-overridden={override !== null}>
      {scope !== 'intervention' && <h4 className="rated__subject">{rated.subject.name}</h4>}
      <p className="rated__line" data-field="computed">
        <span className="rated__term">Computed:</span>{' '}
        <strong className="rated__value" data-level={rated.level}>
          {ratingText(rated)}
        </strong>{' '}
        <span className="muted">— {rated.meaning}</span>
      </p>
      {override !== null && (
        <p className="rated__line rated__line--override" data-field="override">
          <span className="rated__term">Override:</span>{' '}
          <strong className="rated__value" data-level={override.level}>
            {levelLabel(framework, override.level)}
          </strong>{' '}
          — “<span data-field="override-reason">{override.reason}</span>” (by{' '}
          <span data-field="override-by">{override.overriddenBy}</span>,{' '}
          <time dateTime={override.overriddenAt} data-field="override-at">
            {formatPartialDate(override.overriddenAt)}
          </time>
          )
          {override.computedLevel !== rated.level && (
            <span className="muted">
              {' '}
              (made when the computed rating was {levelLabel(framework, override.computedLevel)})
            </span>
          )}
        </p>
      )}
      <details className="rated__why">
        <summary>Why {ratingText(rated)}: each level and its criteria</summary>
        <RatingExplanation levels={rated.levels} modifiers={rated.modifiers} currentLevel={rated.level} />
      </details>
      {!readOnly && editing === null && (
        <div className="rated__actions">
          <button type="button" className="button button--small" onClick={() => setEditing('override')}>
            {override === null ? 'Override this rating' : 'Change the override'}
          </button>
          {override !== null && (
            <button type="button" className="button button--small" onClick={() => setEditing('clear')}>
              Clear override
            </button>
          )}
        </div>
      )}
      {editing === 'override' && (
        <OverrideForm
          context={context}
          levelChoices={framework.levelChoices}
          onCancel={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            onChanged(`Override of the ${framework.framework.name} rating saved.`);
          }}
        />
      )}
      {editing === 'clear' && (
        <ClearOverrideForm
          context={context}
          onCancel={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            onChanged(`Override of the ${framework.framework.name} rating cleared.`);
          }}
        />
      )}
    </div>
  );
}

/** The Project Oracle standard recorded on the record (validated by the hub), beside the computed one. */
function RecordedStandard({ detail }: { detail: InterventionDetail }) {
  if (detail.evidenceLevel === null) return null;
  return (
    <p className="rated__recorded small" data-field="recorded-standard">
      Recorded on this record: <strong>{evidenceLevelText(detail.evidenceLevel)}</strong> (
      {validationText(detail.validationStatus).toLowerCase()}){' '}
      <MaybeIllustrative illustrative={fieldIsIllustrative(detail, 'evidenceLevel')} compact />
    </p>
  );
}

const PROJECT_ORACLE = 'project-oracle';

function FrameworkCard({
  framework,
  detail,
  interventionId,
  readOnly,
  onChanged,
}: {
  framework: FrameworkRatings;
  detail: InterventionDetail;
  interventionId: string;
  readOnly: boolean;
  onChanged: (message: string) => void;
}) {
  const titleId = `framework-${framework.framework.id}`;
  const scope = framework.framework.scope;
  return (
    <article className="framework" aria-labelledby={titleId} data-framework={framework.framework.id}>
      <h3 className="framework__name" id={titleId}>
        {framework.framework.name}
      </h3>
      {scope !== 'intervention' && (
        <p className="muted small framework__scope">
          Rated per {scope === 'outcome' ? 'outcome' : 'study'}: {formatInteger(framework.ratings.length)}{' '}
          rated.
        </p>
      )}
      {framework.ratings.length === 0 ? (
        <p className="muted">Nothing to rate yet: no {scope === 'study' ? 'studies' : 'effects'} recorded.</p>
      ) : (
        framework.ratings.map((rated) => (
          <RatedSubjectView
            key={rated.subject.id}
            framework={framework}
            rated={rated}
            interventionId={interventionId}
            readOnly={readOnly}
            onChanged={onChanged}
          />
        ))
      )}
      {framework.framework.id === PROJECT_ORACLE && <RecordedStandard detail={detail} />}
      <p className="framework__source small">
        <span className="framework__source-label">Source and rules: </span>
        {framework.framework.source}
      </p>
    </article>
  );
}

function CostRatingCard({
  costRating,
  illustrative,
}: {
  costRating: NonNullable<EvidenceSummary['costRating']>;
  illustrative: boolean;
}) {
  return (
    <div className="cost-rating" data-field="cost-rating">
      <p className="cost-rating__label">EIF cost rating</p>
      <p className="cost-rating__value">
        <strong data-field="cost-rating-value">{costRating.rating}</strong>
        <span className="muted"> of 5</span>
      </p>
      <p className="small">
        Band: <span data-field="cost-rating-band">{costRating.band}</span> per participant. Cost per
        participant{' '}
        <span data-field="cost-per-participant">
          {formatCostWithPriceYear({
            amount: costRating.costPerParticipant,
            currency: 'GBP',
            priceYear: costRating.priceYear,
          })}
        </span>
        .
      </p>
      <p className="muted small">
        1 is under {formatMoney(100)}, 5 over {formatMoney(2000)} per participant (EIF Guidebook).
      </p>
      {illustrative && (
        <p className="cost-rating__illustrative small">
          <IllustrativeBadge compact /> Worked out from illustrative cost items.
        </p>
      )}
    </div>
  );
}

export function RatingsPanel({
  summary,
  detail,
  illustrative,
  onChanged,
}: {
  summary: EvidenceSummary;
  detail: InterventionDetail;
  /** True when any effect the ratings were computed from is illustrative. */
  illustrative: boolean;
  onChanged: () => void;
}) {
  const info = useLibraryInfo();
  const [announcement, setAnnouncement] = useState('');
  const readOnly = info.readOnlyReason !== null;
  const changed = (message: string) => {
    setAnnouncement(message);
    onChanged();
  };
  return (
    <section className="record-section ratings" aria-labelledby="ratings-title" id="ratings">
      <h2 id="ratings-title">Standards of evidence</h2>
      <p className="ratings__intro">
        Each framework&rsquo;s rating is computed from the evaluations above by its published rules; open
        &ldquo;Why&rdquo; to see every level and criterion. A researcher may override a rating with a reason;
        the computed rating stays visible beside it.
      </p>
      {illustrative && (
        <p className="illustrative-note">
          <IllustrativeBadge compact />
          <span>These ratings are computed from evaluations that include illustrative results.</span>
        </p>
      )}
      {readOnly && (
        <p className="muted small">This library is open read-only, so ratings cannot be overridden here.</p>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {summary.costRating !== null && (
        <CostRatingCard costRating={summary.costRating} illustrative={costsAreIllustrative(detail)} />
      )}
      <div className="frameworks">
        {summary.ratings.map((framework) => (
          <FrameworkCard
            key={framework.framework.id}
            framework={framework}
            detail={detail}
            interventionId={summary.interventionId}
            readOnly={readOnly}
            onChanged={changed}
          />
        ))}
      </div>
    </section>
  );
}
