// The Compare screen's state in its address, so a comparison is a deep link: the need (outcome,
// ages, settings, tier, strand, area, budget) and the interventions chosen, as query parameters
// (`outcome=proven-reoffending&ages=12-17&ids=a,b,c`). Anything unreadable is left out, not guessed.
import { COMPARE_MAX, type CompareFilters } from '../../../../shared/model/compare';
import {
  SETTINGS,
  type Setting,
  STRANDS,
  type Strand,
  TIERS,
  type Tier,
} from '../../../../shared/model/vocabulary';

export interface CompareState {
  filters: CompareFilters;
  /** The interventions chosen to compare, in the order chosen. */
  ids: string[];
}

export const EMPTY_STATE: CompareState = { filters: {}, ids: [] };

function listOf<T extends string>(text: string | null, allowed: readonly T[]): T[] | undefined {
  if (text === null || text === '') return undefined;
  const values = text.split(',').filter((v): v is T => (allowed as readonly string[]).includes(v));
  return values.length === 0 ? undefined : values;
}

function ages(text: string | null): CompareFilters['ages'] {
  const match = text === null ? null : /^(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match === null) return undefined;
  const min = Number(match[1]);
  const max = Number(match[2]);
  return min <= max && max <= 30 ? { min, max } : undefined;
}

export function parseCompareQuery(query: string | undefined): CompareState {
  const params = new URLSearchParams(query ?? '');
  const text = (key: string) => {
    const value = params.get(key)?.trim() ?? '';
    return value === '' ? undefined : value;
  };
  const budget = Number(params.get('budget'));
  const filters: CompareFilters = {
    outcomeId: text('outcome'),
    ages: ages(params.get('ages')),
    settings: listOf<Setting>(params.get('settings'), SETTINGS),
    tier: listOf<Tier>(params.get('tier'), TIERS),
    strand: listOf<Strand>(params.get('strand'), STRANDS),
    areaId: text('area') === undefined ? undefined : [text('area') as string],
    maxCostPerParticipant: Number.isFinite(budget) && budget > 0 ? budget : undefined,
  };
  const ids = [...new Set((params.get('ids') ?? '').split(',').filter((id) => id !== ''))].slice(
    0,
    COMPARE_MAX,
  );
  return { filters: withoutBlanks(filters), ids };
}

/** The filters without the keys left unset, as the API and the address take them. */
export function withoutBlanks(filters: CompareFilters): CompareFilters {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as CompareFilters;
}

export function compareQuery({ filters, ids }: CompareState): string {
  const params = new URLSearchParams();
  if (filters.outcomeId !== undefined) params.set('outcome', filters.outcomeId);
  if (filters.ages !== undefined) params.set('ages', `${filters.ages.min}-${filters.ages.max}`);
  if (filters.settings !== undefined) params.set('settings', filters.settings.join(','));
  if (filters.tier !== undefined) params.set('tier', filters.tier.join(','));
  if (filters.strand !== undefined) params.set('strand', filters.strand.join(','));
  const area = filters.areaId?.[0];
  if (area !== undefined) params.set('area', area);
  if (filters.maxCostPerParticipant !== undefined)
    params.set('budget', String(filters.maxCostPerParticipant));
  if (ids.length > 0) params.set('ids', ids.join(','));
  return params.toString();
}
