import { beforeAll, describe, expect, it } from 'vitest';
import { zh as shellZh } from '../../../src/lib/i18n/messages.ts';
import { en as shellEn } from '../../../src/lib/i18n/shell/en/index.ts';
import { comparison } from '../../../src/lib/i18n/shell/comparison.ts';
import { frame } from '../../../src/lib/i18n/shell/frame.ts';
import { status } from '../../../src/lib/i18n/shell/status.ts';
import { table as report } from '../../../src/lib/i18n/report.ts';
import { table as collate } from '../../../src/lib/i18n/collate.ts';
import { table as collections } from '../../../src/lib/i18n/collections.ts';
import { table as own } from '../../../src/lib/i18n/own.ts';
import { table as overview } from '../../../src/lib/i18n/overview.ts';
import { table as speech } from '../../../src/lib/i18n/speech.ts';
import {
  loadLanguage,
  loadStrings,
  speaks,
  translate,
  type Namespace,
} from '../../../src/lib/i18n/translate.ts';
import { paramsOf } from './params.ts';

/** Every table of the interface, by namespace ('' the shell's, whose keys are bare). */
const TABLES: Record<Namespace | '', Record<'zh' | 'en', Record<string, string>>> = {
  '': { zh: shellZh, en: shellEn },
  own,
  collections,
  collate,
  report,
  overview,
  speech,
};

describe('every string table', () => {
  it('has every key in Chinese and in English, none empty', () => {
    for (const [ns, { zh, en }] of Object.entries(TABLES)) {
      expect(Object.keys(en).sort(), ns).toEqual(Object.keys(zh).sort());
      for (const [key, text] of [...Object.entries(zh), ...Object.entries(en)])
        expect(text, `${ns}.${key}`).not.toBe('');
    }
  });

  it('uses the same parameters in both languages', () => {
    for (const [ns, { zh, en }] of Object.entries(TABLES))
      for (const key of Object.keys(zh))
        expect(paramsOf(en[key] ?? ''), `${ns}.${key}`).toEqual(paramsOf(zh[key] ?? ''));
  });

  it('puts each of the shell’s keys in one job (shell/), none overwritten by another', () => {
    const jobs = [frame, status, comparison].map((job) => Object.keys(job));
    expect(jobs.flat().sort()).toEqual(Object.keys(shellZh).sort());
  });

  it('names keys that the one translate can tell apart (no dot in a key)', () => {
    for (const { zh } of Object.values(TABLES))
      for (const key of Object.keys(zh)) expect(key).not.toContain('.');
  });
});

describe('translate, one way to every table', () => {
  it('says plainly when a view’s table was not loaded', () => {
    // Before any load (this file's first translate of a namespaced key).
    expect(() => translate('en', 'collate.collateRow')).toThrow(/not loaded/u);
  });

  it('has the shell’s Chinese from the start, its English only once loaded (issue 21 item 7)', async () => {
    expect([speaks('zh'), speaks('en')]).toEqual([true, false]);
    expect(translate('zh', 'retry')).toBe('重试');
    expect(() => translate('en', 'retry')).toThrow(/en strings are not loaded/u);
    await loadLanguage('en');
    expect([speaks('en'), translate('en', 'retry')]).toEqual([true, 'Retry']);
  });

  describe('once loaded', () => {
    beforeAll(() =>
      Promise.all([
        loadLanguage('en'),
        loadStrings('own', 'collections', 'collate', 'report', 'overview', 'speech'),
      ]),
    );

    it('fills in parameters in every table, by the same rules', () => {
      expect(translate('zh', 'chars', { n: 12 })).toBe('12 字');
      expect(translate('zh', 'own.ownTooLong', { side: '文本 A', n: 2, max: 1 })).toBe(
        '文本 A 有 2 字，超过每栏 1 字的上限，没有比较。',
      );
      expect(translate('en', 'own.ownCancel')).toBe('Cancel');
      expect(translate('en', 'collate.collateCarried', { n: 3, total: 5 })).toBe(
        '3 of 5 different texts have it',
      );
      expect(translate('zh', 'report.checkLength', { n: 60 })).toBe('60 字');
      // Issue 23: the report had a filler of its own, without the spacing the other pages have.
      expect(
        translate('zh', 'report.checkAgainst', { collection: 'Reports 2023', n: 5, k: 13 }),
      ).toBe('比对对象：Reports 2023 中的其他 5 篇；连续 13 字以上相同才算复制。');
    });
  });
});
