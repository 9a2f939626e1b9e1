// Reference data a library is seeded with and the lists the UI picks from: approach types,
// areas, the outcome taxonomy and the source documents cited.
import type { Database } from 'better-sqlite3';
import { formatCount } from '../../../shared/format';
import type { ReferenceData, ReferenceUsage } from '../../../shared/model/library';
import type { AreaKind } from '../../../shared/model/vocabulary';
import { linkShippedUnitCosts } from '../db/migrations/004-value-reference-data';
import { APPROACH_TYPES } from '../../../shared/taxonomy/approach-types';
import { AREAS } from '../../../shared/taxonomy/areas';
import { OUTCOME_DOMAINS, OUTCOME_GROUPS } from '../../../shared/taxonomy/outcomes';

/** The region that contains every London borough: choosing a borough also finds London-wide work. */
const LONDON = 'london';

export function insertDefaultReferenceData(db: Database): void {
  const approach = db.prepare('INSERT INTO approach_types (id, name, description) VALUES (?, ?, ?)');
  for (const a of APPROACH_TYPES) approach.run(a.id, a.name, a.description);
  const area = db.prepare('INSERT INTO areas (id, name, kind, parent_id) VALUES (?, ?, ?, ?)');
  for (const a of AREAS) area.run(a.id, a.name, a.kind, a.id === LONDON ? null : LONDON);
  const group = db.prepare('INSERT INTO outcome_groups (id, name, position) VALUES (?, ?, ?)');
  OUTCOME_GROUPS.forEach((g, i) => group.run(g.id, g.name, i));
  const domain = db.prepare(
    'INSERT INTO outcome_domains (id, group_id, name, higher_is_better, position) VALUES (?, ?, ?, ?, ?)',
  );
  OUTCOME_DOMAINS.forEach((d, i) => domain.run(d.id, d.group, d.name, d.higherIsBetter ? 1 : 0, i));
  linkShippedUnitCosts(db);
}

export function listReferenceData(db: Database): ReferenceData {
  const approachTypes = db
    .prepare('SELECT id, name, description FROM approach_types ORDER BY name COLLATE NOCASE')
    .all() as { id: string; name: string; description: string | null }[];
  const areas = (
    db
      .prepare(
        `SELECT id, name, kind, parent_id FROM areas
         ORDER BY CASE kind WHEN 'region' THEN 0 WHEN 'city' THEN 1 ELSE 2 END, name COLLATE NOCASE`,
      )
      .all() as { id: string; name: string; kind: AreaKind; parent_id: string | null }[]
  ).map((a) => ({ id: a.id, name: a.name, kind: a.kind, parentId: a.parent_id }));
  const outcomeGroups = db.prepare('SELECT id, name FROM outcome_groups ORDER BY position, id').all() as {
    id: string;
    name: string;
  }[];
  const outcomeDomains = (
    db
      .prepare(
        `SELECT d.id, d.name, d.group_id, d.higher_is_better, d.description FROM outcome_domains d
         JOIN outcome_groups g ON g.id = d.group_id ORDER BY g.position, g.id, d.position, d.id`,
      )
      .all() as DomainRow[]
  ).map(domainOf);
  const documents = db
    .prepare('SELECT id, title, publisher, date FROM source_documents ORDER BY id')
    .all() as ReferenceData['documents'];
  return { approachTypes, areas, outcomeGroups, outcomeDomains, documents };
}

// ---------------------------------------------------------------------------------------------
// One row of each kind, as the editing service keeps it in the history: positions are the row's
// place in its ordered list (0 = first), so a snapshot can be put back where it was.

export interface OutcomeGroupRow {
  id: string;
  name: string;
  position: number;
}

export interface OutcomeDomainRow {
  id: string;
  groupId: string;
  name: string;
  description: string | null;
  higherIsBetter: boolean;
  position: number;
}

export interface ApproachTypeRow {
  id: string;
  name: string;
  description: string | null;
}

export interface AreaRow {
  id: string;
  name: string;
  kind: AreaKind;
  parentId: string | null;
}

interface DomainRow {
  id: string;
  name: string;
  group_id: string;
  higher_is_better: number;
  description: string | null;
}

const domainOf = (d: DomainRow) => ({
  id: d.id,
  name: d.name,
  groupId: d.group_id,
  higherIsBetter: d.higher_is_better === 1,
  description: d.description,
});

export type ReferenceTable = 'outcome_groups' | 'outcome_domains' | 'approach_types' | 'areas';

export function referenceIdTaken(db: Database, table: ReferenceTable, id: string): boolean {
  return db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

/** The id of another row with this name (ignoring case), in the same group for outcome domains. */
export function sameNamed(
  db: Database,
  table: ReferenceTable,
  name: string,
  exceptId: string | undefined,
  groupId?: string,
): string | null {
  const row = db
    .prepare(
      `SELECT id FROM ${table} WHERE lower(trim(name)) = lower(trim(@name)) AND id IS NOT @exceptId
       ${groupId === undefined ? '' : 'AND group_id = @groupId'} LIMIT 1`,
    )
    .get({ name, exceptId: exceptId ?? null, ...(groupId === undefined ? {} : { groupId }) }) as
    { id: string } | undefined;
  return row?.id ?? null;
}

const groupIds = (db: Database) =>
  (db.prepare('SELECT id FROM outcome_groups ORDER BY position, id').all() as { id: string }[]).map(
    (r) => r.id,
  );

const domainIdsIn = (db: Database, groupId: string) =>
  (
    db.prepare('SELECT id FROM outcome_domains WHERE group_id = ? ORDER BY position, id').all(groupId) as {
      id: string;
    }[]
  ).map((r) => r.id);

/** Writes positions 0, 1, 2… in the given order. */
function renumber(db: Database, table: 'outcome_groups' | 'outcome_domains', ids: readonly string[]): void {
  const set = db.prepare(`UPDATE ${table} SET position = ? WHERE id = ?`);
  ids.forEach((id, i) => set.run(i, id));
}

/** `ids` without `id`, then `id` put at `position` (or last). */
function placed(ids: readonly string[], id: string, position: number): string[] {
  const rest = ids.filter((x) => x !== id);
  rest.splice(Math.min(position, rest.length), 0, id);
  return rest;
}

export function getOutcomeGroup(db: Database, id: string): OutcomeGroupRow | null {
  const row = db.prepare('SELECT id, name FROM outcome_groups WHERE id = ?').get(id) as
    { id: string; name: string } | undefined;
  return row === undefined ? null : { ...row, position: groupIds(db).indexOf(id) };
}

/** Inserts or updates a group and puts it at its position among the groups. */
export function putOutcomeGroup(db: Database, group: OutcomeGroupRow): void {
  db.prepare(
    `INSERT INTO outcome_groups (id, name, position) VALUES (@id, @name, 0)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name`,
  ).run(group);
  renumber(db, 'outcome_groups', placed(groupIds(db), group.id, group.position));
}

export function deleteOutcomeGroupRow(db: Database, id: string): void {
  db.prepare('DELETE FROM outcome_groups WHERE id = ?').run(id);
  renumber(db, 'outcome_groups', groupIds(db));
}

export function getOutcomeDomain(db: Database, id: string): OutcomeDomainRow | null {
  const row = db
    .prepare('SELECT id, name, group_id, higher_is_better, description FROM outcome_domains WHERE id = ?')
    .get(id) as DomainRow | undefined;
  if (row === undefined) return null;
  return { ...domainOf(row), position: domainIdsIn(db, row.group_id).indexOf(id) };
}

/** Inserts or updates a domain and puts it at its position in its group (closing the gap it left). */
export function putOutcomeDomain(db: Database, domain: OutcomeDomainRow): void {
  const previous = db.prepare('SELECT group_id FROM outcome_domains WHERE id = ?').get(domain.id) as
    { group_id: string } | undefined;
  db.prepare(
    `INSERT INTO outcome_domains (id, group_id, name, description, higher_is_better, position)
     VALUES (@id, @groupId, @name, @description, @higherIsBetter, 0)
     ON CONFLICT (id) DO UPDATE SET group_id = excluded.group_id, name = excluded.name,
       description = excluded.description, higher_is_better = excluded.higher_is_better`,
  ).run({ ...domain, higherIsBetter: domain.higherIsBetter ? 1 : 0 });
  renumber(db, 'outcome_domains', placed(domainIdsIn(db, domain.groupId), domain.id, domain.position));
  if (previous !== undefined && previous.group_id !== domain.groupId)
    renumber(db, 'outcome_domains', domainIdsIn(db, previous.group_id));
}

export function deleteOutcomeDomainRow(db: Database, id: string): void {
  const row = db.prepare('SELECT group_id FROM outcome_domains WHERE id = ?').get(id) as
    { group_id: string } | undefined;
  db.prepare('DELETE FROM outcome_domains WHERE id = ?').run(id);
  if (row !== undefined) renumber(db, 'outcome_domains', domainIdsIn(db, row.group_id));
}

/** The outcome results of a domain recorded with the given direction. */
export function resultsWithDirection(db: Database, domainId: string, higherIsBetter: boolean): string[] {
  return (
    db
      .prepare(
        'SELECT id FROM outcome_results WHERE outcome_domain_id = ? AND higher_is_better = ? ORDER BY id',
      )
      .all(domainId, higherIsBetter ? 1 : 0) as { id: string }[]
  ).map((r) => r.id);
}

export function setResultDirections(db: Database, ids: readonly string[], higherIsBetter: boolean): void {
  const set = db.prepare(
    `UPDATE outcome_results SET higher_is_better = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
     WHERE id = ?`,
  );
  for (const id of ids) set.run(higherIsBetter ? 1 : 0, id);
}

/** The rows that record an outcome, by table: what a merge moves to another outcome. */
export interface OutcomeRecords {
  outcomeResults: string[];
  unitCosts: string[];
  baselineRates: string[];
  /** Absent in merges recorded before briefs were stored. */
  briefs?: string[];
}

const RECORD_TABLES = {
  outcomeResults: 'outcome_results',
  unitCosts: 'unit_costs',
  baselineRates: 'baseline_rates',
  briefs: 'briefs',
} as const satisfies Record<keyof OutcomeRecords, string>;

export function outcomeRecords(db: Database, domainId: string): OutcomeRecords {
  const ids = (table: string) =>
    (
      db.prepare(`SELECT id FROM ${table} WHERE outcome_domain_id = ? ORDER BY id`).all(domainId) as {
        id: string;
      }[]
    ).map((r) => r.id);
  return {
    outcomeResults: ids(RECORD_TABLES.outcomeResults),
    unitCosts: ids(RECORD_TABLES.unitCosts),
    baselineRates: ids(RECORD_TABLES.baselineRates),
    briefs: ids(RECORD_TABLES.briefs),
  };
}

/** Makes the given rows record `domainId`. */
export function reassignOutcomeRecords(db: Database, records: OutcomeRecords, domainId: string): void {
  for (const key of Object.keys(RECORD_TABLES) as (keyof OutcomeRecords)[]) {
    const set = db.prepare(`UPDATE ${RECORD_TABLES[key]} SET outcome_domain_id = ? WHERE id = ?`);
    for (const id of records[key] ?? []) set.run(domainId, id);
  }
}

/** How many baseline rates of one outcome share an area and year with one of another's. */
export function sharedBaselineRates(db: Database, fromId: string, intoId: string): number {
  return (
    db
      .prepare(
        `SELECT count(*) AS n FROM baseline_rates a JOIN baseline_rates b
           ON a.area_id IS b.area_id AND a.year IS b.year
         WHERE a.outcome_domain_id = ? AND b.outcome_domain_id = ?`,
      )
      .get(fromId, intoId) as { n: number }
  ).n;
}

export function getApproachType(db: Database, id: string): ApproachTypeRow | null {
  const row = db.prepare('SELECT id, name, description FROM approach_types WHERE id = ?').get(id) as
    ApproachTypeRow | undefined;
  return row ?? null;
}

export function putApproachType(db: Database, type: ApproachTypeRow): void {
  db.prepare(
    `INSERT INTO approach_types (id, name, description) VALUES (@id, @name, @description)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description`,
  ).run(type);
}

export function deleteApproachTypeRow(db: Database, id: string): void {
  db.prepare('DELETE FROM approach_types WHERE id = ?').run(id);
}

export function getArea(db: Database, id: string): AreaRow | null {
  const row = db.prepare('SELECT id, name, kind, parent_id FROM areas WHERE id = ?').get(id) as
    { id: string; name: string; kind: AreaKind; parent_id: string | null } | undefined;
  return row === undefined ? null : { id: row.id, name: row.name, kind: row.kind, parentId: row.parent_id };
}

export function putArea(db: Database, area: AreaRow): void {
  db.prepare(
    `INSERT INTO areas (id, name, kind, parent_id) VALUES (@id, @name, @kind, @parentId)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, parent_id = excluded.parent_id`,
  ).run(area);
}

export function deleteAreaRow(db: Database, id: string): void {
  db.prepare('DELETE FROM areas WHERE id = ?').run(id);
}

/** The areas above `id` (its parent, its parent's parent, …), nearest first. */
export function areaAncestors(db: Database, id: string): string[] {
  return (
    db
      .prepare(
        `WITH RECURSIVE up (id, depth) AS (
           SELECT parent_id, 1 FROM areas WHERE id = ? AND parent_id IS NOT NULL
           UNION ALL
           SELECT a.parent_id, up.depth + 1 FROM areas a JOIN up ON a.id = up.id
           WHERE a.parent_id IS NOT NULL AND up.depth < 100
         )
         SELECT id FROM up ORDER BY depth`,
      )
      .all(id) as { id: string }[]
  ).map((r) => r.id);
}

// ---------------------------------------------------------------------------------------------
// What uses a row, counted by kind: a row in use is never deleted, so nothing is orphaned.

export interface Use {
  /** Plural, e.g. "outcome results". */
  label: string;
  count: number;
  /** Counted, e.g. "1 outcome result", "12 outcome results". */
  text: string;
}

/** One kind of use: the rows of `table` whose `column` holds the id. */
interface UseKind {
  singular: string;
  plural: string;
  table: string;
  column: string;
}

const use = (singular: string, plural: string, table: string, column: string): UseKind => ({
  singular,
  plural,
  table,
  column,
});

const USES = {
  outcomeGroups: [use('outcome domain', 'outcome domains', 'outcome_domains', 'group_id')],
  outcomeDomains: [
    use('outcome result', 'outcome results', 'outcome_results', 'outcome_domain_id'),
    use('unit cost', 'unit costs', 'unit_costs', 'outcome_domain_id'),
    use('baseline rate', 'baseline rates', 'baseline_rates', 'outcome_domain_id'),
    use('brief', 'briefs', 'briefs', 'outcome_domain_id'),
  ],
  approachTypes: [use('intervention', 'interventions', 'interventions', 'approach_type_id')],
  areas: [
    use('intervention', 'interventions', 'intervention_areas', 'area_id'),
    use('area inside it', 'areas inside it', 'areas', 'parent_id'),
    use('baseline rate', 'baseline rates', 'baseline_rates', 'area_id'),
    use('brief', 'briefs', 'briefs', 'area_id'),
  ],
} as const satisfies Record<string, readonly UseKind[]>;

const counted = (kind: UseKind, count: number): Use => ({
  label: kind.plural,
  count,
  text: formatCount(count, kind.singular, kind.plural),
});

function countUses(db: Database, kinds: readonly UseKind[], id: string): Use[] {
  return kinds
    .map((k) =>
      counted(
        k,
        (db.prepare(`SELECT count(*) AS n FROM ${k.table} WHERE ${k.column} = ?`).get(id) as { n: number }).n,
      ),
    )
    .filter((u) => u.count > 0);
}

export const outcomeGroupUses = (db: Database, id: string) => countUses(db, USES.outcomeGroups, id);
export const outcomeDomainUses = (db: Database, id: string) => countUses(db, USES.outcomeDomains, id);
export const approachTypeUses = (db: Database, id: string) => countUses(db, USES.approachTypes, id);
export const areaUses = (db: Database, id: string) => countUses(db, USES.areas, id);

/** What uses every row of every list, as counted phrases by id (rows not in use are left out). */
export function referenceUsage(db: Database): ReferenceUsage {
  const usage = (kinds: readonly UseKind[]): Record<string, string[]> => {
    const out: Record<string, string[]> = {};
    for (const k of kinds) {
      const rows = db
        .prepare(
          `SELECT ${k.column} AS id, count(*) AS n FROM ${k.table} WHERE ${k.column} IS NOT NULL GROUP BY 1`,
        )
        .all() as { id: string; n: number }[];
      for (const r of rows) (out[r.id] ??= []).push(counted(k, r.n).text);
    }
    return out;
  };
  return {
    outcomeGroups: usage(USES.outcomeGroups),
    outcomeDomains: usage(USES.outcomeDomains),
    approachTypes: usage(USES.approachTypes),
    areas: usage(USES.areas),
  };
}
