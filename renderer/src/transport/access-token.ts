// The browser-served mode's access token: taken once from the address `ewb serve` printed, kept
// for this tab in sessionStorage, and removed from the visible URL so it is not bookmarked,
// shared in a screenshot or left in the history.

const STORAGE_KEY = 'ewb.accessToken';
const TOKEN_PARAM = 'token';

let memoryToken: string | null = null;

function readStored(): string | null {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return memoryToken; // storage disabled: keep it for this page only
  }
}

function store(token: string): void {
  memoryToken = token;
  try {
    window.sessionStorage.setItem(STORAGE_KEY, token);
  } catch {
    // Storage disabled: the in-memory copy lasts until the page is reloaded.
  }
}

/** Moves a `?token=` from the address into session storage. Safe to call more than once. */
export function adoptTokenFromAddress(): void {
  const url = new URL(window.location.href);
  const token = url.searchParams.get(TOKEN_PARAM);
  if (token === null) return;
  if (token.trim() !== '') store(token.trim());
  url.searchParams.delete(TOKEN_PARAM);
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
}

/** The token for API calls, or null when this tab was not opened from the printed address. */
export function accessToken(): string | null {
  return memoryToken ?? readStored();
}
