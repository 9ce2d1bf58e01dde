import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../../src/lib/diff/compare.ts';
import type { Row } from '../../../src/lib/diff/model.ts';
import { countSlots, findSlots, isSlot, splitAtSlots } from '../../../src/lib/diff/slots.ts';
import { markSlots } from '../../../src/lib/diff/spans.ts';
import { corpus } from './corpus.ts';

const slotsOf = (text: string) => findSlots(text).map((r) => text.slice(r.start, r.end));

/** Pane text with slots in ⟦⟧, so that a test shows where the view marks them. */
const marked = (rows: readonly Row[], side: 'a' | 'b') =>
  rows
    .map((r) => r[side]?.spans.map((s) => (s.slot ? `⟦${s.text}⟧` : s.text)).join('') ?? '')
    .join('\n');

describe('template slots', () => {
  it('are runs of two or more X, a lone *, and the blanks ×× ○○ □□ beside Chinese', () => {
    expect(slotsOf('现代化的XX篇章，XXX同志，ＸＸ区，*污水处理厂，“＊”APP')).toEqual([
      'XX',
      'XXX',
      'ＸＸ',
      '*',
      '＊',
    ]);
    expect(slotsOf('××同志、○○局、□□□处')).toEqual(['××', '○○', '□□□']);
    expect(slotsOf('实现*“*”、书记关于*、*、*')).toEqual(['*', '*', '*', '*', '*']);
  });

  // Issue 11: pasted Markdown and ASCII art became slots.
  it.each([
    ['Markdown bold', '**重点**工作'],
    ['a Markdown rule', '***'],
    ['a Markdown list item', '* 第一项'],
    ['a list item after spaces', '  * item'],
    ['a star between spaces', '3 * 4'],
    ['a Roman numeral century', 'XX世纪初，ＸＸ世纪末'],
    ['a row of boxes', '□□'],
    ['boxes between spaces', '□□□ □□ ○○'],
    ['a checklist', '□ 已完成 × 未完成'],
  ])('are not %s', (_, text) => {
    expect(slotsOf(text)).toEqual([]);
  });

  it('are not a single X, a Latin word, or the zero of a year', () => {
    expect(slotsOf('X光、XXL号、MAXX、二〇〇八年、某某同志')).toEqual([]);
  });

  it('are found with UTF-16 offsets, after astral characters too', () => {
    expect(findSlots('𠮷XX')).toEqual([{ start: 2, end: 4 }]);
    expect(splitAtSlots('在XX区*')).toEqual([
      { text: '在', slot: false },
      { text: 'XX', slot: true },
      { text: '区', slot: false },
      { text: '*', slot: true },
    ]);
    expect(isSlot('XX')).toBe(true);
    expect(isSlot('XX区')).toBe(false);
  });

  // What the corpus has: 38 XX, 5 XXX and 14 lone * (speech 5 only), nothing else.
  it('are found in the corpus where its template left them', () => {
    const found = corpus.speeches.map((s) => s.paragraphs.flatMap(slotsOf));
    expect(found.map((f) => f.length)).toEqual([8, 6, 14, 1, 14, 14]);
    expect(new Set(found.flat())).toEqual(new Set(['XX', 'XXX', '*']));
    expect(found[4]!.every((s) => s === '*')).toBe(true);
    const contexts = corpus.speeches[2]!.paragraphs.flatMap((p) =>
      findSlots(p).map((r) => p.slice(r.start - 2, r.end + 2)),
    );
    expect(contexts).toEqual([
      '大的XXX同志',
      '志、XX同志',
      '代化XX顺利',
      '代化XX、全',
      '更多XX区力',
      '力在XX推动',
      '代化XX区实',
      '勇担XX战略',
      '服从XX重大',
      '实施XX战略',
      '深化XX国际',
      '纽和XX科创',
      '美丽XX区·',
      '化为XX区奋',
    ]);
  });

  it('are marked in the view model, split out of the spans around them', () => {
    const c = compareTexts(['奋力谱写XXX发展新篇章'], ['奋力谱写XX区发展新篇章']);
    expect(marked(c.rows, 'a')).toBe('奋力谱写⟦XXX⟧发展新篇章');
    expect(marked(c.rows, 'b')).toBe('奋力谱写⟦XX⟧区发展新篇章');
    const same = compareTexts(['以XX工作'], ['以XX工作']);
    expect(marked(same.rows, 'a')).toBe('以⟦XX⟧工作');
    expect(
      markSlots([
        { kind: 'equal', text: '在X', change: null, seq: 0 },
        { kind: 'equal', text: 'X区', change: null, seq: 0 },
      ]),
    ).toEqual([
      { kind: 'equal', text: '在', change: null, seq: 0 },
      { kind: 'equal', text: 'X', change: null, seq: 0, slot: true },
      { kind: 'equal', text: 'X', change: null, seq: 0, slot: true },
      { kind: 'equal', text: '区', change: null, seq: 0 },
    ]);
  });

  it('are counted in the statistics', () => {
    const c = compareTexts(corpus.speeches[2]!.paragraphs, corpus.speeches[4]!.paragraphs);
    expect(c.stats).toMatchObject({ slotsA: 14, slotsB: 14 });
    expect(countSlots(['XX及XX', '*'])).toBe(3);
  });
});
