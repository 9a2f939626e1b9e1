// Every hot query the app issues uses an index on a generated library: the statements are recorded
// as the real API calls run them (so the test follows the code, not a copy of its SQL), and each
// one's EXPLAIN QUERY PLAN must not scan a large table without an index.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE_PAGES } from '../../electron/cli/bench/catalogue';
import { SEARCHES } from '../../electron/cli/bench/search';
import { createDispatch, type Dispatch } from '../../electron/core/api/dispatch';
import { type RanStatement, recordStatements } from '../../electron/core/db/statement-log';
import { generateSyntheticLibrary } from '../../electron/core/services/synthetic-library';
import type { MethodInput, MethodName } from '../../shared/api';
import { expectOk } from '../helpers/api';
import { Library, tempDir, type TempDir } from '../helpers/libraries';

/** Tables that grow with the library: reading one of them whole is a scan worth failing. */
const LARGE = new Set([
  'interventions',
  'evaluations',
  'outcome_results',
  'cost_items',
  'organisations',
  'change_history',
  'intervention_areas',
  'intervention_settings',
  'intervention_tags',
  'intervention_links',
  'intervention_organisations',
  'contacts',
  'source_citations',
  'risk_of_bias',
  'attachments',
  'rating_overrides',
  'shortlist',
]);
const NOT_ALIASES = new Set([
  'WHERE',
  'JOIN',
  'ON',
  'ORDER',
  'GROUP',
  'LEFT',
  'INNER',
  'CROSS',
  'LIMIT',
  'USING',
]);

/** The table each name or alias in FROM and JOIN clauses stands for. */
function aliases(sql: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const [, table, alias] of sql.matchAll(/\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?/gi)) {
    if (table === undefined) continue;
    names.set(table, table);
    if (alias !== undefined && !NOT_ALIASES.has(alias.toUpperCase())) names.set(alias, table);
  }
  return names;
}

/**
 * A walk down a table's integer key from the newest row that stops at the first match reads a
 * few rows, not the table, though its plan says SCAN: the only scan allowed.
 */
const NEWEST_FIRST = /ORDER BY id DESC LIMIT 1$/;

/** The plan lines that read a large table whole, without an index. */
function tableScans(library: Library, s: RanStatement): string[] {
  const plan = library.db.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...s.parameters) as {
    id: number;
    parent: number;
    detail: string;
  }[];
  const names = aliases(s.sql);
  return plan
    .filter((p) => !(p.parent === 0 && NEWEST_FIRST.test(s.sql.trim())))
    .map((p) => p.detail)
    .filter((detail) => {
      const scanned = /^SCAN (\w+)(?! USING)/.exec(detail)?.[1];
      return scanned !== undefined && LARGE.has(names.get(scanned) ?? scanned);
    });
}

let dir: TempDir;
let library: Library;
let dispatch: Dispatch;
let ids: string[];
let outcomeId: string;

beforeAll(async () => {
  dir = tempDir();
  await generateSyntheticLibrary(dir.file('plans.ewb'), { interventions: 120, seed: 9 });
  library = await Library.open(dir.file('plans.ewb'));
  dispatch = createDispatch({ library });
  ids = (
    library.db.prepare('SELECT id FROM interventions ORDER BY id LIMIT 3').all() as { id: string }[]
  ).map((r) => r.id);
  outcomeId = (
    library.db.prepare('SELECT outcome_domain_id AS id FROM outcome_results LIMIT 1').get() as { id: string }
  ).id;
});
afterAll(() => {
  library.close();
  dir.remove();
});

/** A hot query: an API call the screens make often, on every visit or every keystroke. */
interface Hot<M extends MethodName = MethodName> {
  what: string;
  method: M;
  input: () => MethodInput<M>;
}
const hot = <M extends MethodName>(what: string, method: M, input: () => MethodInput<M>): Hot =>
  ({ what, method, input }) as Hot;

const first = () => ids[0] as string;
const HOT_QUERIES: Hot[] = [
  ...CATALOGUE_PAGES.map((page, k) => hot(`catalogue page ${k + 1}`, 'interventions/list', () => page)),
  hot('catalogue sorted by name, descending', 'interventions/list', () => ({
    sort: [{ field: 'name', direction: 'desc' }],
  })),
  hot('catalogue sorted by name', 'interventions/list', () => ({
    sort: [{ field: 'name', direction: 'asc' }],
  })),
  hot('catalogue sorted by evidence, strongest first', 'interventions/list', () => ({
    sort: [{ field: 'evidenceLevel', direction: 'desc' }],
  })),
  hot('catalogue sorted by cost, cheapest first', 'interventions/list', () => ({
    sort: [{ field: 'costPerParticipant', direction: 'asc' }],
  })),
  hot('catalogue filtered by strand, second page', 'interventions/list', () => ({
    filters: { strand: ['engagement'] },
    offset: 100,
  })),
  hot('catalogue filtered by approach and area', 'interventions/list', () => ({
    filters: { approachTypeId: ['mentoring'], areaId: ['lambeth'] },
  })),
  hot('catalogue searched', 'interventions/list', () => ({ search: 'mentoring' })),
  ...SEARCHES.map((input) => hot(`search for “${input.query}”`, 'search/all', () => input)),
  hot('an intervention’s page', 'interventions/get', () => ({ id: first() })),
  hot('an intervention’s evidence', 'evidence/get', () => ({ interventionId: first() })),
  hot('its evaluations in the study grid', 'evaluations/list', () => ({
    filters: { interventionId: [first()] },
  })),
  hot('its outcome results in the study grid', 'outcome-results/list', () => ({
    filters: { interventionId: [first()] },
  })),
  hot('compare candidates for a need', 'compare/candidates', () => ({
    outcomeId,
    ages: { min: 12, max: 18 },
  })),
  hot('compare side by side', 'compare/get', () => ({ ids, outcomeId })),
  hot('the gap map', 'evidence/gap-map', () => ({ rows: 'approaches' })),
  hot('the shortlist', 'shortlist/list', () => ({})),
  hot('an intervention’s history', 'history/list', () => ({ entityType: 'intervention', entityId: first() })),
  hot('the last change to undo', 'history/last', () => ({})),
];

describe('hot queries use their indexes', () => {
  it.each(HOT_QUERIES)('$what ($method)', async ({ method, input }) => {
    const { statements } = await recordStatements(library.db, () => expectOk(dispatch, method, input()));
    const reading = statements.filter((s) => s.reader);
    expect(reading.length).toBeGreaterThan(0);
    const scans = reading.flatMap((s) => tableScans(library, s).map((line) => `${line}\n  in: ${s.sql}`));
    expect(scans).toEqual([]);
  });

  it('notices a scan: a query on an unindexed column is caught', async () => {
    const { statements } = await recordStatements(library.db, () =>
      library.db.prepare('SELECT id FROM outcome_results r WHERE r.time_point_label = ?').all('x'),
    );
    expect(statements.flatMap((s) => tableScans(library, s))).toEqual(['SCAN r']);
  });
});
