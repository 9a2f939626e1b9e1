// The browser-served mode: the same handlers over HTTP on 127.0.0.1 only. Every API call needs
// this run's random token; Host and Origin are checked so other sites and DNS rebinding cannot
// reach the library.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiResult, ErrorCode } from '../../shared/errors';
import { MAX_ATTACHMENT_BASE64_LENGTH } from '../../shared/model/attachments';
import { MAX_IMPORT_BASE64_LENGTH } from '../../shared/model/import';
import { MAX_MERGE_SOURCE_LENGTH } from '../../shared/model/merge';
import { MAX_REFERENCE_FILE_CHARS } from '../../shared/model/references';
import type { Dispatch } from '../core/api/dispatch';
import { createRendererAssets } from '../core/web/renderer-assets';

export const API_PREFIX = '/api/';
const MAX_BODY_BYTES = 1024 * 1024;
const IMPORT_BODY_BYTES = MAX_IMPORT_BASE64_LENGTH + 64 * 1024;
/** A reference file travels as JSON text, whose escapes (\n, \") can at most double it. */
const REFERENCE_BODY_BYTES = 2 * MAX_REFERENCE_FILE_CHARS + 64 * 1024;

/** Only uploads carry a file (bounded by their schemas); every other call stays small. */
const UPLOAD_BODY_BYTES: Record<string, number> = {
  'attachments/add': MAX_ATTACHMENT_BASE64_LENGTH + 64 * 1024,
  'import/inspect': IMPORT_BODY_BYTES,
  'import/check': IMPORT_BODY_BYTES,
  'import/start': IMPORT_BODY_BYTES,
  'references/preview': REFERENCE_BODY_BYTES,
  'references/import': REFERENCE_BODY_BYTES,
  'merge/preview': MAX_MERGE_SOURCE_LENGTH + 64 * 1024,
  // The choices travel with the source: one per conflict, each a short key.
  'merge/apply': MAX_MERGE_SOURCE_LENGTH + 1024 * 1024,
};

function bodyLimit(method: string): number {
  return UPLOAD_BODY_BYTES[method] ?? MAX_BODY_BYTES;
}
const LOOPBACK = '127.0.0.1';

export interface BrowserServerOptions {
  dispatch: Dispatch;
  rendererDir: string;
  port?: number;
  /** A fixed token for tests; by default a fresh random one per run. */
  token?: string;
}

export interface BrowserServer {
  /** The address to open, carrying the token. */
  url: string;
  origin: string;
  port: number;
  token: string;
  close: () => Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: ApiResult<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

function refuse(res: ServerResponse, status: number, code: ErrorCode, message: string) {
  sendJson(res, status, { ok: false, error: { code, message } });
}

/**
 * The body as text, or null when it is over `limit`. Only a caller holding the token gets here;
 * the rest of an oversized body is read and dropped, so that caller gets the 413 rather than a
 * reset connection.
 */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const presented = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
  const expected = Buffer.from(token);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}

export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const assets = createRendererAssets(options.rendererDir);
  let allowedHosts = new Set<string>();
  let origins = new Set<string>();

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') return refuse(res, 405, 'INVALID_INPUT', 'API calls are POST requests.');
    const origin = req.headers.origin;
    if (origin !== undefined && !origins.has(origin)) {
      return refuse(res, 403, 'FORBIDDEN', 'Requests from other sites are refused.');
    }
    if (!tokenMatches(req.headers.authorization, token)) {
      return refuse(
        res,
        401,
        'UNAUTHORISED',
        'This call needs the access token printed when the server started.',
      );
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return refuse(res, 415, 'INVALID_INPUT', 'API calls send JSON (Content-Type: application/json).');
    }
    const limit = bodyLimit(method);
    const body = await readBody(req, limit);
    if (body === null) {
      const mb = Math.round(limit / (1024 * 1024));
      return refuse(res, 413, 'INVALID_INPUT', `The request is larger than ${mb} MB.`);
    }
    let input: unknown;
    try {
      input = body.trim() === '' ? {} : (JSON.parse(body) as unknown);
    } catch {
      return refuse(res, 400, 'INVALID_INPUT', 'The request body is not valid JSON.');
    }
    const result = await options.dispatch(method, input);
    sendJson(res, result.ok ? 200 : result.error.code === 'UNKNOWN_METHOD' ? 404 : 400, result);
  }

  const server = createServer((req, res) => {
    // Only our own names for this server: a rebinding attacker's hostname is refused.
    if (!allowedHosts.has(req.headers.host ?? '')) {
      res.writeHead(421, { 'Content-Type': 'text/plain' });
      res.end('Misdirected request');
      return;
    }
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const work = path.startsWith(API_PREFIX)
      ? handleApi(req, res, path.slice(API_PREFIX.length))
      : req.method === 'GET' || req.method === 'HEAD'
        ? assets.load(path).then((a) => {
            res.writeHead(a.status, a.headers);
            res.end(req.method === 'HEAD' ? undefined : a.body);
          })
        : Promise.resolve(refuse(res, 405, 'INVALID_INPUT', 'Only GET for pages and POST for the API.'));
    work.catch((error: unknown) => {
      if (!res.headersSent) refuse(res, 500, 'INTERNAL', `Server error: ${String(error)}`);
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolve());
  });
  // Our names and origin follow the address actually bound (loopback, as the tests check).
  const { address, port } = server.address() as AddressInfo;
  allowedHosts = new Set([`${address}:${port}`, `localhost:${port}`]);
  origins = new Set([...allowedHosts].map((host) => `http://${host}`));
  const origin = `http://${address}:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
