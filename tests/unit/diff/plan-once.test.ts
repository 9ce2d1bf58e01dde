import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { PLANS_JSON } from '../../../tools/paths.ts';
import { lcsLength } from '../../../src/lib/diff/lcs.ts';
import { lcsOf } from '../../../src/lib/diff/plan/format.ts';
import { decodePlanOnce } from '../../../src/lib/diff/plan/once.ts';
import { checkPlans, validatePlans } from '../../../src/lib/diff/plan/plans.ts';
import { corpus } from './corpus.ts';

// The exact LCS, counted (and still run): the proof a plan's number gets.
vi.mock('../../../src/lib/diff/lcs.ts', async (original) => {
  const real = await original<typeof import('../../../src/lib/diff/lcs.ts')>();
  return { ...real, lcsLength: vi.fn(real.lcsLength) };
});

// Issue 26: the page proved every plan at its start, then again when it decoded them ahead in
// idle time and when it showed one: on a phone, a run of long tasks. What is proven is kept.
describe('plans proven once', () => {
  it('prove each pair LCS once, in either order, and keep the decoded comparisons', () => {
    const plans = validatePlans(JSON.parse(readFileSync(PLANS_JSON, 'utf8')))!;
    const counted = vi.mocked(lcsLength);
    counted.mockClear();
    const checked = checkPlans(plans, corpus).plans!;
    const pairs = Object.keys(checked.pairs);
    expect(counted).toHaveBeenCalledTimes(pairs.length / 2);
    for (const key of pairs) {
      const [x = 0, y = 0] = key.split('-').map(Number);
      const [a, b] = [corpus.speeches[x - 1]!, corpus.speeches[y - 1]!];
      decodePlanOnce(checked.pairs[key]!, a.paragraphs, b.paragraphs, lcsOf(checked, x, y));
    }
    expect(counted).toHaveBeenCalledTimes(pairs.length / 2);
  });
});
