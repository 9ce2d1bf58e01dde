import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinList } from '../../../src/lib/i18n/list.ts';

describe('joinList', () => {
  it('writes a list as Intl.ListFormat does', () => {
    expect(joinList(['（三）', '（六）'], 'zh')).toBe('（三）和（六）');
    expect(joinList(['（一）', '（三）', '（六）'], 'zh')).toBe('（一）、（三）和（六）');
    expect(joinList(['Speech 3', 'Speech 6'], 'en')).toBe('Speech 3 and Speech 6');
    expect(joinList(['A', 'B', 'C'], 'en')).toBe('A, B, and C');
    expect(joinList(['A'], 'en')).toBe('A');
    expect(joinList([], 'zh')).toBe('');
  });

  it('is Intl.ListFormat for any list, in either language', () => {
    const intl = { zh: new Intl.ListFormat('zh'), en: new Intl.ListFormat('en') };
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 6 }),
        fc.constantFrom('zh' as const, 'en' as const),
        (items, lang) => joinList(items, lang) === intl[lang].format(items),
      ),
    );
  });
});
