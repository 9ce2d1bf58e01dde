import { describe, expect, it } from 'vitest';
import { random, sentencesOf, syntheticCorpus } from '../../../src/cli/synthetic.ts';
import { corpus } from '../diff/corpus.ts';

describe('synthetic collections', () => {
  it('split sentences after 。！？ and ；, keeping the marks', () => {
    expect(sentencesOf('一。二！三？四；五')).toEqual(['一。', '二！', '三？', '四；', '五']);
  });

  it('are the same for the same seed, and differ for another', () => {
    expect(random(7)()).toBe(random(7)());
    const a = syntheticCorpus(corpus.speeches, 5);
    expect(syntheticCorpus(corpus.speeches, 5)).toEqual(a);
    expect(syntheticCorpus(corpus.speeches, 5, 2)).not.toEqual(a);
  });

  it('number their speeches from 1 and make them about as long as the real ones', () => {
    const speeches = syntheticCorpus(corpus.speeches, 50);
    expect(speeches.map((s) => s.number)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const lengths = speeches.map((s) => s.paragraphs.reduce((n, p) => n + Array.from(p).length, 0));
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(1456);
    expect(Math.max(...lengths)).toBeLessThan(2812 + 1000);
  });
});
