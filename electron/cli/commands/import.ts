// `ewb import`: fills a library from a file. Each format has its own module; this one reads the
// common options and hands the source to the format's importer.
import { DESIGNS } from '../../../shared/model/vocabulary';
import { type Command, UsageError, requireString } from '../command';
import { REFERENCE_IMPORT_OPTIONS, importReferenceFile } from './import-references';

/** The importers by --format: each gets the options, the source path and the output. */
const IMPORTERS = {
  ris: importReferenceFile,
} as const;
type ImportFormat = keyof typeof IMPORTERS;
const FORMATS = Object.keys(IMPORTERS) as ImportFormat[];

const isFormat = (f: string): f is ImportFormat => Object.hasOwn(IMPORTERS, f);

export const importCommand: Command = {
  name: 'import',
  summary: 'import a file into a library, all or nothing (ris: RIS or .bib references become evaluations)',
  usage: [
    `import --library FILE --format ${FORMATS.join('|')} SOURCE [--entity NAME] [--dry-run]`,
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
  takesSource: true,
  options: {
    library: { type: 'string' },
    format: { type: 'string' },
    entity: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    ...REFERENCE_IMPORT_OPTIONS,
  },
  run(values, io, positionals) {
    const format = requireString(values, 'format');
    if (!isFormat(format))
      throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`);
    if (positionals.length !== 1) throw new UsageError('give exactly one SOURCE file to import');
    return IMPORTERS[format](values, positionals[0] ?? '', io);
  },
};
