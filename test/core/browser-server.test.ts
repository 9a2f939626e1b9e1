// The browser-served mode's guarantees: loopback only, a token on every call of every API method,
// Host and Origin checks on each, a fresh CSP nonce per page load, and no files from outside the
// renderer folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/core/api/dispatch';
import { NONCE_PLACEHOLDER } from '../../electron/core/web/renderer-assets';
import { startBrowserServer, type BrowserServer } from '../../electron/server/browser-server';
import { api as apiMethods } from '../../shared/api';
import { ewb } from '../helpers/cli';
import { type Library, libraryChecksum, miniLibrary, tempDir, type TempDir } from '../helpers/libraries';

let dir: TempDir;
let library: Library;
let server: BrowserServer;

beforeAll(async () => {
  dir = tempDir();
  library = await miniLibrary(dir);
  const renderer = dir.file('renderer');
  mkdirSync(renderer);
  writeFileSync(
    `${renderer}/index.html`,
    `<meta name="ewb-style-nonce" content="${NONCE_PLACEHOLDER}"><p>app</p>`,
  );
  mkdirSync(`${renderer}/assets`);
  writeFileSync(`${renderer}/assets/app.js`, 'console.log(1)');
  writeFileSync(dir.file('secret.txt'), 'outside the renderer');
  server = await startBrowserServer({ dispatch: createDispatch({ library }), rendererDir: renderer });
});
afterAll(async () => {
  await server.close();
  library.close();
  dir.remove();
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so tests control every header (fetch would not let us set Host). */
function send(options: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { Host: `127.0.0.1:${server.port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  send({
    method: 'POST',
    path: `/api/${method}`,
    headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

/** Every change the library records: a refused call must leave it where it was. */
const historyCount = () =>
  (library.db.prepare('SELECT count(*) AS n FROM change_history').get() as { n: number }).n;

/** Whether anything accepts a TCP connection on host:port (a dropped packet counts as no). */
function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2000 });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

/** This machine's addresses other than loopback (link-local IPv6 needs a zone, so is left out). */
const otherAddresses = Object.values(networkInterfaces())
  .flatMap((infos) => infos ?? [])
  .filter((i) => !i.internal && !i.address.startsWith('fe80:'))
  .map((i) => i.address);

/** A call that writes when it is let through: what every refused call below sends. */
const WRITE = { method: 'shortlist/add', body: { interventionId: 'gamma-triage', by: 'Tester' } } as const;

describe('browser-served mode', () => {
  it('listens on loopback only and prints a URL carrying the token', async () => {
    // The origin is built from the address the server actually bound.
    expect(server.origin).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.url).toBe(`${server.origin}/?token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
    expect(await reachable('127.0.0.1', server.port)).toBe(true);
  });

  it.skipIf(otherAddresses.length === 0)(
    'cannot be reached on any of the machine’s other addresses',
    async () => {
      for (const address of otherAddresses)
        expect(await reachable(address, server.port), address).toBe(false);
    },
  );

  it('cannot be told to listen anywhere else', () => {
    // `ewb serve` has no option for the address: asking for one is a usage error.
    expect(ewb('serve', '--host', '0.0.0.0')).toMatchObject({
      status: 2,
      stdout: '',
      stderr: expect.stringContaining("Unknown option '--host'"),
    });
  });

  it('answers API calls that carry the token', async () => {
    const reply = await api('interventions/list', { limit: 1 });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { total: 3 } });
  });

  it('refuses every API method without the token or with a wrong one, and writes nothing', async () => {
    const methods = Object.keys(apiMethods);
    expect(methods.length).toBeGreaterThan(50);
    const before = { checksum: libraryChecksum(library), history: historyCount() };
    const wrongTokens: { name: string; headers: Record<string, string>; query?: string }[] = [
      { name: 'no token', headers: {} },
      { name: 'a wrong token', headers: { Authorization: 'Bearer wrong' } },
      { name: 'the token and more', headers: { Authorization: `Bearer ${server.token}x` } },
      { name: 'part of the token', headers: { Authorization: `Bearer ${server.token.slice(0, -1)}` } },
      { name: 'the token without Bearer', headers: { Authorization: server.token } },
      {
        name: 'the token as Basic credentials',
        headers: { Authorization: `Basic ${Buffer.from(`x:${server.token}`).toString('base64')}` },
      },
      { name: 'the token in a cookie', headers: { Cookie: `token=${server.token}` } },
      // The address's token is for the page only: the page sends it as a header.
      { name: 'the token in the address', headers: {}, query: `?token=${server.token}` },
    ];
    for (const method of methods) {
      for (const wrong of wrongTokens) {
        const reply = await send({
          method: 'POST',
          path: `/api/${method}${wrong.query ?? ''}`,
          headers: { 'Content-Type': 'application/json', ...wrong.headers },
          body: JSON.stringify(WRITE.body),
        });
        expect(reply.status, `${method} with ${wrong.name}`).toBe(401);
        expect(JSON.parse(reply.body), method).toEqual({
          ok: false,
          error: { code: 'UNAUTHORISED', message: expect.any(String) },
        });
      }
    }
    expect({ checksum: libraryChecksum(library), history: historyCount() }).toEqual(before);
    // The same call with the token does write, so the checks above would have seen a write.
    expect((await api(WRITE.method, WRITE.body)).status).toBe(200);
    expect(libraryChecksum(library)).not.toBe(before.checksum);
    expect(historyCount()).toBeGreaterThan(before.history);
  });

  it('refuses every API method from other host names (DNS rebinding) and other sites, even with the token', async () => {
    const before = { checksum: libraryChecksum(library), history: historyCount() };
    const port = server.port;
    const rebound = [`evil.example:${port}`, 'evil.example', `localhost.evil.example:${port}`, '127.0.0.1'];
    const crossSite = [
      'https://evil.example',
      'null',
      `http://evil.example:${port}`,
      `https://127.0.0.1:${port}`,
      `http://127.0.0.1:${port + 1}`,
      `http://localhost:${port + 1}`,
    ];
    for (const method of Object.keys(apiMethods)) {
      for (const host of rebound) {
        const reply = await api(method, WRITE.body, { Host: host, Origin: `http://${host}` });
        expect(reply.status, `${method} for Host ${host}`).toBe(421);
      }
      for (const origin of crossSite) {
        // As a browser sends it; the server goes by the Origin.
        const reply = await api(method, WRITE.body, { Origin: origin, 'Sec-Fetch-Site': 'cross-site' });
        expect(reply.status, `${method} from ${origin}`).toBe(403);
        expect(JSON.parse(reply.body), method).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      }
    }
    expect({ checksum: libraryChecksum(library), history: historyCount() }).toEqual(before);
    // Pages are refused to other host names too, so a rebound name cannot even load the app.
    expect((await send({ path: '/', headers: { Host: `evil.example:${port}` } })).status).toBe(421);
    // Our own names and origins are let through.
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      expect((await api('library/info', {}, { Host: host, Origin: `http://${host}` })).status, host).toBe(
        200,
      );
      expect((await send({ path: '/', headers: { Host: host } })).status, host).toBe(200);
    }
    expect((await api('library/info', {})).status).toBe(200);
  });

  it('serves the page and its files without the token, the page with the token in its address', async () => {
    const plain = await send({ path: '/' });
    const withToken = await send({ path: `/?token=${server.token}` });
    for (const reply of [plain, withToken]) {
      expect(reply.status).toBe(200);
      expect(reply.body).toContain('<p>app</p>');
      // The token in the address goes to no other site as a Referer, and the page is not cached.
      expect(reply.headers['referrer-policy']).toBe('no-referrer');
      expect(reply.headers['cache-control']).toBe('no-store');
      expect(String(reply.headers['content-security-policy'])).toMatch(/^default-src 'self'/);
    }
    // The server never writes the token into the page: only the address the user opened holds it.
    expect(withToken.body).not.toContain(server.token);
    const script = await send({ path: '/assets/app.js' });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['x-content-type-options']).toBe('nosniff');
    expect(script.body).toBe('console.log(1)');
    expect((await send({ method: 'HEAD', path: '/assets/app.js' })).body).toBe('');
    expect((await send({ path: '/assets/missing.js' })).status).toBe(404);
    // Pages are only read: anything else is refused before the renderer folder is looked at.
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      expect((await send({ method, path: '/assets/app.js' })).status, method).toBe(405);
    }
  });

  it('accepts only JSON POSTs and says what was wrong', async () => {
    expect((await api('library/info', {}, { 'Content-Type': 'text/plain' })).status).toBe(415);
    const badJson = await send({
      method: 'POST',
      path: '/api/library/info',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      body: '{not json',
    });
    expect(badJson.status).toBe(400);
    expect(
      (await send({ path: '/api/library/info', headers: { Authorization: `Bearer ${server.token}` } }))
        .status,
    ).toBe(405);
    const unknown = await api('library/delete-everything', {});
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    const invalid = await api('interventions/get', { id: '' });
    expect(JSON.parse(invalid.body)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'id' },
    });
  });

  it('takes an upload larger than other calls may be, only for attachments/add and with the token', async () => {
    // A 2 MB file: over the 1 MB limit of every other call, well under the attachment limit.
    const bytes = Buffer.alloc(2 * 1024 * 1024, 0x41);
    bytes.write('%PDF-1.7\n');
    const upload = {
      owner: { kind: 'intervention', id: 'gamma-triage' },
      fileName: 'big report.pdf',
      content: bytes.toString('base64'),
      by: 'Tester',
    };
    const refused = await send({
      method: 'POST',
      path: '/api/attachments/add',
      headers: { Authorization: 'Bearer wrong', 'Content-Type': 'application/json' },
      body: JSON.stringify(upload),
    });
    expect(refused.status).toBe(401);
    const crossSite = await api('attachments/add', upload, { Origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    expect((await api('library/info', { padding: upload.content })).status).toBe(413);
    expect(library.db.prepare('SELECT count(*) AS n FROM attachments').get()).toEqual({ n: 0 });

    const added = await api('attachments/add', upload);
    expect(added.status).toBe(200);
    const attachment = JSON.parse(added.body).value as { id: string; mediaType: string; sizeBytes: number };
    expect(attachment).toMatchObject({ mediaType: 'application/pdf', sizeBytes: bytes.length });
    const content = await api('attachments/content', { id: attachment.id });
    expect(content.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.from(JSON.parse(content.body).value.content, 'base64').equals(bytes)).toBe(true);
    const noToken = await send({
      method: 'POST',
      path: '/api/attachments/content',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: attachment.id }),
    });
    expect(noToken.status).toBe(401);
    expect(noToken.body).not.toContain(upload.content.slice(0, 100));
  });

  it('takes a reference file larger than other calls may be, for the reference preview', async () => {
    // About 2 MB of RIS: 4,000 records with long abstracts, over the 1 MB limit of ordinary calls.
    const record = (n: number) =>
      `TY  - RPRT\nTI  - Report ${n}\nPY  - 2020\nAB  - ${'An abstract that goes on. '.repeat(18)}\nER  - \n`;
    const content = Array.from({ length: 4000 }, (_, n) => record(n + 1)).join('');
    expect(content.length).toBeGreaterThan(1024 * 1024);
    const reply = await api('references/preview', {
      interventionId: 'gamma-triage',
      fileName: 'big.ris',
      content,
    });
    expect(reply.status).toBe(200);
    expect((JSON.parse(reply.body) as { value: { entries: unknown[] } }).value.entries).toHaveLength(4000);
  });

  it('serves the page with a strict CSP and a fresh style nonce per load', async () => {
    const first = await send({ path: '/' });
    const second = await send({ path: '/' });
    const nonceOf = (reply: Reply) => /content="([^"]+)"/.exec(reply.body)?.[1];
    const csp = String(first.headers['content-security-policy']);
    expect(first.status).toBe(200);
    expect(nonceOf(first)).not.toBe(NONCE_PLACEHOLDER);
    expect(csp).toContain(`style-src 'self' 'nonce-${nonceOf(first)}'`);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(nonceOf(second)).not.toBe(nonceOf(first));
  });

  it('serves nothing from outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%E0%A4%A']) {
      const reply = await send({ path });
      expect(reply.status, path).toBeGreaterThanOrEqual(400);
      expect(reply.body).not.toContain('outside the renderer');
    }
  });
});
