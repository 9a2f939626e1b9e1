// `ewb meta`: a meta-analysis from a JSON request (stdin or --input FILE) to a JSON result on
// stdout, as shared/docs/cli.md specifies. Errors are JSON on stdout too, so scripts always parse
// stdout: {"error": {"code", "message", "field"}}, exit 2 for bad input, 1 when the fit fails.
import { readFile } from 'node:fs/promises';
import { runMetaRequest } from '../../../shared/analysis/meta-request';
import { ApiFailure, type ErrorCode } from '../../../shared/errors';
import type { Command, CommandIo } from '../command';

interface MetaError {
  code: ErrorCode;
  message: string;
  /** The request field at fault, or null when the problem is the request as a whole. */
  field: string | null;
}

function printError(io: CommandIo, error: MetaError): number {
  io.out(JSON.stringify({ error }));
  return error.code === 'INVALID_INPUT' ? 2 : 1;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The request text, or an error when there is nothing to read. */
async function readRequest(input: string | boolean | undefined): Promise<string | MetaError> {
  if (typeof input === 'string') {
    try {
      return await readFile(input, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      return { code: 'INVALID_INPUT', message: `Cannot read --input ${input} (${reason}).`, field: 'input' };
    }
  }
  if (process.stdin.isTTY) {
    return {
      code: 'INVALID_INPUT',
      message: 'Give a JSON request on stdin or with --input FILE.',
      field: null,
    };
  }
  return readStdin();
}

export const metaCommand: Command = {
  name: 'meta',
  summary: 'meta-analysis: JSON request on stdin or --input FILE, JSON result on stdout',
  usage: 'meta [--input FILE]',
  options: { input: { type: 'string' } },
  async run(values, io) {
    const text = await readRequest(values.input);
    if (typeof text !== 'string') return printError(io, text);
    let request: unknown;
    try {
      request = JSON.parse(text);
    } catch (error) {
      const message = `The request is not valid JSON: ${(error as Error).message}`;
      return printError(io, { code: 'INVALID_INPUT', message, field: null });
    }
    try {
      io.out(JSON.stringify(runMetaRequest(request), null, 2));
      return 0;
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      return printError(io, { code: error.code, message: error.message, field: error.field ?? null });
    }
  },
};
