// Recomputing every rating and pooled estimate of a generated library: ratings/list in every
// framework, then each intervention's evidence (evidence/get: every result standardised, pooled per
// outcome with REML and Hartung–Knapp, rated), through the API, against a baseline that only reads
// the same rows: exactly the SQL those calls ran, replayed on raw better-sqlite3, computing nothing.
import type Database from 'better-sqlite3';
import { apiCall, type ApiCall, timeApiAgainstItsSql } from './api-vs-sql';
import type { Benchmark } from './benchmark';

function everyRatingAndPooledEstimate(raw: Database.Database): ApiCall[] {
  const ids = (raw.prepare('SELECT id FROM interventions ORDER BY id').all() as { id: string }[]).map(
    (r) => r.id,
  );
  return [
    apiCall(
      'ratings/list',
      {},
      (all) =>
        `${all.length.toLocaleString('en-GB')} interventions rated in every framework (${all.reduce((n, r) => n + r.ratings.length, 0).toLocaleString('en-GB')} ratings)`,
    ),
    ...ids.map((interventionId) =>
      apiCall('evidence/get', { interventionId }, () => 'each intervention’s pooled estimates per outcome'),
    ),
  ];
}

export const ratingsBenchmark: Benchmark = {
  name: 'ratings',
  run: ({ log }) =>
    timeApiAgainstItsSql(
      {
        name: 'ratings',
        calls: everyRatingAndPooledEstimate,
        baselineSays: 'reading the same rows and computing nothing (no effect sizes, pooling or rules)',
        // Tens of thousands of calls: a warm-up run would only double the wait.
        warmUp: false,
      },
      log,
    ),
};
