// One intervention's full record, for the intervention page (reloaded when a form changes the library).
import { useEffect } from 'react';
import type { InterventionDetail } from '../../../shared/model/catalogue';
import { subscribeLibraryChanges } from './library-changes';
import { type QueryResult, useApiQuery } from './use-api-query';

export function useIntervention(id: string): QueryResult<InterventionDetail> {
  const result = useApiQuery('interventions/get', { id });
  const reload = result.reload;
  useEffect(() => subscribeLibraryChanges(reload), [reload]);
  return result;
}
