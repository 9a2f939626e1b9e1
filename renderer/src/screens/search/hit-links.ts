// Where a search hit leads: interventions and organisations to their page, evaluations to their
// intervention's page scrolled to the evaluation.
import type { SearchHit, TextPart } from '../../../../shared/model/finding';
import { interventionHref, navigate, organisationHref } from '../../routing/routes';

/** The address a hit opens, or null when it has no page of its own. */
export function hitHref(hit: SearchHit): string | null {
  if (hit.entityType === 'organisation') return organisationHref(hit.entityId);
  return hit.interventionId === null ? null : interventionHref(hit.interventionId);
}

export function plainText(parts: TextPart[]): string {
  return parts.map((p) => p.text).join('');
}

const SCROLL_WAIT_MS = 5000;

/**
 * Brings an evaluation on its intervention's page into view once the page has rendered it. The
 * address is the route (hash routing), so a plain `#evaluation-…` anchor cannot do this.
 */
export function revealEvaluation(evaluationId: string): void {
  const elementId = `evaluation-${evaluationId}`;
  const reveal = (): boolean => {
    const heading = document.getElementById(elementId);
    if (heading === null) return false;
    const article = heading.closest('article') ?? heading;
    article.scrollIntoView({ block: 'start' });
    article.classList.add('evaluation--found');
    return true;
  };
  const observer = new MutationObserver(() => {
    if (reveal()) stop();
  });
  const timer = window.setTimeout(() => stop(), SCROLL_WAIT_MS);
  function stop() {
    observer.disconnect();
    window.clearTimeout(timer);
  }
  // After the app has moved focus to the new screen (which scrolls it to the top).
  window.setTimeout(() => {
    if (reveal()) stop();
    else observer.observe(document.body, { childList: true, subtree: true });
  }, 0);
}

/** Opens a hit's page (and its evaluation, for an evaluation); false when it has no page. */
export function openHit(hit: SearchHit): boolean {
  const href = hitHref(hit);
  if (href === null) return false;
  navigate(href);
  if (hit.entityType === 'evaluation') revealEvaluation(hit.entityId);
  return true;
}
