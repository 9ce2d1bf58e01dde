/**
 * The comparison as files a reader keeps: plain text with [-removed-] and {+added+} markers (the
 * convention of `git diff --word-diff`, readable in any editor, unlike 【删】 which is ambiguous
 * next to Chinese brackets), and one self-contained HTML page with inline styles and no script.
 */
import { INVISIBLE } from '../diff/invisible.ts';
import { mergeOps } from '../diff/ops.ts';
import { escapeHtml, htmlDocument, spansHtml } from './html.ts';
import type { UnifiedParagraph } from './unified.ts';

export interface ExportHeader {
  title: string;
  verdict: string;
  summary: string;
  url: string;
  /** Entries only for what the comparison shows (no del and ins when nothing changed). */
  legend: { del?: string; ins?: string; slot?: string; stock?: string };
}

/**
 * Text as the plain-text export writes it, so that markers are never ambiguous: a backslash
 * escapes the character after it. `\\` is a backslash; a - next to [ or ] and a + next to { or }
 * are written \- and \+ (so the text's own [-, -], {+ and +} never read as markers); an
 * invisible character (a bidi override, a zero-width space) is written \u{202E}, so that it can
 * neither hide text nor flip the markers around it. Documented in README.md.
 */
const ESCAPED = new RegExp(
  String.raw`\\|(?<=\[)-|-(?=\])|(?<=\{)\+|\+(?=\})|` + INVISIBLE.source,
  'gu',
);
export const escapePlain = (text: string): string =>
  text.replace(ESCAPED, (c) =>
    c === '\\' || c === '-' || c === '+'
      ? `\\${c}`
      : `\\u{${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`,
  );

export function toPlainText(header: ExportHeader, paragraphs: readonly UnifiedParagraph[]): string {
  const body = paragraphs.map((p) =>
    // Neighbouring spans of one kind (a removal cut at a template slot) are one marked run.
    mergeOps(p.spans.map(({ kind, text }) => ({ kind, text })))
      .map((s) =>
        s.kind === 'equal'
          ? escapePlain(s.text)
          : s.kind === 'delete'
            ? `[-${escapePlain(s.text)}-]`
            : `{+${escapePlain(s.text)}+}`,
      )
      .join(''),
  );
  return [header.title, `${header.verdict} · ${header.summary}`, header.url, ...body].join('\n\n');
}

const STYLE = `body{font:17px/1.9 'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f;background:#fff}
h1{font-size:1.4rem}p.meta{color:#5b5b62}
del{background:#fbd5d5;color:#7a0c0c;text-decoration:underline wavy 1px;text-underline-offset:.32em;text-decoration-skip-ink:none}
ins{background:#cdeccf;color:#0b4d17;text-decoration:underline solid 2px;text-underline-offset:.32em;text-decoration-skip-ink:none}
del.quiet,ins.quiet{background:none;color:inherit;text-decoration-style:dotted}
.slot{background:#e3e0f7;color:#2e2677;outline:1px dashed #2e2677;outline-offset:-1px;border-radius:2px}
.stock{background:none;color:#5b5b62;text-decoration:overline dotted #5b5b62}
del.stock,ins.stock{text-decoration-line:underline overline;text-decoration-color:currentColor}del.stock{background:#fbd5d5;color:#7a0c0c;text-decoration-style:wavy}ins.stock{background:#cdeccf;color:#0b4d17;text-decoration-style:solid}
@media (prefers-color-scheme:dark){body{background:#17171a;color:#ececef}p.meta{color:#a9a9b3}del{background:#5c1d1d;color:#ffd9d9}ins{background:#17462a;color:#d4f7dc}.slot{background:#37306b;color:#e6e1ff;outline-color:#e6e1ff}.stock{color:#a9a9b3;text-decoration-color:#a9a9b3}del.stock{background:#5c1d1d;color:#ffd9d9}ins.stock{background:#17462a;color:#d4f7dc}}`;

function legend({ del, ins, slot, stock }: ExportHeader['legend']): string {
  return [
    ...(del ? [`<del>${escapeHtml(del)}</del>`] : []),
    ...(ins ? [`<ins>${escapeHtml(ins)}</ins>`] : []),
    ...(slot ? [`<span class="slot">XX</span> ${escapeHtml(slot)}`] : []),
    ...(stock ? [`<span class="stock">${escapeHtml(stock)}</span>`] : []),
  ].join(' ');
}

export function toHtmlDocument(
  header: ExportHeader,
  paragraphs: readonly UnifiedParagraph[],
  lang: string,
): string {
  const text = paragraphs.map((p) => `<p>${spansHtml(p.spans)}</p>`).join('\n');
  const body = `<h1>${escapeHtml(header.title)}</h1>
<p class="meta">${escapeHtml(header.verdict)} · ${escapeHtml(header.summary)}</p>
<p class="meta">${legend(header.legend)}</p>
<p class="meta"><a href="${escapeHtml(header.url)}">${escapeHtml(header.url)}</a></p>
${text}`;
  return htmlDocument({ lang, title: header.title, style: STYLE, body });
}
