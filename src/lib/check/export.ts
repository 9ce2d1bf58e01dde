/**
 * The report as one self-contained HTML file, laid out as a 查重 report is read (summary, the
 * text with its marks, the sources), with the page's numbers and sentences (words.ts). Its own
 * <style>, no script; links go back to the comparisons on the site.
 */
import { MIN_PASSAGE, STOCK_GROUPS } from '../reuse/passages.ts';
import type { Lang } from '../i18n/messages.ts';
import { formatPercent, translate } from '../i18n/translate.ts';
import { K_MAX, K_MIN } from './k.ts';
import type { CheckReport } from './measure.ts';
import { escapeHtml, htmlDocument, textHtml } from '../render/html.ts';
import type { ReportKey } from '../i18n/report.ts';
import { runLinks, runSources, verdict, type Label } from './words.ts';

export interface ReportDocument {
  report: CheckReport;
  lang: Lang;
  /** What was checked, e.g. （三）. */
  title: string;
  /** The line saying what it was checked against. */
  against: string;
  /** The report's own address, and the comparison with a source (at a paragraph), absolute. */
  url: string;
  href: (speech: number, paragraph: number | null) => string;
  label: Label;
}

const STYLE = `body{font:16px/1.9 system-ui,'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f;background:#fff}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem;border-bottom:1px solid #d9d6cf}
.meta{color:#5b5b62}
dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem;border:1px solid #d9d6cf;padding:.75rem 1rem}
dt{color:#5b5b62}dd{margin:0;font-weight:700}
.verdict{font-weight:700;border-left:6px solid #8a1c1c;padding-left:.75rem}
mark{background:#fbd5d5;color:#7a0c0c}sup a{color:inherit}
.stock{text-decoration:underline dotted}
sup{font-size:.7em;color:#7a0c0c}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #d9d6cf;padding:.25rem .5rem;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}
@page{size:A4;margin:18mm}
@media print{body{margin:0;max-width:none}mark,sup{print-color-adjust:exact;-webkit-print-color-adjust:exact}h2{break-after:avoid}tr{break-inside:avoid}}
@media (prefers-color-scheme:dark){body{background:#17171a;color:#ececef}.meta,dt{color:#a9a9b3}mark{background:#5c1d1d;color:#ffd9d9}sup{color:#ffb4b4}}`;

export function reportHtml(doc: ReportDocument): string {
  const { report, lang, label } = doc;
  const say = (key: ReportKey, params = {}) => escapeHtml(translate(lang, `report.${key}`, params));
  const largest = report.largest;
  const figures = [
    [say('checkTotal'), formatPercent(report.total)],
    [say('checkExStock'), formatPercent(report.excludingStock)],
    [
      say('checkLargest'),
      largest
        ? formatPercent(largest.share) + say('checkLargestOf', { source: label(largest.speech) })
        : say('checkNothing'),
    ],
    [say('checkChars'), say('checkCharsValue', { n: report.chars })],
  ]
    .map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`)
    .join('');
  const text = report.paragraphs
    .map((runs) => {
      const body = runs
        .map((run) => {
          const parts = run.parts
            .map((p) =>
              p.stock ? `<span class="stock">${textHtml(p.text)}</span>` : textHtml(p.text),
            )
            .join('');
          if (run.sources.length === 0) return parts;
          // As on the page: the mark, then every source a link to its paragraph.
          const { links, more } = runLinks(run, lang, label);
          const from = links
            .map((link) => {
              const place = escapeHtml(link.place);
              const href = escapeHtml(doc.href(link.speech, link.paragraph));
              return `<a href="${href}" title="${place}" aria-label="${place}">${escapeHtml(link.name)}</a>`;
            })
            .join(lang === 'zh' ? '' : ', ');
          const title = escapeHtml(runSources(run, lang, label));
          return `<mark title="${title}">${parts}</mark><sup>${from}${more === null ? '' : escapeHtml(more)}</sup>`;
        })
        .join('');
      return `<p>${body}</p>`;
    })
    .join('\n');
  const rows = report.sources
    .map(
      (s) =>
        `<tr><td><a href="${escapeHtml(doc.href(s.speech, null))}">${escapeHtml(label(s.speech))}</a>${s.twin ? ` (${say('checkTwin')})` : ''}</td>` +
        `<td class="n">${formatPercent(s.share)}</td><td class="n">${say('checkLength', { n: s.longest })}</td><td class="n">${s.runs}</td></tr>`,
    )
    .join('\n');
  const sources = rows
    ? `<table><thead><tr><th>${say('checkSource')}</th><th>${say('checkShare')}</th><th>${say('checkLongest')}</th><th>${say('checkRuns')}</th></tr></thead>\n<tbody>${rows}</tbody></table>`
    : `<p>${say('checkNoSources')}</p>`;
  const title = `${translate(lang, 'report.checkReport')}${lang === 'zh' ? '：' : ': '}${doc.title}`;
  const body = `<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(doc.against)}</p>
<p class="meta"><a href="${escapeHtml(doc.url)}">${escapeHtml(doc.url)}</a></p>
<dl>${figures}</dl>
<p class="verdict">${escapeHtml(verdict(report, lang, label))}</p>
<h2>${say('checkTextHeading')}</h2>
<p class="meta"><mark>${say('checkLegendCopied')}</mark> <span class="stock">${say('checkLegendStock')}</span></p>
<div lang="zh-Hans">
${text}
</div>
<h2>${say('checkSourcesHeading')}</h2>
${sources}
<h2>${say('checkNoteHeading')}</h2>
<p>${say('checkNoteMeasure', { n: MIN_PASSAGE, groups: STOCK_GROUPS })}</p>
<p>${say('checkNoteK', { min: K_MIN, max: K_MAX })}</p>
<p>${say('checkNoteSimilarity')}</p>`;
  return htmlDocument({ lang: lang === 'zh' ? 'zh-Hans' : 'en', title, style: STYLE, body });
}
