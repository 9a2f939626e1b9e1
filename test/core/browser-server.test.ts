// The browser-served mode's guarantees: loopback only, a token on every API call, Host and
// Origin checks, a fresh CSP nonce per page load, and no files from outside the renderer folder.
import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/core/api/dispatch';
import { NONCE_PLACEHOLDER } from '../../electron/core/web/renderer-assets';
import { startBrowserServer, type BrowserServer } from '../../electron/server/browser-server';
import { type Library, miniLibrary, tempDir, type TempDir } from '../helpers/libraries';

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

describe('browser-served mode', () => {
  it('listens on loopback only and prints a URL carrying the token', () => {
    expect(server.origin).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.url).toBe(`${server.origin}/?token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers API calls that carry the token', async () => {
    const reply = await api('interventions/list', { limit: 1 });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { total: 3 } });
  });

  it('refuses API calls without the right token', async () => {
    for (const authorization of [undefined, 'Bearer wrong', `Bearer ${server.token}x`, server.token]) {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (authorization !== undefined) headers.Authorization = authorization;
      const reply = await send({ method: 'POST', path: '/api/library/info', headers, body: '{}' });
      expect(reply.status).toBe(401);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORISED' } });
    }
  });

  it('refuses other host names (DNS rebinding) and other sites (Origin)', async () => {
    expect((await api('library/info', {}, { Host: `evil.example:${server.port}` })).status).toBe(421);
    expect((await send({ path: '/', headers: { Host: 'evil.example' } })).status).toBe(421);
    const crossSite = await api('library/info', {}, { Origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    expect((await api('library/info', {}, { Origin: server.origin })).status).toBe(200);
    expect(
      (
        await api(
          'library/info',
          {},
          { Host: `localhost:${server.port}`, Origin: `http://localhost:${server.port}` },
        )
      ).status,
    ).toBe(200);
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
