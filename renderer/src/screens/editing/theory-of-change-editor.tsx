// The theory of change as five ordered lists (inputs → activities → outputs → short- and long-term
// outcomes) plus assumptions: items can be added, removed and moved, all by keyboard; focus
// follows the item that moved, and a new item's box takes focus.
import { useEffect, useRef } from 'react';
import { FieldError } from '../../components/form-fields';
import { controlId, rowKey, type TextItem, TOC_LISTS, type TocList } from './intervention-form-state';

type Theory = Record<TocList, TextItem[]>;

function move<T>(items: T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

export function TheoryOfChangeEditor({
  theory,
  onChange,
  errorFor,
}: {
  theory: Theory;
  onChange: (theory: Theory) => void;
  errorFor: (slot: string) => string | null;
}) {
  // After a move or an add, the control to focus once the list has re-rendered.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current === null) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });
  const setFocusId = (id: string) => {
    focusNext.current = id;
  };

  const setList = (list: TocList, items: TextItem[]) => onChange({ ...theory, [list]: items });

  return (
    <div className="toc-editor">
      {TOC_LISTS.map((list, listIndex) => {
        const items = theory[list.key];
        const groupSlot = `theoryOfChange.${list.key}`;
        const groupError = errorFor(groupSlot);
        return (
          <fieldset key={list.key} className="toc-editor__list" id={controlId(groupSlot)}>
            <legend className="toc-editor__title">
              {list.key === 'assumptions' ? '' : `${listIndex + 1}. `}
              {list.title}
            </legend>
            {items.length === 0 && <p className="muted small">None yet.</p>}
            <ol className="toc-editor__items">
              {items.map((item, index) => {
                const slot = `${groupSlot}.${index}`;
                const id = controlId(slot);
                const error = errorFor(slot);
                const name = `${list.item} ${index + 1}`;
                return (
                  <li key={item.key} className="toc-editor__item">
                    <label className="visually-hidden" htmlFor={id}>
                      {name}
                    </label>
                    <input
                      id={id}
                      className="input input--small toc-editor__input"
                      value={item.text}
                      autoComplete="off"
                      aria-invalid={error !== null}
                      aria-describedby={error !== null ? `${id}-error` : undefined}
                      onChange={(e) =>
                        setList(
                          list.key,
                          items.map((i) => (i.key === item.key ? { ...i, text: e.target.value } : i)),
                        )
                      }
                    />
                    <span className="row-buttons">
                      <button
                        type="button"
                        id={`toc-${item.key}-up`}
                        aria-label={`Move up: ${name}`}
                        className="button button--small"
                        disabled={index === 0}
                        onClick={() => {
                          setList(list.key, move(items, index, index - 1));
                          setFocusId(index - 1 === 0 ? `toc-${item.key}-down` : `toc-${item.key}-up`);
                        }}
                      >
                        <span aria-hidden="true">↑</span> Move up
                      </button>
                      <button
                        type="button"
                        id={`toc-${item.key}-down`}
                        aria-label={`Move down: ${name}`}
                        className="button button--small"
                        disabled={index === items.length - 1}
                        onClick={() => {
                          setList(list.key, move(items, index, index + 1));
                          setFocusId(
                            index + 1 === items.length - 1 ? `toc-${item.key}-up` : `toc-${item.key}-down`,
                          );
                        }}
                      >
                        <span aria-hidden="true">↓</span> Move down
                      </button>
                      <button
                        type="button"
                        aria-label={`Remove: ${name}`}
                        className="button button--small button--quiet"
                        onClick={() => {
                          setList(
                            list.key,
                            items.filter((i) => i.key !== item.key),
                          );
                          setFocusId(`toc-add-${list.key}`);
                        }}
                      >
                        Remove
                      </button>
                    </span>
                    <FieldError id={`${id}-error`} message={error} />
                  </li>
                );
              })}
            </ol>
            <button
              type="button"
              id={`toc-add-${list.key}`}
              className="button button--small"
              onClick={() => {
                const item = { key: rowKey(), text: '' };
                setList(list.key, [...items, item]);
                setFocusId(controlId(`${groupSlot}.${items.length}`));
              }}
            >
              Add {list.item.toLowerCase()}
            </button>
            <FieldError id={`${controlId(groupSlot)}-error`} message={groupError} />
          </fieldset>
        );
      })}
    </div>
  );
}
