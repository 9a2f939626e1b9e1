// Which column fills which field: matched automatically by field name or label (ignoring case,
// spaces and punctuation), remembered per set of headers, or given; and checked before any row is.
import type { ColumnMapping, ImportError } from '../../../../shared/model/import';
import type { FieldSpec } from './fields';

const normalise = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** The key a mapping is remembered under: the same columns in any order give the same key. */
export function headerKey(headers: readonly string[]): string {
  return [...new Set(headers.map(normalise).filter((h) => h !== ''))].sort().join('|');
}

/** Each column whose name is a field's key or label maps to that field (each field at most once). */
export function autoMatch(headers: readonly string[], fields: readonly FieldSpec[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  for (const header of headers) {
    const h = normalise(header);
    if (h === '') continue;
    const f = fields.find((x) => !used.has(x.key) && (normalise(x.key) === h || normalise(x.label) === h));
    if (f === undefined) continue;
    mapping[header] = f.key;
    used.add(f.key);
  }
  return mapping;
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
