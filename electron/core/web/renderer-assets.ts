// Serves the built renderer to any host (browser mode's HTTP server, the desktop app's custom
// protocol): files only from inside the renderer folder, index.html with a fresh style nonce per
// load, and the security headers on every response.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { contentSecurityPolicy } from './content-security-policy';

/** The placeholder in renderer/index.html that each page load replaces with its nonce. */
export const NONCE_PLACEHOLDER = '__EWB_STYLE_NONCE__';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface AssetResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

function securityHeaders(nonce: string): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(nonce),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

export function createRendererAssets(rootDir: string) {
  const root = normalize(rootDir + sep);
  return {
    async load(urlPath: string): Promise<AssetResponse> {
      const nonce = randomBytes(18).toString('base64');
      const headers = securityHeaders(nonce);
      let relative: string;
      try {
        relative = decodeURIComponent(urlPath.split('?')[0] ?? '/').replace(/^\/+/, '') || 'index.html';
      } catch {
        return {
          status: 400,
          headers: { ...headers, 'Content-Type': 'text/plain' },
          body: Buffer.from('Bad request'),
        };
      }
      const file = normalize(join(root, relative));
      if (!file.startsWith(root) || relative.includes('\0')) {
        return {
          status: 403,
          headers: { ...headers, 'Content-Type': 'text/plain' },
          body: Buffer.from('Forbidden'),
        };
      }
      let body: Buffer;
      try {
        body = await readFile(file);
      } catch {
        return {
          status: 404,
          headers: { ...headers, 'Content-Type': 'text/plain' },
          body: Buffer.from('Not found'),
        };
      }
      const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
      if (extname(file) === '.html') {
        body = Buffer.from(body.toString('utf8').replaceAll(NONCE_PLACEHOLDER, nonce));
        return {
          status: 200,
          headers: { ...headers, 'Content-Type': type, 'Cache-Control': 'no-store' },
          body,
        };
      }
      return { status: 200, headers: { ...headers, 'Content-Type': type }, body };
    },
  };
}
