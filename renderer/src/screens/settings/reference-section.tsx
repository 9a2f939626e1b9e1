// One section of reference rows on the Library settings page (unit costs, baseline rates): its
// heading and intro, "Add …" opening the add form in place, the table with each row's own columns,
// its source (numbered, each long citation printed once under the table), Edit opening the row's
// form under it and Delete… asking first. Focus goes back to the button that opened a form.
import { Fragment, type ReactNode, useState } from 'react';
import { formatPartialDate } from '../../../../shared/format';
import { TextField } from '../../components/form-controls';
import { ConfirmDelete } from '../study-editing/confirm-delete';
import { controlId } from '../study-editing/form-support';

export interface ReferenceRow {
  id: string;
  source: string;
  sourceDate: string | null;
}

export interface ReferenceColumn<Row> {
  header: string;
  numeric?: boolean;
  cell: (row: Row) => ReactNode;
}

function useRowForms(prefix: string) {
  const [open, setOpen] = useState<string | null>(null);
  const openerId = (row: string) => `${prefix}-${row === 'new' ? 'add' : `edit-${row}`}`;
  const close = () => {
    const back = open;
    setOpen(null);
    if (back !== null) window.requestAnimationFrame(() => document.getElementById(openerId(back))?.focus());
  };
  return { open, show: setOpen, close, openerId };
}

function SourceList({ id, list }: { id: string; list: readonly string[] }) {
  if (list.length === 0) return null;
  return (
    <div className="source-list" id={id}>
      <h3 className="section-subheading">Sources</h3>
      <ol className="source-list__items small">
        {list.map((source) => (
          <li key={source}>{source}</li>
        ))}
      </ol>
    </div>
  );
}

export function ReferenceSection<Row extends ReferenceRow>({
  prefix,
  titleId,
  title,
  intro,
  what,
  rows,
  readOnly,
  rowHeader,
  columns,
  rowName,
  form,
  deleteMethod,
  deleteNote,
}: {
  /** Ids of the section's controls start with it; its rows carry it as data-{prefix}. */
  prefix: string;
  titleId: string;
  title: string;
  intro: ReactNode;
  /** "unit cost", "baseline rate". */
  what: string;
  rows: readonly Row[];
  readOnly: boolean;
  /** The first column, which names the row. */
  rowHeader: ReferenceColumn<Row>;
  columns: readonly ReferenceColumn<Row>[];
  rowName: (row: Row) => string;
  /** The add form (no row) or a row's edit form. */
  form: (row: Row | undefined, onClose: () => void) => ReactNode;
  deleteMethod: 'unit-costs/delete' | 'baseline-rates/delete';
  /** What deleting the row does to the figures. */
  deleteNote: string;
}) {
  const forms = useRowForms(prefix);
  const sources = [...new Set(rows.map((row) => row.source))];
  const span = columns.length + (readOnly ? 2 : 3);
  const numeric = (c: ReferenceColumn<Row>) => (c.numeric === true ? 'num' : undefined);
  return (
    <section className="record-section" aria-labelledby={titleId} data-section={prefix}>
      <h2 id={titleId} tabIndex={-1}>
        {title}
      </h2>
      <p className="muted small">{intro}</p>
      {!readOnly &&
        (forms.open === 'new' ? (
          <div className="study-panel">{form(undefined, forms.close)}</div>
        ) : (
          <p className="study-actions">
            <button
              type="button"
              id={forms.openerId('new')}
              className="button button--small"
              onClick={() => forms.show('new')}
            >
              Add {what}
            </button>
          </p>
        ))}
      {rows.length === 0 ? (
        <p className="muted">No {what}s yet.</p>
      ) : (
        <div className="table-scroll" role="region" aria-label={title} tabIndex={0}>
          <table className="table reference-table" id={`${prefix}-table`}>
            <caption className="visually-hidden">{title}, each with its source</caption>
            <thead>
              <tr>
                <th scope="col">{rowHeader.header}</th>
                {columns.map((c) => (
                  <th key={c.header} scope="col" className={numeric(c)}>
                    {c.header}
                  </th>
                ))}
                <th scope="col">Source (listed below)</th>
                {!readOnly && (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <Fragment key={row.id}>
                  <tr data-row={row.id}>
                    <th scope="row">{rowHeader.cell(row)}</th>
                    {columns.map((c) => (
                      <td key={c.header} className={numeric(c)}>
                        {c.cell(row)}
                      </td>
                    ))}
                    <td className="reference-table__source" data-field="source">
                      Source {sources.indexOf(row.source) + 1}
                      {row.sourceDate !== null && (
                        <span className="muted small block">{formatPartialDate(row.sourceDate)}</span>
                      )}
                    </td>
                    {!readOnly && (
                      <td className="reference-table__actions">
                        <button
                          type="button"
                          id={forms.openerId(row.id)}
                          className="button button--small button--quiet"
                          onClick={() => forms.show(row.id)}
                        >
                          Edit<span className="visually-hidden"> {rowName(row)}</span>
                        </button>
                        <ConfirmDelete
                          method={deleteMethod}
                          input={(by) => ({ id: row.id, by })}
                          panelId={`delete-${prefix}-${row.id}`}
                          name={rowName(row)}
                          question={`Delete the ${what} “${rowName(row)}”?`}
                          confirmLabel={`Delete ${what}`}
                          focusAfter={titleId}
                        >
                          {deleteNote} The change is recorded in the history and can be undone.
                        </ConfirmDelete>
                      </td>
                    )}
                  </tr>
                  {forms.open === row.id && (
                    <tr>
                      <td colSpan={span}>
                        <div className="study-panel">{form(row, forms.close)}</div>
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <SourceList id={`${prefix}-sources`} list={sources} />
    </section>
  );
}

/** "Where it comes from": the source of a reference figure and the date it was published. */
export function SourceFields({
  prefix,
  source,
  sourceDate,
  onSource,
  onSourceDate,
  errorOf,
  hint,
}: {
  prefix: string;
  source: string;
  sourceDate: string;
  onSource: (value: string) => void;
  onSourceDate: (value: string) => void;
  errorOf: (field: string) => string | null;
  /** An example of a good source for this kind of figure. */
  hint: string;
}) {
  return (
    <>
      <TextField
        wide
        id={controlId(prefix, 'source')}
        label="Source"
        value={source}
        onChange={onSource}
        error={errorOf('source')}
        hint={hint}
      />
      <TextField
        id={controlId(prefix, 'sourceDate')}
        label="Source date"
        value={sourceDate}
        onChange={onSourceDate}
        error={errorOf('sourceDate')}
        hint="Optional: YYYY, YYYY-MM or YYYY-MM-DD"
      />
    </>
  );
}
