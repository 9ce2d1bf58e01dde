/**
 * The one Content-Security-Policy of the site, used by the build (meta tag) and mirrored in
 * static/_headers (a unit test keeps the two equal).
 *
 * style-src is 'self' only: component CSS is extracted to a file at build time, and the app never
 * sets a style attribute from markup (Svelte's style: directives go through the CSSOM, which CSP
 * does not govern). An end-to-end test listens for violations, so this is checked, not assumed.
 */
export function contentSecurityPolicy(forHeader: boolean): string {
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
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
