// Searches the library as the user types: waits for a pause, ignores answers to older queries,
// and keeps the last results on screen while the next ones load.
import { useEffect, useState } from 'react';
import type { SearchHit } from '../../../../shared/model/finding';
import { ApiCallError, call } from '../../transport/api-client';

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; query: string; previous: SearchHit[] | null }
  | { status: 'ok'; query: string; hits: SearchHit[] }
  | { status: 'error'; query: string; error: ApiCallError };

export const MAX_QUERY_LENGTH = 200;

type Settled = { query: string; hits: SearchHit[] } | { query: string; error: ApiCallError };

export function useSearch(text: string, limit: number, delayMs: number): SearchState {
  const query = text.trim().slice(0, MAX_QUERY_LENGTH);
  const [settled, setSettled] = useState<Settled | null>(null);
  const [lastHits, setLastHits] = useState<SearchHit[] | null>(null);

  useEffect(() => {
    if (query === '') return;
    let current = true;
    const timer = window.setTimeout(() => {
      call('search/all', { query, limit }).then(
        (hits) => {
          if (!current) return;
          setSettled({ query, hits });
          setLastHits(hits);
        },
        (error: unknown) => {
          if (!current) return;
          const failure =
            error instanceof ApiCallError
              ? error
              : new ApiCallError(
                  'search/all',
                  'INTERNAL',
                  error instanceof Error ? error.message : String(error),
                );
          setSettled({ query, error: failure });
        },
      );
    }, delayMs);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [query, limit, delayMs]);

  if (query === '') return { status: 'idle' };
  if (settled === null || settled.query !== query) return { status: 'loading', query, previous: lastHits };
  return 'hits' in settled
    ? { status: 'ok', query, hits: settled.hits }
    : { status: 'error', query, error: settled.error };
}
