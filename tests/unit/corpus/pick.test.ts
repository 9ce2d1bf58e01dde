import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pickText, pickerLine } from '../../../src/lib/corpus/pick.ts';

const text = (number: number, label: string, first: string) => ({
  number,
  label,
  paragraphs: [first, '第二段'],
});
const texts = [
  text(1, '第1篇', '这次全国“两会”是在全面建设社会主义现代化国家新征程上'),
  text(2, '第2篇', 'Reform and opening up 改革开放'),
  text(3, '第3篇', '这次全国“两会”是在关键时刻召开的'),
  text(12, '第12篇', '短'),
];

describe('pickerLine', () => {
  it('is the label and the first fourteen characters, as the <select> shows a text', () => {
    expect(pickerLine(texts[0]!)).toBe('第1篇 这次全国“两会”是在全面建设…');
    expect(pickerLine(text(5, '（五）', '𠀀𠀁'.repeat(10)))).toBe(`（五） ${'𠀀𠀁'.repeat(7)}…`);
    expect(pickerLine({ label: '（七）', paragraphs: [] })).toBe('（七） …');
  });
});

describe('pickText', () => {
  it('reads nothing typed as no text', () => {
    expect(pickText(texts, '  ')).toEqual({ kind: 'empty' });
  });

  it('reads a line of the list, a number, a label', () => {
    expect(pickText(texts, pickerLine(texts[2]!))).toEqual({ kind: 'text', number: 3 });
    expect(pickText(texts, ' 12 ')).toEqual({ kind: 'text', number: 12 });
    expect(pickText(texts, '第1篇')).toEqual({ kind: 'text', number: 1 });
  });

  it('reads a part of one text’s line, Latin letters of any case and width', () => {
    expect(pickText(texts, '关键时刻')).toEqual({ kind: 'text', number: 3 });
    expect(pickText(texts, 'ＲＥＦＯＲＭ')).toEqual({ kind: 'text', number: 2 });
  });

  it('says how many texts a query fits when it is not one', () => {
    expect(pickText(texts, '两会')).toEqual({ kind: 'unmatched', matches: 2 });
    expect(pickText(texts, '不在其中')).toEqual({ kind: 'unmatched', matches: 0 });
    // A number the collection has not is no text, though 第12篇 contains it.
    expect(pickText(texts, '99')).toEqual({ kind: 'unmatched', matches: 0 });
  });

  it('picks back every text from its own line, whatever the texts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 8 }),
        (firsts) => {
          const all = firsts.map((first, i) => text(i + 1, `第${i + 1}篇`, first));
          for (const t of all)
            expect(pickText(all, pickerLine(t))).toEqual({ kind: 'text', number: t.number });
        },
      ),
    );
  });
});
