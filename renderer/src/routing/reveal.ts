// Brings a study (or one of its outcome results) on an intervention's page into view and focus once
// the page has rendered it. The address is the route (hash routing), so a plain `#evaluation-…`
// anchor cannot do this.
import type { RecordFocus } from './routes';

const WAIT_MS = 5000;

function revealNow(focus: RecordFocus): boolean {
  const heading = document.getElementById(`evaluation-${focus.evaluationId}`);
  if (heading === null) return false;
  const article = heading.closest('article') ?? heading;
  const row =
    focus.outcomeResultId === undefined
      ? null
      : article.querySelector(`[data-outcome-result="${CSS.escape(focus.outcomeResultId)}"]`);
  // Only the record the address names stays marked (moving between studies keeps the page).
  for (const marked of document.querySelectorAll('.evaluation--found, .outcome-row--found'))
    marked.classList.remove('evaluation--found', 'outcome-row--found');
  // Focus the study's heading (screen readers announce it), then show the result row, if any.
  heading.focus({ preventScroll: true });
  article.classList.add('evaluation--found');
  if (row !== null) row.classList.add('outcome-row--found');
  (row ?? article).scrollIntoView({ block: row === null ? 'start' : 'center' });
  return true;
}

/** Reveals the focused record when it appears; returns a function that stops waiting. */
export function revealRecord(focus: RecordFocus): () => void {
  const observer = new MutationObserver(() => {
    if (revealNow(focus)) stop();
  });
  const timer = window.setTimeout(() => stop(), WAIT_MS);
  function stop() {
    observer.disconnect();
    window.clearTimeout(timer);
    window.clearTimeout(start);
  }
  // After the app has moved focus to the new screen (which scrolls it to the top).
  const start = window.setTimeout(() => {
    if (revealNow(focus)) stop();
    else observer.observe(document.body, { childList: true, subtree: true });
  }, 0);
  return stop;
}
