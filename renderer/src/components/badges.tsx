// Small labels: the "Illustrative" marker every invented figure carries (text, never colour
// alone), and neutral tags.
import type { ReactNode } from 'react';
import { ILLUSTRATIVE_EXPLANATION, illustrativeNoteText } from '../../../shared/format/figure-text';

export function IllustrativeBadge({ compact = false }: { compact?: boolean }) {
  return (
    <span
      className={compact ? 'badge badge--illustrative badge--compact' : 'badge badge--illustrative'}
      title={ILLUSTRATIVE_EXPLANATION}
    >
      Illustrative
    </span>
  );
}

/** Shows the badge after a value when `illustrative` is set. */
export function MaybeIllustrative({ illustrative, compact }: { illustrative: boolean; compact?: boolean }) {
  return illustrative ? <IllustrativeBadge compact={compact ?? false} /> : null;
}

/** The note above a list that holds illustrative figures: what the badge on them means. */
export function IllustrativeNote({ what = 'Figures' }: { what?: string }) {
  return (
    <p className="illustrative-note" role="note">
      <span className="badge badge--illustrative">Illustrative</span>
      <span>{illustrativeNoteText(what)}</span>
    </p>
  );
}

export function Tag({
  children,
  tone = 'neutral',
}: {
  children: ReactNode;
  tone?: 'neutral' | 'accent' | 'success' | 'warning';
}) {
  return <span className={`tag tag--${tone}`}>{children}</span>;
}
