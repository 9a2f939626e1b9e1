// One hook for reading from the API: screens ask for a method and its input and get back a
// loading, loaded or failed state, so they stay thin and never call the transport themselves.
import { useCallback, useEffect, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api';
import { ApiCallError, call } from '../transport/api-client';

export type QueryState<T> =
  { status: 'loading' } | { status: 'ok'; value: T } | { status: 'error'; error: ApiCallError };

export type QueryResult<T> = QueryState<T> & { reload: () => void };

function asApiCallError(method: string, error: unknown): ApiCallError {
  return error instanceof ApiCallError
    ? error
    : new ApiCallError(method, 'INTERNAL', error instanceof Error ? error.message : String(error));
}

/**
 * Reads `method` with `input`; reloads whenever the input changes (compared by value) or
 * `reload` is called. A stale answer never overwrites a newer one.
 */
export function useApiQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): QueryResult<MethodOutput<M>> {
  const inputJson = JSON.stringify(input);
  const [version, setVersion] = useState(0);
  const key = `${method}\u0000${inputJson}\u0000${version}`;
  const [settled, setSettled] = useState<{ key: string; state: QueryState<MethodOutput<M>> } | null>(null);

  useEffect(() => {
    let current = true;
    call(method, JSON.parse(inputJson) as MethodInput<M>).then(
      (value) => {
        if (current) setSettled({ key, state: { status: 'ok', value } });
      },
      (error: unknown) => {
        if (current) setSettled({ key, state: { status: 'error', error: asApiCallError(method, error) } });
      },
    );
    return () => {
      current = false;
    };
  }, [method, inputJson, key]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const state: QueryState<MethodOutput<M>> =
    settled !== null && settled.key === key ? settled.state : { status: 'loading' };
  return { ...state, reload };
}

/** The last answer stays while a reload is in flight, so a reload does not blank what shows it. */
export function useSteady<T>(query: QueryResult<T>): QueryResult<T> {
  const [last, setLast] = useState<T | null>(null);
  if (query.status === 'ok' && query.value !== last) setLast(query.value);
  return query.status === 'loading' && last !== null
    ? { status: 'ok', value: last, reload: query.reload }
    : query;
}
