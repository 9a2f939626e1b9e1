// One intervention's full record, for the intervention page.
import type { InterventionDetail } from '../../../shared/model/catalogue';
import { type QueryResult, useApiQuery } from './use-api-query';

export function useIntervention(id: string): QueryResult<InterventionDetail> {
  return useApiQuery('interventions/get', { id });
}
