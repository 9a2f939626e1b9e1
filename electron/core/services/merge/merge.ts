// Merging a bundle or another library into the open library: a preview of what is new, identical
// and conflicting, then the merge itself in one transaction, each record it writes in the change
// history with where it came from, and one entry for the whole merge that undo reverses.
import { ApiFailure } from '../../../../shared/errors';
import {
  type MergeApplied,
  type MergeChoice,
  MERGE_ENTITY_TYPE,
  type MergePreview,
  type MergeSourceInfo,
  type MergeState,
} from '../../../../shared/model/merge';
import type { Library } from '../../library';
import { recordChange } from '../../repos/change-history';
import { checkBundleReferences } from '../bundle-import';
import { refreshCostSummary } from '../cost-summary';
import { exportLibraryBundle } from '../library-bundle';
import { type PlannedItem, planMerge } from './merge-plan';
import type { ReadSource } from './merge-source';

function plan(library: Library, source: ReadSource): PlannedItem[] {
  checkBundleReferences(library, source.bundle);
  return planMerge(exportLibraryBundle(library.db), source.bundle);
}

export function previewMerge(library: Library, source: ReadSource): MergePreview {
  const items = plan(library, source);
  const count = (status: PlannedItem['status']) => items.filter((i) => i.status === status).length;
  return {
    source: source.info,
    counts: { new: count('new'), identical: count('identical'), conflict: count('conflict') },
    items: items
      .filter((i) => i.status !== 'identical')
      .map(({ spec: _spec, record: _record, ...item }) => item),
  };
}

/** "bundle “x.json” (library “Name”, exported 2026-11-26T…)": what the history says a change came from. */
export function provenance(info: MergeSourceInfo): string {
  const what = info.kind === 'bundle' ? 'bundle' : 'library file';
  const exported = info.exportedAt === null ? '' : `, exported ${info.exportedAt}`;
  return `${what} “${info.fileName}” (library “${info.libraryName}”${exported})`;
}

/** Every conflict needs a choice, and every choice a conflict (a stale screen is refused). */
function checkChoices(items: readonly PlannedItem[], choices: Record<string, MergeChoice>): void {
  const conflicts = new Set(items.filter((i) => i.status === 'conflict').map((i) => i.key));
  for (const key of conflicts) {
    if (choices[key] === undefined)
      throw new ApiFailure(
        'INVALID_INPUT',
        `choices.${key}: choose keep mine or take theirs`,
        `choices.${key}`,
      );
  }
  for (const key of Object.keys(choices)) {
    if (!conflicts.has(key))
      throw new ApiFailure(
        'INVALID_INPUT',
        `choices.${key}: there is no such conflict in this merge`,
        `choices.${key}`,
      );
  }
}

export function applyMerge(
  library: Library,
  source: ReadSource,
  input: { choices: Record<string, MergeChoice>; by: string },
): MergeApplied {
  return library.write(() => {
    const db = library.db;
    const items = plan(library, source);
    checkChoices(items, input.choices);
    const note = `Merged from ${provenance(source.info)}`;
    const changes: number[] = [];
    const costsOf = new Set<string>();
    const counts = { added: 0, replaced: 0, kept: 0, identical: 0 };
    for (const item of items) {
      if (item.status === 'identical') counts.identical++;
      if (item.status === 'conflict' && input.choices[item.key] === 'mine') counts.kept++;
      const writing =
        item.status === 'new' || (item.status === 'conflict' && input.choices[item.key] === 'theirs');
      if (!writing) continue;
      const { spec, record: incoming } = item;
      const id = spec.id(incoming);
      const existing = item.status === 'conflict';
      const before = existing ? spec.snapshot(db, id) : null;
      const record = (after: unknown) =>
        recordChange(db, {
          userName: input.by,
          entityType: spec.kind,
          entityId: id,
          action: 'import',
          before,
          after,
          note,
        });
      if (spec.stateOf === undefined) {
        spec.write(db, incoming, existing, null);
        changes.push(record(spec.snapshot(db, id)));
      } else {
        const changeId = record(spec.stateOf(incoming));
        spec.write(db, incoming, existing, changeId);
        changes.push(changeId);
      }
      if (existing) counts.replaced++;
      else counts.added++;
      if (spec.kind === 'cost_item' && 'interventionId' in incoming)
        costsOf.add(String(incoming.interventionId));
    }
    for (const interventionId of costsOf) refreshCostSummary(db, interventionId);
    if (changes.length === 0) return { changeId: null, ...counts };
    const state: MergeState = {
      name: source.info.fileName,
      source: source.info,
      counts,
      changes,
    };
    const changeId = recordChange(db, {
      userName: input.by,
      entityType: MERGE_ENTITY_TYPE,
      entityId: new Date().toISOString(),
      action: 'import',
      before: null,
      after: state,
      note,
    });
    return { changeId, ...counts };
  });
}
