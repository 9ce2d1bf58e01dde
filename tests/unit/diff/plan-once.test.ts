import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { PLANS_JSON } from '../../../tools/paths.ts';
import { lcsLength } from '../../../src/lib/diff/lcs.ts';
import { lcsOf } from '../../../src/lib/diff/plan/format.ts';
import { decodePlanOnce } from '../../../src/lib/diff/plan/once.ts';
import { validatePlans } from '../../../src/lib/diff/plan/plans.ts';
import { ProvenPlans } from '../../../src/lib/diff/plan/proven.ts';
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
    const checked = ProvenPlans.of(plans, corpus, () => {})!;
    const pairs = checked.keys.map((key) => key.split('-').map(Number) as [number, number]);
    for (const [x, y] of pairs) expect(checked.plan(x, y)).not.toBeNull();
    expect(counted).toHaveBeenCalledTimes(pairs.length / 2);
    for (const [x, y] of pairs) {
      const [a, b] = [corpus.speeches[x - 1]!, corpus.speeches[y - 1]!];
      decodePlanOnce(plans.pairs[`${x}-${y}`]!, a.paragraphs, b.paragraphs, lcsOf(plans, x, y));
      checked.lcs(x, y);
    }
    expect(counted).toHaveBeenCalledTimes(pairs.length / 2);
  });
});
