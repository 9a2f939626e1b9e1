// `ewb export`: writes a library (or one of its grids) to a file; each format's writing lives in
// its own module under cli/interchange.
import { type Command, requireString, UsageError } from '../command';
import { exportJson } from '../interchange/json-bundle';
import { withLibraryForReading } from '../library-option';

const FORMATS = ['json'] as const;

export const exportCommand: Command = {
  name: 'export',
  summary: 'export a library to a file (json: the whole library as a bundle)',
  usage: 'export --library FILE --format json --out FILE',
  options: {
    library: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    entity: { type: 'string' },
  },
  run(values, io) {
    const format = requireString(values, 'format');
    if (!(FORMATS as readonly string[]).includes(format))
      throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`);
    const out = requireString(values, 'out');
    if (values.entity !== undefined)
      throw new UsageError('--entity does not apply to json: a bundle holds the whole library');
    return withLibraryForReading(values, (call) => exportJson(call, io, { out }));
  },
};
