// Keeps an intervention's stored cost per participant in step with its cost items.
import type { Database } from 'better-sqlite3';
import { costPerParticipant } from '../../../shared/analysis/cost-per-participant';
import { costItemsOf, storeCostSummary } from '../repos/cost-items';

export function refreshCostSummary(db: Database, interventionId: string): void {
  const cost = costPerParticipant(costItemsOf(db, interventionId));
  storeCostSummary(db, interventionId, cost.ok ? cost : null);
}
