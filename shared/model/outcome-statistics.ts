// An outcome result's statistics as one flat row (the columns the library stores and the evidence
// engine reads), from any of the four ways a study reports them; and the same from a form's
// figures once they are complete, so a preview and a save compute the effect from identical input.
import { type BundleOutcomeResult, outcomeResultUnion } from './bundle';
import { NO_STATISTICS, type OutcomeStatistics } from './catalogue';
import type { OutcomeDataType } from './vocabulary';

type Reported = BundleOutcomeResult extends infer R
  ? R extends BundleOutcomeResult
    ? Pick<R, 'dataType' | 'stats'>
    : never
  : never;

/** The statistics columns an outcome result fills, by how the study reported it. */
export function statisticsOf(result: Reported): OutcomeStatistics {
  switch (result.dataType) {
    case 'continuous':
    case 'binary':
    case 't-statistic':
      return { ...NO_STATISTICS, ...result.stats };
    case 'effect': {
      const e = result.stats;
      return {
        ...NO_STATISTICS,
        effectType: e.type,
        effectValue: e.value,
        ciLower: e.ciLower ?? null,
        ciUpper: e.ciUpper ?? null,
        se: e.se ?? null,
        p: e.p ?? null,
        n1: e.n1 ?? null,
        n2: e.n2 ?? null,
      };
    }
  }
}

const ReportedSchema = outcomeResultUnion({});

/** The statistics of a data type when they are complete and pass the save's rules; else null. */
export function completeStatistics(dataType: OutcomeDataType, stats: unknown): OutcomeStatistics | null {
  const parsed = ReportedSchema.safeParse({ dataType, stats });
  return parsed.success ? statisticsOf(parsed.data) : null;
}
