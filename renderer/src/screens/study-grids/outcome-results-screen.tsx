// Every outcome result in the library in one grid, with the standardised effect the evidence
// engine computes from it; paged, sorted, filtered and searched in the library, each row linking
// to the result in its study on its intervention's page.
import type { FilterModel } from 'ag-grid-community';
import { useMemo } from 'react';
import { formatMonths } from '../../../../shared/format';
import type { ReferenceData } from '../../../../shared/model/library';
import {
  DESIGN_LABELS,
  type Design,
  OUTCOME_DATA_TYPE_LABELS,
  type OutcomeDataType,
} from '../../../../shared/model/vocabulary';
import { useLibraryInfo, useReferenceData } from '../../data/app-data';
import { chipCollector } from '../../grid/filter-chips';
import { BLANK_VALUE, hasFilters } from '../../grid/grid-query';
import { PagedGrid } from '../../grid/paged-grid';
import { outcomeResultHref } from '../../routing/routes';
import { outcomeResultColumns } from './outcome-result-columns';
import {
  DESIGN_COLUMN,
  RESULT_COLUMN as C,
  outcomeResultFilters,
  outcomeResultPages,
} from './outcome-results-query';
import { StudyGridScreen } from './study-grid-screen';
import type { FilterValues } from './use-filter-values';

function describeFilters(model: FilterModel, reference: ReferenceData, values: FilterValues) {
  const outcomes = new Map(reference.outcomeDomains.map((d) => [d.id, d.name]));
  const groups = new Map(reference.outcomeGroups.map((g) => [g.id, g.name]));
  const interventions = new Map(values.interventions.map((i) => [i.id, i.name]));
  const collect = chipCollector(model);
  collect.text(C.measure, 'Measure');
  collect.values(C.outcome, 'Outcome', (v) => outcomes.get(v) ?? v);
  collect.values(C.outcomeGroup, 'Outcome group', (v) => groups.get(v) ?? v);
  collect.values(C.timePoint, 'Time point', (v) =>
    v === BLANK_VALUE ? 'Not recorded' : formatMonths(Number(v)),
  );
  collect.values(C.direction, 'Direction', (v) => (v === 'higher' ? 'Higher is better' : 'Lower is better'));
  collect.values(C.dataType, 'Reported as', (v) => OUTCOME_DATA_TYPE_LABELS[v as OutcomeDataType] ?? v);
  collect.values(DESIGN_COLUMN, 'Design', (v) => DESIGN_LABELS[v as Design] ?? v);
  collect.number(C.year, 'Year', String);
  collect.values(C.intervention, 'Intervention', (v) => interventions.get(v) ?? v);
  return collect.chips;
}

function OutcomeResultsGrid({ headingId, values }: { headingId: string; values: FilterValues }) {
  const info = useLibraryInfo();
  const reference = useReferenceData();
  const columns = useMemo(
    () => outcomeResultColumns(reference, values.facets, values.interventions),
    [reference, values],
  );
  return (
    <PagedGrid
      screen="outcome-results"
      headingId={headingId}
      columns={columns}
      linkColumn={C.measure}
      source={outcomeResultPages}
      describeFilters={(model) => describeFilters(model, reference, values)}
      isFiltered={(model) => hasFilters(outcomeResultFilters(model))}
      hrefOf={(row) => outcomeResultHref(row.intervention.id, row.evaluation.id, row.id)}
      noun="outcome result"
      libraryTotal={info.counts.outcomeResults}
      searchLabel="Search the outcome results"
      searchPlaceholder="Words from their evaluation or intervention"
      rowHeight={52}
      emptyLibraryText="This library holds no outcome results yet. Add them to an evaluation on its intervention’s page."
      opens="the result in its evaluation"
    />
  );
}

export function OutcomeResultsScreen() {
  return (
    <StudyGridScreen
      title="Outcome results"
      lead="Every measured outcome of every study, with the standardised effect (Hedges’ g, positive = beneficial) computed from what the study reported."
    >
      {(headingId, values) => <OutcomeResultsGrid headingId={headingId} values={values} />}
    </StudyGridScreen>
  );
}
