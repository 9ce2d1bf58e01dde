import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CheckCollection } from '../../../src/lib/check/candidates.ts';
import { CheckIndex } from '../../../src/lib/check/collection.ts';
import { checkText } from '../../../src/lib/check/measure.ts';
import type { SpeechText } from '../../../src/lib/reuse/passages.ts';
import { smallCollection, smallParagraph } from '../../fixtures/collections.ts';
import { corpus } from '../diff/corpus.ts';

// As measure.test.ts's, with more symbols, so that many paragraphs hold none of a text's grams and
// are left out of the index: whitespace, a composed and a decomposed é, an astral character.
const ALPHABET = ['甲', '乙', '丙', '丁', '戊', '己', '，', ' ', 'e\u0301', '\u00e9', '𠮷'];
const paragraph = smallParagraph(ALPHABET, 12);
const collection = smallCollection(ALPHABET, {
  chars: 12,
  minParagraphs: 1,
  maxParagraphs: 4,
  speeches: 6,
});

/** Code points of each paragraph, NFC, whitespace dropped (measure.ts's definition). */
const normal = (paragraphs: readonly string[]) =>
  paragraphs.map((p) => Array.from(p.normalize('NFC').replace(/\s/gu, '')));

/**
 * Every paragraph of every speech read for the text's windows of `gram` code points: the
 * stretches they cover, touching ones joined, in the paragraphs where there are any.
 */
function coveredByReading(speeches: readonly SpeechText[], text: readonly string[], gram: number) {
  const windows = new Set(
    normal(text).flatMap((p) =>
      p.slice(0, p.length - gram + 1).map((_, i) => p.slice(i, i + gram).join('\u0000')),
    ),
  );
  return speeches.flatMap(({ number, paragraphs }) =>
    normal(paragraphs).flatMap((p, paragraph) => {
      const marked = p.map(() => false);
      for (let i = 0; i + gram <= p.length; i++)
        if (windows.has(p.slice(i, i + gram).join('\u0000'))) marked.fill(true, i, i + gram);
      const stretches: number[] = [];
      marked.forEach((m, i) => {
        if (!m) return;
        if (i > 0 && marked[i - 1]) stretches[stretches.length - 1] = i + 1;
        else stretches.push(i, i + 1);
      });
      return stretches.length > 0 ? [{ speech: number, paragraph, stretches }] : [];
    }),
  );
}

describe('the 查重 from candidate paragraphs gives the report of the whole index', () => {
  it('on random texts and speeches against random collections', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        collection,
        fc.array(paragraph, { maxLength: 4 }),
        fc.option(fc.nat(), { freq: 2 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        (speeches, own, pick, gram, moreK, moreStock, withTwins) => {
          const self = pick === null ? null : speeches[pick % speeches.length]!;
          const text = self ? self.paragraphs : own;
          const [k, stockLength] = [gram + moreK, gram + moreStock];
          const options = { k, self: self?.number ?? null, sourcesPerRun: Infinity, withTwins };
          const whole = checkText(new CheckIndex(speeches, stockLength), text, options);
          const fast = new CheckCollection(speeches, stockLength, gram).check(text, options);
          expect(fast).toEqual(whole);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on every speech of the corpus, at K = 8, 13 and 50', () => {
    const fast = new CheckCollection(corpus.speeches);
    expect(fast.gram).toBe(8);
    const whole = new CheckIndex(corpus.speeches);
    for (const k of [8, 13, 50])
      for (const s of corpus.speeches) {
        const options = { k, self: s.number };
        expect(fast.check(s.paragraphs, options)).toEqual(checkText(whole, s.paragraphs, options));
      }
  });

  it('leaves out the paragraphs that share nothing with the text, and of the others what no window of the text covers', () => {
    const speeches = [
      { number: 1, paragraphs: ['甲乙丙丁戊己', '庚辛壬癸子丑'] },
      { number: 2, paragraphs: ['寅卯辰巳午未'] },
    ];
    const index = new CheckCollection(speeches, 4, 3).indexFor(['乙丙丁']);
    expect(index.speeches).toEqual([1]);
    expect(index.paragraphAt(1, 0)).toBe(0);
    expect(index.reuse.length(0)).toBe(3);
  });

  it('finds by lookup the paragraphs, and the stretches of them, that reading every paragraph finds', () => {
    fc.assert(
      fc.property(
        collection,
        fc.array(paragraph, { maxLength: 4 }),
        fc.integer({ min: 1, max: 4 }),
        (speeches, text, gram) => {
          const found = new CheckCollection(speeches, gram, gram)
            .covered(text)
            .flatMap(({ speeches: members, paragraph, stretches }) =>
              members.map((speech) => ({ speech, paragraph, stretches })),
            );
          found.sort((x, y) => x.speech - y.speech || x.paragraph - y.paragraph);
          expect(found).toEqual(coveredByReading(speeches, text, gram));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts texts alike only in their shared paragraphs as different texts (stock)', () => {
    // Emptied of what they do not share, the three would look identical: one text, not stock.
    const speeches = ['庚辛', '壬癸', '子丑'].map((own, i) => ({
      number: i + 1,
      paragraphs: ['甲乙丙丁', own],
    }));
    const options = { k: 4 };
    const report = new CheckCollection(speeches, 4, 3).check(['甲乙丙丁'], options);
    expect(report.copiedStock).toBe(4);
    expect(report).toEqual(checkText(new CheckIndex(speeches, 4), ['甲乙丙丁'], options));
  });
});
