// `ewb import --format ris`: a RIS (or, by its .bib name, BibTeX) file of evaluation reports becomes
// evaluations of one intervention through the same preview and import as the app's dialog.
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename, resolve } from 'node:path';
import type { PreviewEntry } from '../../../shared/model/references';
import { DESIGNS, type Design } from '../../../shared/model/vocabulary';
import { type CommandIo, type OptionSpec, UsageError, requireString } from '../command';
import { withLibraryForReading, withLibraryForWriting } from '../library-option';

export const REFERENCE_IMPORT_OPTIONS = {
  intervention: { type: 'string' },
  design: { type: 'string' },
  by: { type: 'string' },
} satisfies OptionSpec;

function describe(entry: PreviewEntry): string {
  if (entry.status === 'invalid') return `invalid    ${entry.problem}`;
  const title = `${entry.number}. ${entry.reference.title}${entry.reference.year === null ? '' : ` (${entry.reference.year})`}`;
  if (entry.status === 'new') return `new        ${title}`;
  const match =
    entry.duplicateOf.kind === 'evaluation'
      ? `evaluation ${entry.duplicateOf.id} of ${entry.duplicateOf.interventionName}`
      : `entry ${entry.duplicateOf.number} of this file`;
  return `duplicate  ${title}: same ${entry.matchedBy === 'doi' ? 'DOI' : 'title and year'} as ${match}`;
}

const isDesign = (d: string): d is Design => (DESIGNS as readonly string[]).includes(d);

export async function importReferenceFile(
  values: Record<string, string | boolean | undefined>,
  source: string,
  io: CommandIo,
): Promise<number> {
  const entity = values.entity ?? 'evaluations';
  if (entity !== 'evaluations') {
    throw new UsageError(`--entity: references become evaluations (got "${String(entity)}")`);
  }
  const interventionId = requireString(values, 'intervention');
  const design = requireString(values, 'design');
  if (!isDesign(design))
    throw new UsageError(`--design must be one of ${DESIGNS.join(', ')} (got "${design}")`);
  const path = resolve(source);
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(
      `SOURCE: ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  const file = { interventionId, fileName: basename(path), content };
  const dryRun = values['dry-run'] === true;
  const withLibrary = dryRun ? withLibraryForReading : withLibraryForWriting;
  return withLibrary(values, async (call) => {
    const preview = await call('references/preview', file);
    for (const entry of preview.entries) io.out(describe(entry));
    const invalid = preview.entries.filter((e) => e.status === 'invalid');
    const fresh = preview.entries.filter((e) => e.status === 'new').map((e) => e.number);
    if (invalid.length > 0) {
      io.err(
        `ewb import: ${invalid.length} invalid ${invalid.length === 1 ? 'entry' : 'entries'}; nothing imported`,
      );
      return 2;
    }
    if (dryRun || fresh.length === 0) {
      io.out(`${fresh.length} new; nothing imported${dryRun ? ' (dry run)' : ''}.`);
      return 0;
    }
    const by = typeof values.by === 'string' && values.by.trim() !== '' ? values.by : userInfo().username;
    const { created } = await call('references/import', { ...file, entries: fresh, design, by });
    io.out(`Imported ${created.length} ${created.length === 1 ? 'evaluation' : 'evaluations'}.`);
    return 0;
  });
}
