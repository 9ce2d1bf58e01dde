import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromCodes, normalize } from '../../../src/lib/check/normalize.ts';
import {
  buildIndex,
  indexCollection,
  runsBetween,
  type CollectionIndex,
} from '../../../src/lib/index/index.ts';
import { gramsFor, Winnower } from '../../../src/lib/index/winnow.ts';
import { bruteForce, coverage, indexed, indexedCoverage } from './reference.ts';

const index = (texts: string[][], minRun = 8, gram?: number): CollectionIndex =>
  buildIndex(
    texts.map((paragraphs) => ({ paragraphs })),
    { minRun, gram },
  )!;

/** The text of each run texts x and y share, as read in x. */
function shared(texts: string[][], found: CollectionIndex, x: number, y: number): string[] {
  const codes = normalize(texts[x]!).codes;
  return runsBetween(found, x, y).map((r) =>
    fromCodes(codes.subarray(r.fromA, r.fromA + r.length)),
  );
}

describe('the collection index', () => {
  it('finds a sentence two texts share, whole, and nothing shorter than K', () => {
    const texts = [
      ['开头不同。全面贯彻党的二十大精神，实现开局起步。结尾甲'],
      ['另一个开头，全面贯彻党的二十大精神，实现开局起步！结尾乙'],
      ['与两者都无关的一段文字，共享短语二十大精神。'],
    ];
    const found = index(texts);
    expect(shared(texts, found, 0, 1)).toEqual(['全面贯彻党的二十大精神，实现开局起步']);
    expect(shared(texts, found, 1, 0)).toEqual(['全面贯彻党的二十大精神，实现开局起步']);
    expect(shared(texts, found, 0, 2)).toEqual([]);
    expect(Array.from(found.pairs.coveredA)).toEqual([18]);
  });

  it('ends a run at a paragraph break, in either text, and counts offsets without whitespace', () => {
    const texts = [
      ['甲乙丙丁戊己庚辛', '壬癸子丑寅卯辰巳'],
      ['前言 甲乙丙丁 戊己庚辛壬癸子丑寅卯辰巳'],
    ];
    const found = index(texts, 8);
    expect(shared(texts, found, 0, 1)).toEqual(['甲乙丙丁戊己庚辛', '壬癸子丑寅卯辰巳']);
    expect(runsBetween(found, 1, 0)).toEqual([
      { fromA: 2, fromB: 0, length: 8 },
      { fromA: 10, fromB: 8, length: 8 },
    ]);
  });

  it('counts astral characters as one', () => {
    const texts = [['𠮷𠮷一二三四𠮷五六七'], ['前𠮷一二三四𠮷五六七后']];
    expect(shared(texts, index(texts), 0, 1)).toEqual(['𠮷一二三四𠮷五六七']);
  });

  it('reports each place a repeated passage matches, once each', () => {
    const texts = [['一二三四五六七八九十，一二三四五六七八九十'], ['一二三四五六七八九十']];
    const found = index(texts, 10, 4);
    expect(runsBetween(found, 0, 1)).toEqual([
      { fromA: 0, fromB: 0, length: 10 },
      { fromA: 11, fromB: 0, length: 10 },
    ]);
    expect([found.pairs.coveredA[0], found.pairs.coveredB[0]]).toEqual([20, 10]);
  });

  it('never takes a hash collision for a match', () => {
    // The gram hash is a polynomial in 0x01000193 mod 2³² (then a bijective mix): raising the
    // 7th character by 124,925 adds 124,925 · 0x01000193 ≡ 13,127, which lowering the 8th by
    // 13,127 takes back. So 一 U+9FA0 and U+235FD U+6C59 end two different grams of equal hash.
    const x = `六五四三二一一${String.fromCodePoint(0x9fa0)}`;
    const y = `六五四三二一${String.fromCodePoint(0x235fd, 0x6c59)}`;
    const hashes = [x, y].map((t) => {
      const out: number[] = [];
      const codes = Int32Array.from(Array.from(t), (c) => c.codePointAt(0)!);
      new Winnower(gramsFor(8)).paragraph(codes, 0, codes.length, (h) => out.push(h));
      return out;
    });
    expect(hashes[0]).toEqual(hashes[1]);
    const texts = [[x], [y], [x]];
    const found = index(texts, 8);
    expect(runsBetween(found, 0, 1)).toEqual([]);
    expect(shared(texts, found, 0, 2)).toEqual([x]);
  });

  it('groups identical texts and near copies', () => {
    const long = '这是一段足够长的文字，用来检查几乎相同的文本是否被归为一组。'.repeat(3);
    const texts = [
      [long],
      ['完全不同的另外一篇文章，没有任何共同的长句子可言。'],
      [long],
      [`${long}多`],
      [` ${long}`],
    ];
    const found = index(texts, 13);
    expect(found.identical).toEqual([[0, 2, 4]]);
    expect(found.near).toEqual([[0, 2, 3, 4]]);
  });

  it('finds every maximal shared run of K or more, nothing else, and what they cover (against brute force)', () => {
    // A tiny alphabet for many matches; an astral character, a space the normalization drops,
    // and paragraph breaks that runs must not cross.
    const paragraph = fc
      .array(fc.constantFrom('a', 'b', 'c', '𠮷', ' '), { maxLength: 40 })
      .map((cs) => cs.join(''));
    const texts = fc.array(fc.array(paragraph, { minLength: 1, maxLength: 3 }), {
      minLength: 2,
      maxLength: 5,
    });
    const options = fc
      .integer({ min: 3, max: 12 })
      .chain((minRun) =>
        fc.tuple(fc.constant(minRun), fc.integer({ min: 1, max: Math.min(minRun, 6) })),
      );
    fc.assert(
      fc.property(texts, options, (ts, [minRun, gram]) => {
        const [found, expected] = [index(ts, minRun, gram), bruteForce(ts, minRun)];
        expect(indexed(found)).toEqual(expected);
        expect(indexedCoverage(found)).toEqual(coverage(expected));
      }),
      { numRuns: 300 },
    );
  });

  it('reports progress up to 1, and stops when asked', () => {
    // 100,000 characters, a stretch of the CJK block each, some overlapping: a few chunks of work.
    const texts = Array.from({ length: 40 }, (_, i) => ({
      paragraphs: [
        String.fromCodePoint(
          ...Array.from({ length: 2500 }, (_, j) => 0x4e00 + ((i * 2500 + j) % 16000)),
        ),
      ],
    }));
    const fractions: number[] = [];
    expect(
      buildIndex(texts, { minRun: 13 }, { onProgress: (f) => fractions.push(f) }),
    ).not.toBeNull();
    expect(fractions.length).toBeGreaterThan(2);
    expect(fractions).toEqual([...fractions].sort((x, y) => x - y));
    expect(fractions.at(-1)).toBe(1);
    expect(buildIndex(texts, { minRun: 13 }, { shouldStop: () => true })).toBeNull();
    // The generator is what a worker drives: a chunk at a time.
    expect(indexCollection(texts, { minRun: 13 }).next().done).toBe(false);
  });
});
