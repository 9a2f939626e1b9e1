// A signal that the open library was changed from this window (a form saved or deleted a record),
// so screens showing it reload; and where focus goes once the changed page is back.
const listeners = new Set<() => void>();
let pendingFocus: string | null = null;

/** Tells every listening screen to reload; `focusId` is focused once the page is shown again. */
export function announceLibraryChange(focusId?: string): void {
  pendingFocus = focusId ?? null;
  for (const listener of listeners) listener();
}

export function subscribeLibraryChanges(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The element id to focus after a reload (once: taking it clears it). */
export function takePendingFocus(): string | null {
  const id = pendingFocus;
  pendingFocus = null;
  return id;
}
