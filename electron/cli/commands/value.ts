// `ewb value`: the costs and value for money of one intervention, as the Value tab shows them.
import { formatCostYears, formatFigureValue, formatMoney } from '../../../shared/format';
import type { Figure, ValueReport } from '../../../shared/model/value';
import { type Command, requireString } from '../command';
import { withLibraryForReading } from '../library-option';

function figureLine(f: Figure): string {
  if (f.status === 'missing') {
    return `  ${f.label}: missing — ${f.missing.map((m) => m.needed).join(' ')}`;
  }
  const interval =
    f.interval === null
      ? ''
      : ` (${[f.interval.lower, f.interval.upper]
          .map((x) => (x === null ? 'unbounded' : formatFigureValue(x, f.unit)))
          .join(' to ')}, ${f.interval.label})`;
  return `  ${f.label}: ${formatFigureValue(f.value, f.unit)}${interval}`;
}

function report(r: ValueReport): string[] {
  const s = r.settings;
  const lines = [
    `${r.intervention.name} (${r.intervention.id})${r.illustrative ? ' — includes illustrative figures' : ''}`,
    `Prices: ${s.priceYear === null ? 'no price year (no price index)' : `${s.priceYear}${s.priceYearIsDefault ? ' (default)' : ''}`}; discount rate ${formatFigureValue(s.discountRate, 'rate')}`,
    `Outcome: ${r.outcome === null ? 'none with results' : `${r.outcome.name} (${r.outcome.id})`}${r.unitCost === null ? '' : `; unit cost: ${r.unitCost.name}`}`,
    'Cost items:',
    ...r.costItems.map((c) => {
      const converted =
        c.converted === null
          ? `not converted: ${c.missing.map((m) => m.needed).join(' ')}`
          : `${formatMoney(c.converted.amount)} in ${s.priceYear} prices${c.converted.schedule.length === 1 ? '' : `, present value ${formatMoney(c.converted.presentValue)}`}`;
      return `  ${c.description}: ${formatMoney(c.amount, c.currency)} in ${c.priceYear} prices, ${c.basis}, ${formatCostYears(c.basis, c.years)} → ${converted}`;
    }),
    'Figures:',
    ...Object.values(r.figures).map(figureLine),
  ];
  const mc = r.monteCarlo;
  if (mc.status === 'ok') {
    lines.push(
      `Monte Carlo (${mc.draws.toLocaleString('en-GB')} draws, seed ${mc.seed}): BCR ${formatFigureValue(mc.benefitCostRatio.mean, 'ratio')} (95%: ${formatFigureValue(mc.benefitCostRatio.p025, 'ratio')} to ${formatFigureValue(mc.benefitCostRatio.p975, 'ratio')}); NPV per participant ${formatMoney(mc.npvPerParticipant.mean)} (95%: ${formatMoney(mc.npvPerParticipant.p025)} to ${formatMoney(mc.npvPerParticipant.p975)})`,
    );
  }
  if (r.tornado.length > 0) {
    lines.push('Sensitivity (NPV per participant, one input at a time):');
    for (const t of r.tornado) {
      lines.push(
        `  ${t.label}: ${formatMoney(t.npvAtLow)} to ${formatMoney(t.npvAtHigh)} (${t.rangeSource})`,
      );
    }
  }
  return lines;
}

export const valueCommand: Command = {
  name: 'value',
  summary: 'costs and value for money of one intervention (cost per participant, per outcome, BCR, NPV)',
  usage: 'value --library FILE --intervention ID [--outcome ID] [--json]',
  options: {
    library: { type: 'string' },
    intervention: { type: 'string' },
    outcome: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
  run(values, io) {
    const interventionId = requireString(values, 'intervention');
    const outcome = values.outcome;
    return withLibraryForReading(values, async (call) => {
      const result = await call('value/get', {
        interventionId,
        ...(typeof outcome === 'string' ? { outcomeId: outcome } : {}),
      });
      io.out(values.json ? JSON.stringify(result, null, 2) : report(result).join('\n'));
      return 0;
    });
  },
};
