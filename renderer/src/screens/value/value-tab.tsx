// The intervention page's Value tab: what the intervention costs in the library's price year (each
// cost item converted), cost per participant and its EIF band, cost per outcome achieved, the
// benefit–cost ratio and net present value with the chance benefits exceed costs, and how sure
// that is (histogram, tornado). Every figure unfolds to its inputs; a figure that cannot be worked
// out says what is missing and where to add it. Everything shown is what value/get returned
// (architecture rule 4): the tab formats and draws, it computes nothing.
import { useCallback, useId, useState } from 'react';
import { formatPartialDate, formatPercent } from '../../../../shared/format';
import { EIF_COST_BANDS } from '../../../../shared/analysis/ratings/cost-rating';
import type { InterventionDetail } from '../../../../shared/model/catalogue';
import type { FigureKey, ValueReport } from '../../../../shared/model/value';
import { IllustrativeBadge } from '../../components/badges';
import { ErrorState, LoadingState, UpdatingStatus } from '../../components/states';
import { type ValueChoice, useValue } from '../../data/use-value';
import { hrefFor } from '../../routing/routes';
import { disclosureId, type FigureExpansion, FigureCard } from './value-figure';
import { ValueCostItems } from './value-cost-items';
import { SimulationSection } from './simulation-section';

function useExpansion(): FigureExpansion {
  const [open, setOpen] = useState<ReadonlySet<FigureKey>>(new Set());
  const toggle = useCallback(
    (key: FigureKey) =>
      setOpen((previous) => {
        const next = new Set(previous);
        if (next.has(key)) next.delete(key);
        else next.add(key);
        return next;
      }),
    [],
  );
  const reveal = useCallback((key: FigureKey) => {
    setOpen((previous) => new Set(previous).add(key));
    window.requestAnimationFrame(() => {
      const button = document.getElementById(disclosureId(key));
      button?.focus();
      button?.scrollIntoView({ block: 'center' });
    });
  }, []);
  return { isOpen: (key) => open.has(key), toggle, reveal };
}

function SettingsLine({ report }: { report: ValueReport }) {
  const s = report.settings;
  const index = s.priceIndex;
  const release = index.sources
    .map((r) => (r.sourceDate === null ? r.source : `${r.source} (${formatPartialDate(r.sourceDate)})`))
    .join('; ');
  return (
    <div className="value-settings-line" data-field="settings">
      <p>
        Figures are in{' '}
        <strong data-field="price-year">
          {s.priceYear === null ? 'no price year yet' : `${s.priceYear} prices`}
        </strong>
        {s.priceYearIsDefault &&
          s.priceYear !== null &&
          (index.lastYear === null
            ? ' (the cost items’ own price year: the price index has no years yet)'
            : ' (the latest year of the price index)')}{' '}
        and discounted at <strong data-field="discount-rate">{formatPercent(s.discountRate, 1)}</strong> a
        year. <a href={hrefFor({ screen: 'settings' })}>Change them in Library settings</a>
      </p>
      <p className="muted small" data-field="price-index">
        Prices converted with the {index.name}
        {index.firstYear !== null && index.lastYear !== null
          ? `, ${index.firstYear}–${index.lastYear}. Source: ${release}.`
          : ': no years yet.'}
      </p>
    </div>
  );
}

function Choices({
  report,
  choice,
  onChoice,
  updating,
}: {
  report: ValueReport;
  choice: ValueChoice;
  onChoice: (choice: ValueChoice) => void;
  updating: boolean;
}) {
  const id = useId();
  return (
    <section className="pooling-controls value-choices" aria-labelledby={`${id}-title`}>
      <div className="pooling-controls__intro">
        <h2 id={`${id}-title`} className="pooling-controls__title">
          What is valued
        </h2>
        <p className="muted small">
          One outcome at a time: by default the one with the most studies. Its benefit is the outcome events
          avoided, valued at a unit cost from Library settings.
        </p>
      </div>
      <div className="pooling-controls__fields">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-outcome`}>
            Outcome
          </label>
          <select
            id={`${id}-outcome`}
            className="input"
            value={report.outcome?.id ?? ''}
            disabled={report.outcomes.length === 0}
            onChange={(e) => onChoice({ outcomeId: e.target.value })}
          >
            {report.outcomes.length === 0 && <option value="">No outcome with evidence</option>}
            {report.outcomes.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name} ({o.studies} {o.studies === 1 ? 'study' : 'studies'}
                {o.hasUnitCost ? '' : ', no unit cost'}
                {o.hasBaselineRate ? '' : ', no baseline'})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-unit-cost`}>
            Unit cost of the outcome
          </label>
          <select
            id={`${id}-unit-cost`}
            className="input"
            value={report.unitCost?.id ?? ''}
            disabled={report.unitCosts.length === 0}
            onChange={(e) => onChoice({ ...choice, unitCostId: e.target.value })}
          >
            {report.unitCosts.length === 0 && <option value="">None linked to this outcome</option>}
            {report.unitCosts.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <UpdatingStatus updating={updating} />
      </div>
    </section>
  );
}

function CostBandScale({ report }: { report: ValueReport }) {
  const band = report.costBand;
  if (band === null) return null;
  return (
    <div className="value-band" data-field="cost-band">
      <p className="small">
        Band <strong data-field="cost-band-rating">{band.rating}</strong> of 5:{' '}
        <span data-field="cost-band-words">{band.band}</span> per participant (EIF Guidebook).
      </p>
      <ol className="value-band__scale" aria-label="EIF cost bands">
        {EIF_COST_BANDS.map((b) => (
          <li
            key={b.rating}
            className={
              b.rating === band.rating ? 'value-band__step value-band__step--current' : 'value-band__step'
            }
            aria-current={b.rating === band.rating ? 'true' : undefined}
          >
            <span className="value-band__rating">{b.rating}</span>
            <span className="value-band__words">{b.band}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

function Report({ report, expansion }: { report: ValueReport; expansion: FigureExpansion }) {
  const f = report.figures;
  const currency = report.settings.currency;
  const card = (key: FigureKey, headline = false) => (
    <FigureCard
      key={key}
      figure={f[key]}
      interventionId={report.intervention.id}
      expansion={expansion}
      headline={headline}
    />
  );
  const npv = f.npvPerParticipant;
  return (
    <>
      <section className="record-section" aria-labelledby="value-costs-title" data-section="costs">
        <h2 id="value-costs-title">What it costs</h2>
        {report.costItems.length === 0 ? (
          <p className="muted" data-field="no-cost-items">
            No cost items are recorded for this intervention.{' '}
            <a href={`${hrefFor({ screen: 'intervention', id: report.intervention.id })}`}>
              Add them on the Overview
            </a>
          </p>
        ) : (
          <ValueCostItems
            items={report.costItems}
            priceYear={report.settings.priceYear}
            currency={currency}
            interventionId={report.intervention.id}
          />
        )}
        <div className="value-figures">
          {card('costPerParticipant', true)}
          <FigureCard
            figure={f.costBand}
            interventionId={report.intervention.id}
            expansion={expansion}
            headline
          >
            <CostBandScale report={report} />
          </FigureCard>
        </div>
      </section>

      <section className="record-section" aria-labelledby="value-outcome-title" data-section="outcome">
        <h2 id="value-outcome-title">
          What it costs per outcome{report.outcome === null ? '' : `: ${report.outcome.name}`}
        </h2>
        <div className="value-figures">
          {card('costPerOutcome', true)}
          {card('pooledEffect')}
          {card('baselineRate')}
          {card('nnt')}
        </div>
      </section>

      <section className="record-section" aria-labelledby="value-benefits-title" data-section="benefits">
        <h2 id="value-benefits-title">Benefits against costs</h2>
        <p className="muted small">
          Benefits are the outcome events avoided, valued at the unit cost and spread over{' '}
          {report.benefitTiming.years} {report.benefitTiming.years === 1 ? 'year' : 'years'} (
          {report.benefitTiming.source}), discounted to present value.
        </p>
        <div className="value-figures">
          {card('benefitCostRatio', true)}
          {card('npvPerParticipant', true)}
          {card('chanceBenefitsExceedCosts', true)}
          {card('unitCost')}
          {card('benefitsPerParticipant')}
          {card('npvPerCohort')}
          {card('breakEvenEffect')}
        </div>
      </section>

      <SimulationSection
        monteCarlo={report.monteCarlo}
        tornado={report.tornado}
        baseNpv={npv.status === 'ok' ? npv.value : null}
        currency={currency}
        interventionId={report.intervention.id}
        illustrative={report.illustrative}
      />
    </>
  );
}

export function ValueTab({ detail }: { detail: InterventionDetail }) {
  const [choice, setChoice] = useState<ValueChoice>({});
  const value = useValue(detail.id, choice);
  const expansion = useExpansion();
  const report = value.report;
  return (
    <div className="value" aria-busy={value.updating} data-outcome={report?.outcome?.id}>
      {report?.illustrative === true && (
        <p className="illustrative-note evidence__illustrative" data-field="illustrative-note">
          <IllustrativeBadge compact />
          <span>
            Some inputs here (cost items or outcome results) are invented for demonstration, not taken from a
            source. Figures worked out from them are illustrative too.
          </span>
        </p>
      )}
      {report !== null && <SettingsLine report={report} />}
      {report !== null && (
        <Choices report={report} choice={choice} onChoice={setChoice} updating={value.updating} />
      )}
      {value.error !== null && (
        <ErrorState
          title={report === null ? 'The value could not be worked out' : 'The value could not be updated'}
          error={value.error}
          onRetry={value.reload}
        />
      )}
      {report === null ? (
        value.error === null && <LoadingState label="Working out the value…" />
      ) : (
        <Report report={report} expansion={expansion} />
      )}
    </div>
  );
}
