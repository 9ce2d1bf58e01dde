import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pairPassages, pairPassagesOnce } from '../../../src/lib/reuse/pair.ts';

const corpus = JSON.parse(readFileSync('static/corpus.json', 'utf8')) as {
  speeches: { paragraphs: string[] }[];
};
const speech = (n: number) => corpus.speeches[n - 1]!.paragraphs;

describe('the passages a pair shares (issue 10: lead with what two texts share)', () => {
  it('find maximal runs with their places on both sides', () => {
    expect(pairPassages(['甲乙丙丁戊己庚', '子丑寅卯'], ['寅卯', '乙丙丁戊己辛'], 3)).toEqual([
      {
        text: '乙丙丁戊己',
        length: 5,
        a: { paragraph: 0, start: 1 },
        b: { paragraph: 1, start: 0 },
      },
    ]);
    expect(pairPassages(['甲乙'], ['甲乙'], 3)).toEqual([]);
    // Clause ends: no punctuation at either end of a passage.
    expect(pairPassages(['，甲乙丙，丁'], ['戊，甲乙丙，'], 3)).toEqual([
      { text: '甲乙丙', length: 3, a: { paragraph: 0, start: 1 }, b: { paragraph: 0, start: 2 } },
    ]);
  });

  it('give text found at its places on both sides, never overlapping in A', () => {
    const text = fc
      .array(fc.constantFrom('甲', '乙', '丙', '，'), { maxLength: 30 })
      .map((c) => c.join(''));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), fc.array(text, { maxLength: 4 }), (a, b) => {
        let end = { paragraph: -1, at: 0 };
        for (const p of pairPassages(a, b, 3)) {
          expect(p.length).toBeGreaterThanOrEqual(3);
          const at = (ps: string[], place: { paragraph: number; start: number }) =>
            Array.from(ps[place.paragraph]!)
              .slice(place.start, place.start + p.length)
              .join('');
          expect(at(a, p.a)).toBe(p.text);
          expect(at(b, p.b)).toBe(p.text);
          if (p.a.paragraph === end.paragraph) expect(p.a.start).toBeGreaterThanOrEqual(end.at);
          end = { paragraph: p.a.paragraph, at: p.a.start + p.length };
        }
      }),
    );
  });

  it('find the opening passage 1 and 2 share', () => {
    const found = pairPassages(speech(1), speech(2), 12);
    expect(found.some((p) => p.text.includes('对于进一步动员全国人民更加紧密团结在'))).toBe(true);
    expect(pairPassages(speech(1), speech(4), 12)).toEqual([]);
  });
});

describe('pairPassagesOnce', () => {
  it('finds them once for the same texts, and afresh for other texts or another length', () => {
    const [a, b] = [['我们要坚持人民至上，推进高质量发展。'], ['必须坚持人民至上，推进高质量发展']];
    const first = pairPassagesOnce(a, b, 6);
    expect(first.length).toBeGreaterThan(0);
    expect(first).toEqual(pairPassages(a, b, 6));
    expect(pairPassagesOnce(a, b, 6)).toBe(first);
    expect(pairPassagesOnce(a, [...b], 6)).not.toBe(first);
    expect(pairPassagesOnce(a, b, 12)).toEqual(pairPassages(a, b, 12));
  });
});
