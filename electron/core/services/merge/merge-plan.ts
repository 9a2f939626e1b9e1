// Classifies every incoming record against the open library: matched by stable id, else by name
// and key fields (with references rewritten to the records they matched), then new, identical or
// conflicting, with the fields that differ.
import type { LibraryBundle } from '../../../../shared/model/bundle';
import type { FieldDifference, MergeItem, MergeKind } from '../../../../shared/model/merge';
import { type KindSpec, MERGE_KIND_SPECS, type Remap } from './merge-kinds';

export interface PlannedItem extends MergeItem {
  spec: KindSpec<object>;
  /** The incoming record with its references (and, when matched, its id) rewritten to the library's. */
  record: object;
}

/** Object keys in order, so two records with the same fields compare equal as JSON. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
  );
}

const shown = (value: unknown): string =>
  value === undefined || value === null
    ? '—'
    : typeof value === 'string'
      ? value
      : JSON.stringify(canonical(value));

function differences(mine: object, theirs: object): FieldDifference[] {
  const a = canonical(mine) as Record<string, unknown>;
  const b = canonical(theirs) as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .sort()
    .filter((field) => JSON.stringify(a[field]) !== JSON.stringify(b[field]))
    .map((field) => ({ field, mine: shown(a[field]), theirs: shown(b[field]) }));
}

export function planMerge(mine: LibraryBundle, theirs: LibraryBundle): PlannedItem[] {
  const matched = new Map<MergeKind, Map<string, string>>();
  const remap: Remap = (kind, id) => matched.get(kind)?.get(id) ?? id;
  const planned: PlannedItem[] = [];
  for (const spec of MERGE_KIND_SPECS) {
    const ids = new Map<string, string>();
    matched.set(spec.kind, ids);
    const existing = spec.records(mine);
    const byId = new Map(existing.map((r) => [spec.id(r), r]));
    const byName = new Map<string, object>();
    for (const r of existing) {
      const name = spec.nameKey(r);
      if (name !== null && !byName.has(name)) byName.set(name, r);
    }
    for (const incoming of spec.records(theirs)) {
      const theirId = spec.id(incoming);
      const remapped = spec.remap(incoming, remap);
      const id = spec.id(remapped);
      const name = spec.nameKey(remapped);
      const byOwnId = byId.get(id);
      const match = byOwnId ?? (name === null ? undefined : byName.get(name));
      const mineId = match === undefined ? null : spec.id(match);
      if (mineId !== null) ids.set(theirId, mineId);
      const record = mineId === null ? remapped : spec.withId(remapped, mineId);
      const compared = spec.compared ?? ((r: object) => r);
      const diff = match === undefined ? [] : differences(compared(match), compared(record));
      planned.push({
        key: `${spec.kind}:${theirId}`,
        kind: spec.kind,
        status: match === undefined ? 'new' : diff.length === 0 ? 'identical' : 'conflict',
        label: spec.label(incoming),
        matchedBy: match === undefined ? null : byOwnId !== undefined ? 'id' : 'name',
        mineId,
        differences: diff,
        spec,
        record,
      });
    }
  }
  return planned;
}
