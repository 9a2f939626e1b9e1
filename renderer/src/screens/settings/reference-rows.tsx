// Which row's form is open in the unit costs and baseline rates tables (a new row's, or one row's
// edit form), with focus going back to the button that opened it when the form closes.
import { useState } from 'react';

export function useRowForms(prefix: string) {
  const [open, setOpen] = useState<string | null>(null);
  const openerId = (row: string) => `${prefix}-${row === 'new' ? 'add' : `edit-${row}`}`;
  const close = () => {
    const back = open;
    setOpen(null);
    if (back !== null) window.requestAnimationFrame(() => document.getElementById(openerId(back))?.focus());
  };
  return { open, show: setOpen, close, openerId };
}
