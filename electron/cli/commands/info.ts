// `ewb info`: schema version, counts per entity, file size.
import type { Command } from '../command';
import { withLibraryForReading } from '../library-option';

export const infoCommand: Command = {
  name: 'info',
  summary: 'schema version, counts per entity and file size of a library',
  usage: 'info --library FILE [--json]',
  options: { library: { type: 'string' }, json: { type: 'boolean', default: false } },
  run: (values, io) =>
    withLibraryForReading(values, async (call) => {
      const info = await call('library/info', {});
      if (values.json) {
        io.out(JSON.stringify(info, null, 2));
        return 0;
      }
      io.out(`${info.name} (${info.fileName})`);
      io.out(`library format: ${info.schemaVersion} (this app: ${info.appSchemaVersion})`);
      io.out(`file size: ${info.fileSizeBytes} bytes`);
      for (const [entity, n] of Object.entries(info.counts)) io.out(`${entity}: ${n}`);
      if (info.hasIllustrativeData) io.out('note: holds illustrative figures, labelled as such in the app');
      if (info.damage !== null) io.err(`warning: ${info.readOnlyReason ?? 'the file is damaged'}`);
      return 0;
    }),
};
