import { describe, expect, it } from 'vitest';
import { ownEn, ownZh, translateOwn } from '../../../src/lib/i18n/own.ts';
import { en, zh } from '../../../src/lib/i18n/messages.ts';

describe('the editor’s translations', () => {
  it('have the same keys and parameters in Chinese and English, none empty, none shared', () => {
    expect(Object.keys(ownEn).sort()).toEqual(Object.keys(ownZh).sort());
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();
    for (const key of Object.keys(ownZh) as (keyof typeof ownZh)[]) {
      expect(ownZh[key]).not.toBe('');
      expect(params(ownEn[key]), key).toEqual(params(ownZh[key]));
      expect(key in zh || key in en, key).toBe(false);
    }
  });
  it('fill in parameters', () => {
    expect(translateOwn('zh', 'ownTooLong', { side: '文本 A', n: 2, max: 1 })).toBe(
      '文本 A 有 2 字，超过每栏 1 字的上限，没有比较。',
    );
    expect(translateOwn('en', 'ownCancel')).toBe('Cancel');
  });
});
