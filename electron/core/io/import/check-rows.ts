// Turns each row's cells into a record and checks it as the forms and the API do: text to numbers,
// yes/no and choices; names of approach types, areas, outcomes and parent records to their ids;
// then the entity's own zod schema. Every problem is named by row, column and the field's message.
import type { Database } from 'better-sqlite3';
import { restoreFormulaText } from '../../../../shared/format/csv';
import type { ColumnMapping, ImportEntity, ImportError, PreviewRow } from '../../../../shared/model/import';
import { namedRows, type NamedRow, outcomeDirections, recordIds } from '../../repos/import-mappings';
import { ENTITY_SPECS, type FieldSpec, type ReferenceList, STAT_FIELDS, STAT_SCHEMA_KEYS } from './fields';
import type { SourceRow, SourceTable } from './source-table';

/** Past this many errors a report stops listing them (the file needs fixing as a whole). */
export const MAX_ERRORS = 10_000;
export const PREVIEW_ROWS = 20;
/** Rows checked between yields to the event loop, so progress is reported and cancel is heard. */
const BATCH = 500;

const LIST_NOUNS: Record<ReferenceList, string> = {
  approachTypes: 'approach type',
  areas: 'area',
  outcomes: 'outcome',
  organisations: 'organisation',
  interventions: 'intervention',
  evaluations: 'evaluation',
};

/** Finds a record by its id, or by its name when that name is not shared. */
class Lookup {
  private readonly ids = new Set<string>();
  private readonly names = new Map<string, string[]>();

  constructor(
    rows: readonly NamedRow[],
    private readonly noun: string,
  ) {
    for (const r of rows) {
      this.ids.add(r.id);
      const key = r.name.trim().toLowerCase();
      this.names.set(key, [...(this.names.get(key) ?? []), r.id]);
    }
  }

  find(text: string): { id: string } | { error: string } {
    if (this.ids.has(text)) return { id: text };
    const ids = this.names.get(text.toLowerCase()) ?? [];
    if (ids.length === 1 && ids[0] !== undefined) return { id: ids[0] };
    if (ids.length > 1) return { error: `more than one ${this.noun} is called “${text}”: give its id` };
    return { error: `unknown ${this.noun} “${text}”` };
  }
}

/** What rows are checked against: the library's records as they are before the import. */
export interface CheckContext {
  entity: ImportEntity;
  by: string;
  lookups: Map<ReferenceList, Lookup>;
  directions: Map<string, boolean>;
  takenIds: Set<string>;
}

export function checkContext(db: Database, entity: ImportEntity, by: string): CheckContext {
  const spec = ENTITY_SPECS[entity];
  const lookups = new Map<ReferenceList, Lookup>();
  for (const f of spec.fields) {
    if (f.reference !== undefined && !lookups.has(f.reference)) {
      lookups.set(f.reference, new Lookup(namedRows(db, f.reference), LIST_NOUNS[f.reference]));
    }
  }
  return { entity, by, lookups, directions: outcomeDirections(db), takenIds: recordIds(db, spec.table) };
}

interface Binding {
  column: string;
  index: number;
  field: FieldSpec;
}

const BOOLEANS: Record<string, boolean> = {
  yes: true,
  y: true,
  true: true,
  '1': true,
  no: false,
  n: false,
  false: false,
  '0': false,
};
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

type Converted = { value: unknown } | { error: string };

const comparable = (text: string) => text.trim().toLowerCase().replace(/\s+/g, '-');

/**
 * A choice matched by its value or by the label the app shows for it ("Engagement",
 * "Randomised controlled trial"), ignoring case and with spaces for hyphens ("Youth justice").
 */
function choice(text: string, f: FieldSpec): Converted {
  const choices = f.choices ?? [];
  const norm = comparable(text);
  const found = choices.find(
    (c) => comparable(c) === norm || (f.labels?.[c] !== undefined && comparable(f.labels[c]) === norm),
  );
  return found === undefined
    ? { error: `must be one of ${choices.join(', ')} (not “${text}”)` }
    : { value: found };
}

/** Yes or no, or the words the app writes for them ("Independent", "Lower is better"). */
function yesOrNo(text: string, f: FieldSpec): Converted {
  const norm = text.toLowerCase();
  const [yes, no] = (f.words ?? []).map((w) => w.toLowerCase());
  const b = BOOLEANS[norm] ?? (norm === yes ? true : norm === no ? false : undefined);
  if (b !== undefined) return { value: b };
  const words = f.words === undefined ? '' : ` (or ${f.words.join(' or ')})`;
  return { error: `must be yes or no${words} (not “${text}”)` };
}

function convert(context: CheckContext, f: FieldSpec, text: string): Converted {
  const resolve = (t: string): Converted => {
    const found = context.lookups.get(f.reference as ReferenceList)?.find(t);
    return found === undefined || 'error' in found
      ? { error: found?.error ?? 'unknown' }
      : { value: found.id };
  };
  switch (f.kind) {
    case 'text':
      return { value: text };
    case 'number':
    case 'integer': {
      if (!NUMBER.test(text)) return { error: `must be a number (not “${text}”)` };
      const n = Number(text);
      return f.kind === 'integer' && !Number.isInteger(n)
        ? { error: `must be a whole number (not ${text})` }
        : { value: n };
    }
    case 'boolean':
      return yesOrNo(text, f);
    case 'choice':
      return choice(text, f);
    case 'reference':
      return resolve(text);
    case 'list': {
      const items = text
        .split(';')
        .map((t) => t.trim())
        .filter((t) => t !== '');
      if (f.reference === undefined && f.choices === undefined) return { value: items };
      const ids: string[] = [];
      for (const item of items) {
        const found = f.reference === undefined ? choice(item, f) : resolve(item);
        if ('error' in found) return found;
        ids.push(found.value as string);
      }
      return { value: ids };
    }
  }
}

const article = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

/** The field a schema issue's path points at (statistics sit under `stats`). */
function fieldOfPath(path: readonly PropertyKey[]): string {
  const [head, next] = path;
  if (head === 'stats' && typeof next === 'string') {
    return Object.entries(STAT_SCHEMA_KEYS).find(([, k]) => k === next)?.[0] ?? next;
  }
  return String(head ?? '');
}

/** An outcome result's statistics, gathered under `stats` as its data type wants them. */
function withStats(candidate: Record<string, unknown>): Record<string, unknown> {
  const keys = STAT_FIELDS[String(candidate.dataType)] ?? [];
  const stats: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(candidate)) {
    if (keys.includes(k)) stats[STAT_SCHEMA_KEYS[k] ?? k] = v;
    else if (!Object.values(STAT_FIELDS).some((list) => list.includes(k))) rest[k] = v;
  }
  return { ...rest, stats };
}

export interface CheckedRow {
  row: number;
  /** The record as the schema gave it back, ready to write; null when the row has errors. */
  value: Record<string, unknown> | null;
  errors: ImportError[];
}

/** One row: its record, or every problem with it. */
export function checkRow(
  context: CheckContext,
  bindings: readonly Binding[],
  source: SourceRow,
  seenIds: Set<string>,
): CheckedRow {
  const spec = ENTITY_SPECS[context.entity];
  const errors: ImportError[] = [];
  const columnOf = new Map(bindings.map((b) => [b.field.key, b.column]));
  const fail = (key: string, message: string) =>
    errors.push({
      row: source.row,
      column: columnOf.get(key) ?? spec.fields.find((f) => f.key === key)?.label ?? null,
      field: key === '' ? null : key,
      message,
    });
  let candidate: Record<string, unknown> = { by: context.by };
  for (const b of bindings) {
    const text = restoreFormulaText((source.cells[b.index] ?? '').trim());
    if (text === '') continue;
    const converted = convert(context, b.field, text);
    if ('error' in converted) fail(b.field.key, converted.error);
    else candidate[b.field.key] = converted.value;
  }
  if (spec.fields.some((f) => f.key === 'illustrative')) candidate.illustrative ??= false;
  if (context.entity === 'outcome-results') {
    if (candidate.higherIsBetter === undefined && typeof candidate.outcomeId === 'string') {
      candidate.higherIsBetter = context.directions.get(candidate.outcomeId);
    }
    candidate = withStats(candidate);
  }
  const failed = new Set(errors.map((e) => e.field));
  // A direction left to an outcome that could not be found is not a second problem.
  if (failed.has('outcomeId')) failed.add('higherIsBetter');
  const parsed = spec.schema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = fieldOfPath(issue.path);
      if (!failed.has(key)) fail(key, issue.message);
      failed.add(key);
    }
  }
  const id = candidate.id;
  if (typeof id === 'string' && !failed.has('id')) {
    if (context.takenIds.has(id)) fail('id', `the library already has ${article(spec.noun)} with id “${id}”`);
    else if (seenIds.has(id)) fail('id', `another row already has id “${id}”`);
    seenIds.add(id);
  }
  return {
    row: source.row,
    value: parsed.success && errors.length === 0 ? (parsed.data as Record<string, unknown>) : null,
    errors,
  };
}

export interface CheckHooks {
  onProgress?: (done: number, total: number) => void;
  isCancelled?: () => boolean;
}

export interface CheckedTable {
  records: Record<string, unknown>[];
  errors: ImportError[];
  preview: PreviewRow[];
  /** True when the errors were cut at MAX_ERRORS. */
  truncated: boolean;
}

export class ImportCancelled extends Error {
  override name = 'ImportCancelled';
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Checks every row, yielding between batches; stops with ImportCancelled when asked to. */
export async function checkTable(
  context: CheckContext,
  table: SourceTable,
  mapping: ColumnMapping,
  hooks: CheckHooks = {},
): Promise<CheckedTable> {
  const spec = ENTITY_SPECS[context.entity];
  const bindings: Binding[] = Object.entries(mapping).flatMap(([column, key]) => {
    const field = spec.fields.find((f) => f.key === key);
    const index = table.headers.indexOf(column);
    return field === undefined || index < 0 ? [] : [{ column, index, field }];
  });
  const result: CheckedTable = { records: [], errors: [], preview: [], truncated: false };
  const seenIds = new Set<string>();
  const width = table.headers.length;
  for (let k = 0; k < table.rows.length; k++) {
    if (k % BATCH === 0) {
      hooks.onProgress?.(k, table.rows.length);
      await yieldToEventLoop();
      if (hooks.isCancelled?.() === true) throw new ImportCancelled('The import was cancelled.');
    }
    const source = table.rows[k] as SourceRow;
    const checked = checkRow(context, bindings, source, seenIds);
    if (source.cells.slice(width).some((c) => c.trim() !== '')) {
      checked.errors.push({
        row: source.row,
        column: null,
        field: null,
        message: `the row has ${source.cells.length} cells but the header has ${width} columns`,
      });
      checked.value = null;
    }
    // A row's errors read left to right, as its columns stand in the file.
    const at = (column: string | null) => {
      const k = column === null ? -1 : table.headers.indexOf(column);
      return k < 0 ? width : k;
    };
    checked.errors.sort((a, b) => at(a.column) - at(b.column));
    if (checked.value !== null) result.records.push(checked.value);
    if (result.errors.length < MAX_ERRORS) result.errors.push(...checked.errors);
    else if (checked.errors.length > 0) result.truncated = true;
    if (k < PREVIEW_ROWS) {
      const errors: Record<string, string[]> = {};
      for (const e of checked.errors) (errors[e.column ?? ''] ??= []).push(e.message);
      result.preview.push({
        row: source.row,
        cells: Object.fromEntries(table.headers.map((h, i) => [h, source.cells[i] ?? ''])),
        errors,
      });
    }
  }
  hooks.onProgress?.(table.rows.length, table.rows.length);
  return result;
}
