// The uncertainty of the value report: the Monte Carlo's chance that benefits exceed costs and its
// intervals, the histogram of simulated net benefit (with a table of its bins as the text
// alternative), and the tornado of the inputs that move net benefit most (with its table).
import { useState } from 'react';
import {
  formatCount,
  formatFigureValue,
  formatInteger,
  formatMoney,
  formatNumber,
  formatPercent,
} from '../../../../shared/format';
import type { MissingMonteCarlo, MonteCarloView, TornadoRow } from '../../../../shared/model/value';
import { NetBenefitHistogram } from '../../charts/net-benefit-histogram';
import { TornadoChart } from '../../charts/tornado-chart';
import { DisclosureButton } from '../../components/disclosure-button';
import { InputsTable } from './figure-inputs';
import { MissingInputs, MissingValue } from './missing-inputs';

const HISTOGRAM_TABLE = 'value-histogram-table';
const TORNADO_TABLE = 'value-tornado-table';
const X_LABEL = 'Net benefit per participant (benefits − costs, present value)';

function Summary({ mc }: { mc: MonteCarloView }) {
  const rows = [
    { key: 'bcr', term: 'Benefit–cost ratio', s: mc.benefitCostRatio, unit: 'ratio' as const },
    {
      key: 'npvPerParticipant',
      term: 'Net benefit per participant',
      s: mc.npvPerParticipant,
      unit: 'GBP' as const,
    },
    ...(mc.npvPerCohort === null
      ? []
      : [{ key: 'npvPerCohort', term: 'Net benefit per cohort', s: mc.npvPerCohort, unit: 'GBP' as const }]),
  ];
  return (
    <table className="table table--compact value-mc-summary">
      <caption className="visually-hidden">Simulated figures: mean, median and 95% interval</caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col" className="num">
            Mean
          </th>
          <th scope="col" className="num">
            Median
          </th>
          <th scope="col" className="num">
            95% interval (2.5th to 97.5th percentile)
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-summary={r.key}>
            <th scope="row">{r.term}</th>
            <td className="num" data-field="mean">
              {formatFigureValue(r.s.mean, r.unit)}
            </td>
            <td className="num" data-field="median">
              {formatFigureValue(r.s.p50, r.unit)}
            </td>
            <td className="num" data-field="interval">
              {formatFigureValue(r.s.p025, r.unit)} to {formatFigureValue(r.s.p975, r.unit)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function HistogramTable({ mc, currency }: { mc: MonteCarloView; currency: string }) {
  const h = mc.histogram;
  return (
    <details className="value-chart-table">
      <summary>The histogram as a table</summary>
      <table className="table table--compact" id={HISTOGRAM_TABLE}>
        <caption>
          Simulated net benefit per participant: draws in each band ({formatInteger(h.below)} below the first
          band and {formatInteger(h.above)} above the last, of {formatInteger(mc.draws)} draws)
        </caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col" className="num">
              Draws
            </th>
          </tr>
        </thead>
        <tbody>
          {h.bins.map((b, index) => (
            <tr key={index}>
              <td>{formatMoney(b.lower, currency)}</td>
              <td>{formatMoney(b.upper, currency)}</td>
              <td className="num">{formatInteger(b.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function TornadoTable({ rows, currency }: { rows: readonly TornadoRow[]; currency: string }) {
  return (
    <details className="value-chart-table">
      <summary>The tornado chart as a table</summary>
      <table className="table table--compact" id={TORNADO_TABLE}>
        <caption>
          Net benefit per participant with each input at the low and the high end of its range, the others at
          their base values; largest swing first
        </caption>
        <thead>
          <tr>
            <th scope="col">Input</th>
            <th scope="col" className="num">
              Low
            </th>
            <th scope="col" className="num">
              Base
            </th>
            <th scope="col" className="num">
              High
            </th>
            <th scope="col" className="num">
              Net benefit at low
            </th>
            <th scope="col" className="num">
              Net benefit at high
            </th>
            <th scope="col" className="num">
              Swing
            </th>
            <th scope="col">Where the range comes from</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.input} data-tornado={r.input}>
              <th scope="row">{r.label}</th>
              <td className="num">{formatFigureValue(r.low, r.unit)}</td>
              <td className="num">{formatFigureValue(r.base, r.unit)}</td>
              <td className="num">{formatFigureValue(r.high, r.unit)}</td>
              <td className="num" data-field="npv-low">
                {formatMoney(r.npvAtLow, currency)}
              </td>
              <td className="num" data-field="npv-high">
                {formatMoney(r.npvAtHigh, currency)}
              </td>
              <td className="num" data-field="swing">
                {formatMoney(r.swing, currency)}
              </td>
              <td>{r.rangeSource}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function Method({ mc }: { mc: MonteCarloView }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <DisclosureButton
        open={open}
        controls="value-mc-method"
        label="What was simulated"
        subject="the Monte Carlo"
        onToggle={() => setOpen((o) => !o)}
      />
      {open && (
        <div className="derivation value-derivation" id="value-mc-method">
          <p className="small">
            {formatCount(mc.draws, 'draw')} with seed <code data-field="seed">{mc.seed}</code>; percentiles by{' '}
            {mc.percentileMethod}. The chance has a Monte Carlo standard error of{' '}
            {formatPercent(mc.chanceStandardError, 2)}.
          </p>
          <h4 className="derivation__heading">Drawn</h4>
          <ul className="small">
            {mc.uncertainInputs.map((u) => (
              <li key={u.name}>
                <strong>{u.name}</strong>: {u.distribution}
              </li>
            ))}
          </ul>
          <h4 className="derivation__heading">Held fixed</h4>
          <InputsTable inputs={mc.fixedInputs} caption="Inputs held fixed in the simulation" />
        </div>
      )}
    </>
  );
}

export function SimulationSection({
  monteCarlo,
  tornado,
  baseNpv,
  currency,
  interventionId,
  illustrative,
}: {
  monteCarlo: MonteCarloView | MissingMonteCarlo;
  tornado: readonly TornadoRow[];
  /** The deterministic net benefit per participant (the tornado's base case); null when missing. */
  baseNpv: number | null;
  currency: string;
  interventionId: string;
  illustrative: boolean;
}) {
  return (
    <section className="record-section" aria-labelledby="value-uncertainty-title" data-section="uncertainty">
      <h2 id="value-uncertainty-title">How sure: simulation and sensitivity</h2>
      {monteCarlo.status === 'missing' ? (
        <div data-field="monte-carlo-missing">
          <p>
            <MissingValue /> The simulation needs every input of the net benefit:
          </p>
          <MissingInputs missing={monteCarlo.missing} interventionId={interventionId} />
        </div>
      ) : (
        <>
          <p className="value-chance" data-field="chance">
            In{' '}
            <strong data-field="chance-value">{formatPercent(monteCarlo.chanceBenefitsExceedCosts)}</strong>{' '}
            of {formatInteger(monteCarlo.draws)} simulated draws, benefits exceed costs.
            {illustrative && ' Some inputs are illustrative, so this is too.'}
          </p>
          <Summary mc={monteCarlo} />
          <Method mc={monteCarlo} />
          <figure className="chart-figure">
            <figcaption className="chart-figure__caption">
              Simulated net benefit per participant
              <span className="chart-figure__hint muted">
                The middle 99% of {formatInteger(monteCarlo.draws)} draws; bars left of £0 (hatched) are draws
                where costs exceed benefits.
              </span>
            </figcaption>
            <NetBenefitHistogram
              bins={monteCarlo.histogram.bins}
              currency={currency}
              title={`Histogram of simulated net benefit per participant: benefits exceed costs in ${formatPercent(monteCarlo.chanceBenefitsExceedCosts)} of draws, 95% interval ${formatMoney(monteCarlo.npvPerParticipant.p025, currency)} to ${formatMoney(monteCarlo.npvPerParticipant.p975, currency)}`}
              describedBy={HISTOGRAM_TABLE}
              xLabel={X_LABEL}
            />
          </figure>
          <HistogramTable mc={monteCarlo} currency={currency} />
        </>
      )}
      <h3 className="section-subheading">What moves the net benefit most</h3>
      {tornado.length === 0 || baseNpv === null ? (
        <p className="muted" data-field="tornado-missing">
          The sensitivity analysis needs the net benefit per participant, which is missing (see above).
        </p>
      ) : (
        <>
          <p className="muted small">
            Each input in turn at the low and the high end of its range, every other input at its base value
            (one-way sensitivity). Largest swing first: {tornado[0]?.label}, which moves the net benefit by{' '}
            {formatMoney(tornado[0]?.swing, currency)} per participant ({formatNumber(tornado.length)} inputs
            in all).
          </p>
          <figure className="chart-figure">
            <figcaption className="chart-figure__caption">
              Tornado chart: net benefit per participant
            </figcaption>
            <TornadoChart
              rows={tornado}
              base={baseNpv}
              currency={currency}
              title={`Tornado chart of the inputs that move net benefit per participant most, largest first: ${tornado
                .slice(0, 3)
                .map((r) => r.label)
                .join(', ')}`}
              describedBy={TORNADO_TABLE}
              xLabel={X_LABEL}
            />
          </figure>
          <TornadoTable rows={tornado} currency={currency} />
        </>
      )}
    </section>
  );
}
