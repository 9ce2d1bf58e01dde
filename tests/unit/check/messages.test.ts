import { describe, expect, it } from 'vitest';
import { en, say, zh } from '../../../src/lib/check/messages.ts';
import { en as appEn } from '../../../src/lib/i18n/messages.ts';

describe('the report’s strings', () => {
  it('have the same keys and parameters in Chinese and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(en[key], key).not.toBe('');
      expect(params(en[key]), key).toEqual(params(zh[key]));
    }
  });

  it('do not repeat a key of the interface’s table', () => {
    for (const key of Object.keys(zh)) expect(Object.keys(appEn)).not.toContain(key);
  });

  it('are filled by the interface’s one filler: a space where Latin meets Chinese', () => {
    // Issue 23: the report had a filler of its own, without the spacing the other pages have.
    expect(say('zh', 'checkAgainst', { collection: 'Reports 2023', n: 5, k: 13 })).toBe(
      '比对对象：Reports 2023 中的其他 5 篇；连续 13 字以上相同才算复制。',
    );
  });

  it('fill in parameters', () => {
    expect(say('zh', 'checkLength', { n: 60 })).toBe('60 字');
    expect(say('en', 'checkLength', { n: 60 })).toBe('60 chars');
  });
});
