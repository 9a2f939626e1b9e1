// The recent libraries (File > Open Recent; the Library screen in the browser-served mode): most
// recent first, at most ten, files that have gone are dropped, kept as JSON in the user's data
// folder, which the desktop app and `ewb serve` share.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export const MAX_RECENT_LIBRARIES = 10;
export const RECENT_LIBRARIES_FILE = 'recent-libraries.json';

/** Puts `path` first, without duplicates, keeping at most MAX_RECENT_LIBRARIES. */
export function withRecent(list: readonly string[], path: string): string[] {
  const absolute = resolve(path);
  return [absolute, ...list.filter((p) => p !== absolute)].slice(0, MAX_RECENT_LIBRARIES);
}

export function withoutMissing(
  list: readonly string[],
  exists: (path: string) => boolean = existsSync,
): string[] {
  return list.filter((p) => exists(p));
}

/** Reads the list; an absent or damaged file is an empty list, not an error. */
export function readRecentLibraries(file: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return [];
  }
  const libraries = (data as { libraries?: unknown } | null)?.libraries;
  if (!Array.isArray(libraries)) return [];
  const paths = libraries.filter((p): p is string => typeof p === 'string' && p !== '');
  return [...new Set(paths)].slice(0, MAX_RECENT_LIBRARIES);
}

/** Writes through a temporary file so a crash never leaves half a list. */
export function writeRecentLibraries(file: string, list: readonly string[]): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, `${JSON.stringify({ version: 1, libraries: list }, null, 2)}\n`);
  renameSync(temporary, file);
}

export interface RecentLibraries {
  /** The list, pruned of files that no longer exist. */
  list: () => string[];
  add: (path: string) => string[];
  clear: () => void;
}

export function recentLibraries(
  file: string,
  exists: (path: string) => boolean = existsSync,
): RecentLibraries {
  const update = (list: string[]) => {
    writeRecentLibraries(file, list);
    return list;
  };
  return {
    list: () => {
      const stored = readRecentLibraries(file);
      const present = withoutMissing(stored, exists);
      return present.length === stored.length ? present : update(present);
    },
    add: (path) => update(withRecent(withoutMissing(readRecentLibraries(file), exists), path)),
    clear: () => void update([]),
  };
}
