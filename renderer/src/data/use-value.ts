// One intervention's value-for-money report for the chosen outcome and unit cost. While a new
// choice's answer is on its way the previous report stays on screen, marked as updating; a change
// to the library made in this window (a cost item, the settings) fetches it again.
import { useEffect, useState } from 'react';
import type { ValueReport } from '../../../shared/model/value';
import type { ApiCallError } from '../transport/api-client';
import { subscribeLibraryChanges } from './library-changes';
import { useApiQuery } from './use-api-query';

export interface ValueChoice {
  outcomeId?: string;
  unitCostId?: string;
}

export interface ValueQuery {
  report: ValueReport | null;
  updating: boolean;
  error: ApiCallError | null;
  reload: () => void;
}

export function useValue(interventionId: string, choice: ValueChoice): ValueQuery {
  const query = useApiQuery('value/get', { interventionId, ...choice });
  const [previous, setPrevious] = useState<ValueReport | null>(null);
  const reload = query.reload;
  useEffect(() => subscribeLibraryChanges(reload), [reload]);
  // Remember the last answer (React's "adjust state while rendering" pattern, no effect needed).
  if (query.status === 'ok' && query.value !== previous) setPrevious(query.value);
  const stale = previous !== null && previous.intervention.id === interventionId ? previous : null;
  return {
    report: query.status === 'ok' ? query.value : stale,
    updating: query.status === 'loading',
    error: query.status === 'error' ? query.error : null,
    reload,
  };
}
