// Where the app's bundled resources are, relative to the app root (the repository in
// development, the app folder when packaged).
import { join } from 'node:path';

export function sampleBundlePath(appRoot: string): string {
  return join(appRoot, 'resources', 'sample-library', 'sample-library.json');
}

export function rendererDir(appRoot: string): string {
  return join(appRoot, 'dist', 'renderer');
}
