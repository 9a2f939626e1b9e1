// One outcome's studies with their effects (g, 95% CI, weight) and the pooled estimate with its
// prediction interval and heterogeneity, exactly as the core returned them. It is also the text
// alternative of the forest and funnel plots beside it. Each row unfolds to show its derivation.
import { Fragment, useState } from 'react';
import {
  NO_VALUE,
  formatEffect,
  formatEffectInterval,
  formatInteger,
  formatMonths,
  formatPercent,
  formatPValue,
  formatStatistic,
} from '../../../../shared/format';
import {
  POOLING_METHOD_LABELS,
  POOLING_TEST_LABELS,
  type PooledModel,
  type PooledOutcome,
  type StudyEffect,
} from '../../../../shared/model/evidence';
import { MaybeIllustrative } from '../../components/badges';
import { DisclosureButton } from '../../components/disclosure-button';
import { DerivationView } from './derivation';

const COLUMNS = 4;

/** "t(3) = 2.14" for Hartung–Knapp, "z = 2.14" for the normal test. */
export function testStatistic(model: PooledModel): string {
  return model.df === null
    ? `z = ${formatStatistic(model.stat)}`
    : `t(${formatInteger(model.df)}) = ${formatStatistic(model.stat)}`;
}

function ModelSummary({ model }: { model: PooledModel }) {
  const items: { key: string; term: string; value: string }[] = [
    { key: 'pval', term: 'Test', value: `${testStatistic(model)}, ${formatPValue(model.pval)}` },
    { key: 'tau2', term: 'τ² (between-study variance)', value: formatStatistic(model.tau2) },
    { key: 'I2', term: 'I²', value: formatPercent(model.I2 / 100, 1) },
    { key: 'H2', term: 'H²', value: formatStatistic(model.H2) },
    {
      key: 'QE',
      term: 'Q (heterogeneity)',
      value: `${formatStatistic(model.QE)}, ${formatPValue(model.QEp)}`,
    },
    { key: 'k', term: 'Studies (k)', value: formatInteger(model.k) },
    { key: 'method', term: 'Method', value: POOLING_METHOD_LABELS[model.method] },
    { key: 'test', term: 'Test and intervals', value: POOLING_TEST_LABELS[model.test] },
  ];
  return (
    <dl className="model-stats">
      {items.map((item) => (
        <div key={item.key} className="model-stats__item">
          <dt>{item.term}</dt>
          <dd data-stat={item.key}>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function StudyEffectsTable({
  id,
  outcome,
  effects,
}: {
  id: string;
  outcome: PooledOutcome;
  /** Every effect of the intervention, to find each study's derivation and illustrative flag. */
  effects: ReadonlyMap<string, StudyEffect>;
}) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (studyId: string) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (next.has(studyId)) next.delete(studyId);
      else next.add(studyId);
      return next;
    });
  const model = outcome.model;
  return (
    <div
      className="table-scroll"
      role="region"
      aria-label={`Studies of ${outcome.outcome.name}`}
      tabIndex={0}
    >
      <table className="table effects-table" id={id}>
        <caption className="visually-hidden">
          {outcome.outcome.name}: each study&rsquo;s effect (Hedges&rsquo; g, positive = beneficial) with its
          95% confidence interval and weight{model === null ? '' : ', and the pooled estimate'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Evaluation and measure</th>
            <th scope="col" className="num effects-table__symbol">
              g
            </th>
            <th scope="col" className="num">
              95% CI
            </th>
            <th scope="col" className="num">
              Weight
            </th>
          </tr>
        </thead>
        <tbody>
          {outcome.studies.map((s) => {
            const effect = effects.get(s.outcomeResultId);
            const isOpen = open.has(s.outcomeResultId);
            const derivationId = `${id}-derivation-${s.outcomeResultId}`;
            const name = effect?.evaluation.name ?? s.label;
            return (
              <Fragment key={s.outcomeResultId}>
                <tr data-study={s.outcomeResultId}>
                  <th scope="row" className="effects-table__study">
                    <span className="effects-table__evaluation" data-field="evaluation">
                      {name}
                      {effect !== undefined && effect.evaluation.year !== null && (
                        <span className="muted"> ({effect.evaluation.year})</span>
                      )}
                    </span>
                    {effect !== undefined && (
                      <span className="effects-table__measure" data-field="measure">
                        {effect.measureName}
                        {effect.timePointMonths !== null && <> · {formatMonths(effect.timePointMonths)}</>}
                      </span>
                    )}
                    <span className="effects-table__tags">
                      <MaybeIllustrative illustrative={effect?.illustrative ?? false} compact />
                      {effect !== undefined && (
                        <DisclosureButton
                          open={isOpen}
                          controls={derivationId}
                          label="How g was worked out"
                          subject={name}
                          onToggle={() => toggle(s.outcomeResultId)}
                        />
                      )}
                    </span>
                  </th>
                  <td className="num" data-field="yi">
                    {formatEffect(s.yi)}
                  </td>
                  <td className="num" data-field="ci">
                    {formatEffectInterval(s.ciLower, s.ciUpper)}
                  </td>
                  <td className="num" data-field="weight">
                    {formatPercent(s.weightPct / 100, 1)}
                  </td>
                </tr>
                {isOpen && effect !== undefined && (
                  <tr id={derivationId} className="effects-table__derivation">
                    <td colSpan={COLUMNS}>
                      <DerivationView effect={effect} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
        {model !== null && (
          <tfoot>
            <tr data-pooled="estimate">
              <th scope="row">
                Pooled estimate
                <span className="effects-table__measure">
                  {POOLING_METHOD_LABELS[model.method]}, {POOLING_TEST_LABELS[model.test]}
                </span>
              </th>
              <td className="num" data-field="estimate">
                {formatEffect(model.estimate)}
              </td>
              <td className="num" data-field="ci">
                {formatEffectInterval(model.ci_lb, model.ci_ub)}
              </td>
              <td className="num">{formatPercent(1, 1)}</td>
            </tr>
            <tr data-pooled="prediction">
              <th scope="row">95% prediction interval</th>
              <td />
              <td className="num" data-field="pi">
                {model.pi_lb === null || model.pi_ub === null
                  ? NO_VALUE
                  : formatEffectInterval(model.pi_lb, model.pi_ub)}
              </td>
              <td />
            </tr>
            <tr data-pooled="model">
              <td colSpan={COLUMNS}>
                <ModelSummary model={model} />
              </td>
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
