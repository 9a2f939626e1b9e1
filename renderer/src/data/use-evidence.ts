// One intervention's evidence (effects, pooled outcomes, ratings) for a pooling method and test.
// While a new method's answer is on its way the previous answer stays on screen, marked as
// updating, so the page does not jump back to a spinner each time a select changes.
import { useState } from 'react';
import type { EvidenceSummary, PoolingMethod, PoolingTest } from '../../../shared/model/evidence';
import type { ApiCallError } from '../transport/api-client';
import { useApiQuery } from './use-api-query';

export interface EvidenceQuery {
  /** The latest answer for this intervention (possibly for the previous method while updating). */
  summary: EvidenceSummary | null;
  updating: boolean;
  error: ApiCallError | null;
  reload: () => void;
}

export function useEvidence(interventionId: string, method: PoolingMethod, test: PoolingTest): EvidenceQuery {
  const query = useApiQuery('evidence/get', { interventionId, method, test });
  const [previous, setPrevious] = useState<EvidenceSummary | null>(null);
  // Remember the last answer (React's "adjust state while rendering" pattern, no effect needed).
  if (query.status === 'ok' && query.value !== previous) setPrevious(query.value);
  const stale = previous !== null && previous.interventionId === interventionId ? previous : null;
  return {
    summary: query.status === 'ok' ? query.value : stale,
    updating: query.status === 'loading',
    error: query.status === 'error' ? query.error : null,
    reload: query.reload,
  };
}
