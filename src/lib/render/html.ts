/**
 * Markup as strings, for the files a reader downloads (the comparison, the 查重 report): one
 * escape, one way to write a span of text, one document shell. A span is written from the same
 * description the page draws it from (span-element.ts), so that what the page marks the file
 * marks too: above all an invisible character, which shows its name and is isolated, so that a
 * bidi override such as U+202E reverses nothing around it (issue 21).
 */
import { showInvisible } from './invisible.ts';
import { spanElement } from './span-element.ts';
import type { UnifiedSpan } from './unified.ts';

/** Text as HTML text or attribute value: nothing in it is markup. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/gu, (c) => `&#${c.codePointAt(0)};`);

/**
 * Spans as the page draws them (draw-spans.ts): the same elements, classes and invisible
 * characters' names; without the changes' numbers, which only the page's navigation reads.
 */
export function spansHtml(spans: readonly UnifiedSpan[]): string {
  let out = '';
  for (const s of showInvisible(spans)) {
    const element = spanElement({ ...s, change: null }, null);
    if (element === null) {
      out += escapeHtml(s.text);
      continue;
    }
    const { tag, classes, attributes } = element;
    const names = classes.length > 0 ? [['class', classes.join(' ')] as const] : [];
    const attrs = [...names, ...attributes].map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join('');
    out += `<${tag}${attrs}>${escapeHtml(s.text)}</${tag}>`;
  }
  return out;
}

/** Plain text (a report's run) with its invisible characters marked as spansHtml marks them. */
export const textHtml = (text: string): string =>
  spansHtml([{ kind: 'equal', text, change: null, seq: 0 }]);

/**
 * The rules every downloaded file needs for its spans, as app.css has them for the page: every
 * marked span isolated, an invisible character's name drawn before it and never copied.
 */
const SPAN_STYLE = `.spans :is(del,ins,span,mark){unicode-bidi:isolate}
.invisible::before{content:attr(data-mark);content:attr(data-mark) / '';font:600 .625em/1 ui-monospace,monospace;vertical-align:.2em;padding:0 .15em;margin:0 .05em;border:1px dashed currentColor;border-radius:2px;color:#5b5b62}
@media (prefers-color-scheme:dark){.invisible::before{color:#a9a9b3}}`;

export interface HtmlDocument {
  lang: string;
  title: string;
  /** The file's own rules; the spans' rules come with every file. */
  style: string;
  /** Markup, already escaped. */
  body: string;
}

/**
 * One self-contained page: inline styles only, and a policy that lets nothing load or run, so
 * that a file opened from the disk is as inert as the text in it.
 */
export function htmlDocument({ lang, title, style, body }: HtmlDocument): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${style}
${SPAN_STYLE}</style>
</head>
<body class="spans">
${body}
</body>
</html>
`;
}
