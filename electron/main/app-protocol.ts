// The custom `app://ewb/` protocol the window loads the renderer from (never file:// or a remote
// URL): what it is, the privileges it is registered with and how a request becomes a response.
import type { CustomScheme } from 'electron';
import type { AssetResponse } from '../core/web/renderer-assets';

export const APP_SCHEME = 'app';
export const APP_HOST = 'ewb';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/**
 * `standard` gives the scheme an origin and relative URLs; `secure` makes it a secure context.
 * No bypassCSP, no service workers, no CORS: the renderer only needs its own files.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

export interface AssetSource {
  load: (urlPath: string) => Promise<AssetResponse>;
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** Serves only GET/HEAD for our own host; everything else is refused. */
export async function serveAppRequest(
  assets: AssetSource,
  request: { url: string; method: string },
): Promise<Response> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return plain(400, 'Bad request');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'Not found');
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
  const asset = await assets.load(url.pathname);
  // A plain Uint8Array copy: a Node Buffer is not a BodyInit under the DOM typings.
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(asset.body), {
    status: asset.status,
    headers: asset.headers,
  });
}
