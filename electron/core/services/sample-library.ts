// The bundled sample library: reading it, creating a library from it, and putting a copy in the
// user's data folder on first run (never over an existing library).
import { existsSync, readFileSync } from 'node:fs';
import { Library, type LibraryOpenOptions } from '../library';
import { parseBundle } from '../../../shared/model/bundle-versions';
import { importBundle } from './bundle-import';

function readBundleFile(bundlePath: string) {
  return parseBundle(JSON.parse(readFileSync(bundlePath, 'utf8')) as unknown);
}

export async function createLibraryFromBundle(
  path: string,
  bundlePath: string,
  options: Omit<LibraryOpenOptions, 'readOnly'> = {},
): Promise<Library> {
  const bundle = readBundleFile(bundlePath);
  const details =
    bundle.library.description === undefined
      ? { name: bundle.library.name }
      : { name: bundle.library.name, description: bundle.library.description };
  return Library.create(path, details, { ...options, fill: (library) => importBundle(library, bundle) });
}

/** Makes sure a library exists at `path`, creating it from the sample when it does not. */
export async function ensureLibrary(
  path: string,
  bundlePath: string,
  options: Omit<LibraryOpenOptions, 'readOnly'> = {},
): Promise<{ created: boolean }> {
  if (existsSync(path)) return { created: false };
  (await createLibraryFromBundle(path, bundlePath, options)).close();
  return { created: true };
}
