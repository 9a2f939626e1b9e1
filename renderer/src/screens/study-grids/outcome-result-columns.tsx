// The outcome-results grid's columns: each result with its outcome, time point, direction and how
// it was reported, the standardised effect the evidence engine computed from it (never worked out
// here), and the study and programme it comes from.
import type { ColDef } from 'ag-grid-community';
import type { CustomCellRendererProps } from 'ag-grid-react';
import {
  NO_VALUE,
  formatEffect,
  formatEffectInterval,
  formatMonths,
  formatStatistic,
} from '../../../../shared/format';
import type { EntityName, ReferenceData } from '../../../../shared/model/library';
import type { OutcomeResultRow, StudyFacets } from '../../../../shared/model/study-grids';
import {
  DESIGNS,
  DESIGN_LABELS,
  OUTCOME_DATA_TYPES,
  OUTCOME_DATA_TYPE_LABELS,
} from '../../../../shared/model/vocabulary';
import { MaybeIllustrative } from '../../components/badges';
import { groupFigures, reportedStatistics } from '../../components/reported-statistics';
import { Blank, Stack } from '../../grid/cell-stack';
import { categoryFilter, textFilter } from '../../grid/column-filters';
import { outcomeResultHref } from '../../routing/routes';
import { DESIGN_COLUMN, EFFECT_COLUMN, RESULT_COLUMN as C, STATISTICS_COLUMN } from './outcome-results-query';
import { blankableOptions, interventionColumn, yearColumn } from './study-columns';

type Props = CustomCellRendererProps<OutcomeResultRow>;

function MeasureCell({ data }: Props) {
  if (data === undefined) return null;
  return (
    <Stack
      first={
        // Out of the Tab order: the grid moves focus by cell, and Enter on the row opens it.
        <a
          className="cell-link"
          href={outcomeResultHref(data.intervention.id, data.evaluation.id, data.id)}
          tabIndex={-1}
        >
          {data.measureName}
        </a>
      }
      second={
        <>
          <MaybeIllustrative illustrative={data.illustrative} compact />
          <span title={data.outcome.name}>{data.outcome.name}</span>
        </>
      }
    />
  );
}

function EffectCell({ data }: Props) {
  if (data === undefined) return null;
  if (data.effect === null) {
    return (
      <Stack first={<Blank label={`No standardised effect: ${data.excludedReason ?? 'not computable'}`} />} />
    );
  }
  const { yi, vi, ciLower, ciUpper } = data.effect;
  return (
    <Stack
      // The row's measure carries the "Illustrative" label for the whole result.
      first={`g = ${formatEffect(yi)}`}
      second={<span>{`95% CI ${formatEffectInterval(ciLower, ciUpper)} · v = ${formatStatistic(vi)}`}</span>}
    />
  );
}

/** The figures as reported: a reported effect or t over the group sizes, or group 1 over group 2. */
function StatisticsCell({ data }: Props) {
  if (data === undefined) return null;
  const versus = <span className="muted">vs</span>;
  if (data.dataType === 'effect' || data.dataType === 't-statistic') {
    return (
      <Stack
        first={reportedStatistics(data.stats)}
        second={
          <>
            {groupFigures(data.stats, 1)} {versus} {groupFigures(data.stats, 2)}
          </>
        }
      />
    );
  }
  return (
    <Stack
      first={groupFigures(data.stats, 1)}
      second={
        <>
          {versus} {groupFigures(data.stats, 2)}
        </>
      }
    />
  );
}

function EvaluationCell({ data }: Props) {
  if (data === undefined) return null;
  return (
    <Stack
      first={<span title={data.evaluation.name}>{data.evaluation.name}</span>}
      second={<span>{DESIGN_LABELS[data.evaluation.design]}</span>}
    />
  );
}

function timePointText(r: OutcomeResultRow): string {
  if (r.timePointLabel !== null && r.timePointLabel.trim() !== '') return r.timePointLabel;
  return r.timePointMonths === null ? NO_VALUE : formatMonths(r.timePointMonths);
}

export function outcomeResultColumns(
  reference: ReferenceData,
  facets: StudyFacets,
  interventions: EntityName[],
): ColDef<OutcomeResultRow>[] {
  const groupNames = new Map(reference.outcomeGroups.map((g) => [g.id, g.name]));
  return [
    {
      colId: C.measure,
      headerName: 'Measure',
      valueGetter: (p) => p.data?.measureName,
      tooltipValueGetter: (p) => p.data?.measureName,
      cellRenderer: MeasureCell,
      flex: 1,
      minWidth: 210,
      ...textFilter(),
    },
    {
      colId: C.outcome,
      headerName: 'Outcome',
      valueGetter: (p) => p.data?.outcome.name,
      tooltipValueGetter: (p) => p.data?.outcome.name,
      width: 150,
      ...categoryFilter({
        legend: 'Show these outcomes',
        searchable: true,
        options: reference.outcomeDomains.map((d) => ({
          value: d.id,
          label: `${d.name} (${groupNames.get(d.groupId) ?? d.groupId})`,
        })),
      }),
    },
    {
      colId: C.outcomeGroup,
      headerName: 'Outcome group',
      valueGetter: (p) => p.data?.outcomeGroup.name,
      tooltipValueGetter: (p) => p.data?.outcomeGroup.name,
      width: 140,
      ...categoryFilter({
        legend: 'Show these outcome groups',
        options: reference.outcomeGroups.map((g) => ({ value: g.id, label: g.name })),
      }),
    },
    {
      colId: EFFECT_COLUMN,
      headerName: 'Effect (g)',
      headerTooltip:
        "Standardised effect, Hedges' g, positive = beneficial, with its 95% CI and variance v, as the evidence engine computes it",
      valueGetter: (p) => p.data?.effect?.yi,
      cellRenderer: EffectCell,
      width: 240,
      sortable: false,
    },
    {
      colId: C.timePoint,
      headerName: 'Time point',
      valueGetter: (p) => (p.data === undefined ? undefined : timePointText(p.data)),
      width: 110,
      ...categoryFilter({
        legend: 'Show results measured at',
        options: blankableOptions(facets.timePoints, formatMonths),
      }),
    },
    {
      colId: C.direction,
      headerName: 'Direction',
      valueGetter: (p) =>
        p.data === undefined ? undefined : p.data.higherIsBetter ? 'Higher is better' : 'Lower is better',
      width: 130,
      ...categoryFilter({
        legend: 'Show outcomes where',
        options: [
          { value: 'higher', label: 'Higher is better' },
          { value: 'lower', label: 'Lower is better' },
        ],
      }),
    },
    {
      colId: C.dataType,
      headerName: 'Reported as',
      valueGetter: (p) => (p.data === undefined ? undefined : OUTCOME_DATA_TYPE_LABELS[p.data.dataType]),
      tooltipValueGetter: (p) =>
        p.data === undefined ? undefined : OUTCOME_DATA_TYPE_LABELS[p.data.dataType],
      width: 160,
      ...categoryFilter({
        legend: 'Show results reported as',
        options: OUTCOME_DATA_TYPES.map((t) => ({ value: t, label: OUTCOME_DATA_TYPE_LABELS[t] })),
      }),
    },
    {
      colId: STATISTICS_COLUMN,
      headerName: 'Reported statistics',
      headerTooltip: 'The figures the study reported, intervention group vs comparison group',
      cellRenderer: StatisticsCell,
      width: 280,
      sortable: false,
      hide: true,
    },
    {
      colId: C.evaluation,
      headerName: 'Evaluation',
      valueGetter: (p) => p.data?.evaluation.name,
      cellRenderer: EvaluationCell,
      width: 210,
    },
    {
      colId: DESIGN_COLUMN,
      headerName: 'Design',
      valueGetter: (p) => (p.data === undefined ? undefined : DESIGN_LABELS[p.data.evaluation.design]),
      tooltipValueGetter: (p) => (p.data === undefined ? undefined : DESIGN_LABELS[p.data.evaluation.design]),
      width: 150,
      sortable: false,
      hide: true,
      ...categoryFilter({
        legend: 'Show results of studies with these designs',
        options: DESIGNS.map((d) => ({ value: d, label: DESIGN_LABELS[d] })),
      }),
    },
    yearColumn((r) => r.evaluation.year),
    {
      ...interventionColumn((r: OutcomeResultRow) => r.intervention, interventions, 'Show results of'),
      cellClass: 'cell--last',
      headerClass: 'cell--last',
    },
  ];
}
