// What a figure needs that the library does not have, as the core said it, each with a link to
// where it is supplied (Library settings, the cost items on the Overview, or the Evidence tab).
// A missing figure is shown as missing, never as zero.
import type { MissingInput } from '../../../../shared/model/value';
import { hrefFor, interventionHref } from '../../routing/routes';

function whereLink(where: MissingInput['where'], interventionId: string): { href: string; text: string } {
  switch (where) {
    case 'library-settings':
      return { href: hrefFor({ screen: 'settings' }), text: 'Open Library settings' };
    case 'cost-items':
      return { href: interventionHref(interventionId, 'overview'), text: 'Edit the cost items (Overview)' };
    case 'evidence':
      return { href: interventionHref(interventionId, 'evidence'), text: 'See the Evidence tab' };
  }
}

export function MissingInputs({
  missing,
  interventionId,
}: {
  missing: readonly MissingInput[];
  interventionId: string;
}) {
  return (
    <ul className="missing-inputs">
      {missing.map((m) => {
        const link = whereLink(m.where, interventionId);
        return (
          <li key={`${m.input}/${m.recordId ?? ''}`} data-missing={m.input}>
            <span data-field="needed">{m.needed}</span> <a href={link.href}>{link.text}</a>
          </li>
        );
      })}
    </ul>
  );
}

/** The word shown where a figure would be: text, not colour alone. */
export function MissingValue() {
  return (
    <span className="missing-value" data-field="missing">
      Missing
    </span>
  );
}
