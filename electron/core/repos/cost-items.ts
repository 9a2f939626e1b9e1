// Cost items of interventions.
import type { Database } from 'better-sqlite3';
import { statement } from './statements';
import type { BundleCostItem } from '../../../shared/model/bundle';
import type { CostItemView } from '../../../shared/model/catalogue';
import type { CostBasis, CostCategory } from '../../../shared/model/vocabulary';
import { citationsFor, insertCitations } from './source-citations';

interface CostItemRow {
  id: string;
  intervention_id: string;
  description: string;
  category: CostCategory;
  amount: number;
  amount_low: number | null;
  amount_high: number | null;
  currency: string;
  price_year: number;
  basis: CostBasis;
  participants: number | null;
  years: number | null;
  illustrative: number;
}

export function insertCostItem(db: Database, interventionId: string, item: BundleCostItem): void {
  statement(
    db,
    `INSERT INTO cost_items (id, intervention_id, description, category, amount, amount_low, amount_high,
       currency, price_year, basis, participants, years, illustrative)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    item.id,
    interventionId,
    item.description,
    item.category,
    item.amount,
    item.amountLow ?? null,
    item.amountHigh ?? null,
    item.currency,
    item.priceYear,
    item.basis,
    item.participants ?? null,
    item.years ?? null,
    item.illustrative ? 1 : 0,
  );
  insertCitations(db, 'cost_item', item.id, item.sources);
}

function toCostItemView(r: CostItemRow, sources: Map<string, CostItemView['sources']>): CostItemView {
  return {
    id: r.id,
    description: r.description,
    category: r.category,
    amount: r.amount,
    amountLow: r.amount_low,
    amountHigh: r.amount_high,
    currency: r.currency,
    priceYear: r.price_year,
    basis: r.basis,
    participants: r.participants,
    years: r.years,
    illustrative: r.illustrative === 1,
    sources: sources.get(r.id) ?? [],
  };
}

export function costItemsOf(db: Database, interventionId: string): CostItemView[] {
  return costItemsOfMany(db, [interventionId]).get(interventionId) ?? [];
}

/** The cost items of each of many interventions, in two queries (items, then their sources). */
export function costItemsOfMany(
  db: Database,
  interventionIds: readonly string[],
): Map<string, CostItemView[]> {
  const rows = statement(
    db,
    `SELECT * FROM cost_items WHERE intervention_id IN (SELECT value FROM json_each(?))
     ORDER BY intervention_id, rowid`,
  ).all(JSON.stringify(interventionIds)) as CostItemRow[];
  const sources = citationsFor(
    db,
    'cost_item',
    rows.map((r) => r.id),
  );
  const byIntervention = new Map<string, CostItemView[]>();
  for (const r of rows) {
    const items = byIntervention.get(r.intervention_id);
    if (items === undefined) byIntervention.set(r.intervention_id, [toCostItemView(r, sources)]);
    else items.push(toCostItemView(r, sources));
  }
  return byIntervention;
}

/** Stores the derived cost per participant on the intervention, for sorting and filtering. */
export function storeCostSummary(
  db: Database,
  interventionId: string,
  summary: { amount: number; currency: string; priceYear: number } | null,
): void {
  statement(
    db,
    'UPDATE interventions SET cost_per_participant = ?, cost_currency = ?, cost_price_year = ? WHERE id = ?',
  ).run(summary?.amount ?? null, summary?.currency ?? null, summary?.priceYear ?? null, interventionId);
}

export function deleteCostItem(db: Database, id: string): void {
  statement(db, "DELETE FROM source_citations WHERE entity_type = 'cost_item' AND entity_id = ?").run(id);
  statement(db, 'DELETE FROM cost_items WHERE id = ?').run(id);
}

/** The intervention a cost item belongs to, or null when there is no such item. */
export function interventionOfCostItem(db: Database, id: string): string | null {
  const row = statement(db, 'SELECT intervention_id FROM cost_items WHERE id = ?').get(id) as
    { intervention_id: string } | undefined;
  return row?.intervention_id ?? null;
}

/** A cost item with the name of its intervention, as a whole-library export lists it. */
export type CostItemListRow = Omit<CostItemView, 'illustrative' | 'sources'> & { interventionName: string };

/** Every cost item in the library, by intervention name and then in the order they were entered. */
export function listAllCostItems(db: Database): CostItemListRow[] {
  return db
    .prepare(
      `SELECT c.id, i.name AS interventionName, c.description, c.category, c.amount, c.amount_low AS amountLow,
         c.amount_high AS amountHigh, c.currency, c.price_year AS priceYear, c.basis, c.participants, c.years
       FROM cost_items c JOIN interventions i ON i.id = c.intervention_id
       ORDER BY i.name COLLATE NOCASE, i.id, c.rowid`,
    )
    .all() as CostItemListRow[];
}
