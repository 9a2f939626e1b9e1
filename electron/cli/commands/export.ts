// `ewb export`: writes a library, or every row of one of its entities, to a file. Each format has
// its own exporter; csv and xlsx come from the same API method as the app's grid exports, json
// writes the whole library as a bundle (docs/bundle-format.md).
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EXPORT_ENTITIES, type ExportEntity, type ExportFormat } from '../../../shared/model/exports';
import { type Command, type CommandIo, UsageError, requireString } from '../command';
import { exportJson } from '../interchange/json-bundle';
import { type Call, withLibraryForReading } from '../library-option';

const isEntity = (e: string): e is ExportEntity => (EXPORT_ENTITIES as readonly string[]).includes(e);

interface ExportRequest {
  call: Call;
  /** --entity as given, if it was. */
  entity: string | undefined;
  out: string;
  io: CommandIo;
}

/** csv and xlsx: every row of one entity (interventions unless --entity says otherwise). */
function spreadsheet(format: ExportFormat) {
  return async ({ call, entity = 'interventions', out, io }: ExportRequest): Promise<number> => {
    if (!isEntity(entity))
      throw new UsageError(`--entity must be one of ${EXPORT_ENTITIES.join(', ')} (got "${entity}")`);
    const file = await call('exports/entity', { entity, format });
    await writeFile(out, Buffer.from(file.content, 'base64'));
    io.out(`Wrote ${file.rowCount} ${file.rowCount === 1 ? 'row' : 'rows'} to ${out}.`);
    return 0;
  };
}

function bundle({ call, entity, out, io }: ExportRequest): Promise<number> {
  if (entity !== undefined)
    throw new UsageError('--entity does not apply to json: a bundle holds the whole library');
  return exportJson(call, io, { out });
}

/** The exporters by --format. */
const EXPORTERS = { csv: spreadsheet('csv'), xlsx: spreadsheet('xlsx'), json: bundle } as const;
type Format = keyof typeof EXPORTERS;
const FORMATS = Object.keys(EXPORTERS) as Format[];
const isFormat = (f: string): f is Format => Object.hasOwn(EXPORTERS, f);

export const exportCommand: Command = {
  name: 'export',
  summary:
    'export a library (json) or every row of an entity (csv, xlsx; text cells guarded against formulas)',
  usage: `export --library FILE --format ${FORMATS.join('|')} --out FILE [--entity ${EXPORT_ENTITIES.join('|')}]`,
  options: {
    library: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    entity: { type: 'string' },
  },
  run(values, io) {
    const format = requireString(values, 'format');
    if (!isFormat(format))
      throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`);
    const entity = typeof values.entity === 'string' ? values.entity : undefined;
    const out = resolve(requireString(values, 'out'));
    return withLibraryForReading(values, (call) => EXPORTERS[format]({ call, entity, out, io }));
  },
};
