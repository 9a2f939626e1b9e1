// The reference data value for money is computed from (price index, price year, discount rate,
// unit costs of outcomes, baseline rates): read whole for the Library settings page, and changed
// one write at a time, each in one transaction with its change history, so undo covers it.
import type { Database } from 'better-sqlite3';
import { GREEN_BOOK_DISCOUNT_RATE } from '../../../shared/analysis/costs/discounting';
import { ApiFailure } from '../../../shared/errors';
import type { DeleteOutcome } from '../../../shared/model/editing';
import type { z } from 'zod';
import {
  type BaselineRateSaveSchema,
  GDP_DEFLATOR_SERIES,
  type PriceIndexReplaceSchema,
  type PriceIndexRow,
  type UnitCostSaveSchema,
  type ValueSettings,
  type ValueSettingsSaveSchema,
} from '../../../shared/model/value';
import type { Library } from '../library';
import {
  type BaselineRateRecord,
  deleteBaselineRateRow,
  getBaselineRate,
  insertBaselineRate,
  listBaselineRates,
  updateBaselineRate,
} from '../repos/baseline-rates';
import { type ChangeEntry, recordChange } from '../repos/change-history';
import { deleteSetting, getSetting, setSetting } from '../repos/library-settings';
import { priceIndexRows, replacePriceIndexRows } from '../repos/price-index';
import { newId } from '../repos/record-ids';
import {
  deleteUnitCostRow,
  getUnitCost,
  insertUnitCost,
  listUnitCosts,
  type UnitCostRecord,
  updateUnitCost,
} from '../repos/unit-costs';
import { PRICE_INDEX_NAME } from './value-figures';

const DISCOUNT_RATE_SOURCE = 'HM Treasury Green Book: 3.5% a year (social time preference rate)';

/** The history entity types of value reference data, which undo restores here. */
export const VALUE_ENTITY_TYPES = ['unit_cost', 'baseline_rate', 'price_index', 'value_settings'] as const;
type ValueEntityType = (typeof VALUE_ENTITY_TYPES)[number];
const SETTINGS_ENTITY_ID = 'value';

/** The two settings as stored: null where the default applies. */
export interface SettingsState {
  priceYear: number | null;
  discountRate: number | null;
}

interface PriceIndexState {
  series: string;
  rows: PriceIndexRow[];
}

export function settingsState(db: Database): SettingsState {
  const year = getSetting(db, 'value_price_year');
  const rate = getSetting(db, 'value_discount_rate');
  return {
    priceYear: year === null ? null : Number(year),
    discountRate: rate === null ? null : Number(rate),
  };
}

export function writeSettingsState(db: Database, state: SettingsState): void {
  if (state.priceYear === null) deleteSetting(db, 'value_price_year');
  else setSetting(db, 'value_price_year', String(state.priceYear));
  if (state.discountRate === null) deleteSetting(db, 'value_discount_rate');
  else setSetting(db, 'value_discount_rate', String(state.discountRate));
}

/** The price year the user chose (null: the default) and the discount rate in use, with its source. */
export function valueSettingsInUse(db: Database): {
  priceYear: number | null;
  discountRate: number;
  discountRateSource: string;
} {
  const state = settingsState(db);
  return {
    priceYear: state.priceYear,
    discountRate: state.discountRate ?? GREEN_BOOK_DISCOUNT_RATE,
    discountRateSource: state.discountRate === null ? DISCOUNT_RATE_SOURCE : 'set in Library settings',
  };
}

export function readValueSettings(db: Database): ValueSettings {
  const state = settingsState(db);
  const rows = priceIndexRows(db, GDP_DEFLATOR_SERIES);
  const latest = rows.at(-1)?.year ?? null;
  return {
    priceYear: {
      value: state.priceYear ?? latest,
      isDefault: state.priceYear === null,
      defaultValue: latest,
    },
    discountRate: {
      value: state.discountRate ?? GREEN_BOOK_DISCOUNT_RATE,
      isDefault: state.discountRate === null,
      defaultValue: GREEN_BOOK_DISCOUNT_RATE,
      source: DISCOUNT_RATE_SOURCE,
    },
    priceIndex: { series: GDP_DEFLATOR_SERIES, name: PRICE_INDEX_NAME, rows },
    unitCosts: listUnitCosts(db),
    baselineRates: listBaselineRates(db),
  };
}

function invalid(field: string, message: string): ApiFailure {
  return new ApiFailure('INVALID_INPUT', `${field}: ${message}`, field);
}

function requireRow(
  db: Database,
  table: 'outcome_domains' | 'areas',
  id: string,
  field: string,
  what: string,
): void {
  if (db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) === undefined) {
    throw invalid(field, `there is no ${what} "${id}"`);
  }
}

export function saveValueSettings(
  library: Library,
  input: z.output<typeof ValueSettingsSaveSchema>,
): ValueSettings {
  return library.write(() => {
    const db = library.db;
    const before = settingsState(db);
    const after: SettingsState = {
      priceYear: input.priceYear === undefined ? before.priceYear : input.priceYear,
      discountRate: input.discountRate === undefined ? before.discountRate : input.discountRate,
    };
    const covered = priceIndexRows(db, GDP_DEFLATOR_SERIES).map((r) => r.year);
    if (after.priceYear !== null && covered.length > 0 && !covered.includes(after.priceYear)) {
      throw invalid(
        'priceYear',
        `the price index covers ${covered[0]}–${covered.at(-1)}, not ${after.priceYear}; paste an index that covers it first`,
      );
    }
    writeSettingsState(db, after);
    recordChange(db, {
      userName: input.by,
      entityType: 'value_settings',
      entityId: SETTINGS_ENTITY_ID,
      action: 'update',
      before,
      after,
    });
    return readValueSettings(db);
  });
}

export function replacePriceIndex(
  library: Library,
  input: z.output<typeof PriceIndexReplaceSchema>,
): { series: string; years: number } {
  return library.write(() => {
    const db = library.db;
    const before: PriceIndexState = { series: input.series, rows: priceIndexRows(db, input.series) };
    const rows = [...input.rows]
      .sort((a, b) => a.year - b.year)
      .map((r) => ({ ...r, source: input.source, sourceDate: input.sourceDate ?? null }));
    replacePriceIndexRows(db, input.series, rows);
    recordChange(db, {
      userName: input.by,
      entityType: 'price_index',
      entityId: input.series,
      action: before.rows.length === 0 ? 'create' : 'update',
      before: before.rows.length === 0 ? null : before,
      after: { series: input.series, rows } satisfies PriceIndexState,
    });
    return { series: input.series, years: rows.length };
  });
}

/** How one kind of reference row is read and written, for saving and deleting it with its history. */
interface ReferenceRows<R extends { id: string }> {
  entityType: 'unit_cost' | 'baseline_rate';
  what: string;
  table: 'unit_costs' | 'baseline_rates';
  get: (db: Database, id: string) => R | null;
  insert: (db: Database, r: R) => void;
  update: (db: Database, r: R) => void;
  remove: (db: Database, id: string) => void;
}

const UNIT_COSTS: ReferenceRows<UnitCostRecord> = {
  entityType: 'unit_cost',
  what: 'unit cost',
  table: 'unit_costs',
  get: getUnitCost,
  insert: insertUnitCost,
  update: updateUnitCost,
  remove: deleteUnitCostRow,
};

const BASELINE_RATES: ReferenceRows<BaselineRateRecord> = {
  entityType: 'baseline_rate',
  what: 'baseline rate',
  table: 'baseline_rates',
  get: getBaselineRate,
  insert: insertBaselineRate,
  update: updateBaselineRate,
  remove: deleteBaselineRateRow,
};

/** Creates (no id) or changes a row, recording it in the history; `name` makes a new row's id. */
function saveReference<R extends { id: string }>(
  db: Database,
  rows: ReferenceRows<R>,
  by: string,
  fields: Omit<R, 'id'> & { id?: string | undefined },
  name: string,
): { id: string } {
  const before = fields.id === undefined ? null : rows.get(db, fields.id);
  if (fields.id !== undefined && before === null) {
    throw new ApiFailure('NOT_FOUND', `No ${rows.what} with id "${fields.id}".`, 'id');
  }
  const record = { ...fields, id: fields.id ?? newId(db, rows.table, name) } as R;
  if (before === null) rows.insert(db, record);
  else rows.update(db, record);
  recordChange(db, {
    userName: by,
    entityType: rows.entityType,
    entityId: record.id,
    action: before === null ? 'create' : 'update',
    before,
    after: rows.get(db, record.id),
  });
  return { id: record.id };
}

export function saveUnitCost(library: Library, input: z.output<typeof UnitCostSaveSchema>): { id: string } {
  return library.write(() => {
    const db = library.db;
    const { by, ...fields } = input;
    if (fields.outcomeDomainId !== null)
      requireRow(db, 'outcome_domains', fields.outcomeDomainId, 'outcomeDomainId', 'outcome');
    return saveReference(db, UNIT_COSTS, by, fields, fields.name);
  });
}

export function saveBaselineRate(
  library: Library,
  input: z.output<typeof BaselineRateSaveSchema>,
): { id: string } {
  return library.write(() => {
    const db = library.db;
    const { by, ...fields } = input;
    requireRow(db, 'outcome_domains', fields.outcomeDomainId, 'outcomeDomainId', 'outcome');
    if (fields.areaId !== null) requireRow(db, 'areas', fields.areaId, 'areaId', 'area');
    const clash = db
      .prepare(
        'SELECT id FROM baseline_rates WHERE outcome_domain_id = ? AND area_id IS ? AND year IS ? AND id IS NOT ?',
      )
      .get(fields.outcomeDomainId, fields.areaId, fields.year, fields.id ?? null) as
      { id: string } | undefined;
    if (clash !== undefined) {
      throw new ApiFailure(
        'CONFLICT',
        `year: this outcome already has a baseline rate for that area and year ("${clash.id}"); change that one instead`,
        'year',
      );
    }
    const name = [fields.outcomeDomainId, fields.areaId, fields.year].filter((x) => x !== null).join('-');
    return saveReference(db, BASELINE_RATES, by, fields, name);
  });
}

function deleteReference<R extends { id: string }>(
  library: Library,
  rows: ReferenceRows<R>,
  input: { id: string; by: string },
): DeleteOutcome {
  return library.write(() => {
    const db = library.db;
    const before = rows.get(db, input.id);
    if (before === null) throw new ApiFailure('NOT_FOUND', `No ${rows.what} with id "${input.id}".`, 'id');
    rows.remove(db, input.id);
    recordChange(db, {
      userName: input.by,
      entityType: rows.entityType,
      entityId: input.id,
      action: 'delete',
      before,
      after: null,
    });
    return { deleted: true, dependents: [] };
  });
}

export const deleteUnitCost = (library: Library, input: { id: string; by: string }) =>
  deleteReference(library, UNIT_COSTS, input);
export const deleteBaselineRate = (library: Library, input: { id: string; by: string }) =>
  deleteReference(library, BASELINE_RATES, input);

export function isValueEntityType(type: string): type is ValueEntityType {
  return (VALUE_ENTITY_TYPES as readonly string[]).includes(type);
}

function restoreRow<R extends { id: string }>(
  db: Database,
  rows: ReferenceRows<R>,
  id: string,
  state: R | null,
): void {
  rows.remove(db, id);
  if (state !== null) rows.insert(db, state);
}

/** Puts one piece of value reference data back as a history entry saw it (null: it did not exist). */
export function restoreValueReference(
  db: Database,
  change: ChangeEntry & { entityType: ValueEntityType },
  state: unknown,
): void {
  switch (change.entityType) {
    case 'value_settings':
      writeSettingsState(db, state as SettingsState);
      return;
    case 'price_index':
      replacePriceIndexRows(db, change.entityId, state === null ? [] : (state as PriceIndexState).rows);
      return;
    case 'unit_cost':
      restoreRow(db, UNIT_COSTS, change.entityId, state as UnitCostRecord | null);
      return;
    case 'baseline_rate':
      restoreRow(db, BASELINE_RATES, change.entityId, state as BaselineRateRecord | null);
      return;
  }
}
