// One hook for changing the library through the API (a form's submit): it tracks whether the call
// is in flight and keeps the API's error, with the field it names, for the form to show.
import { useCallback, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api';
import { ApiCallError, call } from '../transport/api-client';

export interface ApiAction<M extends MethodName> {
  /** Calls the method; resolves with its value, or null when it failed (see `error`). */
  run: (input: MethodInput<M>) => Promise<MethodOutput<M> | null>;
  pending: boolean;
  error: ApiCallError | null;
  reset: () => void;
}

export function useApiAction<M extends MethodName>(method: M): ApiAction<M> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiCallError | null>(null);

  const run = useCallback(
    async (input: MethodInput<M>): Promise<MethodOutput<M> | null> => {
      setPending(true);
      setError(null);
      try {
        return await call(method, input);
      } catch (caught: unknown) {
        setError(
          caught instanceof ApiCallError
            ? caught
            : new ApiCallError(method, 'INTERNAL', caught instanceof Error ? caught.message : String(caught)),
        );
        return null;
      } finally {
        setPending(false);
      }
    },
    [method],
  );
  const reset = useCallback(() => setError(null), []);
  return { run, pending, error, reset };
}
