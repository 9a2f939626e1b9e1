// The brief's sections in the order it shows them: each can be included or dropped and moved up
// or down with buttons (so the keyboard does everything a drag would), and every move is announced.
import { useState } from 'react';
import { BRIEF_SECTION_TITLES, type BriefSectionChoice } from '../../../../shared/model/brief';
import { FieldError } from '../../components/form-fields';

export function SectionOrder({
  id,
  sections,
  onChange,
  error,
}: {
  id: string;
  sections: BriefSectionChoice[];
  onChange: (sections: BriefSectionChoice[]) => void;
  error: string | null;
}) {
  const [announcement, setAnnouncement] = useState('');
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    const moving = sections[index];
    if (moving === undefined || target < 0 || target >= sections.length) return;
    const next = sections.filter((_, i) => i !== index);
    next.splice(target, 0, moving);
    onChange(next);
    setAnnouncement(
      `${BRIEF_SECTION_TITLES[moving.kind]} moved ${by < 0 ? 'up' : 'down'}: now ${target + 1} of ${sections.length}.`,
    );
    // The button pressed may now be disabled (at the top or bottom): keep focus on the moved row.
    window.requestAnimationFrame(() => {
      const row = document.getElementById(`${id}-${moving.kind}`);
      const button = row?.querySelector<HTMLButtonElement>(
        `[data-move="${by < 0 ? 'up' : 'down'}"]:not(:disabled)`,
      );
      (button ?? row?.querySelector<HTMLButtonElement>('button:not(:disabled)'))?.focus();
    });
  };
  const include = (index: number, included: boolean) =>
    onChange(sections.map((s, i) => (i === index ? { ...s, included } : s)));

  return (
    <fieldset
      id={id}
      className="section-order"
      aria-describedby={`${id}-hint${error !== null ? ` ${id}-error` : ''}`}
    >
      <legend className="field__label">Sections, in order</legend>
      <p className="field__hint muted small" id={`${id}-hint`}>
        Untick a section to leave it out; move sections up or down to change the order.
      </p>
      <ol className="section-order__list">
        {sections.map((section, index) => {
          const title = BRIEF_SECTION_TITLES[section.kind];
          return (
            <li
              key={section.kind}
              id={`${id}-${section.kind}`}
              className={
                section.included ? 'section-order__row' : 'section-order__row section-order__row--dropped'
              }
              data-section-kind={section.kind}
            >
              <label
                className="study-check section-order__include"
                htmlFor={`${id}-${section.kind}-included`}
              >
                <input
                  id={`${id}-${section.kind}-included`}
                  type="checkbox"
                  checked={section.included}
                  onChange={(e) => include(index, e.target.checked)}
                />
                <span>{title}</span>
              </label>
              <span className="section-order__moves">
                <button
                  type="button"
                  className="button button--small button--quiet"
                  data-move="up"
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  Up<span className="visually-hidden">: move {title} up</span>
                </button>
                <button
                  type="button"
                  className="button button--small button--quiet"
                  data-move="down"
                  disabled={index === sections.length - 1}
                  onClick={() => move(index, 1)}
                >
                  Down<span className="visually-hidden">: move {title} down</span>
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
