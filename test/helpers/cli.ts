// Runs the real `ewb` command as a child process, as scripts and CI do.
import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from './libraries';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function ewb(...args: string[]): CliRun {
  return ewbWithEnv({}, ...args);
}

/** The same, with environment variables set for the child (e.g. another Chromium). */
export function ewbWithEnv(env: Record<string, string>, ...args: string[]): CliRun {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    input: '',
    timeout: 60_000,
    env: { ...process.env, ...env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
