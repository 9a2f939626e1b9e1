// The desktop bridge the preload exposes on `window.ewb`: one generic invoke over one IPC
// channel, and events. The renderer's transport uses it when present, HTTP otherwise.
import type { ApiResult } from './errors';

export const BRIDGE_KEY = 'ewb';
export const IPC_INVOKE_CHANNEL = 'ewb:invoke';
export const IPC_EVENT_CHANNEL = 'ewb:event';

/** Events the main process sends to the window (e.g. the File menu opened another library). */
export const APP_EVENTS = ['library-changed'] as const;
export type AppEvent = (typeof APP_EVENTS)[number];

export interface DesktopBridge {
  invoke: (method: string, input: unknown) => Promise<ApiResult<unknown>>;
  on: (event: AppEvent, listener: (payload: unknown) => void) => () => void;
}
