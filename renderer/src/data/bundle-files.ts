// Library bundles between the browser and the API: an export downloaded as a .json file, and a
// chosen file read as a merge source (a library file's bytes, or a bundle's text).
import type { MergeSource } from '../../../shared/model/merge';
import { call } from '../transport/api-client';
import { readAsBase64 } from './attachment-files';
import { downloadBlob } from './downloads';

const SQLITE_HEADER = 'SQLite format 3\u0000';

/** "evidence-library-2026-11-26.json": the library's name made safe for a file name, and the date. */
function bundleFileName(libraryName: string, exportedAt: string | undefined): string {
  const slug = libraryName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'library'}-${(exportedAt ?? new Date().toISOString()).slice(0, 10)}.json`;
}

/** Exports the library, or the chosen interventions, and downloads the bundle; its file name. */
export async function downloadBundle(interventionIds?: readonly string[]): Promise<string> {
  const bundle = await call(
    'bundles/export',
    interventionIds === undefined ? {} : { interventionIds: [...interventionIds] },
  );
  const fileName = bundleFileName(bundle.library.name, bundle.exportedAt);
  downloadBlob(fileName, new Blob([JSON.stringify(bundle, null, 2)], { type: 'application/json' }));
  return fileName;
}

/** A library file starts with SQLite's header; anything else is read as a bundle's text. */
export async function readMergeSource(file: File): Promise<MergeSource> {
  const head = new TextDecoder('latin1').decode(await file.slice(0, 16).arrayBuffer());
  return head === SQLITE_HEADER
    ? { kind: 'library', fileName: file.name, content: await readAsBase64(file) }
    : { kind: 'bundle', fileName: file.name, content: await file.text() };
}
