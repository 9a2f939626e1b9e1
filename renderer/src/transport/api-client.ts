// The one place that chooses how the renderer reaches the library: the desktop bridge's IPC
// invoke when the preload provides `window.ewb`, otherwise HTTP to `ewb serve` with the access
// token. Nothing else in the renderer knows which is in use (style.md item 7).
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api';
import { type AppEvent, BRIDGE_KEY, type DesktopBridge } from '../../../shared/bridge';
import type { ApiResult, ErrorCode } from '../../../shared/errors';
import type { HostMethodInput, HostMethodName, HostMethodOutputs } from '../../../shared/host-methods';
import { accessToken, adoptTokenFromAddress } from './access-token';

/** Codes from the API, plus the two ways a call can fail before it gets an answer. */
export type ClientErrorCode = ErrorCode | 'NETWORK' | 'BAD_RESPONSE';

/** A failed call, keeping the API's code, message and the field it concerns. */
export class ApiCallError extends Error {
  readonly code: ClientErrorCode;
  readonly field: string | undefined;
  readonly method: string;

  constructor(method: string, code: ClientErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'ApiCallError';
    this.method = method;
    this.code = code;
    this.field = field;
  }
}

/** Why the app cannot talk to the library at all: no token in the address, or a refused one. */
export type AccessProblem = 'missing-token' | 'token-refused' | null;

let accessProblem: AccessProblem = null;
const accessListeners = new Set<() => void>();

function setAccessProblem(problem: AccessProblem): void {
  if (accessProblem === problem) return;
  accessProblem = problem;
  for (const listener of accessListeners) listener();
}

export function getAccessProblem(): AccessProblem {
  return accessProblem;
}

export function subscribeAccessProblem(listener: () => void): () => void {
  accessListeners.add(listener);
  return () => accessListeners.delete(listener);
}

function desktopBridge(): DesktopBridge | null {
  const candidate: unknown = (window as unknown as Record<string, unknown>)[BRIDGE_KEY];
  if (typeof candidate !== 'object' || candidate === null) return null;
  const bridge = candidate as Partial<DesktopBridge>;
  return typeof bridge.invoke === 'function' ? (bridge as DesktopBridge) : null;
}

/** 'desktop' inside the Electron window, 'browser' when served by `ewb serve`. */
export function transportKind(): 'desktop' | 'browser' {
  return desktopBridge() === null ? 'browser' : 'desktop';
}

/** Prepares the transport before the first call: adopts the token from the address. */
export function initialiseTransport(): void {
  if (desktopBridge() !== null) return;
  adoptTokenFromAddress();
  if (accessToken() === null) setAccessProblem('missing-token');
}

function isApiResult(body: unknown): body is ApiResult<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  const result = body as { ok: unknown; error?: unknown };
  if (result.ok === true) return 'value' in body;
  return result.ok === false && typeof result.error === 'object' && result.error !== null;
}

async function invokeOverHttp(method: MethodName, input: unknown): Promise<ApiResult<unknown>> {
  const token = accessToken();
  if (token === null) {
    setAccessProblem('missing-token');
    throw new ApiCallError(method, 'UNAUTHORISED', 'This page was opened without its access token.');
  }
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input),
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch {
    throw new ApiCallError(
      method,
      'NETWORK',
      'Evidence Workbench could not be reached. Check that `ewb serve` is still running, then reload the page.',
    );
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (response.status === 401) setAccessProblem('token-refused');
  if (!isApiResult(body)) {
    throw new ApiCallError(
      method,
      'BAD_RESPONSE',
      `Unexpected answer from the server (HTTP ${response.status}).`,
    );
  }
  return body;
}

async function invokeOnDesktop(
  bridge: DesktopBridge,
  method: MethodName | HostMethodName,
  input: unknown,
): Promise<ApiResult<unknown>> {
  const result: unknown = await bridge.invoke(method, input);
  if (!isApiResult(result)) throw new ApiCallError(method, 'BAD_RESPONSE', 'Unexpected answer from the app.');
  return result;
}

function valueOf(method: string, result: ApiResult<unknown>): unknown {
  if (!result.ok) {
    const { code, message, field } = result.error;
    throw new ApiCallError(method, code, message, field);
  }
  return result.value;
}

/** Calls one API method; resolves with its value or throws an ApiCallError. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const bridge = desktopBridge();
  const result =
    bridge === null ? await invokeOverHttp(method, input) : await invokeOnDesktop(bridge, method, input);
  return valueOf(method, result) as MethodOutput<M>;
}

/** Asks the desktop app for something only it can do (shared/host-methods.ts); refused in a browser. */
export async function callHost<M extends HostMethodName>(
  method: M,
  input: HostMethodInput<M>,
): Promise<HostMethodOutputs[M]> {
  const bridge = desktopBridge();
  if (bridge === null)
    throw new ApiCallError(
      method,
      'FORBIDDEN',
      'Only the desktop app can do this; download the file instead.',
    );
  return valueOf(method, await invokeOnDesktop(bridge, method, input)) as HostMethodOutputs[M];
}

/** Listens for an app event (desktop only; the browser-served mode has none yet). */
export function onAppEvent(event: AppEvent, listener: (payload: unknown) => void): () => void {
  const bridge = desktopBridge();
  return bridge === null ? () => undefined : bridge.on(event, listener);
}
