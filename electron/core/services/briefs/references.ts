// The brief's references: every evaluation of its options, cited, with its address where the
// library has one (a URL, else its DOI as a link).
import type { BriefReference } from '../../../../shared/model/brief-document';
import { isSafeLink } from '../../../../shared/format/rich-text';
import type { EvaluationView, InterventionDetail } from '../../../../shared/model/catalogue';

export function citation(e: EvaluationView): string {
  const who = e.authors ?? e.evaluator?.name ?? 'Unknown author';
  const year = e.year === null ? 'n.d.' : String(e.year);
  const by = e.evaluator !== null && e.authors !== null ? ` ${e.evaluator.name}.` : '';
  return `${who} (${year}) ${e.title}.${by}`;
}

/** Its address as a link every format may print: http(s) only, as the author's links. */
function linkOf(e: EvaluationView): string | null {
  const url = e.url ?? (e.doi === null ? null : `https://doi.org/${e.doi}`);
  return url !== null && isSafeLink(url) ? url : null;
}

export function briefReferences(details: readonly InterventionDetail[]): BriefReference[] {
  const byId = new Map<string, BriefReference>();
  for (const d of details) {
    for (const e of d.evaluations) {
      const held = byId.get(e.id);
      if (held !== undefined) {
        held.interventions.push(d.name);
        continue;
      }
      byId.set(e.id, {
        id: e.id,
        citation: citation(e),
        url: linkOf(e),
        interventions: [d.name],
      });
    }
  }
  return [...byId.values()].sort((a, b) => a.citation.localeCompare(b.citation));
}
