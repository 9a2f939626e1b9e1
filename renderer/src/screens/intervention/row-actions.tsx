// Edit, Delete and History for each row of a table of study records (outcome results, cost
// items). One panel at a time opens under the table, naming its record; closing it puts focus
// back on the button that opened it.
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { HistoryList } from '../editing/record-history';
import { DeleteConfirmation } from '../study-editing/delete-confirmation';
import { send } from '../study-editing/form-support';

type PanelKind = 'edit' | 'delete' | 'history';

export interface RowPanel {
  open: { kind: PanelKind; id: string } | null;
  toggle: (kind: PanelKind, id: string) => void;
  close: () => void;
  opener: (kind: PanelKind, id: string) => (element: HTMLButtonElement | null) => void;
}

export function useRowPanel(): RowPanel {
  const [open, setOpen] = useState<RowPanel['open']>(null);
  const openers = useRef(new Map<string, HTMLButtonElement>());
  const returnTo = useRef<string | null>(null);
  useEffect(() => {
    if (open !== null || returnTo.current === null) return;
    openers.current.get(returnTo.current)?.focus();
    returnTo.current = null;
  }, [open]);
  const close = useCallback(() => {
    setOpen((current) => {
      if (current !== null) returnTo.current = `${current.kind}:${current.id}`;
      return null;
    });
  }, []);
  const toggle = useCallback((kind: PanelKind, id: string) => {
    setOpen((current) => {
      if (current?.kind === kind && current.id === id) {
        returnTo.current = `${kind}:${id}`;
        return null;
      }
      return { kind, id };
    });
  }, []);
  const opener = useCallback(
    (kind: PanelKind, id: string) => (element: HTMLButtonElement | null) => {
      if (element === null) openers.current.delete(`${kind}:${id}`);
      else openers.current.set(`${kind}:${id}`, element);
    },
    [],
  );
  return { open, toggle, close, opener };
}

const panelId = (kind: PanelKind, id: string) => `row-${kind}-${id}`;

/** The three buttons of one row; `what` names the record ("outcome result: Reoffending"). */
export function RowActionButtons({ panel, id, what }: { panel: RowPanel; id: string; what: string }) {
  const button = (kind: PanelKind, label: string) => {
    const expanded = panel.open?.kind === kind && panel.open.id === id;
    return (
      <button
        type="button"
        className="button button--small button--quiet"
        ref={panel.opener(kind, id)}
        aria-expanded={expanded}
        aria-controls={expanded ? panelId(kind, id) : undefined}
        onClick={() => panel.toggle(kind, id)}
      >
        {label}
        <span className="visually-hidden">
          {kind === 'history' ? ' of ' : ' '}
          {what}
        </span>
      </button>
    );
  };
  return (
    <div className="row-actions">
      {button('edit', 'Edit')}
      {button('delete', 'Delete…')}
      {button('history', 'History')}
    </div>
  );
}

/** The open panel, if it belongs to one of `ids`: the form, the delete question or the history. */
export function RowPanelView({
  panel,
  entityType,
  nameOf,
  edit,
  remove,
}: {
  panel: RowPanel;
  /** The history's entity type: 'outcome_result', 'cost_item'. */
  entityType: string;
  /** The record's name by id (null when the id is not in this table). */
  nameOf: (id: string) => string | null;
  edit: (id: string) => ReactNode;
  /** How to ask before deleting: what the record is ("outcome result") and what follows. */
  remove: {
    method: 'outcome-results/delete' | 'cost-items/delete';
    noun: string;
    consequence: string;
    focusAfter: string;
  };
}) {
  const open = panel.open;
  const name = open === null ? null : nameOf(open.id);
  if (open === null || name === null) return null;
  return (
    <div className="study-panel" id={panelId(open.kind, open.id)}>
      {open.kind === 'edit' && edit(open.id)}
      {open.kind === 'delete' && (
        <DeleteConfirmation
          panelId={`delete-${open.id}`}
          title={`Delete the ${remove.noun} “${name}”?`}
          confirmLabel={`Delete ${remove.noun}`}
          remove={(by) => send(remove.method, { id: open.id, by, confirm: true })}
          focusAfter={remove.focusAfter}
          onKeep={panel.close}
        >
          {remove.consequence}
        </DeleteConfirmation>
      )}
      {open.kind === 'history' && (
        <section aria-labelledby={`${panelId(open.kind, open.id)}-title`}>
          <h4 id={`${panelId(open.kind, open.id)}-title`} className="study-form__title">
            History: {name}
          </h4>
          <HistoryList entityType={entityType} entityId={open.id} />
          <p className="study-form__actions">
            <button type="button" className="button button--small" onClick={panel.close}>
              Close history
            </button>
          </p>
        </section>
      )}
    </div>
  );
}
