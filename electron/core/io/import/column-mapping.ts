// Which column fills which field: matched automatically by field name or label, or by the heading
// the library's own export gives it (ignoring case, spaces and punctuation); remembered per set of
// headers, or given; and checked before any row is.
import type { ColumnMapping, ImportEntity, ImportError } from '../../../../shared/model/import';
import { type CellField, DERIVED, exportedHeadings } from '../grid-columns';
import { ENTITY_SPECS, type FieldSpec } from './fields';

const normalise = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** The key a mapping is remembered under: the same columns in any order give the same key. */
export function headerKey(headers: readonly string[]): string {
  return [...new Set(headers.map(normalise).filter((h) => h !== ''))].sort().join('|');
}

/** What the library's export of an entity holds under each (normalised) heading. */
function exportedFields(entity: ImportEntity): Map<string, CellField> {
  return new Map([...exportedHeadings(entity)].map(([heading, field]) => [normalise(heading), field]));
}

/**
 * Each column whose name is an exported heading, a field's key or its label maps to that field
 * (each field at most once); an exported heading of something the library works out maps to none.
 */
export function autoMatch(headers: readonly string[], entity: ImportEntity): ColumnMapping {
  const fields = ENTITY_SPECS[entity].fields;
  const exported = exportedFields(entity);
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  for (const header of headers) {
    const h = normalise(header);
    if (h === '' || exported.get(h) === DERIVED) continue;
    const key = exported.get(h);
    const f = fields.find(
      (x) => !used.has(x.key) && (x.key === key || normalise(x.key) === h || normalise(x.label) === h),
    );
    if (f === undefined) continue;
    mapping[header] = f.key;
    used.add(f.key);
  }
  return mapping;
}

/** The columns the file takes from the library's export of what the library works out (counts, effects). */
export function derivedColumns(
  headers: readonly string[],
  entity: ImportEntity,
  mapping: ColumnMapping,
): string[] {
  const exported = exportedFields(entity);
  return headers.filter((h) => mapping[h] === undefined && exported.get(normalise(h)) === DERIVED);
}

/** A mapping's problems: unknown columns or fields, a field filled twice, a required field not at all. */
export function mappingErrors(
  mapping: ColumnMapping,
  headers: readonly string[],
  fields: readonly FieldSpec[],
): ImportError[] {
  const errors: ImportError[] = [];
  const filled = new Map<string, string>();
  for (const [column, key] of Object.entries(mapping)) {
    const f = fields.find((x) => x.key === key);
    if (!headers.includes(column)) {
      errors.push({
        row: 1,
        column,
        field: key,
        message: 'the mapping names a column the file does not have',
      });
    } else if (f === undefined) {
      errors.push({
        row: 1,
        column,
        field: key,
        message: `there is no field “${key}” to map this column to`,
      });
    } else if (filled.has(key)) {
      errors.push({
        row: 1,
        column,
        field: key,
        message: `“${f.label}” is already filled from column “${filled.get(key) ?? ''}”`,
      });
    } else filled.set(key, column);
  }
  for (const f of fields) {
    if (f.required && !filled.has(f.key)) {
      errors.push({
        row: 1,
        column: f.label,
        field: f.key,
        message: 'no column is mapped to this required field',
      });
    }
  }
  return errors;
}
