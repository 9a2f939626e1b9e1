// The button that unfolds how a figure was worked out, under it (a derivation, its inputs): it says
// whether it is open, names the region it opens, and tells a screen reader which figure it is for.
export function DisclosureButton({
  open,
  controls,
  label,
  subject,
  onToggle,
  id,
}: {
  open: boolean;
  /** The id of the region it shows (present only while open). */
  controls: string;
  /** What it unfolds, e.g. "How g was worked out". */
  label: string;
  /** Which figure or row it is for, read after the label by assistive technology. */
  subject: string;
  onToggle: () => void;
  id?: string;
}) {
  return (
    <button
      type="button"
      id={id}
      className="disclosure"
      aria-expanded={open}
      aria-controls={open ? controls : undefined}
      onClick={onToggle}
    >
      <span className="disclosure__icon" aria-hidden="true">
        {open ? '▾' : '▸'}
      </span>
      {label}
      <span className="visually-hidden">: {subject}</span>
    </button>
  );
}
