// What every editing form shares: the API's message for a field without its "field: " prefix, the
// error shown under a control, and the summary at the top of a form that links to each bad field.
import type { MouseEvent } from 'react';

/** The message for `field` as shown next to it: the "field: " prefix dropped, first letter capitalised. */
export function fieldMessage(field: string, message: string): string {
  const text = message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function FieldError({ id, message }: { id: string; message: string | null | undefined }) {
  if (message === null || message === undefined) return null;
  return (
    <p className="field-error" id={id}>
      {message}
    </p>
  );
}

/** Moves focus to a control by id; for a group (fieldset), to its first control. */
export function focusControl(id: string): void {
  const element = document.getElementById(id);
  if (element === null) return;
  const target =
    element instanceof HTMLFieldSetElement || element instanceof HTMLDivElement
      ? (element.querySelector<HTMLElement>('input, select, textarea, button') ?? element)
      : element;
  target.focus();
  target.scrollIntoView({ block: 'center' });
}

export interface SummaryItem {
  /** The id of the control the message is about. */
  controlId: string;
  label: string;
  message: string;
}

/** The errors of a submitted form, each a link that moves focus to its control. */
export function ErrorSummary({ items, title }: { items: SummaryItem[]; title: string }) {
  if (items.length === 0) return null;
  const follow = (event: MouseEvent<HTMLAnchorElement>, controlId: string) => {
    event.preventDefault(); // the address's hash is the route: keep it
    focusControl(controlId);
  };
  return (
    <div className="notice notice--error error-summary" role="alert">
      <p className="notice__title">{title}</p>
      <ul>
        {items.map((item) => (
          <li key={`${item.controlId}:${item.message}`}>
            <a href={`#${item.controlId}`} onClick={(e) => follow(e, item.controlId)}>
              {item.label}
            </a>
            : {item.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
