// `ewb import`: fills a library from a file, all or nothing. Each format's reading lives in its own
// module under cli/interchange; this command reads the common options and hands the source over.
import { userInfo } from 'node:os';
import { IMPORT_ENTITIES } from '../../../shared/model/import';
import { DESIGNS } from '../../../shared/model/vocabulary';
import { type Command, type CommandIo, requireString, UsageError } from '../command';
import { importJson } from '../interchange/json-bundle';
import { REFERENCE_IMPORT_OPTIONS, importReferenceFile } from '../interchange/references';
import { spreadsheetImporter } from '../interchange/spreadsheet';
import { withLibraryForReading, withLibraryForWriting } from '../library-option';

type Values = Record<string, string | boolean | undefined>;

/** json: merge a bundle or another library file; conflicts keep the library's own records. */
function importBundle(values: Values, sourcePath: string, io: CommandIo): Promise<number> {
  if (values.entity !== undefined || values.mapping !== undefined)
    throw new UsageError('--entity and --mapping do not apply to json: a bundle says what each record is');
  const dryRun = values['dry-run'] === true;
  const withLibrary = dryRun ? withLibraryForReading : withLibraryForWriting;
  return withLibrary(values, (call) =>
    importJson(call, io, {
      sourcePath,
      dryRun,
      json: values.json === true,
      by: `${userInfo().username} (ewb import)`,
    }),
  );
}

/** The importers by --format: each gets the options, the source path and the output. */
const IMPORTERS = {
  csv: spreadsheetImporter('csv'),
  xlsx: spreadsheetImporter('xlsx'),
  json: importBundle,
  ris: importReferenceFile,
} as const;
type ImportFormat = keyof typeof IMPORTERS;
const FORMATS = Object.keys(IMPORTERS) as ImportFormat[];
const isFormat = (f: string): f is ImportFormat => Object.hasOwn(IMPORTERS, f);

export const importCommand: Command = {
  name: 'import',
  summary: 'import a file into a library, all or nothing',
  usage: [
    `import --library FILE --format ${FORMATS.join('|')} SOURCE [--entity NAME] [--mapping FILE] [--dry-run] [--json]`,
    '',
    'Spreadsheets (--format csv|xlsx): one row per record, the first row naming the columns.',
    `  --entity NAME              ${IMPORT_ENTITIES.join('|')} (default: interventions)`,
    '  --mapping FILE             a JSON object of "column": "field" (default: columns matched by field name)',
    '  --dry-run                  check every row and list every error by row and column; write nothing',
    '',
    'Bundles (--format json): SOURCE is a bundle or another library file, merged into the library;',
    '  records are matched by id, then by name and key fields; a conflict keeps the library’s record.',
    '  --dry-run                  list what is new, identical and in conflict, and write nothing',
    '',
    'References (--format ris; a SOURCE ending .bib is read as BibTeX):',
    '  --entity evaluations       what the references become (the only choice for ris)',
    '  --intervention ID          the intervention the new evaluations belong to (required; ids: ewb list)',
    `  --design NAME              the studies’ design (required): ${DESIGNS.join('|')}`,
    '  --by NAME                  who is importing, for the change history (default: your user name)',
    '  --dry-run                  list each entry as new, duplicate or invalid, and write nothing',
    'New entries are imported; duplicates (same DOI, or same title and year) are listed and skipped;',
    'an invalid entry stops the whole import, naming its number and field.',
  ].join('\n'),
  positional: 'SOURCE',
  options: {
    library: { type: 'string' },
    format: { type: 'string' },
    entity: { type: 'string' },
    mapping: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    ...REFERENCE_IMPORT_OPTIONS,
  },
  run(values, io, positionals) {
    const format = requireString(values, 'format');
    if (!isFormat(format))
      throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`);
    const [source, ...extra] = positionals;
    if (source === undefined || extra.length > 0)
      throw new UsageError('give exactly one SOURCE file to import');
    return IMPORTERS[format](values, source, io);
  },
};
