// `ewb serve`: the browser-served mode on 127.0.0.1, printing the URL with its token. Without
// --library it serves the user's default library, creating it from the sample on first run. The
// page may switch to another library by typed path (New, Open, Save a copy on the Library
// screen), shares the recent list with the desktop app, and gets daily backups while it runs.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readBackupLimit } from '../../core/backup-limit';
import { chromiumPrinter } from '../../core/briefs/chromium-printer';
import { nodeBriefTools } from '../../core/briefs/host';
import { LibrarySession } from '../../core/library-session';
import { RECENT_LIBRARIES_FILE, recentLibraries } from '../../core/recent-libraries';
import { rendererDir, sampleBundlePath } from '../../core/resources';
import { ensureLibrary } from '../../core/services/sample-library';
import { defaultLibraryPath, userDataDir } from '../../core/user-data';
import { startBrowserServer } from '../../server/browser-server';
import { type Command, UsageError } from '../command';

/** Opens the URL in the default browser where there is one; a missing opener is not an error. */
function openInBrowser(url: string, err: (text: string) => void): void {
  const [cmd, args] =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '""', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
  child.on('error', () => err('(no default browser found: open the address above yourself)'));
  child.unref();
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'browser-served mode on 127.0.0.1; prints the URL with its token',
  usage: 'serve [--library FILE] [--port N] [--open]',
  options: {
    library: { type: 'string' },
    port: { type: 'string', default: '0' },
    open: { type: 'boolean', default: false },
  },
  async run(values, io) {
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new UsageError(`--port must be a whole number from 0 to 65535 (got "${String(values.port)}")`);
    }
    const renderer = rendererDir(io.appRoot);
    if (!existsSync(resolve(renderer, 'index.html'))) {
      throw new UsageError(`the renderer is not built (${renderer}): run "npm run build" first`);
    }
    let path: string;
    if (typeof values.library === 'string') path = resolve(values.library);
    else {
      path = defaultLibraryPath();
      const { created } = await ensureLibrary(path, sampleBundlePath(io.appRoot));
      if (created) io.err(`Created your library from the sample library: ${path}`);
    }
    const dataDir = userDataDir();
    const printer = chromiumPrinter();
    const session = new LibrarySession({
      typedPaths: true,
      recent: recentLibraries(join(dataDir, RECENT_LIBRARIES_FILE)),
      backupLimit: readBackupLimit(dataDir),
      onInternalError: (error) => io.err(`internal error: ${String(error)}`),
      briefs: nodeBriefTools(io.appRoot, printer),
    });
    const library = await session.open(path);
    session.startDailyBackups();
    const server = await startBrowserServer({ dispatch: session.dispatch, rendererDir: renderer, port });
    io.out(`Evidence Workbench is serving ${path}`);
    io.out(server.url);
    if (library.readOnlyReason !== null) io.err(library.readOnlyReason);
    if (values.open) openInBrowser(server.url, io.err);
    await new Promise<void>((done) => {
      const stop = () => {
        void Promise.all([server.close(), printer.close()]).finally(() => {
          session.close();
          done();
        });
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
};
