// The whole bridge between the sandboxed page and the main process: `window.ewb.invoke(method,
// input)` over one IPC channel and `window.ewb.on(event)` for the app's events. Nothing else.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  APP_EVENTS,
  BRIDGE_KEY,
  IPC_EVENT_CHANNEL,
  IPC_INVOKE_CHANNEL,
  type AppEvent,
  type DesktopBridge,
} from '../../shared/bridge';

const bridge: DesktopBridge = {
  invoke: (method, input) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, method, input),
  on: (event, listener) => {
    if (!(APP_EVENTS as readonly string[]).includes(event)) {
      throw new Error(`Unknown app event "${String(event)}".`);
    }
    // The page never sees Electron's event object (it carries the sender and could leak ipcRenderer).
    const forward = (_event: IpcRendererEvent, name: AppEvent, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
