// Where figures come from: each citation's document, the field it supports, and the passage
// quoted from it.
import type { SourceCitationView } from '../../../../shared/model/catalogue';
import { fieldLabel } from '../../labels';

export function CitationList({ sources }: { sources: SourceCitationView[] }) {
  return (
    <ul className="citations">
      {sources.map((s, index) => (
        <li key={`${s.document}-${index}`} className="citation">
          <figure className="citation__figure">
            <blockquote className="citation__quote">
              <p>{s.passage}</p>
            </blockquote>
            <figcaption className="citation__caption">
              <cite className="citation__document">{s.documentTitle}</cite>
              {s.field !== undefined && (
                <span className="citation__field">Supports: {fieldLabel(s.field)}</span>
              )}
            </figcaption>
          </figure>
        </li>
      ))}
    </ul>
  );
}

/** Sources of one record (an evaluation or a cost item), folded away until asked for. */
export function FoldedSources({
  sources,
  label = 'Sources',
}: {
  sources: SourceCitationView[];
  label?: string;
}) {
  if (sources.length === 0) return null;
  return (
    <details className="folded-sources">
      <summary>
        {label} ({sources.length})
      </summary>
      <CitationList sources={sources} />
    </details>
  );
}
