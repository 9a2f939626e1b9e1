// Full-text search (search/all) on a generated library, through the API against exactly the FTS5
// SQL it ran, replayed on raw better-sqlite3.
import type { MethodInput } from '../../../shared/api';
import { apiCall, timeApiAgainstItsSql } from './api-vs-sql';
import type { Benchmark } from './benchmark';

/** Words a researcher might type: one common, one prefix, and two words that must both match. */
export const SEARCHES: readonly MethodInput<'search/all'>[] = [
  { query: 'mentoring' },
  { query: 'fam' },
  { query: 'sports programme 00042' },
];

export const searchBenchmark: Benchmark = {
  name: 'search',
  run: ({ log }) =>
    timeApiAgainstItsSql(
      {
        name: 'search',
        calls: SEARCHES.map((input) =>
          apiCall('search/all', input, (hits) => `“${input.query}”: ${hits.length} hits`),
        ),
      },
      log,
    ),
};
