// "Delete…" that asks first: the opener button, then the shared confirmation panel, which deletes
// through the given API method and reloads the page on success.
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { MethodInput, MethodName } from '../../../../shared/api';
import { DeleteConfirmation } from './delete-confirmation';
import { send } from './form-support';

type DeleteMethod = Extract<MethodName, `${string}/delete`>;

export function ConfirmDelete<M extends DeleteMethod>({
  method,
  input,
  panelId,
  name,
  question,
  children,
  confirmLabel,
  focusAfter,
}: {
  method: M;
  /** The method's input without `by`, which the user supplies here. */
  input: (by: string) => MethodInput<M>;
  panelId: string;
  /** The record's name, read after "Delete…" by assistive technology. */
  name: string;
  question: string;
  /** What goes with it, and that it can be undone. */
  children: ReactNode;
  confirmLabel: string;
  /** The element to focus once the page has reloaded. */
  focusAfter: string;
}) {
  const [asking, setAsking] = useState(false);
  const [closed, setClosed] = useState(false);
  const openerRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!asking && closed) openerRef.current?.focus();
  }, [asking, closed]);

  if (!asking) {
    return (
      <button
        type="button"
        className="button button--small button--quiet"
        ref={openerRef}
        aria-expanded={false}
        aria-controls={panelId}
        onClick={() => setAsking(true)}
      >
        Delete…<span className="visually-hidden"> {name}</span>
      </button>
    );
  }
  return (
    <DeleteConfirmation
      panelId={panelId}
      title={question}
      confirmLabel={confirmLabel}
      remove={(by) => send(method, input(by))}
      focusAfter={focusAfter}
      onKeep={() => {
        setAsking(false);
        setClosed(true);
      }}
    >
      {children}
    </DeleteConfirmation>
  );
}
