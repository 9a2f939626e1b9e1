// The library the window is working on: one open at a time, switched by the File menu, and the
// core's dispatch for it. Node only (no Electron), so tests can switch libraries under Node.
import { basename, extname, resolve } from 'node:path';
import type { ApiResult } from '../../shared/errors';
import { createDispatch, type Dispatch } from '../core/api/dispatch';
import { Library } from '../core/library';
import { createLibraryFromBundle } from '../core/services/sample-library';

const NO_LIBRARY: ApiResult<never> = {
  ok: false,
  error: {
    code: 'NOT_FOUND',
    message: 'No library is open: use File > Open Library… or File > New Library….',
  },
};

export interface LibrarySessionOptions {
  /** better-sqlite3 built for Electron (development); the packaged app finds its own. */
  nativeBinding?: string;
  onInternalError?: (error: unknown) => void;
}

export class LibrarySession {
  private current: { library: Library; dispatch: Dispatch } | null = null;

  constructor(private readonly options: LibrarySessionOptions = {}) {}

  get library(): Library | null {
    return this.current?.library ?? null;
  }

  /** Always answers for the library open at the time of the call. */
  readonly dispatch: Dispatch = (method, input) =>
    this.current === null ? Promise.resolve(NO_LIBRARY) : this.current.dispatch(method, input);

  /** Opens `path`; the previous library stays open until the new one has opened. */
  async open(path: string): Promise<Library> {
    const absolute = resolve(path);
    if (this.current !== null && this.current.library.path === absolute) return this.current.library;
    return this.replaceWith(await Library.open(absolute, this.openOptions()));
  }

  /** Creates an empty library (never over an existing file) and makes it current. */
  async create(path: string): Promise<Library> {
    const absolute = resolve(path);
    const name = basename(absolute, extname(absolute));
    return this.replaceWith(await Library.create(absolute, { name }, this.openOptions()));
  }

  /** Creates a library holding a copy of the bundled sample and makes it current. */
  async createFromSample(path: string, bundlePath: string): Promise<Library> {
    return this.replaceWith(await createLibraryFromBundle(resolve(path), bundlePath, this.openOptions()));
  }

  close(): void {
    this.current?.library.close();
    this.current = null;
  }

  private openOptions(): { nativeBinding?: string } {
    return this.options.nativeBinding === undefined ? {} : { nativeBinding: this.options.nativeBinding };
  }

  private replaceWith(library: Library): Library {
    const previous = this.current;
    this.current = { library, dispatch: createDispatch({ library }, this.options.onInternalError) };
    previous?.library.close();
    return library;
  }
}
