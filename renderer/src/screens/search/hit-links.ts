// Where a search hit leads: interventions and organisations to their page, evaluations to their
// link (their intervention's page at the evaluation).
import type { SearchHit, TextPart } from '../../../../shared/model/finding';
import { evaluationHref, interventionHref, navigate, organisationHref } from '../../routing/routes';

/** The address a hit opens, or null when it has no page of its own. */
export function hitHref(hit: SearchHit): string | null {
  if (hit.entityType === 'organisation') return organisationHref(hit.entityId);
  if (hit.interventionId === null) return null;
  return hit.entityType === 'evaluation'
    ? evaluationHref(hit.interventionId, hit.entityId)
    : interventionHref(hit.interventionId);
}

export function plainText(parts: TextPart[]): string {
  return parts.map((p) => p.text).join('');
}

/** Opens a hit's page; false when it has no page. */
export function openHit(hit: SearchHit): boolean {
  const href = hitHref(hit);
  if (href === null) return false;
  navigate(href);
  return true;
}
