import { describe, expect, it } from 'vitest';
import { CheckIndex } from '../../../src/lib/check/collection.ts';
import { reportHtml, type ReportDocument } from '../../../src/lib/check/export.ts';
import { checkText } from '../../../src/lib/check/measure.ts';
import { runLinks, runSources, verdict } from '../../../src/lib/check/words.ts';
import { formatPercent, loadStrings } from '../../../src/lib/i18n/translate.ts';
import { corpus } from '../diff/corpus.ts';

// The report's words come from its table, which loads with the report's view in a page.
await loadStrings('report');

const index = new CheckIndex(corpus.speeches);
const label = (n: number) => corpus.speeches[n - 1]!.label;
const check = (n: number, k = 13) =>
  checkText(index, corpus.speeches[n - 1]!.paragraphs, { k, self: n });

describe('the report in words', () => {
  it('leaves out the twin of speech 3 by default and measures it against the others (issue 23)', () => {
    const report = check(3);
    expect(report).toMatchObject({ twins: [6], withTwins: false });
    expect(report.sources.map((s) => s.speech)).not.toContain(6);
    expect(report.paragraphs.flat().flatMap((r) => r.sources.map((s) => s.speech))).not.toContain(
      6,
    );
    // The same figure as the speech's own page: 除（六）以外… 16.5%.
    expect(verdict(report, 'zh', label)).toBe(
      '本文与（六）逐字相同（不计空白），是同一篇。除（六）以外，本文 12.6% 的文字见于（二），各来源合计 16.5%；7.6% 是三篇以上共有的套话。',
    );
    expect(verdict(report, 'en', (n) => `Speech ${n}`)).toBe(
      'This text is Speech 6 word for word (whitespace aside): the same speech. Apart from Speech 6, 12.6% of this text occurs in Speech 2, 16.5% from all sources together; 7.6% is stock phrasing found in three or more speeches.',
    );
  });

  it('names the twin of speech 3 and the stock share when the twin is counted', () => {
    const report = checkText(index, corpus.speeches[2]!.paragraphs, { self: 3, withTwins: true });
    expect(report.largest).toMatchObject({ speech: 6, twin: true });
    expect(verdict(report, 'zh', label)).toBe(
      '本文与（六）逐字相同（不计空白），是同一篇；7.6% 是三篇以上共有的套话。',
    );
    expect(verdict(report, 'en', label)).toBe(
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

  it('names every source of a run, each with its paragraph, as a link (issue 23)', () => {
    const run = check(3)
      .paragraphs.flat()
      .find((r) => r.sources.length > 2)!;
    const { links, more } = runLinks(run, 'zh', label);
    expect(more).toBeNull();
    expect(links.map((l) => l.name)).toEqual(run.sources.map((s) => label(s.speech)));
    expect(links.map((l) => l.place)).toEqual(
      run.sources.map(
        (s) => `${label(s.speech)}第 ${s.paragraph + 1} 段${s.partly ? '（部分）' : ''}`,
      ),
    );
    expect(runSources(run, 'zh', label)).toMatch(/^复制自（[一二三四五]）第 \d+ 段/u);
  });

  it('says how many sources a large collection left unnamed', () => {
    const report = checkText(index, corpus.speeches[0]!.paragraphs, { self: 1, sourcesPerRun: 1 });
    const run = report.paragraphs.flat().find((r) => r.more > 0)!;
    expect(runLinks(run, 'zh', label).more).toBe(`等，另有 ${run.more} 篇`);
  });
});

describe('the downloaded report', () => {
  const report = check(3, 20);
  const doc: ReportDocument = {
    report,
    lang: 'zh',
    title: '（三）',
    against: '比对对象：<其他> 5 篇',
    url: 'https://example.org/?a=3&report=1&k=20',
    href: (s, p) => `https://example.org/?a=${s}&b=3${p === null ? '' : `#a-p${p + 1}`}`,
    label,
  };
  const html = reportHtml(doc);

  it('carries the same figures and sentences as the page, escaped, without script', () => {
    expect(report.total).toBeLessThan(1);
    expect(html).toContain(`<dt>总文字复制比</dt><dd>${formatPercent(report.total)}</dd>`);
    expect(html).toContain(verdict(report, 'zh', label));
    expect(html).toContain('比对对象：&#60;其他&#62; 5 篇');
    expect(html).not.toMatch(/<script|\son\w+=/iu);
  });

  it('holds the whole text, each run linking to every source at its paragraph', () => {
    const text = html.replace(/<sup>.*?<\/sup>/gu, '').replace(/<[^>]+>/gu, '');
    for (const p of corpus.speeches[2]!.paragraphs) expect(text).toContain(p);
    const run = report.paragraphs.flat().find((r) => r.sources.length > 1)!;
    for (const { speech, paragraph } of run.sources)
      expect(html).toContain(
        `<a href="https://example.org/?a=${speech}&#38;b=3#a-p${paragraph + 1}"`,
      );
  });

  it('counts the twin when the page does', () => {
    const counted = checkText(index, corpus.speeches[2]!.paragraphs, {
      k: 20,
      self: 3,
      withTwins: true,
    });
    const withTwin = reportHtml({ ...doc, report: counted });
    expect(withTwin).toContain('<dt>总文字复制比</dt><dd>100.0%</dd>');
    expect(withTwin).toContain('与本文相同');
    expect(withTwin).toContain('<a href="https://example.org/?a=6&#38;b=3#a-p4"');
  });

  it('marks reused text only: the legend sample is no <mark> (review of issue 21)', () => {
    const runs = report.paragraphs.flat().filter((r) => r.sources.length > 0).length;
    expect(runs).toBeGreaterThan(0);
    expect(html.match(/<mark[\s>]/gu)).toHaveLength(runs);
    expect(html).toContain('<span class="mark">复制的文字');
  });

  it('prints summary, text and sources in that order', () => {
    const at = (s: string) => html.indexOf(s);
    expect(at('<dl>')).toBeLessThan(at('<h2>全文标记</h2>'));
    expect(at('<h2>全文标记</h2>')).toBeLessThan(at('<h2>相似来源</h2>'));
    expect(html).toContain('@page{size:A4');
  });
});
