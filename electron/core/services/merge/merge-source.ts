// What a merge reads: a bundle's JSON, or another library file, read through the core from a
// private copy (so the user's file is never migrated or written) as a bundle of the whole library.
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ApiFailure } from '../../../../shared/errors';
import type { LibraryBundle } from '../../../../shared/model/bundle';
import { parseBundle } from '../../../../shared/model/bundle-versions';
import type { MergeSource, MergeSourceInfo } from '../../../../shared/model/merge';
import { Library } from '../../library';
import { exportLibraryBundle } from '../library-bundle';

export interface ReadSource {
  bundle: LibraryBundle;
  info: MergeSourceInfo;
}

function described(kind: MergeSource['kind'], fileName: string, bundle: LibraryBundle): ReadSource {
  return {
    bundle,
    info: { kind, fileName, libraryName: bundle.library.name, exportedAt: bundle.exportedAt ?? null },
  };
}

export function readBundleText(fileName: string, text: string): ReadSource {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ApiFailure(
      'INVALID_INPUT',
      `content: ${fileName} is not JSON (${error instanceof Error ? error.message : String(error)})`,
      'content',
    );
  }
  return described('bundle', fileName, parseBundle(json));
}

/**
 * Reads a library file that `fill` has put into `path` in a private folder: opened there (an older
 * format is upgraded in that copy, never in the user's file), read whole, and removed.
 */
async function readPrivateCopy(fileName: string, fill: (path: string) => void): Promise<ReadSource> {
  const dir = mkdtempSync(join(tmpdir(), 'ewb-merge-'));
  try {
    const path = join(dir, 'incoming.ewb');
    fill(path);
    const other = await Library.open(path);
    try {
      if (other.readOnlyReason !== null)
        throw new ApiFailure('INVALID_INPUT', `content: ${fileName}: ${other.readOnlyReason}`, 'content');
      return described('library', fileName, exportLibraryBundle(other.db));
    } finally {
      other.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Reads another library file whole without opening it: SQLite would leave its shared-memory
 * files beside it even when reading, so the file (with its write-ahead log, if any) is copied.
 */
export function readLibraryFile(path: string, fileName = basename(path)): Promise<ReadSource> {
  if (!existsSync(path)) throw new ApiFailure('NOT_FOUND', `There is no library file at ${path}.`);
  return readPrivateCopy(fileName, (copy) => {
    copyFileSync(path, copy);
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
  });
}

export async function readMergeSource(source: MergeSource): Promise<ReadSource> {
  if (source.kind === 'bundle') return readBundleText(source.fileName, source.content);
  return readPrivateCopy(source.fileName, (copy) =>
    writeFileSync(copy, Buffer.from(source.content, 'base64')),
  );
}
