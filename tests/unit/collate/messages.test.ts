import { describe, expect, it } from 'vitest';
import { collateEn, collateZh, translateCollate } from '../../../src/lib/i18n/collate-messages.ts';
import { en, zh } from '../../../src/lib/i18n/messages.ts';
import { paramsOf } from '../i18n/params.ts';

describe('the collation’s strings', () => {
  it('have the same keys in both languages, none empty, none also in messages.ts', () => {
    expect(Object.keys(collateEn).sort()).toEqual(Object.keys(collateZh).sort());
    for (const text of [...Object.values(collateZh), ...Object.values(collateEn)])
      expect(text).not.toBe('');
    for (const key of Object.keys(collateZh)) {
      expect(key in zh || key in en, key).toBe(false);
    }
  });

  it('use the same parameters in both languages', () => {
    for (const key of Object.keys(collateZh) as (keyof typeof collateZh)[]) {
      expect(paramsOf(collateEn[key]), key).toEqual(paramsOf(collateZh[key]));
    }
  });

  it('fill in parameters', () => {
    expect(translateCollate('zh', 'collateCarried', { n: 3, total: 5 })).toBe(
      '3/5 篇有此句（完全相同的讲话算一篇）',
    );
    expect(translateCollate('en', 'collateCarried', { n: 3, total: 5 })).toBe(
      '3 of 5 different texts have it',
    );
  });
});
