// The values the study grids' set filters offer beyond the vocabularies and reference data: the
// countries, places and time points the library holds, and its interventions.
import type { EntityName } from '../../../../shared/model/library';
import type { StudyFacets } from '../../../../shared/model/study-grids';
import { type QueryState, useApiQuery } from '../../data/use-api-query';

export interface FilterValues {
  facets: StudyFacets;
  interventions: EntityName[];
}

export function useFilterValues(): QueryState<FilterValues> & { reload: () => void } {
  const facets = useApiQuery('studies/facets', {});
  const interventions = useApiQuery('library/list-names', { entity: 'interventions' });
  const reload = () => {
    facets.reload();
    interventions.reload();
  };
  if (facets.status === 'error') return { ...facets, reload };
  if (interventions.status === 'error') return { ...interventions, reload };
  if (facets.status === 'loading' || interventions.status === 'loading') return { status: 'loading', reload };
  return { status: 'ok', value: { facets: facets.value, interventions: interventions.value }, reload };
}
