// Opening the library named by --library and calling the API on it, as every command that works
// on a library does: the CLI goes through the same handlers as the app.
import { basename, resolve } from 'node:path';
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

/**
 * Opens --library. A damaged library (found so on opening, and then never written) is refused in
 * one line by a command that writes, and by every command when SQLite cannot read it at all.
 */
export async function openLibraryOption(values: Values, readOnly: boolean): Promise<Library> {
  const path = resolve(requireString(values, 'library'));
  const library = await Library.open(path, { readOnly });
  const damage = library.damage;
  if (damage !== null && (!readOnly || !damage.readable)) {
    library.close();
    const found = damage.problems[0] ?? 'damaged';
    throw new ApiFailure(
      'READ_ONLY',
      `${basename(path)} is damaged (${found}); it was left unchanged and nothing was ${readOnly ? 'read' : 'written'} (ewb check lists what was found).`,
    );
  }
  return library;
}

async function withLibrary<T>(
  values: Values,
  readOnly: boolean,
  work: (call: Call) => Promise<T>,
  context: Omit<HandlerContext, 'library'> = {},
): Promise<T> {
  const library = await openLibraryOption(values, readOnly);
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
