import { expect, test } from 'vitest';
import { failedPart } from '../../../src/lib/corpus/load.ts';

test('a failed import names its file, whatever the browser calls the failure', () => {
  expect(
    failedPart(
      'TypeError: Failed to fetch dynamically imported module: http://127.0.0.1:5173/assets/OverviewView-Ab12_x.js',
    ),
  ).toBe('OverviewView-Ab12_x.js');
  expect(
    failedPart(
      'Failed to fetch dynamically imported module: http://localhost:5173/src/views/own/OwnView.svelte?t=1',
    ),
  ).toBe('OwnView.svelte');
  expect(failedPart('error loading dynamically imported module: /sub/assets/export-9.js')).toBe(
    'export-9.js',
  );
  expect(failedPart('TypeError: Load failed')).toBeNull();
  expect(failedPart('')).toBeNull();
});
