import { describe, expect, it } from 'vitest';
import { fromCodes, normalize } from '../../../src/lib/check/normalize.ts';
import { K_DEFAULT } from '../../../src/lib/check/k.ts';
import { buildIndex, runsBetween } from '../../../src/lib/index/index.ts';
import { MIN_PASSAGE } from '../../../src/lib/thresholds.ts';
import { corpus } from '../diff/corpus.ts';

// Speeches are numbered from 1; the index numbers texts by their place, from 0.
const speeches = corpus.speeches;
const normal = speeches.map((s) => fromCodes(normalize(s.paragraphs).codes));

/** The texts of the runs speeches x and y share, as read in x. */
const shared = (found: ReturnType<typeof buildIndex>, x: number, y: number) =>
  runsBetween(found!, x - 1, y - 1).map((r) =>
    Array.from(normal[x - 1]!)
      .slice(r.fromA, r.fromA + r.length)
      .join(''),
  );

describe('the collection index on the bundled speeches', () => {
  for (const minRun of [MIN_PASSAGE, K_DEFAULT]) {
    const found = buildIndex(speeches, { minRun });

    it(`groups （三） and （六） as identical, and as near, at K = ${minRun}`, () => {
      expect(found!.identical).toEqual([[2, 5]]);
      expect(found!.near).toEqual([[2, 5]]);
    });

    it(`finds the sentence on uniting the people shared by 1, 3 and 6 (and 2), at K = ${minRun}`, () => {
      const sentence = '对于进一步动员全国人民更加紧密团结在';
      for (const [x, y] of [
        [1, 3],
        [1, 6],
        [3, 6],
        [3, 1],
      ] as const)
        expect(shared(found, x, y).some((run) => run.includes(sentence))).toBe(true);
      // （二） has it too; （四） and （五） do not.
      for (const other of [4, 5])
        expect(shared(found, 1, other).some((run) => run.includes(sentence))).toBe(false);
    });
  }
});
