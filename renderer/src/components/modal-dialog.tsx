// A modal <dialog> that asks before something consequential (undo a change, restore a backup): the
// page behind is inert, Escape closes it, and focus goes back where it was when it closes.
import { type ReactNode, useEffect, useRef } from 'react';

export function ModalDialog({
  id,
  title,
  describedBy,
  onClose,
  children,
  buttons,
}: {
  /** The title takes `${id}-title`. */
  id: string;
  title: string;
  describedBy?: string | undefined;
  onClose: () => void;
  children: ReactNode;
  buttons: ReactNode;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    returnFocus.current = document.activeElement;
    dialog?.showModal();
    return () => {
      dialog?.close();
      const previous = returnFocus.current;
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialogRef}
      id={id}
      className="palette modal-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={describedBy}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`} className="modal-dialog__title">
        {title}
      </h2>
      <div className="modal-dialog__body">{children}</div>
      <div className="modal-dialog__buttons">{buttons}</div>
    </dialog>
  );
}
