// The pieces every reference data list is built from: a toolbar with its Add button, a table
// whose last column holds each row's buttons, a row with Edit, optional moves and Delete, and the
// row's form or refusal shown under it.
import type { ReactNode } from 'react';
import { formatList } from '../../../../shared/format';
import { useDisclosure } from '../study-editing/form-support';
import { type ReferenceEditing, type RowAction, useRowAction } from './reference-editing';

type DeleteMethod =
  'outcome-groups/delete' | 'outcome-domains/delete' | 'approach-types/delete' | 'areas/delete';

/** A row's refusal, read out when it appears. */
export function RowError({ message }: { message: string | null }) {
  if (message === null) return null;
  return (
    <p className="field-error ref-row-error" role="alert">
      {message}
    </p>
  );
}

/** What a list is, and the button that opens its Add form (hidden while the form is open). */
export function ListToolbar({
  lead,
  addLabel,
  readOnly,
  open,
  show,
  opener,
}: {
  lead: string;
  addLabel: string;
  readOnly: boolean;
  open: boolean;
  show: () => void;
  opener: (element: HTMLButtonElement | null) => void;
}) {
  return (
    <div className="ref-toolbar">
      <p className="ref-toolbar__lead">{lead}</p>
      {!readOnly && !open && (
        <button type="button" className="button" ref={opener} aria-expanded={false} onClick={show}>
          {addLabel}
        </button>
      )}
    </div>
  );
}

/** A list's table: its headings, "In use", and a last column for the rows' buttons unless read-only. */
export function ReferenceTable({
  caption,
  headings,
  readOnly,
  className,
  children,
}: {
  caption: string;
  headings: readonly string[];
  readOnly: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className="table-scroll">
      <table className={`table table--compact ref-table${className === undefined ? '' : ` ${className}`}`}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {[...headings, 'In use'].map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
            {!readOnly && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** Edit (or Rename), any moves, and Delete for one row; the hidden words name what they act on. */
export function RowButtons({
  idPrefix,
  name,
  editWord = 'Edit',
  editOpen,
  onEdit,
  opener,
  pending,
  onDelete,
  moves,
}: {
  idPrefix: string;
  /** What the buttons act on, as read after their word: "Mentoring", "the group Education". */
  name: string;
  editWord?: string;
  editOpen: boolean;
  onEdit: () => void;
  opener: (element: HTMLButtonElement | null) => void;
  pending: boolean;
  onDelete: () => void;
  moves?: ReactNode;
}) {
  return (
    <>
      <button
        type="button"
        id={`${idPrefix}-edit`}
        className="button button--small"
        ref={opener}
        aria-expanded={editOpen}
        onClick={onEdit}
      >
        {editWord}
        <span className="visually-hidden"> {name}</span>
      </button>
      {moves}
      <button
        type="button"
        id={`${idPrefix}-delete`}
        className="button button--small button--quiet"
        disabled={pending}
        onClick={onDelete}
      >
        Delete<span className="visually-hidden"> {name}</span>
      </button>
    </>
  );
}

/** Up and Down, one place each; afterwards focus stays on the button used (or its twin at an end). */
export function MoveButtons({
  idPrefix,
  name,
  index,
  count,
  pending,
  onMove,
}: {
  idPrefix: string;
  name: string;
  index: number;
  count: number;
  pending: boolean;
  onMove: (position: number, focusIds: string[]) => void;
}) {
  const up = `${idPrefix}-up`;
  const down = `${idPrefix}-down`;
  return (
    <>
      <button
        type="button"
        id={up}
        className="button button--small button--quiet"
        disabled={index === 0 || pending}
        onClick={() => onMove(index - 1, [up, down])}
      >
        <span className="visually-hidden">Move {name} </span>
        Up
      </button>
      <button
        type="button"
        id={down}
        className="button button--small button--quiet"
        disabled={index === count - 1 || pending}
        onClick={() => onMove(index + 1, [down, up])}
      >
        <span className="visually-hidden">Move {name} </span>
        Down
      </button>
    </>
  );
}

/** One row of a list: its cells, its buttons, and under it its edit form or its refusal. */
export function ReferenceRow({
  edit,
  id,
  idPrefix,
  name,
  cells,
  usedBy,
  columns,
  remove,
  moves,
  form,
  whenRefused,
}: {
  edit: ReferenceEditing;
  id: string;
  idPrefix: string;
  name: string;
  /** The cells after the row's name. */
  cells: ReactNode;
  /** What uses the row, counted ("12 outcome results"); undefined when nothing does. */
  usedBy: readonly string[] | undefined;
  /** How many columns the table has, the buttons' included. */
  columns: number;
  remove: { method: DeleteMethod; done: string };
  moves?: (action: RowAction) => ReactNode;
  form: (close: () => void) => ReactNode;
  /** What to offer under a refusal (another way to reach the goal). */
  whenRefused?: ReactNode;
}) {
  const { open, show, close, opener } = useDisclosure();
  const action = useRowAction(edit);
  const error = action.errorFor(id);
  return (
    <>
      <tr>
        <th scope="row">{name}</th>
        {cells}
        <td className="ref-usage">
          {edit.usage === null ? (
            ''
          ) : usedBy === undefined ? (
            <span className="muted">Not used</span>
          ) : (
            formatList(usedBy)
          )}
        </td>
        {!edit.readOnly && (
          <td className="ref-actions">
            <RowButtons
              idPrefix={idPrefix}
              name={name}
              editOpen={open}
              onEdit={show}
              opener={opener}
              pending={action.pending}
              onDelete={() => void action.run(id, remove.method, { id, by: edit.actor.by }, remove.done)}
              moves={moves?.(action)}
            />
          </td>
        )}
      </tr>
      {(open || error !== null) && (
        <tr className="ref-row-detail">
          <td colSpan={columns}>
            <RowError message={error} />
            {error !== null && whenRefused}
            {open && form(close)}
          </td>
        </tr>
      )}
    </>
  );
}
