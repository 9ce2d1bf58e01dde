import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pickerLine } from '../../../src/lib/corpus/pick.ts';
import { pickText, suggestions } from '../../../src/lib/corpus/pick-typed.ts';

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

describe('suggestions', () => {
  // Regression: a large collection's pickers listed every text, 10,000 options as a view of a
  // kept collection of 10,000 texts opened (issue 24, most of a second on the page's thread).
  const many = Array.from({ length: 10_000 }, (_, i) =>
    text(i + 1, `第${i + 1}篇`, `${'开头'.repeat(200)}${i}`),
  );

  it('suggests at most a few dozen lines, the first texts for an untouched box', () => {
    expect(suggestions(many, null)).toEqual(many.slice(0, 50).map(pickerLine));
    expect(suggestions(many, '', 3)).toEqual(many.slice(0, 3).map(pickerLine));
  });

  it('suggests the texts a query fits as pickText reads it, a number first', () => {
    expect(suggestions(texts, '两会')).toEqual([pickerLine(texts[0]!), pickerLine(texts[2]!)]);
    expect(suggestions(texts, 'REFORM')).toEqual([pickerLine(texts[1]!)]);
    expect(suggestions(texts, '12')).toEqual([pickerLine(texts[3]!)]);
    expect(suggestions(many, '999', 2)).toEqual([pickerLine(many[998]!), pickerLine(many[1_998]!)]);
    expect(suggestions(texts, '不在其中')).toEqual([]);
  });

  it('suggests every line that pickText picks, whatever the texts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 8 }),
        (firsts) => {
          const all = firsts.map((first, i) => text(i + 1, `第${i + 1}篇`, first));
          for (const t of all) expect(suggestions(all, pickerLine(t))).toContain(pickerLine(t));
        },
      ),
    );
  });
});
