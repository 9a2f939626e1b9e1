// Describes the catalogue's active column filters in words, for the chips above the grid.
import type { FilterModel } from 'ag-grid-community';
import { formatAgeRange, formatInteger, formatMoney } from '../../../../shared/format';
import type { ReferenceData } from '../../../../shared/model/library';
import { STRAND_LABELS, type Strand, TIER_LABELS, type Tier } from '../../../../shared/model/vocabulary';
import { type AgeBandFilterModel, COLUMN } from '../../data/catalogue-query';
import { type FilterChip, chipCollector } from '../../grid/filter-chips';

export function describeFilters(filterModel: FilterModel, reference: ReferenceData): FilterChip[] {
  const approachNames = new Map(reference.approachTypes.map((a) => [a.id, a.name]));
  const areaNames = new Map(reference.areas.map((a) => [a.id, a.name]));
  const collect = chipCollector(filterModel);
  collect.text(COLUMN.name, 'Name');
  collect.values(COLUMN.approachType, 'Approach', (v) => approachNames.get(v) ?? v);
  collect.values(COLUMN.strand, 'Strand', (v) => STRAND_LABELS[v as Strand] ?? v);
  collect.values(COLUMN.tier, 'Tier', (v) => TIER_LABELS[v as Tier] ?? v);
  const ages = filterModel[COLUMN.ages] as AgeBandFilterModel | undefined;
  if (ages?.filterType === 'ageBand')
    collect.chips.push({ colId: COLUMN.ages, text: `Ages ${formatAgeRange(ages.min, ages.max)}` });
  collect.values(COLUMN.areas, 'Area', (v) => areaNames.get(v) ?? v);
  collect.number(COLUMN.evidence, 'Evidence standard', formatInteger);
  collect.number(COLUMN.evaluations, 'Evaluations', formatInteger);
  collect.number(COLUMN.cost, 'Cost per participant', (n) => formatMoney(n));
  return collect.chips;
}
