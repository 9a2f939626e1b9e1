// Every evaluation in the library in one grid, paged, sorted, filtered and searched in the library,
// each row linking to the study on its intervention's page.
import type { FilterModel } from 'ag-grid-community';
import { useMemo } from 'react';
import { formatInteger } from '../../../../shared/format';
import { DESIGN_LABELS, type Design } from '../../../../shared/model/vocabulary';
import { useLibraryInfo } from '../../data/app-data';
import { chipCollector } from '../../grid/filter-chips';
import { BLANK_VALUE, hasFilters } from '../../grid/grid-query';
import { PagedGrid } from '../../grid/paged-grid';
import { evaluationHref } from '../../routing/routes';
import { evaluationColumns } from './evaluation-columns';
import { EVALUATION_COLUMN as C, evaluationFilters, evaluationPages } from './evaluations-query';
import { StudyGridScreen } from './study-grid-screen';
import type { FilterValues } from './use-filter-values';

const blankOr = (text: string) => (v: string) => (v === BLANK_VALUE ? text : v);

function describeFilters(model: FilterModel, values: FilterValues) {
  const names = new Map(values.interventions.map((i) => [i.id, i.name]));
  const collect = chipCollector(model);
  collect.text(C.title, 'Title');
  collect.values(C.intervention, 'Intervention', (v) => names.get(v) ?? v);
  collect.number(C.year, 'Year', String);
  collect.values(C.design, 'Design', (v) => DESIGN_LABELS[v as Design] ?? v);
  collect.values(C.independence, 'Evaluator', (v) => (v === 'independent' ? 'Independent' : 'Internal'));
  collect.values(C.sms, 'Maryland SMS', (v) => (v === BLANK_VALUE ? 'Not scored' : `Level ${v}`));
  collect.number(C.sample, 'Sample', formatInteger);
  collect.number(C.followUp, 'Follow-up (months)', formatInteger);
  collect.values(C.place, 'Place', blankOr('Not recorded'));
  collect.values(C.country, 'Country', blankOr('Not recorded'));
  collect.number(C.results, 'Results', formatInteger);
  return collect.chips;
}

function EvaluationsGrid({ headingId, values }: { headingId: string; values: FilterValues }) {
  const info = useLibraryInfo();
  const columns = useMemo(() => evaluationColumns(values.facets, values.interventions), [values]);
  return (
    <PagedGrid
      screen="evaluations"
      headingId={headingId}
      columns={columns}
      linkColumn={C.title}
      source={evaluationPages}
      describeFilters={(model) => describeFilters(model, values)}
      isFiltered={(model) => hasFilters(evaluationFilters(model))}
      hrefOf={(row) => evaluationHref(row.intervention.id, row.id)}
      noun="evaluation"
      libraryTotal={info.counts.evaluations}
      searchLabel="Search the evaluations"
      searchPlaceholder="Title, authors, findings or intervention"
      rowHeight={52}
      emptyLibraryText="This library holds no evaluations yet. Add them on an intervention’s page."
      opens="the evaluation on its intervention’s page"
    />
  );
}

export function EvaluationsScreen() {
  return (
    <StudyGridScreen
      title="Evaluations"
      lead="Every study of every programme in this library: its design, independence, quality and place."
    >
      {(headingId, values) => <EvaluationsGrid headingId={headingId} values={values} />}
    </StudyGridScreen>
  );
}
