import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { contentSecurityPolicy, headersWithStyles, styleHash } from '../../../src/cli/security.ts';

it('static/_headers carries the same policy as the built page, plus the header-only parts', () => {
  const headers = readFileSync(new URL('../../../static/_headers', import.meta.url), 'utf8');
  expect(headers).toContain(`Content-Security-Policy: ${contentSecurityPolicy(true)}\n`);
  expect(headers).toContain('Referrer-Policy: no-referrer');
  expect(headers).toContain('X-Content-Type-Options: nosniff');
  expect(contentSecurityPolicy(true)).toContain("frame-ancestors 'none'");
  expect(contentSecurityPolicy(false)).not.toContain('frame-ancestors');
});

it('allows the inline stylesheets of the built pages in the header policy too', () => {
  const headers = readFileSync(new URL('../../../static/_headers', import.meta.url), 'utf8');
  const built = headersWithStyles(headers, ['a{}', 'b{}', 'a{}']);
  expect(built).toContain(
    `Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self' ${styleHash('a{}')} ${styleHash('b{}')}; img-src`,
  );
  expect(built).toContain("frame-ancestors 'none'\n");
  // The other headers stay as they are.
  expect(built.replace(/^.*Content-Security-Policy.*$/mu, '')).toBe(
    headers.replace(/^.*Content-Security-Policy.*$/mu, ''),
  );
  expect(() => headersWithStyles('/*\n  X-Frame-Options: DENY\n', [])).toThrow(/_headers/u);
});
