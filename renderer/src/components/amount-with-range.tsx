// A cost as recorded: its amount, with its low–high range on a line of its own when one is recorded.
import { formatMoney, formatMoneyRange } from '../../../shared/format';

export function AmountWithRange({
  amount,
  amountLow,
  amountHigh,
  currency,
}: {
  amount: number;
  amountLow: number | null;
  amountHigh: number | null;
  currency: string;
}) {
  const main = formatMoney(amount, currency);
  if (amountLow === null && amountHigh === null) return <>{main}</>;
  return (
    <>
      {main}
      <span className="muted small block">
        range {formatMoneyRange(amountLow ?? amount, amountHigh ?? amount, currency)}
      </span>
    </>
  );
}
