// `ewb check`: integrity, foreign keys and format version; never writes.
import { resolve } from 'node:path';
import { checkLibraryFile } from '../../core/services/check-library';
import { type Command, requireString } from '../command';

export const checkCommand: Command = {
  name: 'check',
  summary: 'integrity_check, foreign_key_check and format version of a library; never writes',
  usage: 'check --library FILE [--json]',
  options: { library: { type: 'string' }, json: { type: 'boolean', default: false } },
  async run(values, io) {
    const report = checkLibraryFile(resolve(requireString(values, 'library')));
    if (values.json) io.out(JSON.stringify(report, null, 2));
    else if (report.ok) io.out(`ok: ${report.path} (library format ${report.schemaVersion})`);
    else for (const p of report.problems) io.err(`problem: ${p}`);
    return report.ok ? 0 : 1;
  },
};
