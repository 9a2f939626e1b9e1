// The pieces every grid query shares: a WHERE clause built from set, text and number filters with
// named parameters, and an ORDER BY that keeps blanks last and ends on a unique key.
import type { Database } from 'better-sqlite3';
import type { NUMERIC_OPERATORS, TextCondition } from '../../../shared/model/catalogue';

export interface Where {
  clauses: string[];
  params: Record<string, unknown>;
}

export function emptyWhere(): Where {
  return { clauses: [], params: {} };
}

function whereSql(where: Where): string {
  return where.clauses.length === 0 ? '' : `WHERE ${where.clauses.join(' AND ')}`;
}

/**
 * One page of rows and how many match in all. `countFrom` is the smallest FROM that the filters
 * need (joins only for what the rows show belong in `select`), so counting stays cheap.
 */
export function pageOf<TRecord>(
  db: Database,
  query: { countFrom: string; select: string; where: Where; order: string[] },
  paging: { limit: number; offset: number },
): { total: number; records: TRecord[] } {
  const filter = whereSql(query.where);
  const total = (
    db.prepare(`SELECT count(*) AS n FROM ${query.countFrom} ${filter}`).get(query.where.params) as {
      n: number;
    }
  ).n;
  const records = db
    .prepare(`${query.select} ${filter} ORDER BY ${query.order.join(', ')} LIMIT @limit OFFSET @offset`)
    .all({ ...query.where.params, limit: paging.limit, offset: paging.offset }) as TRecord[];
  return { total, records };
}

/** Escapes LIKE wildcards so a typed "%" or "_" is matched literally. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `column IN (values)`; a null among the values also keeps rows where the column is blank. */
export function inList(
  where: Where,
  column: string,
  key: string,
  values: readonly unknown[] | undefined,
): void {
  if (values === undefined) return;
  const present = values.filter((v) => v !== null);
  where.params[key] = JSON.stringify(present);
  const match = `${column} IN (SELECT value FROM json_each(@${key}))`;
  where.clauses.push(values.includes(null) ? `(${match} OR ${column} IS NULL)` : match);
}

const TEXT_PATTERNS = {
  contains: (v: string) => [`%${v}%`, 'LIKE'],
  notContains: (v: string) => [`%${v}%`, 'NOT LIKE'],
  equals: (v: string) => [v, 'LIKE'],
  startsWith: (v: string) => [`${v}%`, 'LIKE'],
  endsWith: (v: string) => [`%${v}`, 'LIKE'],
} as const;

export function textCondition(
  where: Where,
  column: string,
  key: string,
  condition: TextCondition | undefined,
) {
  if (condition === undefined) return;
  const [pattern, op] = TEXT_PATTERNS[condition.op](likeLiteral(condition.value));
  where.params[key] = pattern;
  where.clauses.push(`${column} ${op} @${key} ESCAPE '\\'`);
}

const COMPARISONS = { eq: '=', ne: 'IS NOT', lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;

interface NumericCondition<F extends string> {
  field: F;
  op: (typeof NUMERIC_OPERATORS)[number];
  value?: number | undefined;
}

export function numericConditions<F extends string>(
  where: Where,
  columns: Record<F, string>,
  conditions: readonly NumericCondition<F>[] | undefined,
): void {
  (conditions ?? []).forEach((f, index) => {
    const column = columns[f.field];
    if (f.op === 'blank') where.clauses.push(`${column} IS NULL`);
    else if (f.op === 'notBlank') where.clauses.push(`${column} IS NOT NULL`);
    else {
      where.params[`num${index}`] = f.value;
      where.clauses.push(`${column} ${COMPARISONS[f.op]} @num${index}`);
    }
  });
}

/**
 * ORDER BY terms for the requested sort, blanks last in either direction. SQLite already sorts
 * NULL first ascending and last descending, so only an ascending sort on a column that may be blank
 * needs `IS NULL` first; every other term is the bare expression, which an index can satisfy.
 */
export function orderTerms<F extends string>(
  expressions: Record<F, string>,
  sort: readonly { field: F; direction: 'asc' | 'desc' }[],
  neverBlank: readonly F[] = [],
): string[] {
  return sort.map((s) => {
    const e = expressions[s.field];
    if (s.direction === 'desc') return `${e} DESC`;
    return neverBlank.includes(s.field) ? `${e} ASC` : `${e} IS NULL, ${e} ASC`;
  });
}
