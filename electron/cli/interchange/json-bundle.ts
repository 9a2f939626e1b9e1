// `ewb import --format json` and `ewb export --format json`: library bundles (docs/bundle-format.md).
// An import is a merge into the library: the source is a bundle or another library file, matched
// as the app matches it; where a record conflicts, the library's own is kept (reported), since a
// script cannot choose per record.
import { closeSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { MERGE_KIND_LABELS, type MergePreview, type MergeSource } from '../../../shared/model/merge';
import type { CommandIo } from '../command';
import type { Call } from '../library-option';

const SQLITE_HEADER = 'SQLite format 3\u0000';

function isSqliteFile(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(16);
    return readSync(fd, header, 0, 16, 0) === 16 && header.toString('latin1') === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

/** The source as the merge methods take it: a library file's bytes, or a bundle's text. */
function mergeSource(path: string): MergeSource {
  const fileName = basename(path);
  return isSqliteFile(path)
    ? { kind: 'library', fileName, content: readFileSync(path).toString('base64') }
    : { kind: 'bundle', fileName, content: readFileSync(path, 'utf8') };
}

function previewLines(p: MergePreview): string[] {
  return [
    `${p.source.fileName} (library “${p.source.libraryName}”): ${p.counts.new} new, ${p.counts.identical} identical, ${p.counts.conflict} conflicting`,
    ...p.items
      .filter((i) => i.status === 'conflict')
      .map(
        (i) =>
          `  conflict: ${MERGE_KIND_LABELS[i.kind]} “${i.label}” (${i.key}): ${i.differences.map((d) => d.field).join(', ')}`,
      ),
  ];
}

export async function importJson(
  call: Call,
  io: CommandIo,
  options: { sourcePath: string; dryRun: boolean; json: boolean; by: string },
): Promise<number> {
  const source = mergeSource(resolve(options.sourcePath));
  const preview = await call('merge/preview', { source });
  if (options.dryRun) {
    io.out(options.json ? JSON.stringify(preview, null, 2) : previewLines(preview).join('\n'));
    return 0;
  }
  const choices = Object.fromEntries(
    preview.items.filter((i) => i.status === 'conflict').map((i) => [i.key, 'mine' as const]),
  );
  const applied = await call('merge/apply', { source, choices, by: options.by });
  io.out(
    options.json
      ? JSON.stringify(applied, null, 2)
      : [
          ...previewLines(preview),
          `Merged: ${applied.added} added, ${applied.replaced} replaced, ${applied.kept} conflicts kept as they were, ${applied.identical} identical.`,
        ].join('\n'),
  );
  return 0;
}

export async function exportJson(call: Call, io: CommandIo, options: { out: string }): Promise<number> {
  const bundle = await call('bundles/export', {});
  writeFileSync(resolve(options.out), `${JSON.stringify(bundle, null, 2)}\n`);
  io.err(`Wrote ${bundle.interventions.length} interventions to ${options.out}`);
  return 0;
}
