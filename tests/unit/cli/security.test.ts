import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src/cli/security.ts';

it('static/_headers carries the same policy as the built page, plus the header-only parts', () => {
  const headers = readFileSync(new URL('../../../static/_headers', import.meta.url), 'utf8');
  expect(headers).toContain(`Content-Security-Policy: ${contentSecurityPolicy(true)}\n`);
  expect(headers).toContain('Referrer-Policy: no-referrer');
  expect(headers).toContain('X-Content-Type-Options: nosniff');
  expect(contentSecurityPolicy(true)).toContain("frame-ancestors 'none'");
  expect(contentSecurityPolicy(false)).not.toContain('frame-ancestors');
});
