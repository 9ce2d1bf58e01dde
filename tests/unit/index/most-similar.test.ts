import { describe, expect, it } from 'vitest';
import { K_DEFAULT } from '../../../src/lib/check/k.ts';
import { buildIndex } from '../../../src/lib/index/index.ts';
import {
  ALL_PAIRS_UP_TO,
  PER_TEXT,
  SHARE_FLOOR,
  mostSimilarPairs,
  scoredPairs,
} from '../../../src/lib/index/most-similar.ts';
import { syntheticCorpus } from '../../fixtures/synthetic.ts';
import { corpus } from '../diff/corpus.ts';

describe('the pairs a built site prerenders', () => {
  it('are every pair of a small collection (the bundled one: all 15)', () => {
    const index = buildIndex(corpus.speeches, { minRun: K_DEFAULT })!;
    const pairs = mostSimilarPairs(corpus.speeches.length, index);
    expect(pairs).toHaveLength(15);
    expect(pairs[0]).toEqual([0, 1]);
  });

  it('of a large collection: each text its most similar, every pair over the floor, no other', () => {
    const texts = syntheticCorpus(corpus.speeches, ALL_PAIRS_UP_TO + 30, 3);
    // Two copies make a pair over the floor that is not the first text's only pair.
    texts.push({ number: texts.length + 1, paragraphs: texts[0]!.paragraphs });
    texts.push({ number: texts.length + 1, paragraphs: texts[1]!.paragraphs });
    const index = buildIndex(texts, { minRun: K_DEFAULT })!;
    const chosen = mostSimilarPairs(texts.length, index);
    const key = (a: number, b: number) => `${a}-${b}`;
    const keys = new Set(chosen.map(([a, b]) => key(a, b)));
    const scored = scoredPairs(index);
    expect(chosen.length).toBeLessThan(scored.length / 4);
    for (let t = 0; t < texts.length; t++) {
      const best = scored
        .filter((p) => p.a === t || p.b === t)
        .sort((x, y) => y.share - x.share)
        .slice(0, PER_TEXT);
      for (const p of best) expect(keys).toContain(key(p.a, p.b));
    }
    for (const p of scored) if (p.share >= SHARE_FLOOR) expect(keys).toContain(key(p.a, p.b));
    expect(keys).toContain(key(0, texts.length - 2));
    expect(keys).toContain(key(1, texts.length - 1));
    // Only pairs the rule names: each over the floor or some text's best.
    const bestOf = new Set(
      texts.map((_, t) => {
        const [p] = scored
          .filter((q) => q.a === t || q.b === t)
          .sort((x, y) => y.share - x.share || 0);
        return p ? key(p.a, p.b) : '';
      }),
    );
    const shareOf = new Map(scored.map((p) => [key(p.a, p.b), p.share]));
    for (const k of keys) expect(shareOf.get(k)! >= SHARE_FLOOR || bestOf.has(k)).toBe(true);
  });
});
