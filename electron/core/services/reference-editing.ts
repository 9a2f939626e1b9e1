// Editing the reference data researchers pick from: outcome groups and domains (the taxonomy),
// approach types and areas. Each change is one transaction with its change history, so the last
// one can be undone; a row in use is never deleted, and the refusal says what uses it.
import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../../shared/errors';
import { formatList } from '../../../shared/format';
import type { DeleteOutcome } from '../../../shared/model/editing';
import type { OutcomeDomainMerged, OutcomeDomainSaved } from '../../../shared/model/reference-editing';
import type { AreaKind } from '../../../shared/model/vocabulary';
import type { Library } from '../library';
import { recordChange } from '../repos/change-history';
import { newId } from '../repos/record-ids';
import {
  approachTypeUses,
  type ApproachTypeRow,
  areaAncestors,
  areaUses,
  type AreaRow,
  deleteApproachTypeRow,
  deleteAreaRow,
  deleteOutcomeDomainRow,
  deleteOutcomeGroupRow,
  getApproachType,
  getArea,
  getOutcomeDomain,
  getOutcomeGroup,
  outcomeDomainUses,
  type OutcomeDomainRow,
  outcomeGroupUses,
  type OutcomeGroupRow,
  outcomeRecords,
  type OutcomeRecords,
  putApproachType,
  putArea,
  putOutcomeDomain,
  putOutcomeGroup,
  reassignOutcomeRecords,
  type ReferenceTable,
  resultsWithDirection,
  sameNamed,
  setResultDirections,
  sharedBaselineRates,
  type Use,
} from '../repos/reference-data';

/** The change history's entity type of each kind of reference row. */
const ENTITY = {
  outcomeGroup: 'outcome_group',
  outcomeDomain: 'outcome_domain',
  approachType: 'approach_type',
  area: 'area',
} as const;
type ReferenceEntity = (typeof ENTITY)[keyof typeof ENTITY];

/**
 * An outcome domain as the history keeps it, with the results its change of direction switched,
 * or, when it was merged into another, the records that moved there.
 */
interface OutcomeDomainSnapshot extends OutcomeDomainRow {
  resultDirections?: { resultIds: string[]; higherIsBetter: boolean };
  mergedInto?: { id: string } & OutcomeRecords;
}

/** After this many, a new row goes last (positions are renumbered from 0). */
const LAST = Number.MAX_SAFE_INTEGER;

function notFound(what: string, id: string): never {
  throw new ApiFailure('NOT_FOUND', `No ${what} with id "${id}".`, 'id');
}

function requireUniqueName(
  db: Database,
  table: ReferenceTable,
  row: { id?: string | undefined; name: string },
  already: string,
  groupId?: string,
): void {
  if (sameNamed(db, table, row.name, row.id, groupId) !== null)
    throw new ApiFailure('INVALID_INPUT', `name: ${already} “${row.name}”`, 'name');
}

/** Refuses to delete a row that something uses, naming what and how many. */
function refuseIfUsed(name: string, uses: readonly Use[], remedy: string): void {
  if (uses.length === 0) return;
  throw new ApiFailure(
    'CONFLICT',
    `“${name}” is used by ${formatList(uses.map((u) => u.text))}, so it cannot be deleted. ${remedy}`,
    'id',
  );
}

function record(
  db: Database,
  by: string,
  entityType: ReferenceEntity,
  id: string,
  before: object | null,
  after: object | null,
  note?: string,
): void {
  recordChange(db, {
    userName: by,
    entityType,
    entityId: id,
    action: before === null ? 'create' : after === null ? 'delete' : 'update',
    before,
    after,
    ...(note === undefined ? {} : { note }),
  });
}

const DELETED: DeleteOutcome = { deleted: true, dependents: [] };

// ---------------------------------------------------------------------------------------------
// Outcome groups

export function saveOutcomeGroup(
  library: Library,
  input: { id?: string | undefined; name: string; by: string },
): { id: string } {
  return library.write(() => {
    const db = library.db;
    const before = input.id === undefined ? null : getOutcomeGroup(db, input.id);
    if (input.id !== undefined && before === null) notFound('outcome group', input.id);
    requireUniqueName(db, 'outcome_groups', input, 'there is already an outcome group called');
    const id = input.id ?? newId(db, 'outcome_groups', input.name);
    putOutcomeGroup(db, { id, name: input.name, position: before?.position ?? LAST });
    record(db, input.by, ENTITY.outcomeGroup, id, before, getOutcomeGroup(db, id));
    return { id };
  });
}

export function moveOutcomeGroup(
  library: Library,
  input: { id: string; position: number; by: string },
): { id: string } {
  return library.write(() => {
    const db = library.db;
    const before = getOutcomeGroup(db, input.id) ?? notFound('outcome group', input.id);
    putOutcomeGroup(db, { ...before, position: input.position });
    const after = getOutcomeGroup(db, input.id);
    if (after?.position !== before.position)
      record(db, input.by, ENTITY.outcomeGroup, input.id, before, after);
    return { id: input.id };
  });
}

export function deleteOutcomeGroup(library: Library, input: { id: string; by: string }): DeleteOutcome {
  return library.write(() => {
    const db = library.db;
    const before = getOutcomeGroup(db, input.id) ?? notFound('outcome group', input.id);
    refuseIfUsed(
      before.name,
      outcomeGroupUses(db, input.id),
      'Move its outcomes to another group, or delete them, first.',
    );
    deleteOutcomeGroupRow(db, input.id);
    record(db, input.by, ENTITY.outcomeGroup, input.id, before, null);
    return DELETED;
  });
}

// ---------------------------------------------------------------------------------------------
// Outcome domains

function requireGroup(db: Database, groupId: string): OutcomeGroupRow {
  const group = getOutcomeGroup(db, groupId);
  if (group === null)
    throw new ApiFailure('INVALID_INPUT', `groupId: there is no outcome group "${groupId}"`, 'groupId');
  return group;
}

function domainSnapshot(db: Database, id: string): OutcomeDomainSnapshot | null {
  return getOutcomeDomain(db, id);
}

export function saveOutcomeDomain(
  library: Library,
  input: {
    id?: string | undefined;
    groupId: string;
    name: string;
    description?: string | undefined;
    higherIsBetter: boolean;
    switchResults: boolean;
    by: string;
  },
): OutcomeDomainSaved {
  return library.write(() => {
    const db = library.db;
    const before: OutcomeDomainSnapshot | null = input.id === undefined ? null : domainSnapshot(db, input.id);
    if (input.id !== undefined && before === null) notFound('outcome domain', input.id);
    const group = requireGroup(db, input.groupId);
    requireUniqueName(db, 'outcome_domains', input, `${group.name} already has an outcome called`, group.id);
    const id = input.id ?? newId(db, 'outcome_domains', input.name);
    const sameGroup = before !== null && before.groupId === input.groupId;
    putOutcomeDomain(db, {
      id,
      groupId: input.groupId,
      name: input.name,
      description: input.description ?? null,
      higherIsBetter: input.higherIsBetter,
      position: sameGroup ? before.position : LAST,
    });
    const after: OutcomeDomainSnapshot | null = domainSnapshot(db, id);
    // Results recorded with the old direction follow the outcome only when the user asks: a
    // result's own direction orients its effect, and its measure may run the other way.
    const switched =
      before !== null && input.switchResults && before.higherIsBetter !== input.higherIsBetter
        ? resultsWithDirection(db, id, before.higherIsBetter)
        : [];
    if (switched.length > 0 && before !== null && after !== null) {
      setResultDirections(db, switched, input.higherIsBetter);
      before.resultDirections = { resultIds: switched, higherIsBetter: before.higherIsBetter };
      after.resultDirections = { resultIds: switched, higherIsBetter: input.higherIsBetter };
    }
    record(db, input.by, ENTITY.outcomeDomain, id, before, after);
    return { id, switchedResults: switched.length };
  });
}

export function moveOutcomeDomain(
  library: Library,
  input: { id: string; groupId: string; position: number; by: string },
): { id: string } {
  return library.write(() => {
    const db = library.db;
    const before = getOutcomeDomain(db, input.id) ?? notFound('outcome domain', input.id);
    const group = requireGroup(db, input.groupId);
    requireUniqueName(db, 'outcome_domains', before, `${group.name} already has an outcome called`, group.id);
    putOutcomeDomain(db, { ...before, groupId: input.groupId, position: input.position });
    const after = getOutcomeDomain(db, input.id);
    if (after?.groupId !== before.groupId || after.position !== before.position)
      record(db, input.by, ENTITY.outcomeDomain, input.id, before, after);
    return { id: input.id };
  });
}

export function deleteOutcomeDomain(library: Library, input: { id: string; by: string }): DeleteOutcome {
  return library.write(() => {
    const db = library.db;
    const before = getOutcomeDomain(db, input.id) ?? notFound('outcome domain', input.id);
    refuseIfUsed(
      before.name,
      outcomeDomainUses(db, input.id),
      'Merge it into another outcome instead, or keep it.',
    );
    deleteOutcomeDomainRow(db, input.id);
    record(db, input.by, ENTITY.outcomeDomain, input.id, before, null);
    return DELETED;
  });
}

/**
 * Merges an outcome into another: its results, unit costs and baseline rates then record the
 * other outcome (each result keeps its own direction, so its effect is unchanged), and it goes.
 */
export function mergeOutcomeDomain(
  library: Library,
  input: { id: string; intoId: string; by: string },
): OutcomeDomainMerged {
  return library.write(() => {
    const db = library.db;
    const before: OutcomeDomainSnapshot =
      getOutcomeDomain(db, input.id) ?? notFound('outcome domain', input.id);
    const into = getOutcomeDomain(db, input.intoId);
    if (into === null)
      throw new ApiFailure('INVALID_INPUT', `intoId: there is no outcome "${input.intoId}"`, 'intoId');
    if (into.id === before.id)
      throw new ApiFailure('INVALID_INPUT', 'intoId: choose another outcome to merge into', 'intoId');
    const shared = sharedBaselineRates(db, before.id, into.id);
    if (shared > 0) {
      throw new ApiFailure(
        'CONFLICT',
        `intoId: “${before.name}” and “${into.name}” both have a baseline rate for the same area and year (${shared}); remove one of each pair first`,
        'intoId',
      );
    }
    const records = outcomeRecords(db, before.id);
    reassignOutcomeRecords(db, records, into.id);
    deleteOutcomeDomainRow(db, before.id);
    before.mergedInto = { id: into.id, ...records };
    record(db, input.by, ENTITY.outcomeDomain, before.id, before, null, `Merged into “${into.name}”`);
    return {
      outcomeResults: records.outcomeResults.length,
      unitCosts: records.unitCosts.length,
      baselineRates: records.baselineRates.length,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Approach types

export function saveApproachType(
  library: Library,
  input: { id?: string | undefined; name: string; description?: string | undefined; by: string },
): { id: string } {
  return library.write(() => {
    const db = library.db;
    const before = input.id === undefined ? null : getApproachType(db, input.id);
    if (input.id !== undefined && before === null) notFound('approach type', input.id);
    requireUniqueName(db, 'approach_types', input, 'there is already an approach type called');
    const id = input.id ?? newId(db, 'approach_types', input.name);
    putApproachType(db, { id, name: input.name, description: input.description ?? null });
    record(db, input.by, ENTITY.approachType, id, before, getApproachType(db, id));
    return { id };
  });
}

export function deleteApproachType(library: Library, input: { id: string; by: string }): DeleteOutcome {
  return library.write(() => {
    const db = library.db;
    const before = getApproachType(db, input.id) ?? notFound('approach type', input.id);
    refuseIfUsed(
      before.name,
      approachTypeUses(db, input.id),
      'Give those interventions another approach type first.',
    );
    deleteApproachTypeRow(db, input.id);
    record(db, input.by, ENTITY.approachType, input.id, before, null);
    return DELETED;
  });
}

// ---------------------------------------------------------------------------------------------
// Areas

function requireParentArea(db: Database, id: string | undefined, parentId: string | undefined): void {
  if (parentId === undefined) return;
  if (getArea(db, parentId) === null)
    throw new ApiFailure('INVALID_INPUT', `parentId: there is no area "${parentId}"`, 'parentId');
  if (id !== undefined && (parentId === id || areaAncestors(db, parentId).includes(id)))
    throw new ApiFailure(
      'INVALID_INPUT',
      'parentId: an area cannot lie within itself or an area inside it',
      'parentId',
    );
}

export function saveArea(
  library: Library,
  input: { id?: string | undefined; name: string; kind: AreaKind; parentId?: string | undefined; by: string },
): { id: string } {
  return library.write(() => {
    const db = library.db;
    const before = input.id === undefined ? null : getArea(db, input.id);
    if (input.id !== undefined && before === null) notFound('area', input.id);
    requireUniqueName(db, 'areas', input, 'there is already an area called');
    requireParentArea(db, input.id, input.parentId);
    const id = input.id ?? newId(db, 'areas', input.name);
    putArea(db, { id, name: input.name, kind: input.kind, parentId: input.parentId ?? null });
    record(db, input.by, ENTITY.area, id, before, getArea(db, id));
    return { id };
  });
}

export function deleteArea(library: Library, input: { id: string; by: string }): DeleteOutcome {
  return library.write(() => {
    const db = library.db;
    const before = getArea(db, input.id) ?? notFound('area', input.id);
    refuseIfUsed(before.name, areaUses(db, input.id), 'Remove it from those first, or keep it.');
    deleteAreaRow(db, input.id);
    record(db, input.by, ENTITY.area, input.id, before, null);
    return DELETED;
  });
}

// ---------------------------------------------------------------------------------------------
// Undo

/** Puts one reference row back as a history entry saw it (null: the row did not exist). */
export function restoreReferenceRow(db: Database, entityType: string, id: string, state: unknown): void {
  switch (entityType as ReferenceEntity) {
    case ENTITY.outcomeGroup:
      if (state === null) deleteOutcomeGroupRow(db, id);
      else putOutcomeGroup(db, state as OutcomeGroupRow);
      return;
    case ENTITY.outcomeDomain: {
      if (state === null) {
        deleteOutcomeDomainRow(db, id);
        return;
      }
      const { resultDirections, mergedInto, ...domain } = state as OutcomeDomainSnapshot;
      putOutcomeDomain(db, domain);
      if (resultDirections !== undefined)
        setResultDirections(db, resultDirections.resultIds, resultDirections.higherIsBetter);
      if (mergedInto !== undefined) reassignOutcomeRecords(db, mergedInto, domain.id);
      return;
    }
    case ENTITY.approachType:
      if (state === null) deleteApproachTypeRow(db, id);
      else putApproachType(db, state as ApproachTypeRow);
      return;
    case ENTITY.area:
      if (state === null) deleteAreaRow(db, id);
      else putArea(db, state as AreaRow);
      return;
  }
}
