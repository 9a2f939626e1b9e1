// The checks on the one IPC channel: only our own page may call, with a method name, and the call
// goes to the core's dispatch for whichever library is open. Pure, so tests run it under Node.
import type { ApiResult } from '../../shared/errors';
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

/**
 * Builds the ipcMain.handle listener. `dispatch` is looked up per call so that a library opened
 * from the File menu is the one that answers.
 */
export function createInvokeHandler(dispatch: () => InvokeDispatch) {
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
    return dispatch()(method, input);
  };
}
