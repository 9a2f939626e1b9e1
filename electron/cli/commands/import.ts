// `ewb import`: fills a library from a file, all or nothing; each format's reading lives in its
// own module under cli/interchange.
import { userInfo } from 'node:os';
import { type Command, requireString, UsageError } from '../command';
import { importJson } from '../interchange/json-bundle';
import { withLibraryForReading, withLibraryForWriting } from '../library-option';

const FORMATS = ['json'] as const;

export const importCommand: Command = {
  name: 'import',
  summary: 'import into a library, all or nothing (json: merge a bundle or another library file)',
  usage: 'import --library FILE --format json SOURCE [--dry-run] [--json]',
  positional: 'SOURCE',
  options: {
    library: { type: 'string' },
    format: { type: 'string' },
    entity: { type: 'string' },
    mapping: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
  run(values, io, positionals) {
    const format = requireString(values, 'format');
    if (!(FORMATS as readonly string[]).includes(format))
      throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`);
    const [sourcePath, ...extra] = positionals;
    if (sourcePath === undefined || extra.length > 0) throw new UsageError('give exactly one SOURCE file');
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
  },
};
