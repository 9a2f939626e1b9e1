// `ewb export`: every row of an entity, with its default columns, written to a file. Each format
// has its own exporter; csv and xlsx come from the same API method as the app's grid exports.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EXPORT_ENTITIES, type ExportEntity, type ExportFormat } from '../../../shared/model/exports';
import { type Command, type CommandIo, UsageError, requireString } from '../command';
import { type Call, withLibraryForReading } from '../library-option';

async function spreadsheet(
  call: Call,
  format: ExportFormat,
  entity: ExportEntity,
  out: string,
  io: CommandIo,
) {
  const file = await call('exports/entity', { entity, format });
  await writeFile(out, Buffer.from(file.content, 'base64'));
  io.out(`Wrote ${file.rowCount} ${file.rowCount === 1 ? 'row' : 'rows'} to ${out}.`);
}

/** The exporters by --format. */
const EXPORTERS = {
  csv: (call: Call, entity: ExportEntity, out: string, io: CommandIo) =>
    spreadsheet(call, 'csv', entity, out, io),
  xlsx: (call: Call, entity: ExportEntity, out: string, io: CommandIo) =>
    spreadsheet(call, 'xlsx', entity, out, io),
} as const;
type Format = keyof typeof EXPORTERS;
const FORMATS = Object.keys(EXPORTERS) as Format[];

const isFormat = (f: string): f is Format => Object.hasOwn(EXPORTERS, f);
const isEntity = (e: string): e is ExportEntity => (EXPORT_ENTITIES as readonly string[]).includes(e);

export const exportCommand: Command = {
  name: 'export',
  summary: 'export every row of an entity, with its default columns (text cells guarded against formulas)',
  usage: `export --library FILE --format ${FORMATS.join('|')} --out FILE [--entity ${EXPORT_ENTITIES.join('|')}]`,
  options: {
    library: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    entity: { type: 'string', default: 'interventions' },
  },
  run(values, io) {
    const format = requireString(values, 'format');
    if (!isFormat(format))
      throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`);
    const entity = String(values.entity);
    if (!isEntity(entity)) {
      throw new UsageError(`--entity must be one of ${EXPORT_ENTITIES.join(', ')} (got "${entity}")`);
    }
    const out = resolve(requireString(values, 'out'));
    return withLibraryForReading(values, async (call) => {
      await EXPORTERS[format](call, entity, out, io);
      return 0;
    });
  },
};
