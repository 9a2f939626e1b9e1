// The one door into the core for every host: checks the method exists, validates the input with
// the contract's schema, runs the handler and returns a result envelope that keeps error codes.
import { api, isMethodName, type MethodName } from '../../../shared/api';
import { ApiFailure, type ApiResult, invalidInput } from '../../../shared/errors';
import { corruptionProblem, isCorruptionError } from '../db/damage';
import { handlers, type HandlerContext } from '../handlers';

export type Dispatch = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

/** SQLite refuses writes to a read-only file with these codes; say so plainly. */
function isReadOnlyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_READONLY' || (typeof code === 'string' && code.startsWith('SQLITE_READONLY_'));
}

async function run<M extends MethodName>(
  method: M,
  input: unknown,
  context: HandlerContext,
): Promise<unknown> {
  const parsed = api[method].input.safeParse(input ?? {});
  if (!parsed.success) throw invalidInput(parsed.error.issues);
  const handler = handlers[method] as (input: unknown, context: HandlerContext) => unknown;
  return handler(parsed.data, context);
}

export function createDispatch(
  context: HandlerContext,
  onInternalError?: (error: unknown) => void,
): Dispatch {
  return async (method, input) => {
    try {
      if (!isMethodName(method))
        throw new ApiFailure('UNKNOWN_METHOD', `There is no API method "${method}".`);
      return { ok: true, value: await run(method, input, context) };
    } catch (error) {
      if (error instanceof ApiFailure) return { ok: false, error: error.toApiError() };
      if (isReadOnlyError(error)) {
        const message = context.library.readOnlyReason ?? 'The library file cannot be written to.';
        return { ok: false, error: { code: 'READ_ONLY', message } };
      }
      if (isCorruptionError(error)) {
        // Damage the checks on opening did not see (quick_check leaves index contents unchecked).
        const message = `The library file is damaged where this needed to read: ${corruptionProblem(error)}. Nothing was changed; restore a backup from the Library screen.`;
        return { ok: false, error: { code: 'INTERNAL', message } };
      }
      onInternalError?.(error);
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'INTERNAL', message: `Something went wrong: ${message}` } };
    }
  };
}
