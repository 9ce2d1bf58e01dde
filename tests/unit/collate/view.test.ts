import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collate } from '../../../src/lib/collate/align.ts';
import {
  carried,
  cellSegments,
  columnsOf,
  commonReading,
  layout,
  rangesInSentence,
  rowsWith,
  textsOf,
  tied,
  type Segment,
} from '../../../src/lib/collate/view.ts';

/** Runs as markup: <ins> changed, <mark> stock, <del> a gap (text the common reading has). */
const markup = (segments: Segment[]) =>
  segments
    .map((s) => {
      if (s.kind === 'gap') return `<del>${s.text}</del>`;
      const inner = s.stock ? `<mark>${s.text}</mark>` : s.text;
      return s.changed ? `<ins>${inner}</ins>` : inner;
    })
    .join('');

describe('collation view', () => {
  it('marks a cell against the row’s common reading', () => {
    expect(
      markup(cellSegments('坚持以人民为中心的发展理念。', '坚持以人民为中心的发展思想。')),
    ).toBe('坚持以人民为中心的发展<del>思想</del><ins>理念</ins>。');
    expect(markup(cellSegments('全国两会。', null))).toBe('全国两会。');
  });

  it('marks stock phrases inside and across changes', () => {
    expect(markup(cellSegments('甲乙丙丁', '甲乙戊丁', [[1, 3]]))).toBe(
      '甲<mark>乙</mark><del>戊</del><ins><mark>丙</mark></ins>丁',
    );
  });

  it('finds stock ranges of a sentence from code point ranges of its paragraph', () => {
    // 𠀋 is two UTF-16 units: code points [1, 3) of 甲𠀋乙。丙 are 𠀋乙, units [1, 4).
    expect(rangesInSentence('甲𠀋乙。丙', [[1, 3]], { start: 0, text: '甲𠀋乙。' })).toEqual([
      [1, 4],
    ]);
    expect(rangesInSentence('甲𠀋乙。丙', [[1, 5]], { start: 5, text: '丙' })).toEqual([[0, 1]]);
  });

  it('takes the reading most witnesses have, the first of a tie, twins once', () => {
    const c = collate([
      { number: 1, paragraphs: ['坚持以人民为中心的发展思想。'] },
      { number: 2, paragraphs: ['坚持以人民为中心的发展理念。'] },
      { number: 3, paragraphs: ['坚持以人民为中心的发展理念。'] },
      { number: 4, paragraphs: ['坚持以人民为中心的发展思想。'] },
      { number: 5, paragraphs: ['始终坚持以人民为中心的发展思想。'] },
    ]);
    expect(c.witnesses).toEqual([[1, 4], [2, 3], [5]]);
    expect(commonReading(c.rows[0]!)).toBe(0);
    expect(tied(c.rows[0]!)).toBe(true);
    // Five speeches, three texts.
    expect(carried(c.rows[0]!, columnsOf(c, false))).toBe(3);
  });

  it('counts a sentence of identical twins alone once (issue 23 §10: “2/6”, one text)', () => {
    const corpus = JSON.parse(readFileSync('static/corpus.json', 'utf8')) as {
      speeches: { number: number; paragraphs: string[] }[];
    };
    const c = collate(corpus.speeches);
    const row = c.rows.find((r) =>
      r.cells.some((cell) => cell?.text.startsWith('通过学习以后，感觉思想得到了新认识')),
    )!;
    for (const apart of [false, true]) {
      const columns = columnsOf(c, apart);
      expect([carried(row, columns), textsOf(columns)]).toEqual([1, 5]);
    }
  });

  it('says when the reading marked against is only the first of a tie', () => {
    const c = collate([
      { number: 1, paragraphs: ['坚持以人民为中心的发展思想。'] },
      { number: 2, paragraphs: ['坚持以人民为中心的发展理念。'] },
      { number: 3, paragraphs: ['坚持以人民为中心的发展理念。'] },
    ]);
    // （二）＝（三） is one text: one reading each, neither more common.
    expect(commonReading(c.rows[0]!)).toBe(0);
    expect(tied(c.rows[0]!)).toBe(true);
  });

  it('folds runs of rows with text in one column only', () => {
    const c = collate([
      {
        number: 1,
        paragraphs: ['我们要深入学习贯彻党的二十大精神。全面推进乡村振兴。持续优化营商环境。'],
      },
      { number: 2, paragraphs: ['我们要深入学习贯彻党的二十大精神。'] },
    ]);
    const columns = columnsOf(c, false);
    expect(layout(c, columns, false).map((i) => i.kind)).toEqual(['row', 'row', 'row']);
    expect(layout(c, columns, true)).toEqual([
      { kind: 'row', row: 0 },
      { kind: 'fold', column: 0, rows: [1, 2] },
    ]);
    const lone = collate([
      { number: 1, paragraphs: ['我们要深入学习贯彻党的二十大精神。全面推进乡村振兴。'] },
      { number: 2, paragraphs: ['我们要深入学习贯彻党的二十大精神。'] },
    ]);
    expect(layout(lone, columnsOf(lone, false), true).map((i) => i.kind)).toEqual(['row', 'row']);
  });

  it('does not fold a moved sentence away from the links that point to it', () => {
    const [s1, s2, s3] = [
      '我们要深入学习贯彻党的二十大精神。',
      '坚持以人民为中心的发展思想。',
      '全面推进乡村振兴战略落地见效。',
    ];
    const c = collate([
      { number: 1, paragraphs: [s1 + s2 + s3] },
      { number: 2, paragraphs: [s3 + s1 + '持续优化营商环境激发市场活力。'] },
    ]);
    const moved = c.rows.findIndex((r) => r.cells[1]?.moved != null);
    expect(moved).toBeGreaterThanOrEqual(0);
    const shown = layout(c, columnsOf(c, false), true).flatMap((i) =>
      i.kind === 'row' ? [i.row] : [],
    );
    expect(shown).toContain(moved);
    expect(shown).toContain(c.rows[moved]!.cells[1]!.moved);
  });

  it('shows twins as one column, or apart', () => {
    const c = collate([
      { number: 1, paragraphs: ['甲。'] },
      { number: 2, paragraphs: ['乙。'] },
      { number: 3, paragraphs: ['甲。'] },
    ]);
    expect(columnsOf(c, false)).toEqual([
      { witness: 0, speeches: [1, 3] },
      { witness: 1, speeches: [2] },
    ]);
    expect(columnsOf(c, true).map((col) => col.speeches)).toEqual([[1], [2], [3]]);
  });
});

/** Issue 23 item 11: the collation had no find box while the home page has one. */
describe('rows with a text', () => {
  const collation = collate([
    { number: 1, paragraphs: ['甲乙丙丁。戊己庚辛。'] },
    { number: 2, paragraphs: ['甲乙丙丁。壬癸子丑。'] },
  ]);
  const sentenceRow = (text: string) =>
    collation.rows.findIndex((r) => r.cells.some((c) => c?.text === text));

  it('are the rows with a sentence containing it, in order', () => {
    expect(rowsWith(collation, '乙丙')).toEqual([sentenceRow('甲乙丙丁。')]);
    expect(rowsWith(collation, '癸子')).toEqual([sentenceRow('壬癸子丑。')]);
    expect(rowsWith(collation, '。')).toEqual(collation.rows.map((_, r) => r));
  });

  it('are none for a text across two sentences, all for no text', () => {
    expect(rowsWith(collation, '丁。戊')).toEqual([]);
    expect(rowsWith(collation, '')).toHaveLength(collation.rows.length);
  });
});
