// How a change from the history reads: which record (by its name, whatever kind it is), which of
// its fields changed, when, and what an undo did.
import type { HistoryEntry } from '../../../../shared/model/editing';
import { fieldLabel } from '../../labels';

export const ACTION_WORDS: Record<HistoryEntry['action'], string> = {
  create: 'Created',
  update: 'Changed',
  delete: 'Deleted',
  import: 'Imported',
};

const ENTITY_WORDS: Record<string, string> = {
  outcome_result: 'outcome result',
  cost_item: 'cost item',
  rating_override: 'rating override',
  self_assessment: 'self-assessment',
  reference_import: 'references',
  library_merge: 'library merge',
  shortlist_entry: 'shortlist entry',
};

/** "outcome result" for 'outcome_result'. */
export function entityWord(entityType: string): string {
  return ENTITY_WORDS[entityType] ?? entityType.replace(/_/g, ' ');
}

/** Studies, results and cost items are kept with their parent's id: the record is inside. */
const SNAPSHOT_KEYS: Record<string, string> = {
  evaluation: 'evaluation',
  outcome_result: 'result',
  cost_item: 'item',
};

function recordIn(entityType: string, state: unknown): Record<string, unknown> {
  if (typeof state !== 'object' || state === null) return {};
  const key = SNAPSHOT_KEYS[entityType];
  const inner = key === undefined ? state : (state as Record<string, unknown>)[key];
  return typeof inner === 'object' && inner !== null ? (inner as Record<string, unknown>) : {};
}

/** The top-level fields whose values differ between two versions of a record. */
export function changedFields(entry: Pick<HistoryEntry, 'entityType' | 'before' | 'after'>): string[] {
  const b = recordIn(entry.entityType, entry.before);
  const a = recordIn(entry.entityType, entry.after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]));
}

const NAME_FIELDS = ['name', 'title', 'measureName', 'description', 'fileName'] as const;

/** The record's own name (or title, measure, description, file name), else its id. */
export function recordName(entry: HistoryEntry): string {
  for (const state of [entry.after, entry.before]) {
    const record = recordIn(entry.entityType, state);
    for (const field of NAME_FIELDS) {
      const value = record[field];
      if (typeof value === 'string' && value.trim() !== '') return value;
    }
  }
  return entry.entityId;
}

export function formatWhen(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime())
    ? at
    : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** The changed fields in words, for an update: " (Summary, Tags)"; '' otherwise. */
export function changedFieldsText(entry: HistoryEntry): string {
  const fields = entry.action === 'update' ? changedFields(entry) : [];
  return fields.length > 0 ? ` (${fields.map(fieldLabel).join(', ')})` : '';
}

/** The change in a phrase: "the change to intervention “Kickz” (Summary)". */
export function describeChange(entry: HistoryEntry): string {
  const verb = { create: 'creation of', update: 'change to', delete: 'deletion of', import: 'import of' }[
    entry.action
  ];
  // An import's history entry names what it brought in ("2 interventions from rows.csv").
  const what =
    entry.entityType === 'import'
      ? recordName(entry)
      : `${entityWord(entry.entityType)} “${recordName(entry)}”`;
  return `the ${verb} ${what}${changedFieldsText(entry)}`;
}

/** What an undo did, in a sentence for the status message. */
export function describeUndo(entry: HistoryEntry): string {
  return `Undone: ${describeChange(entry)} by ${entry.userName}.`;
}
