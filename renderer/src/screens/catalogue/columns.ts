// The catalogue's columns: what each shows, how it sorts (in the library) and which filter it
// offers: AG Grid's text and number filters, or our checkbox and age-band filters.
import type { ColDef } from 'ag-grid-community';
import type { InterventionRow } from '../../../../shared/model/catalogue';
import type { ReferenceData } from '../../../../shared/model/library';
import {
  INTERVENTION_STATUS_LABELS,
  STRANDS,
  STRAND_LABELS,
  TIERS,
  TIER_LABELS,
} from '../../../../shared/model/vocabulary';
import { AgeBandFilter } from './age-band-filter';
import { COLUMN, OPTIONAL_COLUMN } from '../../data/catalogue-query';
import { categoryFilter, numberFilter, passAll, textFilter } from '../../grid/column-filters';
import {
  AgesCell,
  ApproachCell,
  AreasCell,
  CostCell,
  EvaluationsCell,
  EvidenceCell,
  NameCell,
  StrandCell,
  TierCell,
} from './cells';

export function catalogueColumns(reference: ReferenceData): ColDef<InterventionRow>[] {
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en-GB');
  return [
    {
      colId: COLUMN.name,
      headerName: 'Intervention',
      valueGetter: (p) => p.data?.name,
      cellRenderer: NameCell,
      flex: 1,
      minWidth: 200,
      ...textFilter(),
    },
    {
      colId: COLUMN.approachType,
      headerName: 'Approach',
      valueGetter: (p) => p.data?.approachType.name,
      cellRenderer: ApproachCell,
      width: 124,
      ...categoryFilter({
        legend: 'Show these approaches',
        options: [...reference.approachTypes].sort(byName).map((a) => ({ value: a.id, label: a.name })),
      }),
    },
    {
      colId: COLUMN.strand,
      headerName: 'Strand',
      valueGetter: (p) => (p.data === undefined ? undefined : STRAND_LABELS[p.data.strand]),
      cellRenderer: StrandCell,
      width: 130,
      ...categoryFilter({
        legend: 'Show these strands',
        options: STRANDS.map((s) => ({ value: s, label: STRAND_LABELS[s] })),
      }),
    },
    {
      colId: COLUMN.tier,
      headerName: 'Tier',
      valueGetter: (p) => (p.data === undefined ? undefined : TIER_LABELS[p.data.tier]),
      cellRenderer: TierCell,
      width: 96,
      ...categoryFilter({
        legend: 'Show these prevention tiers',
        options: TIERS.map((t) => ({ value: t, label: TIER_LABELS[t] })),
      }),
    },
    {
      colId: COLUMN.ages,
      headerName: 'Ages',
      headerTooltip: 'Target age range. Sorts by the youngest age.',
      valueGetter: (p) => p.data?.ageMin,
      cellRenderer: AgesCell,
      width: 92,
      filter: { component: AgeBandFilter, doesFilterPass: passAll },
    },
    {
      colId: COLUMN.areas,
      headerName: 'Boroughs and areas',
      valueGetter: (p) => p.data?.areas.map((a) => a.name).join(', '),
      cellRenderer: AreasCell,
      width: 124,
      ...categoryFilter({
        legend: 'Show programmes working in',
        searchable: true,
        options: [...reference.areas]
          .sort((a, b) =>
            (a.kind === 'region') === (b.kind === 'region') ? byName(a, b) : a.kind === 'region' ? -1 : 1,
          )
          .map((a) => ({ value: a.id, label: a.name })),
      }),
    },
    {
      colId: COLUMN.evidence,
      headerName: 'Evidence',
      headerTooltip: 'Project Oracle standard of evidence (1–5) and who assessed it',
      valueGetter: (p) => p.data?.evidenceLevel,
      cellRenderer: EvidenceCell,
      width: 158,
      ...numberFilter('greaterThanOrEqual'),
    },
    {
      colId: COLUMN.evaluations,
      headerName: 'Evaluations',
      valueGetter: (p) => p.data?.evaluationCount,
      cellRenderer: EvaluationsCell,
      width: 108,
      type: 'rightAligned',
      ...numberFilter('greaterThanOrEqual'),
    },
    {
      colId: COLUMN.cost,
      headerName: 'Cost per participant',
      headerTooltip: 'In the price year of its sources; not yet converted to one price year',
      valueGetter: (p) => p.data?.costPerParticipant?.amount,
      cellRenderer: CostCell,
      width: 150,
      type: 'rightAligned',
      // Room for an overlay scrollbar (macOS, headless browsers), which would otherwise cover the figures.
      cellClass: ['ag-right-aligned-cell', 'cell--last'],
      headerClass: ['ag-right-aligned-header', 'cell--last'],
      ...numberFilter('lessThanOrEqual'),
    },
    // Optional columns, hidden by default: what an export needs to re-import as whole records.
    {
      colId: OPTIONAL_COLUMN.summary,
      headerName: 'Summary',
      valueGetter: (p) => p.data?.summary,
      tooltipValueGetter: (p) => p.data?.summary,
      width: 280,
      sortable: false,
      hide: true,
    },
    {
      colId: OPTIONAL_COLUMN.status,
      headerName: 'Status',
      valueGetter: (p) => (p.data === undefined ? undefined : INTERVENTION_STATUS_LABELS[p.data.status]),
      width: 110,
      sortable: false,
      hide: true,
    },
  ];
}
