// Records the SQL statements (with their bound parameters) that some work runs on one connection,
// so a test can check the query plan of exactly the SQL the app issues and a benchmark can replay
// exactly that SQL on a raw connection: neither copies SQL text, so both follow the code.
import type { Database, Statement } from 'better-sqlite3';

export interface RanStatement {
  sql: string;
  /** Whether it returns rows (a SELECT or a query with RETURNING). */
  reader: boolean;
  parameters: unknown[];
}

const RUNNERS = ['run', 'get', 'all', 'iterate'] as const;
type Runner = (this: Statement, ...parameters: unknown[]) => unknown;

/**
 * Runs `work`, recording every statement run on `db` meanwhile, in order. Statements are observed
 * where better-sqlite3 runs them (its Statement prototype), so cached and fresh ones alike are seen.
 */
export async function recordStatements<T>(
  db: Database,
  work: () => T | Promise<T>,
): Promise<{ value: T; statements: RanStatement[] }> {
  const prototype = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<(typeof RUNNERS)[number], Runner>;
  const originals = RUNNERS.map((name) => [name, prototype[name]] as const);
  const statements: RanStatement[] = [];
  for (const [name, original] of originals) {
    prototype[name] = function (this: Statement, ...parameters: unknown[]) {
      if (this.database === db) statements.push({ sql: this.source, reader: this.reader, parameters });
      return original.apply(this, parameters);
    };
  }
  try {
    return { value: await work(), statements };
  } finally {
    for (const [name, original] of originals) prototype[name] = original;
  }
}

/**
 * The recorded reading statements, prepared once on another connection to the same file, as a
 * function that runs them all again with their parameters and counts the rows they return.
 */
export function replayer(raw: Database, statements: readonly RanStatement[]): () => number {
  const prepared = new Map<string, Statement>();
  const runs = statements
    .filter((s) => s.reader)
    .map((s) => {
      const statement = prepared.get(s.sql) ?? raw.prepare(s.sql);
      prepared.set(s.sql, statement);
      return { statement, parameters: s.parameters };
    });
  return () => runs.reduce((rows, r) => rows + r.statement.all(...r.parameters).length, 0);
}
