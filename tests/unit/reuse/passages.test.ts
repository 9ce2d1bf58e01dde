import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { marksFor, sharedPassages } from '../../../src/lib/reuse/analysis.ts';
import { pairMatrix } from '../../../src/lib/reuse/matrix.ts';
import { MIN_PASSAGE, ReuseIndex, runs, type SpeechText } from '../../../src/lib/reuse/passages.ts';
import { corpus } from '../diff/corpus.ts';

const speech = (number: number, ...paragraphs: string[]): SpeechText => ({ number, paragraphs });
/** Twelve characters no other test text contains. */
const SHARED = '全面贯彻党的二十大精神实';
const LONG = '对于进一步动员全国人民更加紧密团结在党中央周围';

describe('shared passages', () => {
  it('finds a passage of twelve characters but not of eleven', () => {
    const twelve = SHARED.slice(0, 12);
    const eleven = SHARED.slice(0, 11);
    const found = (x: string) =>
      sharedPassages(new ReuseIndex([speech(1, `甲乙${x}丙`), speech(2, `丁${x}戊己`)]));
    expect(found(twelve).map((p) => p.text)).toEqual([twelve]);
    expect(found(eleven)).toEqual([]);
  });

  it('merges overlapping finds into one maximal passage', () => {
    const index = new ReuseIndex([speech(1, `开头${LONG}结尾`), speech(2, `另起${LONG}收束`)]);
    const passages = sharedPassages(index);
    expect(passages.map((p) => p.text)).toEqual([LONG]);
    expect(passages[0]!.occurrences).toEqual([
      { speech: 1, paragraph: 0, start: 2, end: 2 + LONG.length },
      { speech: 2, paragraph: 0, start: 2, end: 2 + LONG.length },
    ]);
  });

  it('lists a part shared by more speeches apart from the longer passage', () => {
    const part = LONG.slice(0, 14);
    const index = new ReuseIndex([
      speech(1, `甲${LONG}乙`),
      speech(2, `丙${LONG}丁`),
      speech(3, `戊${part}己`),
    ]);
    const passages = sharedPassages(index).map((p) => [p.text, p.speeches, p.stock]);
    expect(passages).toEqual([
      [LONG, [1, 2], false],
      [part, [1, 2, 3], true],
    ]);
  });

  it('counts identical speeches as one text, naming both', () => {
    const twin = `各位同志${LONG}谢谢`;
    const index = new ReuseIndex([
      speech(1, twin),
      speech(2, `另外${SHARED}的话`),
      speech(3, twin),
    ]);
    expect(index.groups).toEqual([[1, 3], [2]]);
    expect(sharedPassages(index)).toEqual([]);
    expect(index.coverage(1, 3)).toEqual({ reusedA: 1, reusedB: 1 });
    expect(index.reused(1)).toBe(1);
  });

  it('never joins text across a paragraph break', () => {
    const index = new ReuseIndex([speech(1, LONG.slice(0, 8), LONG.slice(8)), speech(2, LONG)]);
    expect(sharedPassages(index).map((p) => p.text)).toEqual([LONG.slice(8)]);
  });

  it('keeps astral characters whole', () => {
    const astral = '𠮷野家的牛肉饭真是好吃得很啊';
    const index = new ReuseIndex([speech(1, `甲${astral}`), speech(2, `${astral}乙`)]);
    const [p] = sharedPassages(index);
    expect(p?.text).toBe(astral);
    expect(p?.occurrences[0]).toMatchObject({ start: 1, end: 1 + Array.from(astral).length });
  });
});

describe('reuse shares', () => {
  it('measures the share of each text covered by passages shared with the other', () => {
    const a = `${SHARED}${'甲'.repeat(12)}`; // half shared
    const b = `${SHARED}${'乙'.repeat(36)}`; // a quarter shared
    const index = new ReuseIndex([speech(1, a), speech(2, b)]);
    expect(index.coverage(1, 2)).toEqual({ reusedA: 0.5, reusedB: 0.25 });
    const [row] = pairMatrix([speech(1, a), speech(2, b)], index);
    expect(row![1]).toMatchObject({ reusedA: 0.5, reusedB: 0.25, identical: false });
  });

  it('reports stock phrases: text shared by three or more speeches', () => {
    const index = new ReuseIndex([
      speech(1, `${SHARED}一二三四五六七八九十两百`),
      speech(2, `${SHARED}甲`),
      speech(3, `${SHARED}乙`),
    ]);
    expect(index.stockShare(1)).toBe(0.5);
    expect(index.stockRanges(1, 0)).toEqual([[0, MIN_PASSAGE]]);
  });

  it('turns bits into runs', () => {
    expect(runs(Uint8Array.from([0, 1, 1, 0, 1]))).toEqual([
      [1, 3],
      [4, 5],
    ]);
  });
});

describe('marks', () => {
  it('rebuild each paragraph exactly, for any small collection', () => {
    const text = fc.string({ unit: fc.constantFrom('甲', '乙', '丙', '，', '𠮷'), maxLength: 40 });
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { maxLength: 3 }), { minLength: 1, maxLength: 4 }),
        (xs) => {
          const speeches = xs.map((paragraphs, i) => speech(i + 1, ...paragraphs));
          const index = new ReuseIndex(speeches);
          for (const s of speeches) {
            const marks = marksFor(index, s.number);
            expect(marks.map((m) => m.map((x) => x.text).join(''))).toEqual(s.paragraphs);
            for (const m of marks.flat())
              expect(m.sharedWith?.includes(s.number) ?? false).toBe(false);
          }
        },
      ),
    );
  });
});

describe('the corpus', () => {
  const index = new ReuseIndex(corpus.speeches);
  const passages = sharedPassages(index);

  it('finds speeches 3 and 6 identical', () => {
    expect(index.groups.filter((g) => g.length > 1)).toEqual([[3, 6]]);
    const cells = pairMatrix(corpus.speeches, index);
    expect(cells[2]![5]).toMatchObject({ identical: true, similarity: 1, reusedA: 1 });
    expect(cells[0]![1]!.identical).toBe(false);
  });

  it('finds the 对于进一步动员… sentence in speeches 1, 3 and 6', () => {
    const passage = passages.find((p) => p.text.includes('对于进一步动员全国人民更加紧密团结在'));
    expect(passage?.speeches).toEqual(expect.arrayContaining([1, 3, 6]));
    expect(passages.some((p) => p.speeches.join() === '1,3,6' && p.text.length > 40)).toBe(true);
  });

  it('marks speech 3 almost entirely, and the opening of speech 1 as shared with 3 and 6', () => {
    const covered = marksFor(index, 3)
      .flat()
      .filter((m) => m.sharedWith?.includes(6))
      .reduce((n, m) => n + Array.from(m.text).length, 0);
    expect(covered / corpus.speeches[2]!.chars).toBeGreaterThanOrEqual(0.95);
    const opening = marksFor(index, 1)[0]!;
    expect(opening.some((m) => m.sharedWith?.includes(3) && m.sharedWith.includes(6))).toBe(true);
  });

  it('lists passages longest first, each found where it says', () => {
    const lengths = passages.map((p) => Array.from(p.text).length);
    expect(lengths).toEqual([...lengths].sort((x, y) => y - x));
    for (const p of passages) {
      expect(Array.from(p.text).length).toBeGreaterThanOrEqual(MIN_PASSAGE);
      for (const o of p.occurrences) {
        const paragraph = Array.from(corpus.speeches[o.speech - 1]!.paragraphs[o.paragraph]!);
        expect(paragraph.slice(o.start, o.end).join('')).toBe(p.text);
      }
      expect([...new Set(p.occurrences.map((o) => o.speech))]).toEqual(p.speeches);
    }
  });
});
