// The author's rich text in a brief: a labelled textarea of restricted Markdown with a small
// formatting toolbar, and a live preview drawn from the same parser every export uses (as React
// elements, so what is typed is only ever text).
import { useRef } from 'react';
import { parseRichText } from '../../../../shared/format/rich-text';
import { FieldError } from '../../components/form-fields';
import { RichText } from '../../components/rich-text';
import { applyFormat, FORMAT_LABELS, FORMATS, type Format } from './rich-text-editing';

const FORMAT_MARKS: Record<Format, string> = {
  heading: 'H',
  bold: 'B',
  italic: 'I',
  bulleted: '•',
  numbered: '1.',
  link: 'Link',
};

const HINT =
  'Headings start with #, lists with - or 1.; **bold**, _italics_ and [words](https://…) for links.';

export function RichTextField({
  id,
  label,
  value,
  onChange,
  error,
  labelPrefix,
}: {
  id: string;
  label: string;
  /** Words of the label only assistive technology needs (a visible heading shows them). */
  labelPrefix?: string;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
}) {
  const area = useRef<HTMLTextAreaElement>(null);
  const format = (kind: Format) => {
    const element = area.current;
    if (element === null) return;
    const edited = applyFormat(value, element.selectionStart, element.selectionEnd, kind);
    onChange(edited.text);
    // Once React has put the new text in, select what the author types next.
    window.requestAnimationFrame(() => {
      element.focus();
      element.setSelectionRange(edited.selectionStart, edited.selectionEnd);
    });
  };
  const blocks = parseRichText(value);
  const fullLabel = labelPrefix === undefined ? label : `${labelPrefix}: ${label}`;
  return (
    <div className="field rich-text-field">
      <label className="field__label" htmlFor={id}>
        {labelPrefix !== undefined && <span className="visually-hidden">{labelPrefix}: </span>}
        {label}
      </label>
      <div
        className="rich-text-field__toolbar"
        role="toolbar"
        aria-label={`Formatting: ${fullLabel}`}
        aria-controls={id}
      >
        {FORMATS.map((kind) => (
          <button
            key={kind}
            type="button"
            className={`button button--small rich-text-field__button rich-text-field__button--${kind}`}
            aria-label={FORMAT_LABELS[kind]}
            title={FORMAT_LABELS[kind]}
            onClick={() => format(kind)}
          >
            {FORMAT_MARKS[kind]}
          </button>
        ))}
      </div>
      <div className="rich-text-field__panes">
        <textarea
          id={id}
          ref={area}
          className="input rich-text-field__input"
          rows={6}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error !== null}
          aria-describedby={`${id}-hint${error !== null ? ` ${id}-error` : ''}`}
        />
        <section className="rich-text-field__preview" aria-label={`Preview: ${fullLabel}`} data-preview={id}>
          {blocks.length === 0 ? (
            <p className="muted small">Nothing written yet.</p>
          ) : (
            <RichText blocks={blocks} baseLevel={4} />
          )}
        </section>
      </div>
      <p className="field__hint muted small" id={`${id}-hint`}>
        {HINT}
      </p>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
