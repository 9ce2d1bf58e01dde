import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CheckIndex, indexFor } from '../../../src/lib/check/collection.ts';
import { checkText, type CheckReport } from '../../../src/lib/check/measure.ts';
import { normalText } from '../../../src/lib/check/normalize.ts';
import type { SpeechText } from '../../../src/lib/reuse/passages.ts';
import { smallCollection, smallParagraph } from '../../fixtures/collections.ts';
import { corpus } from '../diff/corpus.ts';
import { reference } from './reference.ts';

/** The fast report read back in the reference's terms. */
function readBack(report: CheckReport) {
  const runs = report.paragraphs.flat();
  const chars = runs
    .map((run) =>
      run.sources.length === 0
        ? '-'.repeat(run.to - run.from)
        : run.parts
            .map((x) => (x.stock ? 'S' : 'C').repeat(Array.from(normalText([x.text])).length))
            .join(''),
    )
    .join('');
  return {
    length: report.chars,
    copied: report.copied,
    copiedStock: report.copiedStock,
    rows: report.sources.map(({ speech, copied, longest, runs, twin }) => ({
      ...{ speech, copied, longest, runs, twin },
    })),
    chars,
    runs: runs
      .filter((r) => r.sources.length > 0)
      .map(({ from, to, sources }) => ({ from, to, sources })),
  };
}

function agree(
  speeches: readonly SpeechText[],
  paragraphs: readonly string[],
  k: number,
  self: number | null,
  stockLength: number,
  withTwins = false,
) {
  const index = new CheckIndex(speeches, stockLength);
  const report = checkText(index, paragraphs, { k, self, sourcesPerRun: Infinity, withTwins });
  expect(readBack(report)).toEqual(
    reference(speeches, paragraphs, k, self, stockLength, withTwins),
  );
  // The shown text is the original, exactly.
  expect(
    report.paragraphs.map((p) => p.map((r) => r.parts.map((x) => x.text).join('')).join('')),
  ).toEqual(paragraphs);
  return report;
}

// Whitespace, a letter with a combining accent and its composed form (equal in NFC), an astral
// character and punctuation: over so few symbols, runs repeat, overlap and cross paragraphs.
const ALPHABET = ['甲', '乙', '丙', '，', ' ', 'e\u0301', '\u00e9', '𠮷'];
const paragraph = smallParagraph(ALPHABET, 12);
const collection = smallCollection(ALPHABET, {
  chars: 12,
  minParagraphs: 1,
  maxParagraphs: 3,
  speeches: 5,
});

describe('the check agrees with the plain reading of its definition', { timeout: 30_000 }, () => {
  it('on random texts against random collections', () => {
    fc.assert(
      fc.property(
        collection,
        fc.array(paragraph, { maxLength: 4 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        (speeches, own, k, stockLength, withTwins) => {
          agree(speeches, own, k, null, stockLength, withTwins);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('on a speech of the collection checked against the others', () => {
    fc.assert(
      fc.property(
        collection,
        fc.nat(),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        (speeches, pick, k, stockLength, withTwins) => {
          const self = speeches[pick % speeches.length]!;
          agree(speeches, self.paragraphs, k, self.number, stockLength, withTwins);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('on every speech of the corpus, at K = 8, 13 and 50', () => {
    for (const k of [8, 13, 50])
      for (const s of corpus.speeches)
        for (const withTwins of [false, true])
          agree(corpus.speeches, s.paragraphs, k, s.number, 12, withTwins);
  });
});

describe('the corpus', () => {
  const index = new CheckIndex(corpus.speeches);
  const check = (n: number, k?: number, withTwins = false) =>
    checkText(index, corpus.speeches[n - 1]!.paragraphs, { self: n, k, withTwins });

  it('finds speech 3 copied whole from its twin （六）, when the twin is counted', () => {
    const report = check(3, undefined, true);
    expect(report.total).toBe(1);
    // One run a paragraph: no run crosses a paragraph break.
    const paragraphs = corpus.speeches[2]!.paragraphs.length;
    expect(report.largest).toMatchObject({ speech: 6, share: 1, twin: true, runs: paragraphs });
    expect(report.sources.filter((s) => s.twin).map((s) => s.speech)).toEqual([6]);
    // Every paragraph is one copied run, from the same paragraph of （六）.
    for (const [p, runs] of report.paragraphs.entries()) {
      expect(runs).toHaveLength(1);
      expect(runs[0]!.sources[0]).toEqual({ speech: 6, paragraph: p, partly: false });
      expect(runs[0]!.more).toBe(0);
    }
  });

  it('does not mark the final 。 of one’s own paragraph before a paragraph copied from （二） (issue 23)', () => {
    const own = '这是我自己写的一段话，和文集没有关系。';
    const copied = corpus.speeches[1]!.paragraphs[3]!;
    const report = checkText(index, [own, copied]);
    // In （二） the paragraph before this one ends with 。 too: across the break, 。书写中国… is 13.
    expect(report.paragraphs[0]!.map((run) => run.sources.length)).toEqual([0]);
    expect(report.paragraphs[1]!.map((run) => run.parts.map((x) => x.text).join(''))).toEqual([
      copied,
    ]);
    expect(report.copied).toBe(Array.from(copied).length);
  });

  it('leaves the twin out by default: what speech 3 shares with the others shows (issue 23)', () => {
    const report = check(3);
    expect(report.twins).toEqual([6]);
    expect(report.sources.map((s) => s.speech)).toEqual([2, 1, 4, 5]);
    // 16.5%, as the speech's own page says of it apart from （六）.
    expect(report.total).toBeCloseTo(0.1655, 3);
    // The other sources' figures do not change.
    expect(report.sources).toEqual(check(3, undefined, true).sources.slice(1));
  });

  it('keeps stock phrases out of the second figure', () => {
    const report = check(3, undefined, true);
    expect(report.copiedStock).toBeGreaterThan(0);
    expect(report.excludingStock).toBeCloseTo(1 - report.stock, 12);
    expect(report.excludingStock).toBeLessThan(report.total);
  });

  it('counts fewer characters as K grows', () => {
    const shares = [8, 13, 20, 50].map((k) => check(1, k).total);
    expect(shares).toEqual([...shares].sort((x, y) => y - x));
    expect(shares[0]).toBeGreaterThan(shares[3]!);
  });

  it('checks an own text: speech 3 pasted with other line breaks and spaces is its own twin', () => {
    const pasted = corpus.speeches[2]!.paragraphs.join('').replace(/。/gu, '。\n  ');
    const report = checkText(index, pasted.split('\n'), { withTwins: true });
    expect(report.twins).toEqual([3, 6]);
    expect(report.total).toBe(1);
    expect(report.sources.slice(0, 2)).toMatchObject([
      { speech: 3, share: 1, twin: true },
      { speech: 6, share: 1, twin: true },
    ]);
  });

  it('builds the index of a collection once', () => {
    expect(indexFor(corpus.speeches)).toBe(indexFor(corpus.speeches));
    expect(indexFor(corpus.speeches.slice(0, 2))).not.toBe(indexFor(corpus.speeches));
  });

  it('names a few sources per run at most, and counts the rest', () => {
    const report = checkText(index, corpus.speeches[0]!.paragraphs, { self: 1, sourcesPerRun: 1 });
    const run = report.paragraphs.flat().find((r) => r.more > 0)!;
    expect(run.sources).toHaveLength(1);
    expect(run.sources[0]!.speech).toBe(3);
  });

  it('reports nothing copied for a text of its own and for an empty one', () => {
    for (const text of [['完全不同的一句话，和文集里的任何讲话都没有关系。'], [], ['  ']]) {
      const report = checkText(index, text);
      expect(report).toMatchObject({ copied: 0, total: 0, sources: [], largest: null });
    }
  });
});
