// `ewb import`: rows from a file into the library, all or nothing. Spreadsheets (csv, xlsx) go
// through the spreadsheet importer; other formats (json bundles, RIS) plug into IMPORT_FORMATS.
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
import { Library } from '../../core/library';
import { checkImport, runImport, type SpreadsheetFile } from '../../core/services/spreadsheet-import';
import { type Command, type CommandIo, requireString, UsageError } from '../command';

interface ImportOptions {
  library: Library;
  source: string;
  entity: ImportEntity;
  mappingFile: string | undefined;
  dryRun: boolean;
  json: boolean;
  io: CommandIo;
}

/** One import format: does the work and gives the exit code. */
type FormatRunner = (options: ImportOptions) => Promise<number>;

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

function spreadsheet(format: TableFormat): FormatRunner {
  return async ({ library, source, entity, mappingFile, dryRun, json, io }) => {
    const file: SpreadsheetFile = { fileName: basename(source), format, bytes: readFileSync(source) };
    const request = { file, entity, mapping: readMapping(mappingFile), by: userInfo().username || 'ewb' };
    if (dryRun) {
      const report = await checkImport(library, request);
      if (report.errors.length > 0) return errorReport(io, report.errors, json, true);
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
  };
}

/** Formats by name; json and ris are added by their importers. */
export const IMPORT_FORMATS: Partial<Record<string, FormatRunner>> = {
  csv: spreadsheet('csv'),
  xlsx: spreadsheet('xlsx'),
};

export const importCommand: Command = {
  name: 'import',
  summary: 'import rows from a file into a library, all or nothing',
  usage: `import --library FILE --format csv|xlsx|json|ris SOURCE [--entity ${IMPORT_ENTITIES.join('|')}] [--mapping FILE] [--dry-run] [--json]`,
  positional: 'SOURCE',
  options: {
    library: { type: 'string' },
    format: { type: 'string' },
    entity: { type: 'string', default: 'interventions' },
    mapping: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
  async run(values, io, positionals) {
    const format = requireString(values, 'format');
    const runner = IMPORT_FORMATS[format];
    if (runner === undefined) {
      throw new UsageError(
        `--format must be one of ${Object.keys(IMPORT_FORMATS).join(', ')} (got "${format}")`,
      );
    }
    const entity = values.entity as ImportEntity;
    if (!IMPORT_ENTITIES.includes(entity)) {
      throw new UsageError(
        `--entity must be one of ${IMPORT_ENTITIES.join(', ')} (got "${String(values.entity)}")`,
      );
    }
    if (positionals.length !== 1) throw new UsageError('give one SOURCE file to import');
    const source = resolve(positionals[0] ?? '');
    if (!existsSync(source)) throw new UsageError(`there is no file ${source}`);
    const library = await Library.open(resolve(requireString(values, 'library')));
    try {
      return await runner({
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
  },
};
