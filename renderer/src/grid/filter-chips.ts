// Describes a grid's active column filters in words, for the chips above it: the pieces each
// screen's summary is built from (values chosen, a text condition, a number comparison).
import type { FilterModel, NumberFilterModel, TextFilterModel } from 'ag-grid-community';
import { formatShortList } from '../../../shared/format';
import type { ValuesFilterModel } from './grid-query';

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

/** Collects chips for one filter model, column by column, in the order they are asked for. */
export function chipCollector(filterModel: FilterModel) {
  const chips: FilterChip[] = [];
  return {
    chips,
    values(colId: string, label: string, name: (value: string) => string) {
      const model = filterModel[colId] as ValuesFilterModel | undefined;
      if (model?.filterType !== 'values' || model.values.length === 0) return;
      chips.push({ colId, text: `${label}: ${formatShortList(model.values.map(name), 2)}` });
    },
    text(colId: string, label: string) {
      const model = filterModel[colId] as TextFilterModel | undefined;
      if (model === undefined || typeof model.filter !== 'string' || model.filter === '') return;
      chips.push({ colId, text: `${label} ${TEXT_WORDS[model.type ?? ''] ?? 'contains'} “${model.filter}”` });
    },
    number(colId: string, label: string, show: (n: number) => string) {
      const model = filterModel[colId] as NumberFilterModel | undefined;
      const text = model === undefined ? null : describeNumber(label, model, show);
      if (text !== null) chips.push({ colId, text });
    },
  };
}
