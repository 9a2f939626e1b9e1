// Running the helper processes `npm start` needs (the Electron download, the native build, the
// app itself) with a time limit and their output kept for a one-line explanation on failure.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';

export interface ChildResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** Set when the program could not be started at all (e.g. not found). */
  error: Error | null;
}

export interface ChildOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs: number;
}

/** Runs a program to the end (or the time limit), collecting its output. */
export function runCaptured(
  command: string,
  args: readonly string[],
  options: ChildOptions,
): Promise<ChildResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: 'pipe' });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    let error: Error | null = null;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (e) => {
      error = e;
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({
        status,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        timedOut,
        error,
      });
    });
  });
}

/**
 * Runs a program in the foreground (sharing the terminal) and resolves with its exit code. Ctrl+C
 * reaches the child through the terminal; this process waits for it to finish instead of dying first.
 */
export function runInForeground(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: 'inherit',
    });
    const ignore = () => undefined;
    process.on('SIGINT', ignore);
    process.on('SIGTERM', () => child.kill('SIGTERM'));
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (status, signal) => {
      process.off('SIGINT', ignore);
      resolve(status ?? 128 + (signal === null ? 1 : constants.signals[signal]));
    });
  });
}

/** Network failures as the tools word them; a closed network is the usual cause on a new machine. */
const NETWORK_FAILURE =
  /(getaddrinfo \w+ \S+|fetch failed|(?:ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN)\S*|network connectivity)/i;

/**
 * A short cause from a failed run, for one line of explanation: a network failure first
 * ("fetch failed", "getaddrinfo ENOTFOUND github.com"), else the first error message
 * ("TypeError: fetch failed" → "fetch failed"), else how the program ended.
 */
export function failureReason(result: ChildResult, timeoutMs: number): string {
  if (result.error !== null) return result.error.message;
  if (result.timedOut) return `no answer within ${Math.ceil(timeoutMs / 1000)} s`;
  const lines = `${result.stderr}\n${result.stdout}`.split(/\r?\n/);
  for (const line of lines) {
    const network = NETWORK_FAILURE.exec(line)?.[1];
    if (network !== undefined) return /connectivity/i.test(network) ? 'no network connection' : network;
  }
  for (const pattern of [/(?:^|\s)[A-Z]?[A-Za-z]*Error: (.+)$/, /ERR!\s+(.+)$/]) {
    for (const line of lines) {
      const cause = pattern.exec(line)?.[1]?.trim();
      if (cause) return cause;
    }
  }
  if (result.status !== null) return `exit code ${result.status}`;
  return `stopped by ${result.signal ?? 'a signal'}`;
}
