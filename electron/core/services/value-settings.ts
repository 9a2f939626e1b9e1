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
interface SettingsState {
  priceYear: number | null;
  discountRate: number | null;
}

interface PriceIndexState {
  series: string;
  rows: PriceIndexRow[];
}

function settingsState(db: Database): SettingsState {
  const year = getSetting(db, 'value_price_year');
  const rate = getSetting(db, 'value_discount_rate');
  return {
    priceYear: year === null ? null : Number(year),
    discountRate: rate === null ? null : Number(rate),
  };
}

function writeSettingsState(db: Database, state: SettingsState): void {
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

export function saveUnitCost(library: Library, input: z.output<typeof UnitCostSaveSchema>): { id: string } {
  return library.write(() => {
    const db = library.db;
    const { by, ...fields } = input;
    if (fields.outcomeDomainId !== null)
      requireRow(db, 'outcome_domains', fields.outcomeDomainId, 'outcomeDomainId', 'outcome');
    const before = fields.id === undefined ? null : getUnitCost(db, fields.id);
    if (fields.id !== undefined && before === null) {
      throw new ApiFailure('NOT_FOUND', `No unit cost with id "${fields.id}".`, 'id');
    }
    const record: UnitCostRecord = { ...fields, id: fields.id ?? newId(db, 'unit_costs', fields.name) };
    if (before === null) insertUnitCost(db, record);
    else updateUnitCost(db, record);
    recordChange(db, {
      userName: by,
      entityType: 'unit_cost',
      entityId: record.id,
      action: before === null ? 'create' : 'update',
      before,
      after: getUnitCost(db, record.id),
    });
    return { id: record.id };
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
    const before = fields.id === undefined ? null : getBaselineRate(db, fields.id);
    if (fields.id !== undefined && before === null) {
      throw new ApiFailure('NOT_FOUND', `No baseline rate with id "${fields.id}".`, 'id');
    }
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
    const record: BaselineRateRecord = { ...fields, id: fields.id ?? newId(db, 'baseline_rates', name) };
    if (before === null) insertBaselineRate(db, record);
    else updateBaselineRate(db, record);
    recordChange(db, {
      userName: by,
      entityType: 'baseline_rate',
      entityId: record.id,
      action: before === null ? 'create' : 'update',
      before,
      after: getBaselineRate(db, record.id),
    });
    return { id: record.id };
  });
}

function deleteReference(
  library: Library,
  input: { id: string; by: string },
  entityType: 'unit_cost' | 'baseline_rate',
): DeleteOutcome {
  return library.write(() => {
    const db = library.db;
    const isUnitCost = entityType === 'unit_cost';
    const before = isUnitCost ? getUnitCost(db, input.id) : getBaselineRate(db, input.id);
    if (before === null) {
      throw new ApiFailure(
        'NOT_FOUND',
        `No ${isUnitCost ? 'unit cost' : 'baseline rate'} with id "${input.id}".`,
        'id',
      );
    }
    if (isUnitCost) deleteUnitCostRow(db, input.id);
    else deleteBaselineRateRow(db, input.id);
    recordChange(db, {
      userName: input.by,
      entityType,
      entityId: input.id,
      action: 'delete',
      before,
      after: null,
    });
    return { deleted: true, dependents: [] };
  });
}

export const deleteUnitCost = (library: Library, input: { id: string; by: string }) =>
  deleteReference(library, input, 'unit_cost');
export const deleteBaselineRate = (library: Library, input: { id: string; by: string }) =>
  deleteReference(library, input, 'baseline_rate');

export function isValueEntityType(type: string): type is ValueEntityType {
  return (VALUE_ENTITY_TYPES as readonly string[]).includes(type);
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
      deleteUnitCostRow(db, change.entityId);
      if (state !== null) insertUnitCost(db, state as UnitCostRecord);
      return;
    case 'baseline_rate':
      deleteBaselineRateRow(db, change.entityId);
      if (state !== null) insertBaselineRate(db, state as BaselineRateRecord);
      return;
  }
}
