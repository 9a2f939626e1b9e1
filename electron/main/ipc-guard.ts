// The checks on the one IPC channel: only our own page may call, with a method name, and the call
// goes to the core's dispatch for whichever library is open, or, for the few things only the
// desktop can do (shared/host-methods.ts), to the main process's own handlers. Pure, so tests run
// it under Node.
import type { z } from 'zod';
import { ApiFailure, type ApiResult, invalidInput } from '../../shared/errors';
import {
  HOST_METHODS,
  type HostMethodName,
  type HostMethodOutputs,
  isHostMethodName,
} from '../../shared/host-methods';
import { APP_HOST, APP_SCHEME } from './app-protocol';

/** Longer than any method name in shared/api.ts; a bound keeps junk out of error messages. */
const MAX_METHOD_LENGTH = 100;

/** True only for pages served from app://ewb/ (not file://, not http(s), not another app:// host). */
export function isTrustedSender(url: string | null | undefined): boolean {
  if (typeof url !== 'string' || url === '') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === ''
  );
}

/** The parts of Electron's IpcMainInvokeEvent the guard looks at. */
export interface InvokeEventLike {
  senderFrame: { url: string; parent: unknown } | null;
}

export type InvokeDispatch = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

export const FORBIDDEN_SENDER: ApiResult<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Only the Evidence Workbench window may call the library.' },
};

/** The main process's answers to the host methods, given input the method's schema accepted. */
export type HostHandlers = {
  [M in HostMethodName]: (
    input: z.output<(typeof HOST_METHODS)[M]>,
  ) => Promise<ApiResult<HostMethodOutputs[M]>>;
};

async function runHostMethod(
  host: Partial<HostHandlers>,
  method: HostMethodName,
  input: unknown,
): Promise<ApiResult<unknown>> {
  // Typed loosely here: the input is checked by this same method's schema just below.
  const handler = host[method] as ((input: unknown) => Promise<ApiResult<unknown>>) | undefined;
  if (handler === undefined) {
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `The app cannot do "${method}".` } };
  }
  const parsed = HOST_METHODS[method].safeParse(input ?? {});
  if (!parsed.success) return { ok: false, error: invalidInput(parsed.error.issues).toApiError() };
  try {
    return await handler(parsed.data);
  } catch (error) {
    if (error instanceof ApiFailure) return { ok: false, error: error.toApiError() };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'INTERNAL', message: `Something went wrong: ${message}` } };
  }
}

/**
 * Builds the ipcMain.handle listener. `dispatch` is looked up per call so that a library opened
 * from the File menu is the one that answers.
 */
export function createInvokeHandler(dispatch: () => InvokeDispatch, host?: Partial<HostHandlers>) {
  return async (event: InvokeEventLike, method: unknown, input: unknown): Promise<ApiResult<unknown>> => {
    const frame = event.senderFrame;
    // Only the top frame of our own page: no iframes, no other origin, no frame that has gone.
    if (frame === null || frame.parent !== null || !isTrustedSender(frame.url)) return FORBIDDEN_SENDER;
    if (typeof method !== 'string' || method.length === 0 || method.length > MAX_METHOD_LENGTH) {
      return {
        ok: false,
        error: { code: 'INVALID_INPUT', message: 'The method name must be a short string.' },
      };
    }
    if (host !== undefined && isHostMethodName(method)) return runHostMethod(host, method, input);
    return dispatch()(method, input);
  };
}
