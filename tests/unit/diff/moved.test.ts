import { describe, expect, it } from 'vitest';
import { alignParagraphs } from '../../../src/lib/diff/align.ts';
import { compareTexts, pairStats } from '../../../src/lib/diff/compare.ts';
import type { Row } from '../../../src/lib/diff/model.ts';
import { findMoves, MOVE_THRESHOLD } from '../../../src/lib/diff/moved.ts';
import { corpus } from './corpus.ts';

const P = [
  '同志们：今天我们召开会议，认真学习贯彻全国两会精神。',
  '一要提高政治站位，深刻领悟“两个确立”的决定性意义，坚决做到“两个维护”。',
  '二要狠抓工作落实，坚持稳中求进工作总基调，推动经济运行整体好转。',
  '三要加强作风建设，以钉钉子精神抓好各项工作，确保取得实效。',
  '谢谢大家。',
];

/** Each row as `a|b`, a moved cell as `3→b2` (paragraph 3 of A is paragraph 2 of B). */
const layout = (rows: readonly Row[]) =>
  rows.map((r) => {
    const cell = (side: 'a' | 'b') => {
      const c = r[side];
      if (!c) return '-';
      return c.moved ? `${c.index}→${c.moved.side}${c.moved.index}` : String(c.index);
    };
    return `${cell('a')}|${cell('b')}`;
  });

const pane = (rows: readonly Row[], side: 'a' | 'b') =>
  rows.flatMap((r) => (r[side] ? [r[side].spans.map((s) => s.text).join('')] : []));

describe('moved paragraphs', () => {
  const a = P;
  const b = [P[0]!, P[2]!, P[3]!, P[1]!, P[4]!];

  it('link a paragraph the other speech puts elsewhere, instead of removing and adding it', () => {
    const c = compareTexts(a, b);
    expect(layout(c.rows)).toEqual(['0|0', '1→b3|-', '2|1', '3|2', '-|3→a1', '4|4']);
    const from = c.rows[1]!;
    const to = c.rows[4]!;
    expect(from.movedA).toBe(3);
    expect(to.movedB).toBe(1);
    for (const cell of [from.a!, to.b!]) {
      expect(cell.spans.every((s) => s.kind === 'equal' && s.change === null)).toBe(true);
    }
    expect(c.changes.length).toBe(0);
    expect(pane(c.rows, 'a')).toEqual(a);
    expect(pane(c.rows, 'b')).toEqual(b);
  });

  it('keep the statistics exact: a move is still text the LCS cannot keep', () => {
    const c = compareTexts(a, b);
    expect(c.stats).toMatchObject(pairStats(a, b));
    expect(c.stats.similarity).toBeLessThan(1);
  });

  it('show the touch-ups of a moved paragraph once, numbered where it first appears', () => {
    const touched = P[1]!.replace('坚决做到', '始终做到');
    const c = compareTexts(a, [P[0]!, P[2]!, P[3]!, touched, P[4]!]);
    expect(layout(c.rows)).toEqual(['0|0', '1→b3|-', '2|1', '3|2', '-|3→a1', '4|4']);
    const marks = (row: Row, side: 'a' | 'b') =>
      row[side]!.spans.filter((s) => s.kind !== 'equal').map((s) => `${s.change}:${s.text}`);
    expect(marks(c.rows[1]!, 'a')).toEqual(['0:坚决']);
    expect(marks(c.rows[4]!, 'b')).toEqual(['0:始终']);
    expect(c.changes.length).toBe(1);
  });

  it('leave alone paragraphs that are only loosely alike', () => {
    const rewritten = '二要强化责任担当，推动经济运行整体好转，确保全年目标任务完成。';
    const { moves } = findMoves(
      a,
      [P[0]!, P[3]!, rewritten],
      alignParagraphs(a, [P[0]!, P[3]!, rewritten]),
    );
    expect(moves).toEqual([]);
  });

  it('break a loose pair when one of its paragraphs moved elsewhere', () => {
    const x = ['甲乙丙丁戊己庚辛壬癸子丑寅卯', '一二三四五六七八九十百千万亿'];
    const y = ['甲乙丙丁戊己庚天地玄黄宇宙洪荒', '一二三四五六七八九十百千万亿'];
    // A hand-made alignment pairing x1 with y0, although x1 is y1 word for word.
    const rows = [
      { a: 0, b: null, same: false },
      { a: 1, b: 0, same: false },
      { a: null, b: 1, same: false },
    ];
    const { rows: split, moves } = findMoves(x, y, rows);
    expect(moves).toEqual([{ a: 1, b: 1, similarity: 1 }]);
    expect(split).toEqual([
      { a: 0, b: null, same: false },
      { a: 1, b: null, same: false },
      { a: null, b: 0, same: false },
      { a: null, b: 1, same: false },
    ]);
  });

  it('find no moves between the corpus speeches but those its alignment already pairs', () => {
    expect(MOVE_THRESHOLD).toBe(0.8);
    for (const x of corpus.speeches) {
      for (const y of corpus.speeches) {
        const { moves } = findMoves(
          x.paragraphs,
          y.paragraphs,
          alignParagraphs(x.paragraphs, y.paragraphs),
        );
        expect(moves).toEqual([]);
      }
    }
  });
});
