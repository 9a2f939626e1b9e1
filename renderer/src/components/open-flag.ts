// Whether a dialog opened from anywhere (a shortcut, a button, the command palette) is open: one
// flag that any code can set and its host component watches.
import { useSyncExternalStore } from 'react';

export interface OpenFlag {
  set: (open: boolean) => void;
  get: () => boolean;
  /** The flag, re-rendering when it changes. */
  useOpen: () => boolean;
}

export function createOpenFlag(): OpenFlag {
  let open = false;
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const get = () => open;
  return {
    set: (next) => {
      if (open === next) return;
      open = next;
      for (const listener of listeners) listener();
    },
    get,
    useOpen: () => useSyncExternalStore(subscribe, get),
  };
}
