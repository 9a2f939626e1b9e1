// Opening the library named by --library and calling the API on it, as every command that works
// on a library does: the CLI goes through the same handlers as the app.
import { resolve } from 'node:path';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api';
import { ApiFailure } from '../../shared/errors';
import { createDispatch } from '../core/api/dispatch';
import type { HandlerContext } from '../core/handlers';
import { Library } from '../core/library';
import { requireString } from './command';

export type Call = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

type Values = Record<string, string | boolean | undefined>;

export const withLibraryForReading = <T>(
  values: Values,
  work: (call: Call) => Promise<T>,
  context: Omit<HandlerContext, 'library'> = {},
): Promise<T> => withLibrary(values, true, work, context);

/** For the commands whose purpose is to write to the library (each write one transaction). */
export const withLibraryForWriting = <T>(values: Values, work: (call: Call) => Promise<T>): Promise<T> =>
  withLibrary(values, false, work);

async function withLibrary<T>(
  values: Values,
  readOnly: boolean,
  work: (call: Call) => Promise<T>,
  context: Omit<HandlerContext, 'library'> = {},
): Promise<T> {
  const library = await Library.open(resolve(requireString(values, 'library')), { readOnly });
  const dispatch = createDispatch({ ...context, library });
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
