// What every `ewb` command is: its options (node:util parseArgs), its help text and its work.
// Exit codes follow cli.md: 0 success, 1 the work failed, 2 bad usage or bad input.
import type { ParseArgsConfig } from 'node:util';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: OptionSpec;
  /** The name of the one positional argument the command takes (e.g. SOURCE), if any. */
  positional?: string;
  run: (
    values: Record<string, string | boolean | undefined>,
    io: CommandIo,
    positionals: readonly string[],
  ) => Promise<number>;
}

export interface CommandIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** The repository (or packaged app) root, where resources/ lives. */
  appRoot: string;
}

/** Bad usage or bad input: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export function requireString(values: Record<string, string | boolean | undefined>, name: string): string {
  const v = values[name];
  if (typeof v !== 'string' || v.trim() === '') throw new UsageError(`--${name} is required`);
  return v;
}
