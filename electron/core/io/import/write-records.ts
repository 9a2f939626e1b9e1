// Writes checked records in one transaction, with one history entry for the whole import (the
// ids it added), which an undo reverses by removing exactly those records.
import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../../../shared/errors';
import type {
  BundleCostItem,
  BundleEvaluation,
  BundleIntervention,
  BundleOutcomeResult,
} from '../../../../shared/model/bundle';
import type { ImportEntity, TableFormat } from '../../../../shared/model/import';
import type { Library } from '../../library';
import type { ChangeEntry } from '../../repos/change-history';
import { recordChange } from '../../repos/change-history';
import { deleteCostItem, insertCostItem, interventionOfCostItem } from '../../repos/cost-items';
import {
  deleteEvaluation,
  deleteOutcomeResult,
  evaluationOfOutcomeResult,
  insertEvaluation,
  insertOutcomeResult,
  interventionOfEvaluation,
} from '../../repos/evaluations';
import { deleteInterventionRow, interventionExists } from '../../repos/interventions';
import {
  deleteOrganisation,
  getOrganisation,
  insertOrganisation,
  type OrganisationRecord,
} from '../../repos/organisations';
import { idAllocator } from '../../repos/record-ids';
import { insertInterventionTree } from '../../services/bundle-import';
import { refreshCostSummary } from '../../services/cost-summary';
import { ENTITY_SPECS } from './fields';

/** What the history keeps of an import: enough to name it and to undo it. */
export interface ImportSnapshot {
  /** A line the history shows as the record's name. */
  description: string;
  entity: ImportEntity;
  fileName: string;
  format: TableFormat;
  ids: string[];
}

type Row = Record<string, unknown>;
type Insert = (db: Database, row: Row, allocate: (name: string) => string) => string;

const str = (v: unknown) => String(v);

/** One insert per entity: the id given, or one made from the record's name. */
const INSERTS: Record<ImportEntity, Insert> = {
  interventions: (db, { by: _by, id, ...fields }, allocate) => {
    const record = { ...fields, id: (id as string | undefined) ?? allocate(str(fields.name)) };
    insertInterventionTree(db, {
      ...record,
      evaluations: [],
      costItems: [],
    } as unknown as BundleIntervention);
    return record.id;
  },
  organisations: (db, { by: _by, id, ...fields }, allocate) => {
    const record = { ...fields, id: (id as string | undefined) ?? allocate(str(fields.name)) };
    insertOrganisation(db, record as unknown as OrganisationRecord);
    return record.id;
  },
  evaluations: (db, { by: _by, id, interventionId, ...fields }, allocate) => {
    const newId = (id as string | undefined) ?? allocate(`${str(interventionId)}-${str(fields.title)}`);
    insertEvaluation(db, str(interventionId), {
      ...fields,
      id: newId,
      outcomeResults: [],
    } as unknown as BundleEvaluation);
    return newId;
  },
  'outcome-results': (db, { by: _by, id, evaluationId, ...fields }, allocate) => {
    const newId = (id as string | undefined) ?? allocate(`${str(evaluationId)}-${str(fields.measureName)}`);
    insertOutcomeResult(db, str(evaluationId), { ...fields, id: newId } as unknown as BundleOutcomeResult);
    return newId;
  },
  'cost-items': (db, { by: _by, id, interventionId, ...fields }, allocate) => {
    const newId =
      (id as string | undefined) ?? allocate(`${str(interventionId)}-cost-${str(fields.description)}`);
    insertCostItem(db, str(interventionId), { ...fields, id: newId } as unknown as BundleCostItem);
    return newId;
  },
};

export interface WriteRequest {
  entity: ImportEntity;
  records: readonly Row[];
  by: string;
  fileName: string;
  format: TableFormat;
  /** Runs inside the same transaction (the remembered mapping is stored with the rows). */
  alsoWrite?: (db: Database) => void;
}

/** Adds every record, all or nothing, and records the import in the history. */
export function writeRecords(library: Library, request: WriteRequest): string[] {
  return library.write(() => {
    const db = library.db;
    const spec = ENTITY_SPECS[request.entity];
    const given = new Set(request.records.flatMap((r) => (typeof r.id === 'string' ? [r.id] : [])));
    const allocate = idAllocator(db, spec.table, given);
    const ids = request.records.map((r) => INSERTS[request.entity](db, r, allocate));
    if (request.entity === 'cost-items') {
      for (const owner of new Set(request.records.map((r) => str(r.interventionId))))
        refreshCostSummary(db, owner);
    }
    request.alsoWrite?.(db);
    const after: ImportSnapshot = {
      description: `${ids.length} ${spec.noun}${ids.length === 1 ? '' : 's'} from ${request.fileName}`,
      entity: request.entity,
      fileName: request.fileName,
      format: request.format,
      ids,
    };
    recordChange(db, {
      userName: request.by,
      entityType: 'import',
      entityId: `${request.entity}-${new Date().toISOString()}`,
      action: 'import',
      before: null,
      after,
    });
    return ids;
  });
}

/** Undoing an import removes the records it added that are still there. */
export function undoImport(db: Database, change: ChangeEntry, state: unknown): void {
  if (state !== null)
    throw new ApiFailure('CONFLICT', 'An undone import cannot be redone: import the file again.');
  const { entity, ids } = change.after as ImportSnapshot;
  const owners = new Set<string>();
  for (const id of [...ids].reverse()) {
    switch (entity) {
      case 'interventions':
        if (interventionExists(db, id)) deleteInterventionRow(db, id);
        break;
      case 'organisations':
        if (getOrganisation(db, id) !== null) deleteOrganisation(db, id);
        break;
      case 'evaluations':
        if (interventionOfEvaluation(db, id) !== null) deleteEvaluation(db, id);
        break;
      case 'outcome-results':
        if (evaluationOfOutcomeResult(db, id) !== null) deleteOutcomeResult(db, id);
        break;
      case 'cost-items': {
        const owner = interventionOfCostItem(db, id);
        if (owner !== null) {
          deleteCostItem(db, id);
          owners.add(owner);
        }
        break;
      }
    }
  }
  for (const owner of owners) refreshCostSummary(db, owner);
}
