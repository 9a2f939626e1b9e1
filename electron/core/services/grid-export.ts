// A grid exported as shown: the same query as the screen (filters, search, sort) run page by page
// until every matching row is read, written with the visible columns in their order under the
// headings the screen shows, as CSV or XLSX.
import type { Database } from 'better-sqlite3';
import type { CsvCell } from '../../../shared/format/csv';
import { ApiFailure } from '../../../shared/errors';
import {
  EXPORT_MEDIA_TYPES,
  type ExportEntity,
  type ExportFile,
  type ExportFormat,
  GridExportInputSchema,
  type GridExportRequest,
} from '../../../shared/model/exports';
import { shownOrganisations } from '../../../shared/model/organisations';
import { writeCsv } from '../io/csv-export';
import type { ExportTable } from '../io/export-table';
import {
  COST_ITEM_COLUMNS,
  type ColumnSet,
  defaultColumns,
  ENTITY_COLUMNS,
  EVALUATION_COLUMNS,
  INTERVENTION_COLUMNS,
  ORGANISATION_COLUMNS,
  OUTCOME_RESULT_COLUMNS,
} from '../io/grid-columns';
import { writeXlsx } from '../io/xlsx-export';
import { listAllCostItems } from '../repos/cost-items';
import { listInterventions } from '../repos/interventions';
import { listOrganisations } from '../repos/organisations';
import { listEvaluationRows } from '../repos/study-grids';
import { listOutcomeResults } from './study-grids';

/** Rows read per query: the list APIs' page size limit, so each read stays as cheap as a screen's. */
const CHUNK = 500;

/** Every row of a paged list, page after page (the sort ends on a unique key, so pages never overlap). */
function allPages<TRow>(page: (paging: { offset: number; limit: number }) => { rows: TRow[] }): TRow[] {
  const rows: TRow[] = [];
  for (let offset = 0; ; offset += CHUNK) {
    const chunk = page({ offset, limit: CHUNK }).rows;
    rows.push(...chunk);
    if (chunk.length < CHUNK) return rows;
  }
}

/** The table of the chosen columns, in their order, under the given headings. */
export function tableOf<TRow>(
  set: ColumnSet<TRow>,
  rows: readonly TRow[],
  columns: readonly { id: string; header: string }[],
  meta: { title: string; notes: ExportTable['notes'] },
): ExportTable {
  const chosen = columns.map((c, i) => {
    const column = Object.hasOwn(set, c.id) ? set[c.id] : undefined;
    if (column === undefined) {
      throw new ApiFailure(
        'INVALID_INPUT',
        `columns.${i}.id: no column "${c.id}" in this grid`,
        `columns.${i}.id`,
      );
    }
    return { column, header: c.header };
  });
  return {
    title: meta.title,
    headers: chosen.flatMap(({ column, header }) => column.headings?.(header) ?? [header]),
    rows: rows.map((row) => chosen.flatMap(({ column }) => column.cells(row)) as CsvCell[]),
    notes: meta.notes,
  };
}

const TITLES = {
  interventions: 'Catalogue',
  evaluations: 'Evaluations',
  'outcome-results': 'Outcome results',
  organisations: 'Organisations',
} as const;

function gridTable(db: Database, request: GridExportRequest): ExportTable {
  const meta = { title: TITLES[request.grid], notes: request.notes };
  switch (request.grid) {
    case 'interventions': {
      const { query } = request;
      const rows = allPages((p) => listInterventions(db, { ...query, ...p }));
      return tableOf(INTERVENTION_COLUMNS, rows, request.columns, meta);
    }
    case 'evaluations': {
      const { query } = request;
      const rows = allPages((p) => listEvaluationRows(db, { ...query, ...p }));
      return tableOf(EVALUATION_COLUMNS, rows, request.columns, meta);
    }
    case 'outcome-results': {
      const { query } = request;
      const rows = allPages((p) => listOutcomeResults(db, { ...query, ...p }));
      return tableOf(OUTCOME_RESULT_COLUMNS, rows, request.columns, meta);
    }
    case 'organisations': {
      const rows = shownOrganisations(listOrganisations(db), request.query);
      return tableOf(ORGANISATION_COLUMNS, rows, request.columns, meta);
    }
  }
}

/** The file name an export suggests: what it holds and the day, e.g. "evaluations-2026-11-26.xlsx". */
export function exportFileName(what: string, format: ExportFormat, now = new Date()): string {
  return `${what.toLowerCase().replace(/\s+/g, '-')}-${now.toISOString().slice(0, 10)}.${format}`;
}

/** A table written in the format asked for, as the API hands files over. */
export async function exportFile(table: ExportTable, format: ExportFormat): Promise<ExportFile> {
  const bytes = format === 'csv' ? writeCsv(table) : await writeXlsx(table);
  return {
    fileName: exportFileName(table.title, format),
    mediaType: EXPORT_MEDIA_TYPES[format],
    content: bytes.toString('base64'),
    rowCount: table.rows.length,
  };
}

/** Every row of an entity with its default columns, in the grid's default order (for `ewb export`). */
export function exportEntity(
  db: Database,
  input: { entity: ExportEntity; format: ExportFormat },
): Promise<ExportFile> {
  const { entity, format } = input;
  if (entity === 'cost-items') {
    const table = tableOf(COST_ITEM_COLUMNS, listAllCostItems(db), defaultColumns(COST_ITEM_COLUMNS), {
      title: 'Cost items',
      notes: [],
    });
    return exportGridTable(table, format);
  }
  const columns = defaultColumns<unknown>(ENTITY_COLUMNS[entity] as ColumnSet<unknown>);
  // The schema's defaults give the grid's default query: no filters, no search, its default sort.
  return exportGrid(db, GridExportInputSchema.parse({ grid: entity, query: {}, columns, format }));
}

export function exportGrid(db: Database, request: GridExportRequest): Promise<ExportFile> {
  return exportGridTable(gridTable(db, request), request.format);
}

function exportGridTable(table: ExportTable, format: ExportFormat): Promise<ExportFile> {
  table.notes = [
    { label: 'Exported', value: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC' },
    { label: 'Rows', value: String(table.rows.length) },
    ...table.notes,
  ];
  return exportFile(table, format);
}
