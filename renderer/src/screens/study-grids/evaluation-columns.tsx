// The evaluations grid's columns: what each shows (formatted by shared/format, with the
// "Illustrative" label on invented studies), how it sorts in the library and which filter it offers.
import type { ColDef } from 'ag-grid-community';
import type { CustomCellRendererProps } from 'ag-grid-react';
import { NO_VALUE, formatInteger, formatMonths } from '../../../../shared/format';
import type { EntityName } from '../../../../shared/model/library';
import type { EvaluationRow, StudyFacets } from '../../../../shared/model/study-grids';
import { DESIGNS, DESIGN_LABELS, SMS_LABELS } from '../../../../shared/model/vocabulary';
import { MaybeIllustrative } from '../../components/badges';
import { Blank, Stack } from '../../grid/cell-stack';
import { categoryFilter, numberFilter, textFilter } from '../../grid/column-filters';
import { BLANK_VALUE } from '../../grid/grid-query';
import { evaluationHref } from '../../routing/routes';
import { EVALUATION_COLUMN as C } from './evaluations-query';
import { blankableOptions, interventionColumn, yearColumn } from './study-columns';

type Props = CustomCellRendererProps<EvaluationRow>;

function TitleCell({ data }: Props) {
  if (data === undefined) return null;
  const byline = [data.authors, data.evaluator?.name].filter(
    (p): p is string => p !== null && p !== undefined,
  );
  return (
    <Stack
      first={
        // Out of the Tab order: the grid moves focus by cell, and Enter on the row opens it.
        <a className="cell-link" href={evaluationHref(data.intervention.id, data.id)} tabIndex={-1}>
          {data.title}
        </a>
      }
      second={
        (byline.length > 0 || data.illustrative) && (
          <>
            <MaybeIllustrative illustrative={data.illustrative} compact />
            {byline.length > 0 && <span title={byline.join(' · ')}>{byline.join(' · ')}</span>}
          </>
        )
      }
    />
  );
}

function SampleCell({ data }: Props) {
  if (data === undefined) return null;
  const { nTreatment: t, nControl: c } = data;
  if (t === null && c === null) return <Stack first={<Blank label="Sample not recorded" />} />;
  return (
    <Stack
      first={formatInteger((t ?? 0) + (c ?? 0))}
      second={
        <span>{`${t === null ? NO_VALUE : formatInteger(t)} + ${c === null ? NO_VALUE : formatInteger(c)}`}</span>
      }
    />
  );
}

const smsText = (score: number) => `Level ${score}: ${SMS_LABELS[score] ?? ''}`;

export function evaluationColumns(facets: StudyFacets, interventions: EntityName[]): ColDef<EvaluationRow>[] {
  return [
    {
      colId: C.title,
      headerName: 'Evaluation',
      valueGetter: (p) => p.data?.title,
      tooltipValueGetter: (p) => p.data?.title,
      cellRenderer: TitleCell,
      flex: 1,
      minWidth: 240,
      ...textFilter(),
    },
    interventionColumn((r) => r.intervention, interventions, 'Show evaluations of'),
    yearColumn((r) => r.year),
    {
      colId: C.design,
      headerName: 'Design',
      headerTooltip: 'Sorts from the weakest design to the strongest',
      valueGetter: (p) => (p.data === undefined ? undefined : DESIGN_LABELS[p.data.design]),
      tooltipValueGetter: (p) => (p.data === undefined ? undefined : DESIGN_LABELS[p.data.design]),
      width: 190,
      ...categoryFilter({
        legend: 'Show these designs',
        options: DESIGNS.map((d) => ({ value: d, label: DESIGN_LABELS[d] })),
      }),
    },
    {
      colId: C.independence,
      headerName: 'Evaluator',
      valueGetter: (p) =>
        p.data === undefined ? undefined : p.data.independent ? 'Independent' : 'Internal',
      width: 112,
      ...categoryFilter({
        legend: 'Show evaluations that are',
        options: [
          { value: 'independent', label: 'Independent' },
          { value: 'internal', label: 'Internal (not independent)' },
        ],
      }),
    },
    {
      colId: C.sms,
      headerName: 'Maryland SMS',
      headerTooltip: 'Maryland Scientific Methods Scale, 1 (correlation) to 5 (randomised)',
      valueGetter: (p) => p.data?.smsScore,
      valueFormatter: (p) => (typeof p.value === 'number' ? `Level ${p.value}` : 'Not scored'),
      tooltipValueGetter: (p) => (typeof p.value === 'number' ? smsText(p.value) : 'Not scored'),
      width: 118,
      ...categoryFilter({
        legend: 'Show these Maryland levels',
        options: [
          ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: smsText(n) })),
          { value: BLANK_VALUE, label: 'Not scored' },
        ],
      }),
    },
    {
      colId: C.sample,
      headerName: 'Sample',
      headerTooltip: 'Intervention group + comparison group',
      valueGetter: (p) => p.data?.nTreatment,
      cellRenderer: SampleCell,
      width: 104,
      type: 'rightAligned',
      ...numberFilter('greaterThanOrEqual'),
    },
    {
      colId: C.followUp,
      headerName: 'Follow-up',
      valueGetter: (p) => p.data?.followUpMonths,
      valueFormatter: (p) => (typeof p.value === 'number' ? formatMonths(p.value) : NO_VALUE),
      width: 110,
      ...numberFilter('greaterThanOrEqual'),
    },
    {
      colId: C.place,
      headerName: 'Place',
      valueGetter: (p) => p.data?.place ?? NO_VALUE,
      width: 130,
      ...categoryFilter({
        legend: 'Show studies in',
        searchable: true,
        options: blankableOptions(facets.places),
      }),
    },
    {
      colId: C.country,
      headerName: 'Country',
      valueGetter: (p) => p.data?.country ?? NO_VALUE,
      width: 130,
      ...categoryFilter({ legend: 'Show studies in', options: blankableOptions(facets.countries) }),
    },
    {
      colId: C.results,
      headerName: 'Results',
      headerTooltip: 'Outcome results recorded for this evaluation',
      valueGetter: (p) => p.data?.outcomeResultCount,
      width: 96,
      type: 'rightAligned',
      cellClass: ['ag-right-aligned-cell', 'cell--last'],
      headerClass: ['ag-right-aligned-header', 'cell--last'],
      ...numberFilter('greaterThanOrEqual'),
    },
  ];
}
