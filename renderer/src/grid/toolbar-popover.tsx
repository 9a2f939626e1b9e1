// A button that shows a small panel under it (a disclosure, not a menu, so the panel can hold
// checkboxes, buttons and a form). Escape or a click elsewhere closes it; Escape returns focus.
import { type ReactNode, createContext, useContext, useEffect, useId, useRef, useState } from 'react';

const CloseContext = createContext<() => void>(() => undefined);

/** Closes the popover the caller is in, returning focus to its button. */
export function usePopoverClose(): () => void {
  return useContext(CloseContext);
}

export function ToolbarPopover({
  label,
  title,
  className,
  children,
}: {
  label: ReactNode;
  /** The panel's accessible name. */
  title: string;
  className?: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && rootRef.current?.contains(event.target) !== true) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <div
      ref={rootRef}
      className={`toolbar-popover ${className ?? ''}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          close();
        }
      }}
      onBlur={(e) => {
        if (e.relatedTarget instanceof Node && rootRef.current?.contains(e.relatedTarget) !== true)
          setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
        <span aria-hidden="true" className="toolbar-popover__caret">
          ▾
        </span>
      </button>
      <section id={panelId} className="toolbar-popover__panel" aria-label={title} hidden={!open}>
        {open && <CloseContext.Provider value={close}>{children}</CloseContext.Provider>}
      </section>
    </div>
  );
}
