// One intervention with everything the intervention page shows.
import type { Database } from 'better-sqlite3';
import { costPerParticipant } from '../../../shared/analysis/cost-per-participant';
import { ApiFailure } from '../../../shared/errors';
import type { InterventionDetail } from '../../../shared/model/catalogue';
import { countAttachments } from '../repos/attachments';
import { costItemsOf } from '../repos/cost-items';
import { evaluationsOf } from '../repos/evaluations';
import { getInterventionRecord } from '../repos/interventions';

export function getInterventionDetail(db: Database, id: string): InterventionDetail {
  const record = getInterventionRecord(db, id);
  if (record === undefined) throw new ApiFailure('NOT_FOUND', `No intervention with id "${id}".`, 'id');
  const costItems = costItemsOf(db, id);
  return {
    ...record,
    evaluations: evaluationsOf(db, id),
    costItems,
    cost: costPerParticipant(costItems),
    attachmentCount: countAttachments(db, { kind: 'intervention', id }),
  };
}
