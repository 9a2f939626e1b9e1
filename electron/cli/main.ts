// The `ewb` command: parses the command line, runs one command, and maps failures to the exit
// codes of cli.md (1: the work failed; 2: bad usage or bad input, in one line naming the field).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ApiFailure } from '../../shared/errors';
import { type Command, type CommandIo, UsageError } from './command';
import { benchCommand } from './commands/bench';
import { briefCommand } from './commands/brief';
import { checkCommand } from './commands/check';
import { exportCommand } from './commands/export';
import { generateCommand } from './commands/generate';
import { infoCommand } from './commands/info';
import { importCommand } from './commands/import';
import { initCommand } from './commands/init';
import { listCommand } from './commands/list';
import { metaCommand } from './commands/meta';
import { rateCommand } from './commands/rate';
import { serveCommand } from './commands/serve';
import { valueCommand } from './commands/value';

export const COMMANDS: readonly Command[] = [
  initCommand,
  serveCommand,
  listCommand,
  infoCommand,
  checkCommand,
  metaCommand,
  rateCommand,
  valueCommand,
  importCommand,
  exportCommand,
  briefCommand,
  generateCommand,
  benchCommand,
];

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'usage: ewb <command> [options]   (from the repository: npm run -s ewb -- <command>)',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Every command takes --help.',
  ].join('\n');
}

function commandHelp(c: Command): string {
  return `usage: ewb ${c.usage}\n\n${c.summary}`;
}

export async function runCli(argv: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(overview());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    io.err(`ewb: unknown command "${name}" (try ewb --help)`);
    return 2;
  }
  try {
    const { values, positionals } = parseArgs({
      args: [...rest],
      options: { ...command.options, help: { type: 'boolean', short: 'h', default: false } },
      strict: true,
      allowPositionals: command.positional !== undefined,
    });
    if (values.help) {
      io.out(commandHelp(command));
      return 0;
    }
    return await command.run(values as Record<string, string | boolean | undefined>, io, positionals);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`ewb ${name}: ${(error as Error).message}`);
      return 2;
    }
    if (error instanceof ApiFailure) {
      io.err(`ewb ${name}: ${error.message}`);
      return error.code === 'INVALID_INPUT' ? 2 : 1;
    }
    io.err(`ewb ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

const isEntryPoint =
  process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntryPoint) {
  const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  // A reader that stops early (e.g. `| head`) is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const io: CommandIo = {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    appRoot,
  };
  process.exitCode = await runCli(process.argv.slice(2), io);
}
