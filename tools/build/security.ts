import { createHash } from 'node:crypto';

/** What a page carries inline: the exact text of each stylesheet and script. */
export interface Inline {
  styles?: readonly string[];
  scripts?: readonly string[];
}

/**
 * The one Content-Security-Policy of the site, used by the build (meta tag) and mirrored in
 * static/_headers (a unit test keeps the two equal).
 *
 * script-src and style-src are 'self', plus the hash of each script and stylesheet a prerendered
 * page carries inline (the build puts the app's CSS in the page so that its first paint waits for
 * no request, and a few lines that send a reader who reads no Chinese to the English page before
 * it paints; it writes their hashes into the page's meta tag and dist/_headers): nothing else
 * inline runs. The app never sets a style attribute from markup (Svelte's style: directives go
 * through the CSSOM, which CSP does not govern). An end-to-end test listens for violations, so
 * this is checked, not assumed.
 */
export function contentSecurityPolicy(forHeader: boolean, inline: Inline = {}): string {
  const sources = (texts: readonly string[] = []) =>
    ["'self'", ...new Set(texts.map(hashSource))].join(' ');
  const directives = [
    "default-src 'self'",
    `script-src ${sources(inline.scripts)}`,
    `style-src ${sources(inline.styles)}`,
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

/** The CSP hash-source of an inline script or stylesheet: exactly the text inside its element. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** A _headers file with its Content-Security-Policy line allowing what pages carry `inline`. */
export function headersWithInline(headers: string, inline: Inline): string {
  const line = /^(\s*Content-Security-Policy: ).*$/mu;
  if (!line.test(headers)) throw new Error('_headers: no Content-Security-Policy line');
  return headers.replace(line, (_, key: string) => key + contentSecurityPolicy(true, inline));
}
