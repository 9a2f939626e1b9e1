// `ewb import --format csv|xlsx`: the rows of a spreadsheet into the library through the same
// checks and all-or-nothing write as the app's import wizard.
import { existsSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { basename, resolve } from 'node:path';
import {
  ColumnMappingSchema,
  describeImportError,
  IMPORT_ENTITIES,
  type ImportEntity,
  type ImportError,
  type ImportPhase,
  type TableFormat,
} from '../../../shared/model/import';
import { checkImport, runImport, type SpreadsheetFile } from '../../core/services/spreadsheet-import';
import type { Library } from '../../core/library';
import { type CommandIo, UsageError } from '../command';
import { openLibraryOption } from '../library-option';

interface ImportOptions {
  library: Library;
  source: string;
  entity: ImportEntity;
  mappingFile: string | undefined;
  dryRun: boolean;
  json: boolean;
  io: CommandIo;
}

function readMapping(path: string | undefined) {
  if (path === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(resolve(path), 'utf8'));
  } catch (error) {
    throw new UsageError(`--mapping: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = ColumnMappingSchema.safeParse(json);
  if (!parsed.success) throw new UsageError('--mapping must be a JSON object of "column": "field"');
  return parsed.data;
}

function errorReport(io: CommandIo, errors: readonly ImportError[], json: boolean, all: boolean): number {
  if (json) io.out(JSON.stringify({ imported: 0, errors }, null, 2));
  else if (all) for (const e of errors) io.out(describeImportError(e));
  else {
    const [first] = errors;
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more: --dry-run lists them)` : '';
    if (first !== undefined) io.err(`ewb import: ${describeImportError(first)}${more}`);
  }
  return 2;
}

async function importRows(
  format: TableFormat,
  { library, source, entity, mappingFile, dryRun, json, io }: ImportOptions,
): Promise<number> {
  const file: SpreadsheetFile = { fileName: basename(source), format, bytes: readFileSync(source) };
  const request = { file, entity, mapping: readMapping(mappingFile), by: userInfo().username || 'ewb' };
  if (dryRun) {
    const report = await checkImport(library, request);
    if (report.errors.length > 0) return errorReport(io, report.errors, json, true);
    if (!json && report.derivedColumns.length > 0)
      io.err(`not imported (worked out by the library): ${report.derivedColumns.join(', ')}`);
    io.out(
      json
        ? JSON.stringify({ rows: report.rowCount, errors: [] })
        : `ok: ${report.rowCount} rows would be imported`,
    );
    return 0;
  }
  let phase: ImportPhase | null = null;
  const outcome = await runImport(library, request, {
    onProgress: (next, _done, total) => {
      if (next !== phase) io.err(`${next} ${next === 'reading' ? source : `${total} rows`}…`);
      phase = next;
    },
  });
  if (outcome.errors.length > 0) return errorReport(io, outcome.errors, json, false);
  io.out(
    json
      ? JSON.stringify({ imported: outcome.imported, errors: [] })
      : `Imported ${outcome.imported} ${entity}.`,
  );
  return 0;
}

/** The importer `ewb import` runs for a spreadsheet format (entity: interventions unless given). */
export function spreadsheetImporter(format: TableFormat) {
  return async (
    values: Record<string, string | boolean | undefined>,
    sourcePath: string,
    io: CommandIo,
  ): Promise<number> => {
    const entity = (values.entity ?? 'interventions') as ImportEntity;
    if (!IMPORT_ENTITIES.includes(entity)) {
      throw new UsageError(
        `--entity must be one of ${IMPORT_ENTITIES.join(', ')} (got "${String(values.entity)}")`,
      );
    }
    const source = resolve(sourcePath);
    if (!existsSync(source)) throw new UsageError(`there is no file ${source}`);
    const library = await openLibraryOption(values, false);
    try {
      return await importRows(format, {
        library,
        source,
        entity,
        mappingFile: typeof values.mapping === 'string' ? values.mapping : undefined,
        dryRun: values['dry-run'] === true,
        json: values.json === true,
        io,
      });
    } finally {
      library.close();
    }
  };
}
