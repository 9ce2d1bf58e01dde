import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  hashSource,
  headersWithInline,
} from '../../../tools/build/security.ts';

it('static/_headers carries the same policy as the built page, plus the header-only parts', () => {
  const headers = readFileSync(new URL('../../../static/_headers', import.meta.url), 'utf8');
  expect(headers).toContain(`Content-Security-Policy: ${contentSecurityPolicy(true)}\n`);
  expect(headers).toContain('Referrer-Policy: no-referrer');
  expect(headers).toContain('X-Content-Type-Options: nosniff');
  expect(contentSecurityPolicy(true)).toContain("frame-ancestors 'none'");
  expect(contentSecurityPolicy(false)).not.toContain('frame-ancestors');
});

it('allows the inline stylesheets and scripts of the built pages in the header policy too', () => {
  const headers = readFileSync(new URL('../../../static/_headers', import.meta.url), 'utf8');
  const built = headersWithInline(headers, { styles: ['a{}', 'b{}', 'a{}'], scripts: ['go()'] });
  expect(built).toContain(
    `Content-Security-Policy: default-src 'self'; script-src 'self' ${hashSource('go()')}; style-src 'self' ${hashSource('a{}')} ${hashSource('b{}')}; img-src`,
  );
  expect(built).toContain("frame-ancestors 'none'\n");
  // The other headers stay as they are.
  expect(built.replace(/^.*Content-Security-Policy.*$/mu, '')).toBe(
    headers.replace(/^.*Content-Security-Policy.*$/mu, ''),
  );
  expect(() => headersWithInline('/*\n  X-Frame-Options: DENY\n', {})).toThrow(/_headers/u);
});
