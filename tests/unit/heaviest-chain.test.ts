import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heaviestChain, type Link } from '../../src/lib/heaviest-chain.ts';

/** The heaviest chain's weight by the plain quadratic recurrence: best ending at each link. */
function heaviestWeight(links: readonly Link[]): number {
  const sorted = [...links].sort((p, q) => p.x - q.x);
  const best = sorted.map((l) => l.weight);
  sorted.forEach((l, k) => {
    for (let p = 0; p < k; p++) {
      const before = sorted[p]!;
      if (before.x < l.x && before.y < l.y) best[k] = Math.max(best[k]!, best[p]! + l.weight);
    }
  });
  return Math.max(0, ...best);
}

const size = 12;
const links = fc.array(
  fc.record({
    x: fc.integer({ min: 0, max: 12 }),
    y: fc.integer({ min: 0, max: size - 1 }),
    // Weights in eighths: sums exact, so equal totals compare equal.
    weight: fc.integer({ min: 1, max: 16 }).map((w) => w / 8),
  }),
  { maxLength: 40 },
);

describe('heaviestChain', () => {
  it('takes links increasing in both x and y, as heavy as any such chain', () => {
    fc.assert(
      fc.property(links, (given) => {
        const chain = heaviestChain(given, size, (l) => l);
        chain.slice(1).forEach((l, k) => {
          expect(l.x).toBeGreaterThan(chain[k]!.x);
          expect(l.y).toBeGreaterThan(chain[k]!.y);
        });
        for (const l of chain) expect(given).toContain(l);
        expect(chain.reduce((sum, l) => sum + l.weight, 0)).toBe(heaviestWeight(given));
      }),
    );
  });

  it('never takes two links of one x, nor of one y', () => {
    const chain = heaviestChain(
      [
        { x: 0, y: 0, weight: 1 },
        { x: 0, y: 1, weight: 1 },
        { x: 1, y: 1, weight: 1 },
        { x: 2, y: 1, weight: 1 },
      ],
      2,
      (l) => l,
    );
    expect(chain).toEqual([
      { x: 0, y: 0, weight: 1 },
      { x: 1, y: 1, weight: 1 },
    ]);
    expect(heaviestChain([], 0, (l: Link) => l)).toEqual([]);
  });
});
