// The Content Security Policy every host serves the renderer with (architecture.md): scripts and
// styles only from the app itself, plus <style> elements carrying this page load's nonce (AG Grid
// injects its theme that way). No unsafe-inline, no unsafe-eval, no remote content.

export function contentSecurityPolicy(styleNonce: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${styleNonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
