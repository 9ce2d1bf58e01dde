import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fill,
  loadLanguage,
  loadStrings,
  preferredLang,
  spaceBetween,
  translate,
} from '../../../src/lib/i18n/translate.ts';

// The shell's English, which an English page loads.
await loadLanguage('en');

describe('translations', () => {
  it('fill in parameters', () => {
    expect(translate('zh', 'chars', { n: 12 })).toBe('12 字');
    expect(translate('en', 'chars', { n: 12 })).toBe('12 characters');
  });
  it('prefer Chinese when the reader prefers any Chinese', () => {
    expect(preferredLang(['en-US', 'zh-TW'])).toBe('zh');
    expect(preferredLang(['zh'])).toBe('zh');
    expect(preferredLang(['en-GB', 'fr'])).toBe('en');
    expect(preferredLang([])).toBe('en');
  });
});

/** Issue 23 item 11: “文本 B大段沿用文本 A的文字”, and “1 of them are”. */
describe('sentences built from parts', () => {
  it('space a Latin letter or digit from a Han character, either way round', () => {
    expect(spaceBetween('B', '大')).toBe(' ');
    expect(spaceBetween('的', 'A')).toBe(' ');
    expect(spaceBetween('3', '篇')).toBe(' ');
    expect(spaceBetween('𠀀', 'x')).toBe(' ');
    for (const [x, y] of [
      ['）', '与'],
      ['A', 'B'],
      ['大', '段'],
      [' ', '大'],
      ['%', '的'],
      ['B', undefined],
      [undefined, '大'],
    ] as const)
      expect(spaceBetween(x, y)).toBe('');
  });

  it('where an own text’s name meets a Chinese sentence, and only there', () => {
    const names = { a: '文本 A', b: '文本 B' };
    expect(translate('zh', 'explainLargely', names)).toBe(
      '文本 B 大段沿用文本 A 的文字，另有改写。',
    );
    expect(translate('zh', 'explainLargely', { a: '（一）', b: '（二）' })).toBe(
      '（二）大段沿用（一）的文字，另有改写。',
    );
    // The value itself is shown as it is.
    expect(fill('与{x}共用', { x: 'a大b' }, 'zh')).toBe('与 a大b 共用');
    expect(fill('{a}{b}', { a: 'A', b: '大' }, 'zh')).toBe('A大');
  });

  it('space a value by its first and last characters, astral or lone surrogates too', () => {
    // The value's ends are read, not the whole value split (an own texts' address holds both).
    const unit = fc.constantFrom('a', 'Z', '大', '𠀀', '\uD840', '\uDC00', ' ', '');
    const reference = (before: string, value: string, after: string) => {
      const chars = Array.from(value);
      return `${before}${spaceBetween(before.at(-1), chars[0])}${value}${spaceBetween(chars.at(-1), after[0])}${after}`;
    };
    fc.assert(
      fc.property(unit, fc.string({ unit }), unit, (before, value, after) => {
        expect(fill(`${before}{v}${after}`, { v: value }, 'zh')).toBe(
          reference(before, value, after),
        );
      }),
    );
  });

  it('choose the plural form by the language’s rules', async () => {
    await loadStrings('overview');
    const template = '{stock, plural, one {# of them is} other {# of them are}} stock';
    expect(fill(template, { stock: 1 }, 'en')).toBe('1 of them is stock');
    expect(fill(template, { stock: 0 }, 'en')).toBe('0 of them are stock');
    expect(fill(template, { stock: 6 }, 'en')).toBe('6 of them are stock');
    expect(translate('en', 'overview.findingShared', { count: 1, n: 12, stock: 1 })).toBe(
      'The speeches share 1 passage of 12 or more characters; 1 of them is in three or more different speeches, tagged as a stock phrase.',
    );
    expect(translate('en', 'overview.findingShared', { count: 31, n: 12, stock: 6 })).toMatch(
      /^The speeches share 31 passages .*; 6 of them are in three .*, tagged as stock phrases\.$/u,
    );
    expect(translate('en', 'changeStart', { total: 1 })).toBe('1 change');
    expect(translate('en', 'chars', { n: 1 })).toBe('1 character');
  });
});
