// `npm run build:electron`: bundles the main process and the preload into dist/electron as
// CommonJS (Electron's sandboxed preloads must be CJS), leaving Electron and the native SQLite
// module to be loaded at run time.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = join(appRoot, 'dist', 'electron');

const common: BuildOptions = {
  absWorkingDir: appRoot,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron', 'better-sqlite3'],
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  // import.meta has no meaning in CommonJS: fail the build rather than ship an empty object.
  logOverride: { 'empty-import-meta': 'error' },
};

await Promise.all([
  build({
    ...common,
    entryPoints: [join(appRoot, 'electron', 'main', 'main.ts')],
    outfile: join(outDir, 'main.cjs'),
  }),
  build({
    ...common,
    entryPoints: [join(appRoot, 'electron', 'preload', 'preload.ts')],
    outfile: join(outDir, 'preload.cjs'),
  }),
]);
