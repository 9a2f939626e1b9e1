// "Your name": who the history records for each change, kept in this browser's localStorage and
// shared by every form (asked for once, changeable at any time).
import { useCallback, useSyncExternalStore } from 'react';

const KEY = 'ewb.userName';
const listeners = new Set<() => void>();

function read(): string {
  try {
    return window.localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

export function saveUserName(name: string): void {
  try {
    window.localStorage.setItem(KEY, name.trim());
  } catch {
    // Storage refused (private mode): the name still goes with this change.
  }
  for (const listener of listeners) listener();
}

/** The stored name ('' when none yet) and a setter that stores it. */
export function useUserName(): [string, (name: string) => void] {
  const name = useSyncExternalStore(subscribe, read);
  const set = useCallback((value: string) => saveUserName(value), []);
  return [name, set];
}
