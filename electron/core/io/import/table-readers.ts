// The spreadsheet formats an import reads, one reader each. A new tabular format plugs in here;
// formats that are not tables (json bundles, RIS references) have their own importers beside this.
import type { TableFormat } from '../../../../shared/model/import';
import { readCsv } from './csv-reader';
import type { TableReader } from './source-table';
import { readXlsx } from './xlsx-reader';

export const TABLE_READERS: Record<TableFormat, TableReader> = {
  csv: readCsv,
  xlsx: readXlsx,
};
