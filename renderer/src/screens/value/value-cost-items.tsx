// The cost items on the Value tab: each as recorded (amount, range, price year, the years it runs)
// and converted to the analysis price year (the price factor, the converted amount and range, its
// present value over its years, its share of the cost per participant), each row unfolding to the
// inputs of its conversion, year by year. An item that cannot be converted says what is missing.
import { Fragment, useState } from 'react';
import {
  formatFigureValue,
  formatMoney,
  formatCostYears,
  formatMoneyRange,
  formatPriceYear,
  NO_VALUE,
} from '../../../../shared/format';
import type { ValueCostItem } from '../../../../shared/model/value';
import { COST_BASIS_LABELS } from '../../../../shared/model/vocabulary';
import { AmountWithRange } from '../../components/amount-with-range';
import { MaybeIllustrative } from '../../components/badges';
import { DisclosureButton } from '../../components/disclosure-button';
import { InputsTable } from './figure-inputs';
import { MissingInputs, MissingValue } from './missing-inputs';

const COLUMNS = 7;

export function ValueCostItems({
  items,
  priceYear,
  currency,
  interventionId,
}: {
  items: readonly ValueCostItem[];
  priceYear: number | null;
  currency: string;
  interventionId: string;
}) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const target = priceYear === null ? 'the analysis price year' : formatPriceYear(priceYear);
  return (
    <div
      className="table-scroll"
      role="region"
      aria-label="Cost items in the analysis price year"
      tabIndex={0}
    >
      <table className="table value-costs" id="value-cost-items">
        <caption className="visually-hidden">
          Cost items as recorded and converted to {target}, with each item&rsquo;s present value over the
          years it runs and its share of the cost per participant
        </caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col" className="num">
              As recorded
            </th>
            <th scope="col" className="num">
              Price year
            </th>
            <th scope="col" className="num">
              Price factor
            </th>
            <th scope="col" className="num">
              In {target}
            </th>
            <th scope="col" className="num">
              Present value
            </th>
            <th scope="col" className="num">
              Per participant
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const isOpen = open.has(item.id);
            const inputsId = `value-cost-${item.id}-inputs`;
            const c = item.converted;
            return (
              <Fragment key={item.id}>
                <tr data-cost-item={item.id}>
                  <th scope="row">
                    <span className="block">{item.description}</span>
                    <span className="muted small block" data-field="basis">
                      {COST_BASIS_LABELS[item.basis]}, {formatCostYears(item.basis, item.years)}
                    </span>
                    <MaybeIllustrative illustrative={item.illustrative} compact />
                    {c !== null && (
                      <DisclosureButton
                        open={isOpen}
                        controls={inputsId}
                        label="How it was converted"
                        subject={item.description}
                        onToggle={() => toggle(item.id)}
                      />
                    )}
                  </th>
                  <td className="num" data-field="recorded">
                    <AmountWithRange {...item} />
                  </td>
                  <td className="num" data-field="price-year">
                    {item.priceYear}
                  </td>
                  {c === null ? (
                    <td colSpan={4} data-field="conversion-missing">
                      <MissingValue />
                      <MissingInputs missing={item.missing} interventionId={interventionId} />
                    </td>
                  ) : (
                    <>
                      <td className="num" data-field="price-factor">
                        {formatFigureValue(c.priceFactor, 'factor')}
                      </td>
                      <td className="num" data-field="converted">
                        {formatMoney(c.amount, currency)}
                        {(c.low !== c.amount || c.high !== c.amount) && (
                          <span className="muted small block">
                            range {formatMoneyRange(c.low, c.high, currency)}
                          </span>
                        )}
                      </td>
                      <td className="num" data-field="present-value">
                        {formatMoney(c.presentValue, currency)}
                        {c.schedule.length > 1 && (
                          <span className="muted small block">
                            {formatMoney(c.undiscounted, currency)} before discounting
                          </span>
                        )}
                      </td>
                      <td className="num" data-field="per-participant">
                        {c.perParticipant === null ? NO_VALUE : formatMoney(c.perParticipant, currency)}
                      </td>
                    </>
                  )}
                </tr>
                {isOpen && c !== null && (
                  <tr id={inputsId} className="value-costs__inputs">
                    <td colSpan={COLUMNS}>
                      <InputsTable inputs={c.inputs} caption={`How ${item.description} was converted`} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
