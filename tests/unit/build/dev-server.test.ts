import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { PRERENDER_CACHE } from '../../../tools/paths.ts';

/**
 * Issue 23: `npm run build` beside a running `npm start` left the dev server answering 504
 * "Outdated Optimize Dep" for lazy views: the prerender's Vite server scanned its dependencies
 * into the dev server's cache, node_modules/.vite. It has a cache of its own.
 */
test('the prerender keeps out of the dev server’s dependency cache', () => {
  const source = readFileSync(
    new URL('../../../tools/build/prerender.ts', import.meta.url),
    'utf8',
  );
  expect(source).toMatch(/createServer\(\{(?:(?!\}\);)[\s\S])*cacheDir: PRERENDER_CACHE/u);
  expect(resolve(PRERENDER_CACHE)).not.toBe(resolve('node_modules/.vite'));
  expect(resolve(PRERENDER_CACHE).startsWith(`${resolve('node_modules/.vite')}/`)).toBe(false);
});
