import { describe, expect, it } from 'vitest';
import { marksFor, sharedPassages } from '../../../src/lib/reuse/analysis.ts';
import { pairMatrix } from '../../../src/lib/reuse/matrix.ts';
import {
  MIN_PASSAGE,
  ReuseIndex,
  groupIdentical,
  runs,
  type MarkSegment,
  type SpeechText,
} from '../../../src/lib/reuse/passages.ts';

const speech = (number: number, ...paragraphs: string[]): SpeechText => ({ number, paragraphs });
/** Twelve characters no other test text contains. */
const SHARED = '全面贯彻党的二十大精神实';
const LONG = '对于进一步动员全国人民更加紧密团结在党中央周围';

/** Passages as `text [speeches]`, in the order listed. */
const listed = (...speeches: SpeechText[]) =>
  sharedPassages(new ReuseIndex(speeches)).map((p) => `${p.text} [${p.speeches.join()}]`);

/** A paragraph's marks as text, shared segments in brackets naming the other speeches. */
const toMarkup = (segments: readonly MarkSegment[]) =>
  segments.map((s) => (s.sharedWith ? `[${s.sharedWith.join()}:${s.text}]` : s.text)).join('');

describe('shared passages', () => {
  it('finds a passage of twelve characters but not of eleven', () => {
    expect(MIN_PASSAGE).toBe(12);
    const twelve = SHARED;
    const eleven = SHARED.slice(0, 11);
    expect(listed(speech(1, `甲乙${twelve}丙`), speech(2, `丁${twelve}戊己`))).toEqual([
      `${twelve} [1,2]`,
    ]);
    expect(listed(speech(1, `甲乙${eleven}丙`), speech(2, `丁${eleven}戊己`))).toEqual([]);
  });

  it('extends a passage as far as both texts agree, whatever the minimum', () => {
    const index = new ReuseIndex([speech(1, `开头${LONG}结尾`), speech(2, `另起${LONG}收束`)]);
    const [passage, ...rest] = sharedPassages(index);
    expect(rest).toEqual([]);
    expect(passage).toEqual({
      text: LONG,
      length: LONG.length,
      speeches: [1, 2],
      occurrences: [
        { speech: 1, paragraph: 0, start: 2, end: 2 + LONG.length },
        { speech: 2, paragraph: 0, start: 2, end: 2 + LONG.length },
      ],
      stock: false,
    });
  });

  it('finds a passage whole where another speech has only its parts, and apart', () => {
    // Speech 2 has LONG's two halves the other way round (the second too short to count).
    const [x, y] = [LONG.slice(0, 13), LONG.slice(13)];
    expect(listed(speech(1, LONG), speech(2, `${y}。${x}`), speech(3, `再${LONG}`))).toEqual([
      `${LONG} [1,3]`,
      `${x} [1,2,3]`,
    ]);
  });

  it('lists a part found in more speeches beside the longer passage, not a part found in the same', () => {
    const part = LONG.slice(0, 14);
    expect(
      listed(speech(1, `甲${LONG}乙`), speech(2, `丙${LONG}丁`), speech(3, `戊${part}己`)),
    ).toEqual([`${LONG} [1,2]`, `${part} [1,2,3]`]);
  });

  it('lists every occurrence, also repeats within one speech', () => {
    const [p] = sharedPassages(
      new ReuseIndex([speech(1, `${SHARED}和${SHARED}`, SHARED), speech(2, SHARED)]),
    );
    expect(p?.occurrences.map((o) => [o.speech, o.paragraph, o.start])).toEqual([
      [1, 0, 0],
      [1, 0, 13],
      [1, 1, 0],
      [2, 0, 0],
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
    expect(listed(speech(1, twin), speech(2, `又${LONG}`), speech(3, twin))).toEqual([
      `${LONG} [1,2,3]`,
    ]);
  });

  it('groups speeches as identical only when their paragraphs are', () => {
    expect(groupIdentical([speech(1, 'a', 'b'), speech(2, 'a\nb'), speech(3, 'a', 'b')])).toEqual([
      [1, 3],
      [2],
    ]);
  });

  it('never joins text across a paragraph break', () => {
    expect(listed(speech(1, LONG.slice(0, 8), LONG.slice(8)), speech(2, LONG))).toEqual([
      `${LONG.slice(8)} [1,2]`,
    ]);
  });

  it('keeps astral characters whole, counting each as one', () => {
    const astral = '𠮷野家的牛肉饭真是好吃得很';
    expect(Array.from(astral)).toHaveLength(13);
    const [p] = sharedPassages(
      new ReuseIndex([speech(1, `甲${astral}`), speech(2, `${astral}乙`)]),
    );
    expect(p?.text).toBe(astral);
    expect(p?.occurrences[0]).toMatchObject({ start: 1, end: 14 });
    // Eleven code points, though thirteen UTF-16 units: not a passage.
    const short = '𠮷𠮷野家的牛肉饭真是好';
    expect(short.length).toBe(13);
    expect(listed(speech(1, `甲${short}`), speech(2, `${short}乙`))).toEqual([]);
  });

  it('takes the minimum length as an option', () => {
    const index = new ReuseIndex([speech(1, '甲乙丙丁'), speech(2, '丙丁甲乙')], 2);
    expect(sharedPassages(index).map((p) => p.text)).toEqual(['甲乙', '丙丁']);
  });

  it('spells out only the first passages when given a limit', () => {
    const index = new ReuseIndex([
      speech(1, `${LONG}。${SHARED}`),
      speech(2, `${SHARED}，${LONG}`),
    ]);
    expect(sharedPassages(index, 1).map((p) => p.text)).toEqual([LONG]);
  });
});

describe('reuse shares', () => {
  it('measures the share of each text covered by passages shared with the other', () => {
    const a = `${SHARED}${'甲'.repeat(12)}`; // half shared
    const b = `${SHARED}${'乙'.repeat(36)}`; // a quarter shared
    const index = new ReuseIndex([speech(1, a), speech(2, b), speech(3, '无关')]);
    expect(index.coverage(1, 2)).toEqual({ reusedA: 0.5, reusedB: 0.25 });
    expect(index.coverage(2, 1)).toEqual({ reusedA: 0.25, reusedB: 0.5 });
    expect(index.coverage(1, 3)).toEqual({ reusedA: 0, reusedB: 0 });
    const cells = pairMatrix([speech(1, a), speech(2, b)], index);
    expect(cells[0]![1]).toMatchObject({
      a: 1,
      b: 2,
      reusedA: 0.5,
      reusedB: 0.25,
      identical: false,
    });
    expect(cells[1]![0]).toMatchObject({ a: 2, b: 1, reusedA: 0.25, reusedB: 0.5 });
    expect(cells[0]![1]!.similarity).toBeCloseTo((2 * 12) / (24 + 48));
  });

  it('counts text shared with the other speech only, not with a third', () => {
    const index = new ReuseIndex([
      speech(1, `${SHARED}${LONG}`),
      speech(2, SHARED),
      speech(3, LONG),
    ]);
    expect(index.coverage(1, 2).reusedA).toBeCloseTo(12 / (12 + LONG.length));
    expect(index.reused(1)).toBe(1);
  });

  it('reports stock phrases: text shared by three or more different texts', () => {
    const index = new ReuseIndex([
      speech(1, `${SHARED}一二三四五六七八九十两百`, `前${SHARED}`),
      speech(2, `${SHARED}甲`),
      speech(3, `${SHARED}乙`),
    ]);
    expect(index.stockShare(1)).toBe(24 / 37);
    expect(index.stockRanges(1, 0)).toEqual([[0, 12]]);
    expect(index.stockRanges(1, 1)).toEqual([[1, 13]]);
    expect(index.stockRanges(1, 2)).toEqual([]);
    expect(sharedPassages(index).map((p) => p.stock)).toEqual([true]);
  });

  it('does not make a stock phrase of text in two texts, one of them duplicated', () => {
    const index = new ReuseIndex([
      speech(1, `${SHARED}甲`),
      speech(2, `${SHARED}乙`),
      speech(3, `${SHARED}乙`),
    ]);
    expect(sharedPassages(index).map((p) => [p.speeches, p.stock])).toEqual([[[1, 2, 3], false]]);
    expect(index.stockShare(1)).toBe(0);
  });

  it('turns bits into runs', () => {
    expect(runs(Uint8Array.from([0, 1, 1, 0, 1]))).toEqual([
      [1, 3],
      [4, 5],
    ]);
  });
});

describe('marks', () => {
  it('cut a paragraph where the speeches sharing it change', () => {
    const index = new ReuseIndex([
      speech(1, `开头${LONG}和${SHARED}`, '无关'),
      speech(2, `${LONG}。`),
      speech(3, `${SHARED}${LONG.slice(0, 12)}`),
    ]);
    expect(marksFor(index, 1).map(toMarkup)).toEqual([
      `开头[2,3:${LONG.slice(0, 12)}][2:${LONG.slice(12)}]和[3:${SHARED}]`,
      '无关',
    ]);
    expect(marksFor(index, 3).map(toMarkup)).toEqual([`[1:${SHARED}][1,2:${LONG.slice(0, 12)}]`]);
  });

  it('mark all of a speech as shared with its identical twin', () => {
    const index = new ReuseIndex([
      speech(1, '短', `${SHARED}`),
      speech(2, '短', SHARED),
      speech(3, SHARED),
    ]);
    expect(marksFor(index, 2).map(toMarkup)).toEqual(['[1:短]', `[1,3:${SHARED}]`]);
  });
});
