import { describe, expect, it } from 'vitest';
import { CheckIndex } from '../../../src/lib/check/collection.ts';
import { reportHtml } from '../../../src/lib/check/export.ts';
import { checkText } from '../../../src/lib/check/measure.ts';
import { runSources, runTag, verdict } from '../../../src/lib/check/words.ts';
import { corpus } from '../diff/corpus.ts';

const index = new CheckIndex(corpus.speeches);
const label = (n: number) => corpus.speeches[n - 1]!.label;
const check = (n: number, k = 13) =>
  checkText(index, corpus.speeches[n - 1]!.paragraphs, { k, self: n });

describe('the report in words', () => {
  it('names the twin of speech 3 and the stock share', () => {
    expect(verdict(check(3), 'zh', label)).toBe(
      '本文与（六）逐字相同（不计空白），是同一篇；7.6% 是三篇以上共有的套话。',
    );
    expect(verdict(check(3), 'en', label)).toBe(
      'This text is （六） word for word (whitespace aside): the same speech; 7.6% is stock phrasing found in three or more speeches.',
    );
  });

  it('gives the largest source and all sources together when they differ', () => {
    const report = check(1);
    expect(report.copied).toBeGreaterThan(report.largest!.copied);
    expect(verdict(report, 'zh', label)).toMatch(
      /^本文 6\.0% 的文字见于（三），各来源合计 7\.4%；/u,
    );
  });

  it('says plainly when nothing is copied', () => {
    expect(verdict(checkText(index, ['独一无二的句子。']), 'zh', label)).toBe(
      '在比对对象中没有发现连续 13 字以上相同的文字。',
    );
  });

  it('names every source of a run, with its paragraph, and tags the run with the first', () => {
    const run = check(1).paragraphs[0]!.find((r) => r.sources.length > 1)!;
    expect(runTag(run, 'zh', label)).toBe(
      `${label(run.sources[0]!.speech)}等 ${run.sources.length} 篇`,
    );
    expect(runSources(run, 'zh', label)).toMatch(
      /^复制自（三）第 \d+ 段(（部分）)?和（六）第 \d+ 段/u,
    );
  });
});

describe('the downloaded report', () => {
  const report = check(3, 20);
  const html = reportHtml({
    report,
    lang: 'zh',
    title: '（三）',
    against: '比对对象：<其他> 5 篇',
    url: 'https://example.org/?a=3&report=1&k=20',
    href: (s, p) => `https://example.org/?a=${s}&b=3${p === null ? '' : `#a-p${p + 1}`}`,
    label,
  });

  it('carries the same figures and sentences as the page, escaped, without script', () => {
    expect(html).toContain('<dt>总文字复制比</dt><dd>100.0%</dd>');
    expect(html).toContain(verdict(report, 'zh', label));
    expect(html).toContain('比对对象：&#60;其他&#62; 5 篇');
    expect(html).not.toMatch(/<script|\son\w+=/iu);
  });

  it('holds the whole text, each run linking to its source paragraph', () => {
    const text = html.replace(/<sup>.*?<\/sup>/gu, '').replace(/<[^>]+>/gu, '');
    for (const p of corpus.speeches[2]!.paragraphs) expect(text).toContain(p);
    expect(html).toContain('<a href="https://example.org/?a=6&#38;b=3#a-p4">');
  });

  it('prints summary, text and sources in that order', () => {
    const at = (s: string) => html.indexOf(s);
    expect(at('<dl>')).toBeLessThan(at('<h2>全文标记</h2>'));
    expect(at('<h2>全文标记</h2>')).toBeLessThan(at('<h2>相似来源</h2>'));
    expect(html).toContain('@page{size:A4');
  });
});
