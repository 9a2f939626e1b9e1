// Calling the real dispatch in tests: the value of a call that must succeed, or a thrown error
// saying which code and field refused it.
import type { Dispatch } from '../../electron/core/api/dispatch';

export async function expectOk<T>(dispatch: Dispatch, method: string, input: unknown): Promise<T> {
  const result = await dispatch(method, input);
  if (!result.ok)
    throw new Error(`${result.error.code} ${result.error.field ?? ''}: ${result.error.message}`);
  return result.value as T;
}
