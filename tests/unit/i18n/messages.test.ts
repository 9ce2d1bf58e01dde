import { describe, expect, it } from 'vitest';
import { en, zh } from '../../../src/lib/i18n/messages.ts';
import { preferredLang, translate } from '../../../src/lib/i18n/translate.ts';

describe('translations', () => {
  it('have the same keys in Chinese and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const table of [zh, en])
      for (const text of Object.values(table)) expect(text).not.toBe('');
  });
  it('use the same parameters in both languages', () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(params(en[key]), key).toEqual(params(zh[key]));
    }
  });
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
