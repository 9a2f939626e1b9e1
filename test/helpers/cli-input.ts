// Runs the real `ewb` command with text on its stdin, as a script piping a request would.
import { spawnSync } from 'node:child_process';
import type { CliRun } from './cli';
import { REPO_ROOT } from './libraries';

export function ewbWithInput(input: string, ...args: string[]): CliRun {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    input,
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
