// How each catalogue cell shows its value: formatted by shared/format, with the "Illustrative"
// label on any value the library marks as invented.
import type { CustomCellRendererProps } from 'ag-grid-react';
import {
  NO_VALUE,
  formatAgeRange,
  formatCostWithPriceYear,
  formatInteger,
  formatList,
  formatMoney,
  formatPriceYear,
  formatShortList,
} from '../../../../shared/format';
import type { InterventionRow } from '../../../../shared/model/catalogue';
import { STRAND_LABELS, TIER_LABELS } from '../../../../shared/model/vocabulary';
import { IllustrativeBadge } from '../../components/badges';
import { evidenceLevelText } from '../../components/evidence-level';
import { VALIDATION_STATUS_SHORT } from '../../labels';
import { Blank, Stack } from '../../grid/cell-stack';
import { interventionHref } from '../../routing/routes';

type CellProps = CustomCellRendererProps<InterventionRow>;

const isIllustrative = (row: InterventionRow, ...fields: string[]) =>
  fields.some((f) => row.illustrativeFields.includes(f));

export function NameCell({ data }: CellProps) {
  if (data === undefined) return null;
  return (
    <Stack
      first={
        // Out of the Tab order: the grid moves focus by cell, and Enter on the row opens it.
        <a className="cell-link" href={interventionHref(data.id)} tabIndex={-1}>
          {data.name}
        </a>
      }
      second={<span title={data.summary}>{data.summary}</span>}
    />
  );
}

export function ApproachCell({ data }: CellProps) {
  if (data === undefined) return null;
  return (
    <Stack
      first={data.approachType.name}
      second={isIllustrative(data, 'approachTypeId', 'approachType') && <IllustrativeBadge compact />}
    />
  );
}

export function StrandCell({ data }: CellProps) {
  if (data === undefined) return null;
  return (
    <Stack
      first={STRAND_LABELS[data.strand]}
      second={isIllustrative(data, 'strand') && <IllustrativeBadge compact />}
    />
  );
}

export function TierCell({ data }: CellProps) {
  if (data === undefined) return null;
  return (
    <Stack
      first={TIER_LABELS[data.tier]}
      second={isIllustrative(data, 'tier') && <IllustrativeBadge compact />}
    />
  );
}

export function AgesCell({ data }: CellProps) {
  if (data === undefined) return null;
  return (
    <Stack
      first={formatAgeRange(data.ageMin, data.ageMax)}
      second={isIllustrative(data, 'ageMin', 'ageMax') && <IllustrativeBadge compact />}
    />
  );
}

export function AreasCell({ data }: CellProps) {
  if (data === undefined) return null;
  const names = data.areas.map((a) => a.name);
  if (names.length === 0) return <Stack first={<span className="muted">{NO_VALUE}</span>} />;
  const twoFit = names.slice(0, 2).join(', ').length <= 24;
  return (
    <Stack
      first={<span title={formatList(names)}>{formatShortList(names, twoFit ? 2 : 1)}</span>}
      second={isIllustrative(data, 'areaIds', 'areas') && <IllustrativeBadge compact />}
    />
  );
}

export function EvidenceCell({ data }: CellProps) {
  if (data === undefined) return null;
  return (
    <Stack
      first={
        <span className="value-with-badge">
          <span>{evidenceLevelText(data.evidenceLevel)}</span>
          {isIllustrative(data, 'evidenceLevel', 'validationStatus') && <IllustrativeBadge compact />}
        </span>
      }
      second={VALIDATION_STATUS_SHORT[data.validationStatus]}
    />
  );
}

export function EvaluationsCell({ data }: CellProps) {
  if (data === undefined) return null;
  return <Stack first={formatInteger(data.evaluationCount)} />;
}

export function CostCell({ data }: CellProps) {
  if (data === undefined) return null;
  if (data.costPerParticipant === null) {
    return <Stack first={<Blank label="No cost data" />} />;
  }
  const cost = data.costPerParticipant;
  return (
    <Stack
      first={
        <span className="value-with-badge">
          <span title={formatCostWithPriceYear(cost)}>{formatMoney(cost.amount, cost.currency)}</span>
          {isIllustrative(data, 'costPerParticipant', 'costItems') && <IllustrativeBadge compact />}
        </span>
      }
      second={<span>({formatPriceYear(cost.priceYear)})</span>}
    />
  );
}
