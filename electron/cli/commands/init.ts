// `ewb init`: create a new library file, empty or holding the sample library.
import { resolve } from 'node:path';
import { Library } from '../../core/library';
import { countRecords } from '../../core/repos/library-counts';
import { createLibraryFromBundle } from '../../core/services/sample-library';
import { sampleBundlePath } from '../../core/resources';
import { type Command, requireString } from '../command';

export const initCommand: Command = {
  name: 'init',
  summary: 'create a new library file, empty or holding the bundled sample library',
  usage: 'init --library FILE [--sample] [--name NAME]',
  options: {
    library: { type: 'string' },
    sample: { type: 'boolean', default: false },
    name: { type: 'string' },
  },
  async run(values, io) {
    const path = resolve(requireString(values, 'library'));
    const library = values.sample
      ? await createLibraryFromBundle(path, sampleBundlePath(io.appRoot))
      : await Library.create(path, { name: typeof values.name === 'string' ? values.name : 'New library' });
    try {
      const counts = countRecords(library.db);
      io.out(
        `Created ${path}${values.sample ? ` from the sample library (${counts.interventions} interventions, ${counts.evaluations} evaluations)` : ''}.`,
      );
    } finally {
      library.close();
    }
    return 0;
  },
};
