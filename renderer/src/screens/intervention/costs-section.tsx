// What an intervention costs: the cost items as recorded, and the cost per participant the core
// worked out from them item by item (or why it could not).
import {
  NO_VALUE,
  formatCostYears,
  formatInteger,
  formatMoney,
  formatMoneyRange,
  formatPriceYear,
} from '../../../../shared/format';
import type { CostItemView, InterventionDetail } from '../../../../shared/model/catalogue';
import { COST_BASIS_LABELS, COST_CATEGORY_LABELS } from '../../../../shared/model/vocabulary';
import { AmountWithRange } from '../../components/amount-with-range';
import { IllustrativeBadge, MaybeIllustrative } from '../../components/badges';
import { Notice } from '../../components/states';
import { costsAreIllustrative } from './illustrative';
import { FoldedSources } from './sources';
import { CostItemForm } from '../study-editing/cost-item-form';
import { useDisclosure, useFocusAfterReload } from '../study-editing/form-support';
import { RowActionButtons, RowPanelView, useRowPanel } from './row-actions';

function CostItemsTable({ interventionId, items }: { interventionId: string; items: CostItemView[] }) {
  const panel = useRowPanel();
  const find = (id: string) => items.find((c) => c.id === id);
  return (
    <>
      <div className="table-scroll" role="region" aria-label="Cost items" tabIndex={0}>
        <table className="table cost-table">
          <caption className="visually-hidden">Cost items as recorded</caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Category</th>
              <th scope="col" className="num">
                Amount
              </th>
              <th scope="col">Currency</th>
              <th scope="col">Price year</th>
              <th scope="col">Basis</th>
              <th scope="col" className="num">
                Participants
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} data-cost-item={item.id}>
                <th scope="row">
                  <span className="block">{item.description}</span>
                  <MaybeIllustrative illustrative={item.illustrative} compact />
                  <FoldedSources sources={item.sources} />
                </th>
                <td>{COST_CATEGORY_LABELS[item.category]}</td>
                <td className="num" data-field="amount">
                  <AmountWithRange {...item} />
                </td>
                <td>{item.currency}</td>
                <td>{item.priceYear}</td>
                <td>
                  {COST_BASIS_LABELS[item.basis]}
                  {item.years !== null && (
                    <span className="muted small block" data-field="years">
                      {formatCostYears(item.basis, item.years)}
                    </span>
                  )}
                </td>
                <td className="num">
                  {item.participants === null ? NO_VALUE : formatInteger(item.participants)}
                </td>
                <td>
                  <RowActionButtons panel={panel} id={item.id} what={`cost item: ${item.description}`} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <RowPanelView
        panel={panel}
        entityType="cost_item"
        nameOf={(id) => find(id)?.description ?? null}
        edit={(id) => <CostItemForm interventionId={interventionId} item={find(id)} onClose={panel.close} />}
        remove={{
          method: 'cost-items/delete',
          noun: 'cost item',
          consequence: 'The cost per participant is worked out again without it.',
          focusAfter: 'costs-title',
        }}
      />
    </>
  );
}

function CostBreakdown({ detail }: { detail: InterventionDetail }) {
  const cost = detail.cost;
  if (!cost.ok) {
    return (
      <Notice tone="info" title="Cost per participant not worked out">
        <p data-field="costMessage">{cost.message}</p>
      </Notice>
    );
  }
  const illustrative = costsAreIllustrative(detail);
  const describe = new Map(detail.costItems.map((i) => [i.id, i.description]));
  const hasRange = cost.low !== cost.amount || cost.high !== cost.amount;
  return (
    <div className="cost-summary">
      <div className="cost-summary__headline">
        <p className="cost-summary__label">Cost per participant</p>
        <p className="cost-summary__value" data-field="costPerParticipant">
          {formatMoney(cost.amount, cost.currency)}
        </p>
        <p className="cost-summary__meta">
          {formatPriceYear(cost.priceYear)}
          {hasRange && <> · range {formatMoneyRange(cost.low, cost.high, cost.currency)}</>}
        </p>
        {illustrative && (
          <p className="cost-summary__illustrative">
            <IllustrativeBadge /> Worked out from illustrative cost items.
          </p>
        )}
      </div>
      <div
        className="table-scroll"
        role="region"
        aria-label="How the cost per participant was worked out"
        tabIndex={0}
      >
        <table className="table table--compact">
          <caption className="cost-summary__caption">
            How it was worked out: each item per participant (per-participant items as they are, others
            divided by their participants; a per-year amount counts once for each year it runs), then added
            up, in the items&rsquo; own price year and not discounted. The Value tab converts and discounts
            them.
          </caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col" className="num">
                Per participant
              </th>
              <th scope="col" className="num">
                Low
              </th>
              <th scope="col" className="num">
                High
              </th>
            </tr>
          </thead>
          <tbody>
            {cost.items.map((share) => (
              <tr key={share.id}>
                <th scope="row">{describe.get(share.id) ?? share.id}</th>
                <td className="num">{formatMoney(share.perParticipant, cost.currency)}</td>
                <td className="num">{formatMoney(share.low, cost.currency)}</td>
                <td className="num">{formatMoney(share.high, cost.currency)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td className="num">{formatMoney(cost.amount, cost.currency)}</td>
              <td className="num">{formatMoney(cost.low, cost.currency)}</td>
              <td className="num">{formatMoney(cost.high, cost.currency)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}

export function CostsSection({ detail }: { detail: InterventionDetail }) {
  const { open: addOpen, show: showAdd, close: closeAdd, opener: addOpener } = useDisclosure();
  useFocusAfterReload();
  return (
    <section className="record-section" aria-labelledby="costs-title" id="costs">
      <h2 id="costs-title" tabIndex={-1}>
        Costs
      </h2>
      {addOpen ? (
        <div className="study-panel">
          <CostItemForm interventionId={detail.id} onClose={closeAdd} />
        </div>
      ) : (
        <p className="study-actions">
          <button type="button" className="button button--small" ref={addOpener} onClick={showAdd}>
            Add cost item
          </button>
        </p>
      )}
      {detail.costItems.length === 0 ? (
        <p className="muted">No cost data is recorded for this intervention.</p>
      ) : (
        <>
          <CostBreakdown detail={detail} />
          <h3 className="section-subheading">Cost items</h3>
          <CostItemsTable interventionId={detail.id} items={detail.costItems} />
        </>
      )}
    </section>
  );
}
