// Saved views of a grid screen: save the grid as it is under a name, apply or delete one. Views
// are kept in the library per screen, so they survive a restart and travel with the file.
import type { GridApi } from 'ag-grid-community';
import { type FormEvent, useId, useState } from 'react';
import type { SavedView, ViewScreen } from '../../../shared/model/finding';
import { useLibraryInfo } from '../data/app-data';
import { useApiAction } from '../data/use-api-action';
import { useApiQuery } from '../data/use-api-query';
import { ToolbarPopover, usePopoverClose } from './toolbar-popover';
import { applyView, captureView, readView } from './view-state';

interface SavedViewsProps<TRow> {
  /** Which screen's views these are. */
  screen: ViewScreen;
  api: GridApi<TRow> | null;
  search: string;
  onApplySearch: (search: string) => void;
}

export function SavedViews<TRow>(props: SavedViewsProps<TRow>) {
  return (
    <ToolbarPopover label="Views" title="Saved views" className="saved-views">
      <ViewsPanel {...props} />
    </ToolbarPopover>
  );
}

function ViewsPanel<TRow>({ screen, api, search, onApplySearch }: SavedViewsProps<TRow>) {
  const close = usePopoverClose();
  const info = useLibraryInfo();
  const readOnly = info.readOnlyReason !== null;
  const views = useApiQuery('views/list', { screen });
  const save = useApiAction('views/save');
  const remove = useApiAction('views/delete');
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');
  const nameId = useId();
  const listId = useId();

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    if (api === null) return;
    const trimmed = name.trim();
    const saved = await save.run({ screen, name: trimmed, state: captureView(api, search) });
    if (saved === null) return;
    setName('');
    setMessage(`Saved the view “${trimmed}”.`);
    views.reload();
  };

  const onApply = (view: SavedView) => {
    const state = readView(view.state);
    if (api === null || state === null) {
      setMessage(`The view “${view.name}” could not be read.`);
      return;
    }
    applyView(api, state);
    onApplySearch(state.search);
    close();
  };

  const onDelete = async (view: SavedView) => {
    const result = await remove.run({ id: view.id });
    if (result === null) return;
    setMessage(`Deleted the view “${view.name}”.`);
    views.reload();
  };

  const error = save.error ?? remove.error;
  return (
    <div className="saved-views__panel">
      <h2 className="saved-views__title" id={listId}>
        Saved views
      </h2>
      {views.status === 'loading' && <p className="muted small">Loading saved views…</p>}
      {views.status === 'error' && (
        <p className="field-error" role="alert">
          The saved views could not be loaded: {views.error.message}
        </p>
      )}
      {views.status === 'ok' &&
        (views.value.length === 0 ? (
          <p className="muted small">No saved views yet.</p>
        ) : (
          <ul className="saved-views__list" aria-labelledby={listId}>
            {views.value.map((view) => (
              <li key={view.id} className="saved-views__item">
                <button
                  type="button"
                  className="button button--small button--quiet saved-views__apply"
                  aria-label={`Apply the view “${view.name}”`}
                  onClick={() => onApply(view)}
                >
                  {view.name}
                </button>
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-label={`Delete the view “${view.name}”`}
                  disabled={readOnly || remove.pending}
                  onClick={() => void onDelete(view)}
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
        ))}
      <form className="saved-views__save" onSubmit={(e) => void onSave(e)}>
        <label htmlFor={nameId} className="saved-views__label">
          Save the current columns, sort, filters and search as
        </label>
        <div className="saved-views__row">
          <input
            id={nameId}
            className="input input--small"
            value={name}
            maxLength={80}
            required
            disabled={readOnly}
            placeholder="View name"
            autoComplete="off"
            onChange={(e) => setName(e.target.value)}
          />
          <button
            type="submit"
            className="button button--small button--primary"
            disabled={readOnly || api === null || save.pending || name.trim() === ''}
          >
            Save view
          </button>
        </div>
        <p className="muted small">A view with the same name is replaced.</p>
      </form>
      {readOnly && <p className="muted small">This library is read-only, so views cannot be saved.</p>}
      {error !== null && (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      )}
      <p className="saved-views__message small" role="status">
        {message}
      </p>
    </div>
  );
}
