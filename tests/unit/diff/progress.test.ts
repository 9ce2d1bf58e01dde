import { describe, expect, it } from 'vitest';
import { compareTexts, exactStats, pairStats, type Step } from '../../../src/lib/diff/compare.ts';
import { lcsLength } from '../../../src/lib/diff/lcs.ts';
import { EXACT_LCS_CELLS } from '../../../src/lib/diff/stats.ts';

describe('a comparison says how far it is', () => {
  it('aligning paragraphs of A, then diffing rows, never past the end', () => {
    const a = Array.from({ length: 30 }, (_, i) => `第${i}段，原来的文字。`);
    const b = a.map((p, i) => (i % 3 === 0 ? `${p}改了。` : p));
    const heard: [Step, number, number][] = [];
    const c = compareTexts(a, b, { progress: (...p) => heard.push(p) });
    expect(heard.some(([s]) => s === 'align')).toBe(true);
    const diffs = heard.filter(([s]) => s === 'diff');
    expect(diffs).toHaveLength(c.rows.length);
    expect(diffs.at(-1)).toEqual(['diff', c.rows.length - 1, c.rows.length]);
    for (const [, done, total] of heard) expect(done).toBeLessThanOrEqual(total);
    // The steps come in order: every alignment report before the first diff.
    expect(heard.findLastIndex(([s]) => s === 'align')).toBeLessThan(
      heard.findIndex(([s]) => s === 'diff'),
    );
  });

  it('the exact LCS scan, in steps of 1024 symbols', () => {
    const a = Array.from('甲乙丙丁'.repeat(1000));
    const b = Array.from('乙丙丁甲'.repeat(600));
    const heard: number[] = [];
    expect(lcsLength(a, b, (done, total) => (expect(total).toBe(4000), heard.push(done)))).toBe(
      lcsLength(a, b),
    );
    expect(heard).toEqual([1024, 2048, 3072]);
  });
});

describe('the exact figures of an estimated comparison', () => {
  it('are those of pairStats, with the slots kept and the verdict of the exact similarity', () => {
    // Long enough to be estimated: past EXACT_LCS_CELLS.
    const n = Math.ceil(Math.sqrt(EXACT_LCS_CELLS)) + 10;
    const line = (seed: number) =>
      Array.from({ length: n }, (_, i) => String.fromCharCode(0x4e00 + ((i * seed) % 500))).join(
        '',
      );
    const [a, b] = [[`XX${line(7)}`], [line(11)]];
    const c = compareTexts(a, b);
    expect(c.stats.estimate).toBe(true);
    const exact = exactStats(c, a, b);
    const pair = pairStats(a, b);
    expect(exact.stats).toEqual({ ...pair, slotsA: c.stats.slotsA, slotsB: c.stats.slotsB });
    expect(exact.stats.estimate).toBeUndefined();
    expect(exact.stats.lcs).toBeGreaterThanOrEqual(c.stats.lcs);
    expect(typeof exact.verdict).toBe('string');
  });
});
