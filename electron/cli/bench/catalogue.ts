// The catalogue's paged query (interventions/list) on a generated library: the first page as the
// screen opens, and a second page filtered by strand, tier and ages and sorted by cost, through the
// API against exactly the SQL it ran, replayed on raw better-sqlite3.
import type { MethodInput } from '../../../shared/api';
import { apiCall, timeApiAgainstItsSql } from './api-vs-sql';
import type { Benchmark } from './benchmark';

/** The pages timed: what the catalogue asks for first, and a typical narrowed, sorted view. */
export const CATALOGUE_PAGES: readonly MethodInput<'interventions/list'>[] = [
  { offset: 0, limit: 100 },
  {
    offset: 100,
    limit: 100,
    filters: { strand: ['youth-justice'], tier: ['targeted'], ages: { min: 12, max: 18 } },
    sort: [{ field: 'costPerParticipant', direction: 'asc' }],
  },
];

export const catalogueBenchmark: Benchmark = {
  name: 'catalogue',
  run: ({ log }) =>
    timeApiAgainstItsSql(
      {
        name: 'catalogue',
        calls: CATALOGUE_PAGES.map((input) =>
          apiCall(
            'interventions/list',
            input,
            (page) => `${page.rows.length} rows of ${page.total.toLocaleString('en-GB')}`,
          ),
        ),
      },
      log,
    ),
};
