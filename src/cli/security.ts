import { createHash } from 'node:crypto';

/**
 * The one Content-Security-Policy of the site, used by the build (meta tag) and mirrored in
 * static/_headers (a unit test keeps the two equal).
 *
 * style-src is 'self', plus the hash of each stylesheet a prerendered page carries inline (the
 * build puts the app's CSS in the page so that its first paint waits for no request, and writes
 * the hashes into the page's meta tag and dist/_headers): no other inline style runs. The app
 * never sets a style attribute from markup (Svelte's style: directives go through the CSSOM,
 * which CSP does not govern). An end-to-end test listens for violations, so this is checked, not
 * assumed.
 */
export function contentSecurityPolicy(forHeader: boolean, styles: readonly string[] = []): string {
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    `style-src ${["'self'", ...new Set(styles.map(styleHash))].join(' ')}`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ];
  // frame-ancestors is ignored (with a console warning) in a meta tag; only a header can carry it.
  if (forHeader) directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}

/** The CSP hash-source of an inline stylesheet: exactly the text between <style> and </style>. */
export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/** A _headers file with its Content-Security-Policy line allowing the inline `styles`. */
export function headersWithStyles(headers: string, styles: readonly string[]): string {
  const line = /^(\s*Content-Security-Policy: ).*$/mu;
  if (!line.test(headers)) throw new Error('_headers: no Content-Security-Policy line');
  return headers.replace(line, (_, key: string) => key + contentSecurityPolicy(true, styles));
}
