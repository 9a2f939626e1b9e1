// Opening the library named by --library read-only and calling the API on it, as every
// read-only command does: the CLI goes through the same handlers as the app.
import { resolve } from 'node:path';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api';
import { ApiFailure } from '../../shared/errors';
import { createDispatch } from '../core/api/dispatch';
import { Library } from '../core/library';
import { requireString } from './command';

export type Call = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

export function withLibraryForReading<T>(
  values: Record<string, string | boolean | undefined>,
  work: (call: Call) => Promise<T>,
): Promise<T> {
  return withLibrary(values, { readOnly: true }, work);
}

/** The same, for the commands whose purpose is to write (each write is one transaction). */
export function withLibraryForWriting<T>(
  values: Record<string, string | boolean | undefined>,
  work: (call: Call) => Promise<T>,
): Promise<T> {
  return withLibrary(values, { readOnly: false }, work);
}

async function withLibrary<T>(
  values: Record<string, string | boolean | undefined>,
  options: { readOnly: boolean },
  work: (call: Call) => Promise<T>,
): Promise<T> {
  const library = await Library.open(resolve(requireString(values, 'library')), options);
  const dispatch = createDispatch({ library });
  const call: Call = async (method, input) => {
    const result = await dispatch(method, input);
    if (!result.ok) throw new ApiFailure(result.error.code, result.error.message, result.error.field);
    return result.value as MethodOutput<typeof method>;
  };
  try {
    return await work(call);
  } finally {
    library.close();
  }
}
