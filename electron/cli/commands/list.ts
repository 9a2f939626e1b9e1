// `ewb list`: ids and names, for scripts.
import { LIBRARY_ENTITIES, type LibraryEntity } from '../../../shared/model/library';
import { type Command, UsageError } from '../command';
import { withLibraryForReading } from '../library-option';

export const listCommand: Command = {
  name: 'list',
  summary: 'ids and names of interventions, evaluations or organisations',
  usage: `list --library FILE [--entity ${LIBRARY_ENTITIES.join('|')}] [--json]`,
  options: {
    library: { type: 'string' },
    entity: { type: 'string', default: 'interventions' },
    json: { type: 'boolean', default: false },
  },
  run(values, io) {
    const entity = values.entity as LibraryEntity;
    if (!LIBRARY_ENTITIES.includes(entity)) {
      throw new UsageError(
        `--entity must be one of ${LIBRARY_ENTITIES.join(', ')} (got "${String(values.entity)}")`,
      );
    }
    return withLibraryForReading(values, async (call) => {
      const rows = await call('library/list-names', { entity });
      io.out(values.json ? JSON.stringify(rows, null, 2) : rows.map((r) => `${r.id}\t${r.name}`).join('\n'));
      return 0;
    });
  },
};
