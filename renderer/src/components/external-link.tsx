// Links that leave the app: only http(s) addresses become links (never javascript:, file: or
// data:), they open outside the app, and they say so.
import type { ReactNode } from 'react';

/** The address if it is a well-formed http(s) URL, otherwise null. */
export function safeWebAddress(address: string | null | undefined): string | null {
  if (address === null || address === undefined) return null;
  try {
    const url = new URL(address.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

export function ExternalLink({ href, children }: { href: string | null | undefined; children: ReactNode }) {
  const safe = safeWebAddress(href);
  if (safe === null) {
    return (
      <span>
        {children} <span className="muted">(address not shown: not a web link)</span>
      </span>
    );
  }
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer" className="external-link">
      {children}
      <span className="visually-hidden"> (opens outside Evidence Workbench)</span>
      <span aria-hidden="true" className="external-link__icon">
        ↗
      </span>
    </a>
  );
}
