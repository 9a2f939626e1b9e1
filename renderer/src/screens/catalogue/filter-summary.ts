// Describes the active column filters in words, for the chips above the grid.
import type { FilterModel, NumberFilterModel, TextFilterModel } from 'ag-grid-community';
import { formatAgeRange, formatInteger, formatMoney, formatShortList } from '../../../../shared/format';
import type { ReferenceData } from '../../../../shared/model/library';
import { STRAND_LABELS, type Strand, TIER_LABELS, type Tier } from '../../../../shared/model/vocabulary';
import { type AgeBandFilterModel, COLUMN, type ValuesFilterModel } from '../../data/catalogue-query';

export interface FilterChip {
  colId: string;
  text: string;
}

const NUMBER_WORDS: Record<string, string> = {
  equals: '=',
  notEqual: '≠',
  lessThan: '<',
  lessThanOrEqual: '≤',
  greaterThan: '>',
  greaterThanOrEqual: '≥',
};

const TEXT_WORDS: Record<string, string> = {
  contains: 'contains',
  notContains: 'does not contain',
  equals: 'is',
  startsWith: 'starts with',
  endsWith: 'ends with',
};

function describeNumber(name: string, model: NumberFilterModel, show: (n: number) => string): string | null {
  const type = model.type ?? '';
  if (type === 'blank') return `${name}: not recorded`;
  if (type === 'notBlank') return `${name}: recorded`;
  if (typeof model.filter !== 'number') return null;
  if (type === 'inRange' && typeof model.filterTo === 'number') {
    return `${name} ${show(model.filter)} to ${show(model.filterTo)}`;
  }
  const word = NUMBER_WORDS[type];
  return word === undefined ? null : `${name} ${word} ${show(model.filter)}`;
}

export function describeFilters(filterModel: FilterModel, reference: ReferenceData): FilterChip[] {
  const chips: FilterChip[] = [];
  const approachNames = new Map(reference.approachTypes.map((a) => [a.id, a.name]));
  const areaNames = new Map(reference.areas.map((a) => [a.id, a.name]));
  const values = (colId: string, label: string, name: (v: string) => string) => {
    const model = filterModel[colId] as ValuesFilterModel | undefined;
    if (model?.filterType !== 'values' || model.values.length === 0) return;
    chips.push({ colId, text: `${label}: ${formatShortList(model.values.map(name), 2)}` });
  };
  const name = filterModel[COLUMN.name] as TextFilterModel | undefined;
  if (name !== undefined && typeof name.filter === 'string' && name.filter !== '') {
    chips.push({
      colId: COLUMN.name,
      text: `Name ${TEXT_WORDS[name.type ?? ''] ?? 'contains'} “${name.filter}”`,
    });
  }
  values(COLUMN.approachType, 'Approach', (v) => approachNames.get(v) ?? v);
  values(COLUMN.strand, 'Strand', (v) => STRAND_LABELS[v as Strand] ?? v);
  values(COLUMN.tier, 'Tier', (v) => TIER_LABELS[v as Tier] ?? v);
  const ages = filterModel[COLUMN.ages] as AgeBandFilterModel | undefined;
  if (ages?.filterType === 'ageBand')
    chips.push({ colId: COLUMN.ages, text: `Ages ${formatAgeRange(ages.min, ages.max)}` });
  values(COLUMN.areas, 'Area', (v) => areaNames.get(v) ?? v);
  const numbers: [string, string, (n: number) => string][] = [
    [COLUMN.evidence, 'Evidence standard', formatInteger],
    [COLUMN.evaluations, 'Evaluations', formatInteger],
    [COLUMN.cost, 'Cost per participant', (n) => formatMoney(n)],
  ];
  for (const [colId, label, show] of numbers) {
    const model = filterModel[colId] as NumberFilterModel | undefined;
    const text = model === undefined ? null : describeNumber(label, model, show);
    if (text !== null) chips.push({ colId, text });
  }
  return chips;
}
