// Two to six interventions side by side on one outcome, one column each, the rows grouped as a
// commissioner reads them: evidence, effect, value for money, fit, readiness and gaps. The best
// value of a row carries a "Best" badge and bold type (never colour alone); each rating unfolds to
// its explanation in one click; each figure links to the tab that shows its inputs. Everything is
// what compare/get returned: the table formats, it computes nothing.
import type { ReactNode } from 'react';
import {
  formatAgeRange,
  formatCount,
  formatEffect,
  formatEffectInterval,
  formatFigureValue,
  formatInteger,
  formatList,
  formatNumber,
} from '../../../../shared/format';
import type {
  BestRow,
  ComparedIntervention,
  ComparedValueKey,
  Comparison,
} from '../../../../shared/model/compare';
import type { FrameworkRatings, RatedSubject } from '../../../../shared/model/evidence';
import type { Figure } from '../../../../shared/model/value';
import { SETTING_LABELS, STRAND_LABELS, TIER_LABELS } from '../../../../shared/model/vocabulary';
import { IllustrativeBadge } from '../../components/badges';
import { interventionHref } from '../../routing/routes';
import { levelLabel } from '../evidence/ratings-panel';
import { RatingExplanation } from '../evidence/rating-explanation';
import { intervalText, ratingText, relativeChangeText } from '../../../../shared/format/figure-text';
import { MissingInputs, MissingValue } from '../value/missing-inputs';

type Column = ComparedIntervention;

function BestMark() {
  return <span className="best-badge">Best</span>;
}

/** A cell's value, bold with a "Best" badge when it is the best of its row. */
function Valued({ best, children }: { best: boolean; children: ReactNode }) {
  return best ? (
    <span className="compared--best">
      <BestMark /> <strong data-field="value">{children}</strong>
    </span>
  ) : (
    <span data-field="value">{children}</span>
  );
}

/** A link to the tab that holds a figure's inputs, named for its intervention. */
function TraceLink({ c, tab, text }: { c: Column; tab: 'evidence' | 'value'; text: string }) {
  return (
    <a className="compared__trace small" href={interventionHref(c.intervention.id, tab)}>
      {text}
      <span className="visually-hidden"> for {c.intervention.name}</span>
    </a>
  );
}

function Row({
  label,
  rowKey,
  columns,
  cell,
  hint,
}: {
  label: string;
  rowKey: string;
  columns: readonly Column[];
  cell: (c: Column) => ReactNode;
  hint?: string;
}) {
  return (
    <tr data-row={rowKey}>
      <th scope="row">
        {label}
        {hint !== undefined && <span className="muted small compared__hint">{hint}</span>}
      </th>
      {columns.map((c) => (
        <td key={c.intervention.id} data-intervention={c.intervention.id}>
          {cell(c)}
        </td>
      ))}
    </tr>
  );
}

function Group({
  title,
  id,
  span,
  children,
}: {
  title: string;
  id: string;
  span: number;
  children: ReactNode;
}) {
  return (
    <tbody data-group={id}>
      <tr className="comparison__group">
        <th scope="rowgroup" colSpan={span} id={`group-${id}`}>
          {title}
        </th>
      </tr>
      {children}
    </tbody>
  );
}

function RatedLine({ framework, rated }: { framework: FrameworkRatings; rated: RatedSubject }) {
  const scope = framework.framework.scope;
  return (
    <div className="compared-rating" data-subject={rated.subject.id}>
      <p className="compared-rating__level">
        {scope === 'study' && <span className="muted small">{rated.subject.name}: </span>}
        <strong data-field="rating">{ratingText(rated)}</strong>
        {rated.override !== null && (
          <span className="small"> (overridden to {levelLabel(framework, rated.override.level)})</span>
        )}
      </p>
      <details className="compared-rating__why">
        <summary>
          Why {ratingText(rated)}
          <span className="visually-hidden">: {framework.framework.name}</span>
        </summary>
        <RatingExplanation levels={rated.levels} modifiers={rated.modifiers} currentLevel={rated.level} />
      </details>
    </div>
  );
}

function RatingCell({ c, frameworkId, outcomeId }: { c: Column; frameworkId: string; outcomeId: string }) {
  const framework = c.ratings.find((f) => f.framework.id === frameworkId);
  if (framework === undefined) return <span className="muted">Not rated</span>;
  const subjects =
    framework.framework.scope === 'outcome'
      ? framework.ratings.filter((r) => r.subject.id === outcomeId)
      : framework.ratings;
  if (subjects.length === 0)
    return (
      <span className="muted">
        {framework.framework.scope === 'outcome' ? 'Not rated on this outcome' : 'No studies rated'}
      </span>
    );
  return (
    <>
      {subjects.map((rated) => (
        <RatedLine key={rated.subject.id} framework={framework} rated={rated} />
      ))}
    </>
  );
}

function FigureCell({ c, figure, best }: { c: Column; figure: Figure; best: boolean }) {
  if (figure.status === 'missing') {
    return (
      <div data-status="missing">
        <MissingValue />
        <MissingInputs missing={figure.missing} interventionId={c.intervention.id} />
      </div>
    );
  }
  return (
    <div data-status="ok">
      <Valued best={best}>{formatFigureValue(figure.value, figure.unit)}</Valued>
      {figure.key === 'costBand' && figure.notes[0] !== undefined && (
        <span className="muted small compared__sub">{figure.notes[0]} per participant</span>
      )}
      {figure.interval !== null && (
        <span className="muted small compared__sub" data-field="interval">
          {figure.interval.label}: {intervalText(figure.interval.lower, figure.interval.upper, figure.unit)}
        </span>
      )}
      <TraceLink c={c} tab="value" text="Inputs (Value tab)" />
    </div>
  );
}

function EffectCell({ c, best }: { c: Column; best: boolean }) {
  const e = c.effect;
  if (e.status === 'missing') {
    return (
      <div data-status="missing">
        <MissingValue />
        <span className="small compared__sub">{e.needed}</span>
      </div>
    );
  }
  return (
    <div data-status="ok">
      <Valued best={best}>{formatEffect(e.estimate)}</Valued>
      <span className="small compared__sub" data-field="ci">
        95% CI {formatEffectInterval(e.ciLower, e.ciUpper)}
      </span>
      <span className="small compared__sub" data-field="pi">
        {e.piLower === null || e.piUpper === null
          ? e.pooled
            ? 'No prediction interval (common-effect model)'
            : 'No prediction interval (one study)'
          : `95% prediction interval ${formatEffectInterval(e.piLower, e.piUpper)}`}
      </span>
      <span className="muted small compared__sub" data-field="studies">
        {e.pooled ? `Pooled from ${formatCount(e.studies, 'study', 'studies')}` : 'One study’s own estimate'}
      </span>
      <TraceLink c={c} tab="evidence" text="Studies (Evidence tab)" />
    </div>
  );
}

function readinessText(c: Column) {
  const r = c.readiness;
  return {
    manual: r.manualAvailable === null ? 'Not recorded' : r.manualAvailable ? 'Yes' : 'No',
    sites:
      r.sites === 0
        ? 'Not recorded'
        : `${formatCount(r.sites, 'area')}${r.reachPerYear === null ? '' : `, ${formatInteger(r.reachPerYear)} young people a year`}`,
    independent:
      r.evaluations === 0
        ? 'No evaluations'
        : `${r.independentEvaluations === 0 ? 'None' : formatInteger(r.independentEvaluations)} of ${formatCount(r.evaluations, 'evaluation')}`,
  };
}

const VALUE_ROWS: { key: ComparedValueKey; label: string; best: BestRow | null; hint?: string }[] = [
  { key: 'costPerParticipant', label: 'Cost per participant', best: 'costPerParticipant' },
  { key: 'costBand', label: 'EIF cost rating', best: null, hint: '1 (under £100) to 5 (over £2,000)' },
  {
    key: 'costPerOutcome',
    label: 'Cost per outcome achieved',
    best: 'costPerOutcome',
    hint: 'Cost per participant × NNT',
  },
  { key: 'benefitCostRatio', label: 'Benefit–cost ratio', best: 'benefitCostRatio' },
  {
    key: 'chanceBenefitsExceedCosts',
    label: 'Chance benefits exceed costs',
    best: 'chanceBenefitsExceedCosts',
  },
];

export function ComparisonTable({
  comparison,
  headerAction,
}: {
  comparison: Comparison;
  /** What each column's head offers (adding it to the shortlist). */
  headerAction: (c: Column) => ReactNode;
}) {
  const columns = comparison.interventions;
  const span = columns.length + 1;
  const outcome = comparison.outcome;
  const isBest = (row: BestRow, c: Column) => comparison.best[row].includes(c.intervention.id);
  const frameworks = columns[0]?.ratings.map((f) => f.framework) ?? [];
  const outcomeWords = outcome.name.toLowerCase();
  return (
    <div className="table-scroll comparison-scroll">
      <table className="table comparison" data-outcome={outcome.id}>
        <caption className="comparison__caption">
          {columns.length} interventions compared on {outcomeWords}. The best value in a row is marked Best.
        </caption>
        <thead>
          <tr>
            <td className="comparison__corner" />
            {columns.map((c) => (
              <th key={c.intervention.id} scope="col" data-intervention={c.intervention.id}>
                <a href={interventionHref(c.intervention.id)} className="comparison__name">
                  {c.intervention.name}
                </a>
                <span className="muted small compared__sub">{c.intervention.approachType.name}</span>
                {c.illustrative && <IllustrativeBadge compact />}
                <div className="comparison__action">{headerAction(c)}</div>
              </th>
            ))}
          </tr>
        </thead>
        <Group title="Evidence: standards in every framework" id="evidence" span={span}>
          {frameworks.map((f) => (
            <Row
              key={f.id}
              rowKey={`rating-${f.id}`}
              label={f.name}
              hint={
                f.scope === 'outcome'
                  ? `Computed, on ${outcomeWords}`
                  : f.scope === 'study'
                    ? 'Computed, per study'
                    : 'Computed from the studies'
              }
              columns={columns}
              cell={(c) => <RatingCell c={c} frameworkId={f.id} outcomeId={outcome.id} />}
            />
          ))}
        </Group>
        <Group title={`Effect on ${outcomeWords}`} id="effect" span={span}>
          <Row
            label="Effect (Hedges' g)"
            hint="Positive = beneficial"
            rowKey="effect"
            columns={columns}
            cell={(c) => <EffectCell c={c} best={isBest('effect', c)} />}
          />
          <Row
            label="At the local baseline"
            rowKey="relative-change"
            columns={columns}
            cell={(c) =>
              c.translation === null ? (
                <span className="small">
                  <MissingValue /> <span className="compared__sub">{c.translationNote}</span>
                </span>
              ) : (
                <span data-field="value">{relativeChangeText(c.translation.relativeChange)}</span>
              )
            }
          />
          <Row
            label="Number needed to treat"
            hint="Fewer is better"
            rowKey="nnt"
            columns={columns}
            cell={(c) =>
              c.translation === null ? (
                <MissingValue />
              ) : c.translation.nnt === null ? (
                <span className="small">None: no benefit at this baseline</span>
              ) : (
                <Valued best={isBest('nnt', c)}>
                  {formatNumber(c.translation.nnt, { maximumFractionDigits: 1 })}
                </Valued>
              )
            }
          />
        </Group>
        <Group title="Value for money" id="value" span={span}>
          {VALUE_ROWS.map((r) => (
            <Row
              key={r.key}
              label={r.label}
              hint={r.hint}
              rowKey={r.key}
              columns={columns}
              cell={(c) => (
                <FigureCell c={c} figure={c.value[r.key]} best={r.best !== null && isBest(r.best, c)} />
              )}
            />
          ))}
        </Group>
        <Group title="Fit" id="fit" span={span}>
          <Row
            label="Ages"
            rowKey="ages"
            columns={columns}
            cell={(c) => formatAgeRange(c.fit.ageMin, c.fit.ageMax)}
          />
          <Row
            label="Settings"
            rowKey="settings"
            columns={columns}
            cell={(c) =>
              c.fit.settings.length === 0
                ? 'Not recorded'
                : formatList(c.fit.settings.map((s) => SETTING_LABELS[s]))
            }
          />
          <Row
            label="Boroughs and areas"
            rowKey="areas"
            columns={columns}
            cell={(c) =>
              c.fit.areas.length === 0 ? 'Not recorded' : formatList(c.fit.areas.map((a) => a.name))
            }
          />
          <Row
            label="Prevention tier"
            rowKey="tier"
            columns={columns}
            cell={(c) => TIER_LABELS[c.fit.tier]}
          />
          <Row label="Strand" rowKey="strand" columns={columns} cell={(c) => STRAND_LABELS[c.fit.strand]} />
        </Group>
        <Group title="Implementation readiness" id="readiness" span={span}>
          <Row label="Manual" rowKey="manual" columns={columns} cell={(c) => readinessText(c).manual} />
          <Row
            label="Training"
            rowKey="training"
            columns={columns}
            cell={(c) => (
              <>
                Not recorded
                {c.readiness.staffing !== null && (
                  <span className="muted small compared__sub">Staffing: {c.readiness.staffing}</span>
                )}
              </>
            )}
          />
          <Row label="Sites" rowKey="sites" columns={columns} cell={(c) => readinessText(c).sites} />
          <Row
            label="Independent evaluation"
            rowKey="independent"
            columns={columns}
            cell={(c) => readinessText(c).independent}
          />
        </Group>
        <Group title="Gaps" id="gaps" span={span}>
          <Row
            label="What is missing"
            rowKey="gaps"
            columns={columns}
            cell={(c) =>
              c.gaps.length === 0 ? (
                <span className="muted">None found</span>
              ) : (
                <ul className="compared__gaps">
                  {c.gaps.map((g) => (
                    <li key={g.kind} data-gap={g.kind}>
                      {g.text}
                    </li>
                  ))}
                </ul>
              )
            }
          />
        </Group>
      </table>
    </div>
  );
}
