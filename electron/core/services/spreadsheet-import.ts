// Importing a spreadsheet into one kind of record: read the file (refusing unsafe ones), map its
// columns, check every row, then write all rows in one transaction or none. Used by the API's
// import methods and import jobs, and by `ewb import`; a dry run is the same without the write.
import { ApiFailure } from '../../../shared/errors';
import type {
  ImportEntity,
  ImportError,
  ImportInspection,
  ImportPhase,
  ImportReport,
  ImportSource,
  TableFormat,
} from '../../../shared/model/import';
import { IMPORT_LIMITS, type ColumnMapping } from '../../../shared/model/import';
import type { Library } from '../library';
import { rememberedMapping, rememberMapping } from '../repos/import-mappings';
import {
  checkContext,
  checkTable,
  ImportCancelled,
  PREVIEW_ROWS,
  type CheckedTable,
} from '../io/import/check-rows';
import { autoMatch, derivedColumns, headerKey, mappingErrors } from '../io/import/column-mapping';
import { ENTITY_SPECS, importFields } from '../io/import/fields';
import { ImportProblem, type SourceTable } from '../io/import/source-table';
import { TABLE_READERS } from '../io/import/table-readers';
import { writeRecords } from '../io/import/write-records';

/** A file as the core receives it: from the API (decoded from base64) or from the CLI (read from disk). */
export interface SpreadsheetFile {
  fileName: string;
  format: TableFormat;
  bytes: Buffer;
}

export function fromApiSource(source: ImportSource): SpreadsheetFile {
  return { fileName: source.fileName, format: source.format, bytes: Buffer.from(source.content, 'base64') };
}

export async function readTable(file: SpreadsheetFile): Promise<SourceTable> {
  if (file.bytes.length > IMPORT_LIMITS.fileBytes) {
    throw new ImportProblem(`the file is larger than ${IMPORT_LIMITS.fileBytes / (1024 * 1024)} MB`);
  }
  try {
    return await TABLE_READERS[file.format](file.bytes);
  } catch (error) {
    if (error instanceof ImportProblem) throw error;
    // Whatever a parser throws on a malformed file becomes a message, never a crash.
    throw new ImportProblem(
      `the file could not be read as ${file.format.toUpperCase()} (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

function chooseMapping(library: Library, entity: ImportEntity, headers: string[], given?: ColumnMapping) {
  if (given !== undefined) return { mapping: given, remembered: false };
  const remembered = rememberedMapping(library.db, entity, headerKey(headers));
  return remembered === null
    ? { mapping: autoMatch(headers, entity), remembered: false }
    : { mapping: remembered, remembered: true };
}

export async function inspectImport(
  library: Library,
  input: { file: SpreadsheetFile; entity: ImportEntity },
): Promise<ImportInspection> {
  const table = await readTable(input.file);
  const { mapping, remembered } = chooseMapping(library, input.entity, table.headers);
  return {
    headers: table.headers,
    rowCount: table.rows.length,
    fields: importFields(input.entity),
    mapping,
    mappingRemembered: remembered,
    derivedColumns: derivedColumns(table.headers, input.entity, mapping),
  };
}

export interface ImportHooks {
  onProgress?: (phase: ImportPhase, done: number, total: number) => void;
  isCancelled?: () => boolean;
}

export interface ImportRequest {
  file: SpreadsheetFile;
  entity: ImportEntity;
  mapping?: ColumnMapping | undefined;
  by: string;
}

interface Checked {
  table: SourceTable | null;
  mapping: ColumnMapping;
  checked: CheckedTable;
}

const problemOnly = (problem: ImportError, mapping: ColumnMapping = {}): Checked => ({
  table: null,
  mapping,
  checked: { records: [], errors: [problem], preview: [], truncated: false },
});

async function readAndCheck(library: Library, request: ImportRequest, hooks: ImportHooks): Promise<Checked> {
  hooks.onProgress?.('reading', 0, 1);
  let table: SourceTable;
  try {
    table = await readTable(request.file);
  } catch (error) {
    if (error instanceof ImportProblem) return problemOnly(error.problem);
    throw error;
  }
  const { mapping } = chooseMapping(library, request.entity, table.headers, request.mapping);
  const problems = mappingErrors(mapping, table.headers, ENTITY_SPECS[request.entity].fields);
  if (problems.length > 0) {
    return { table, mapping, checked: { records: [], errors: problems, preview: [], truncated: false } };
  }
  if (table.rows.length === 0)
    return problemOnly(
      { row: 0, column: null, field: null, message: 'the file has no rows under its header' },
      mapping,
    );
  const context = checkContext(library.db, request.entity, request.by);
  const checked = await checkTable(context, table, mapping, {
    onProgress: (done, total) => hooks.onProgress?.('checking', done, total),
    ...(hooks.isCancelled === undefined ? {} : { isCancelled: hooks.isCancelled }),
  });
  if (checked.truncated) {
    checked.errors.push({
      row: 0,
      column: null,
      field: null,
      message: 'there are more errors than are listed here',
    });
  }
  return { table, mapping, checked };
}

/** The dry run: every row checked, every error listed by row and column; nothing is written. */
export async function checkImport(
  library: Library,
  request: ImportRequest,
  hooks: ImportHooks = {},
): Promise<ImportReport> {
  const { table, mapping, checked } = await readAndCheck(library, request, hooks);
  return {
    entity: request.entity,
    rowCount: table?.rows.length ?? 0,
    errors: checked.errors,
    preview: checked.preview.slice(0, PREVIEW_ROWS),
    mapping,
    derivedColumns: table === null ? [] : derivedColumns(table.headers, request.entity, mapping),
  };
}

export interface ImportOutcome {
  imported: number;
  errors: ImportError[];
}

/** Checks, then writes every row in one transaction; with any error, writes nothing. */
export async function runImport(
  library: Library,
  request: ImportRequest,
  hooks: ImportHooks = {},
): Promise<ImportOutcome> {
  if (library.readOnlyReason !== null) throw new ApiFailure('READ_ONLY', library.readOnlyReason);
  const { table, mapping, checked } = await readAndCheck(library, request, hooks);
  if (checked.errors.length > 0 || table === null) return { imported: 0, errors: checked.errors };
  const total = checked.records.length;
  hooks.onProgress?.('writing', 0, total);
  // The last moment a cancel is heard: the write itself is one transaction, all or nothing.
  if (hooks.isCancelled?.() === true) throw new ImportCancelled('The import was cancelled.');
  const ids = writeRecords(library, {
    entity: request.entity,
    records: checked.records,
    by: request.by,
    fileName: request.file.fileName,
    format: request.file.format,
    alsoWrite: (db) => rememberMapping(db, request.entity, headerKey(table.headers), mapping),
  });
  hooks.onProgress?.('writing', total, total);
  return { imported: ids.length, errors: [] };
}
