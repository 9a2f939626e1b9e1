// The local figures every number on the Compare screen is worked out with, and where each came
// from (issue 6, item 5): the price year and index, the discount rate, and the outcome's baseline
// rate and unit cost from Library settings, with a link to change them.
import { formatMoney, formatPartialDate, formatPercent } from '../../../../shared/format';
import type { LocalFigures } from '../../../../shared/model/compare';
import { hrefFor } from '../../routing/routes';

function dated(source: string, date: string | null): string {
  return date === null ? source : `${source} (${formatPartialDate(date)})`;
}

export function LocalFiguresBanner({ local }: { local: LocalFigures }) {
  const s = local.settings;
  const index = s.priceIndex;
  const unit = local.unitCosts[0];
  const baseline = local.baselineRate;
  return (
    <section className="local-figures" aria-labelledby="local-figures-title" data-section="local-figures">
      <h2 id="local-figures-title" className="local-figures__title">
        Local figures in use
      </h2>
      <dl className="local-figures__list">
        <div>
          <dt>Prices</dt>
          <dd data-field="price-year">
            {s.priceYear === null
              ? 'No price year yet: each cost stays in its own year'
              : `${s.priceYear} prices`}
            {s.priceYearIsDefault && s.priceYear !== null && ' (the latest year of the price index)'}
            <span className="local-figures__source" data-field="price-index-source">
              {index.firstYear === null
                ? 'The price index has no years yet.'
                : `${index.name}, ${index.firstYear}–${index.lastYear ?? index.firstYear}: ${index.sources.map((r) => dated(r.source, r.sourceDate)).join('; ')}`}
            </span>
          </dd>
        </div>
        <div>
          <dt>Discount rate</dt>
          <dd data-field="discount-rate">
            {formatPercent(s.discountRate, 1)} a year
            <span className="local-figures__source">{local.discountRateSource}</span>
          </dd>
        </div>
        {local.outcome !== null && (
          <div>
            <dt>Baseline rate of {local.outcome.name.toLowerCase()}</dt>
            <dd data-field="baseline-rate">
              {baseline === null ? (
                'None in the library: effects cannot be turned into a % reduction or NNT'
              ) : (
                <>
                  {formatPercent(baseline.rate, 1)}
                  {baseline.area !== null && ` in ${baseline.area}`}
                  {baseline.year !== null && ` (${baseline.year})`}
                  <span className="local-figures__source" data-field="baseline-source">
                    {[baseline.population, baseline.source].filter((x) => x !== null).join('. Source: ')}
                  </span>
                </>
              )}
            </dd>
          </div>
        )}
        {local.outcome !== null && (
          <div>
            <dt>Unit cost of {local.outcome.name.toLowerCase()}</dt>
            <dd data-field="unit-cost">
              {unit === undefined ? (
                'None in the library: benefits cannot be valued'
              ) : (
                <>
                  {unit.name}: {formatMoney(unit.amount, unit.currency)} ({unit.priceYear} prices)
                  <span className="local-figures__source" data-field="unit-cost-source">
                    {dated(unit.source, unit.sourceDate)}
                  </span>
                </>
              )}
            </dd>
          </div>
        )}
      </dl>
      <p className="local-figures__link">
        <a href={hrefFor({ screen: 'settings' })}>Change the local figures in Library settings</a>
      </p>
    </section>
  );
}
