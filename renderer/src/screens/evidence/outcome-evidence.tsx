// One outcome on the Evidence tab: what the pooled effect means for a board, the forest plot, the
// studies' table with the pooled estimate (the plots' text alternative), the funnel plot, and the
// results that could not be expressed as a standardised effect, with the reason.
import { formatCount } from '../../../../shared/format';
import type { PooledModel, PooledOutcome, StudyEffect } from '../../../../shared/model/evidence';
import { ForestPlot } from '../../charts/forest-plot';
import { FunnelPlot } from '../../charts/funnel-plot';
import { IllustrativeBadge, MaybeIllustrative } from '../../components/badges';
import { Notice } from '../../components/states';
import { StudyEffectsTable } from './study-effects-table';
import { TranslationView } from './translation';

const X_LABEL = 'Hedges’ g (positive = beneficial)';

/** A DOM id from an outcome id (ids in the library may hold characters ids should not). */
export const domId = (prefix: string, id: string) => `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

const MODEL_NAMES: Record<PooledModel['method'], string> = {
  REML: 'Random-effects model (REML',
  DL: 'Random-effects model (DL',
  EE: 'Equal-effects model (',
  FE: 'Fixed-effects model (',
};

/** The forest plot's short name for the pooled row, as metafor labels it ("RE Model"). */
function summaryLabel(model: PooledModel): string {
  const test = model.test === 'knha' ? 'Hartung–Knapp' : 'z';
  const opening = MODEL_NAMES[model.method];
  return `${opening}${opening.endsWith('(') ? '' : ', '}${test})`;
}

export function ExcludedResults({ effects, title }: { effects: StudyEffect[]; title: string }) {
  if (effects.length === 0) return null;
  return (
    <div className="excluded">
      <h3 className="excluded__title">{title}</h3>
      <ul className="excluded__list">
        {effects.map((e) => (
          <li key={e.outcomeResultId} data-excluded={e.outcomeResultId}>
            <span className="excluded__study">
              {e.evaluation.name}
              {e.evaluation.year !== null && <span className="muted"> ({e.evaluation.year})</span>}:{' '}
              {e.measureName}
            </span>{' '}
            <MaybeIllustrative illustrative={e.illustrative} compact />
            <span className="excluded__reason" data-field="excludedReason">
              {e.excludedReason ?? 'No standardised effect could be worked out.'}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function OutcomeEvidence({
  outcome,
  effects,
  excluded,
}: {
  outcome: PooledOutcome;
  effects: ReadonlyMap<string, StudyEffect>;
  excluded: StudyEffect[];
}) {
  const titleId = domId('outcome-title', outcome.outcome.id);
  const tableId = domId('outcome-table', outcome.outcome.id);
  const model = outcome.model;
  const name = outcome.outcome.name;
  const illustrative = outcome.studies.some((s) => effects.get(s.outcomeResultId)?.illustrative === true);
  const forestStudies = outcome.studies.map((s) => {
    const effect = effects.get(s.outcomeResultId);
    return {
      id: s.outcomeResultId,
      label: s.label,
      yi: s.yi,
      ciLower: s.ciLower,
      ciUpper: s.ciUpper,
      weightPct: s.weightPct,
      illustrative: effect?.illustrative ?? false,
    };
  });
  return (
    <section
      className="record-section outcome-evidence"
      aria-labelledby={titleId}
      data-outcome={outcome.outcome.id}
    >
      <h2 id={titleId}>
        {name}
        <span className="count-pill">{formatCount(outcome.studies.length, 'study', 'studies')}</span>
      </h2>
      <p className="muted small outcome-evidence__direction">
        {outcome.outcome.higherIsBetter
          ? 'Higher raw values are better for this outcome.'
          : 'Lower raw values are better for this outcome; effects are turned so that positive = beneficial.'}
      </p>

      {outcome.translation !== null ? (
        <TranslationView translation={outcome.translation} outcomeName={name} pooled={model !== null} />
      ) : (
        outcome.translationNote !== null && (
          <p className="translation-note muted" data-field="translation-note">
            {outcome.translationNote}
          </p>
        )
      )}

      {model === null ? (
        <Notice tone="info" title="Not pooled">
          <p data-field="note">{outcome.note ?? 'Fewer than two studies can be pooled for this outcome.'}</p>
        </Notice>
      ) : (
        <figure className="chart-figure">
          <figcaption className="chart-figure__caption" id={domId('forest-caption', outcome.outcome.id)}>
            Forest plot: {name}
            {illustrative && (
              <span className="chart-figure__note">
                <IllustrativeBadge compact /> includes illustrative results
              </span>
            )}
          </figcaption>
          <ForestPlot
            title={`Forest plot of ${name}: each study's Hedges' g with its 95% confidence interval, and the pooled estimate`}
            describedBy={tableId}
            xLabel={X_LABEL}
            studies={forestStudies}
            summary={{
              label: summaryLabel(model),
              estimate: model.estimate,
              ciLower: model.ci_lb,
              ciUpper: model.ci_ub,
              piLower: model.pi_lb,
              piUpper: model.pi_ub,
            }}
          />
        </figure>
      )}

      <div
        className={
          model === null ? 'outcome-evidence__body' : 'outcome-evidence__body outcome-evidence__body--split'
        }
      >
        {outcome.studies.length > 0 && <StudyEffectsTable id={tableId} outcome={outcome} effects={effects} />}
        {model !== null && (
          <figure className="chart-figure chart-figure--funnel">
            <figcaption className="chart-figure__caption">
              Funnel plot: {name}
              <span className="chart-figure__hint muted">
                g against its standard error; the triangle is the pooled estimate ± 1.96 SE.
              </span>
            </figcaption>
            <FunnelPlot
              title={`Funnel plot of ${name}: each study's Hedges' g against its standard error, with the pooled estimate and pseudo 95% limits`}
              describedBy={tableId}
              xLabel={X_LABEL}
              estimate={model.estimate}
              studies={outcome.studies.map((s) => ({
                id: s.outcomeResultId,
                label: s.label,
                yi: s.yi,
                se: s.sei,
              }))}
            />
          </figure>
        )}
      </div>

      <ExcludedResults effects={excluded} title="Results not expressed as a standardised effect" />
    </section>
  );
}
