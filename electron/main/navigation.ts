// Where the window may go and what it may fetch: only its own app:// pages; http(s) links the
// user clicks open in the default browser after this check. Pure, so tests run it under Node.
import { APP_HOST, APP_SCHEME } from './app-protocol';

/** Schemes the window's session may request: our app, DevTools, and in-page data/blob images. */
const LOCAL_REQUEST_SCHEMES = new Set([`${APP_SCHEME}:`, 'devtools:', 'data:', 'blob:']);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** A page of this app (app://ewb/…): the only place the window may navigate to. */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/**
 * A link we may hand to the operating system: http(s) only, with a host and without embedded
 * credentials (a classic way to disguise where a link goes).
 */
export function isAllowedExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > 2048) return false;
  const parsed = parse(url);
  return (
    parsed !== null &&
    (parsed.protocol === 'https:' || parsed.protocol === 'http:') &&
    parsed.hostname !== '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** Requests the session lets through: nothing remote, ever. */
export function isAllowedRequestUrl(url: string): boolean {
  const parsed = parse(url);
  if (parsed === null) return false;
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST;
  return LOCAL_REQUEST_SCHEMES.has(parsed.protocol);
}
