// "What we don't know": each option's gaps as the comparison names them, evidence partly from
// outside the UK, and the gaps that hold for the whole brief (no local baseline rate, no unit cost
// of the outcome, options no longer in the library, illustrative data).
import { formatCount, formatList } from '../../../../shared/format';
import type { UnknownItem } from '../../../../shared/model/brief-document';
import type { LocalFigures } from '../../../../shared/model/compare';
import { type ComparedWithSources, isUkCountry } from '../compare';

export function optionUnknowns(c: ComparedWithSources): UnknownItem[] {
  const name = c.detail.name;
  const items: UnknownItem[] = c.compared.gaps.map((g) => ({
    intervention: name,
    kind: g.kind,
    text: g.text,
  }));
  const countries = c.detail.evaluations.map((e) => e.country);
  const outside = countries.filter((country) => country !== null && !isUkCountry(country));
  // With no UK evaluation at all the comparison's own gap says so; here the mix is named.
  if (outside.length > 0 && countries.some(isUkCountry)) {
    items.push({
      intervention: name,
      kind: 'non-uk-evidence',
      text: `${formatCount(outside.length, 'evaluation')} of ${countries.length} from outside the UK (${formatList([...new Set(outside as string[])])})`,
    });
  }
  return items;
}

export function briefWideUnknowns(
  local: LocalFigures,
  missing: readonly string[],
  illustrative: boolean,
): UnknownItem[] {
  const items: UnknownItem[] = [];
  const outcome = local.outcome?.name.toLowerCase() ?? 'the outcome';
  if (local.baselineRate === null)
    items.push({
      intervention: null,
      kind: 'no-outcome-evidence',
      text: `No local baseline rate of ${outcome}: changes at the baseline use the studies' comparison groups, where they report events.`,
    });
  if (local.unitCosts.length === 0)
    items.push({
      intervention: null,
      kind: 'no-cost-data',
      text: `No unit cost of ${outcome} in the library: benefits and benefit–cost ratios cannot be worked out.`,
    });
  for (const id of missing)
    items.push({
      intervention: null,
      kind: 'not-in-library',
      text: `${id} is no longer in the library: it was chosen for this brief and has since been deleted.`,
    });
  if (illustrative)
    items.push({
      intervention: null,
      kind: 'illustrative',
      text: 'Some figures rest on illustrative (invented) data: they are marked and are not evidence.',
    });
  return items;
}
