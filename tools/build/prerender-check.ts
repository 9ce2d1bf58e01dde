/**
 * The prerender's guard: a page is written only when the text it shows is exactly the corpus's.
 * Reads the rendered markup as a browser's textContent would: each paragraph's text element
 * (`.text` in a comparison, `.body` for a speech alone), tags dropped, entities decoded. On side A
 * of a comparison that is the common text plus <del>, on side B the common text plus <ins>.
 */
import type { Speech } from '../../src/lib/corpus/types.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

/**
 * The text inside the element that starts at `start` (its opening tag), nested tags dropped, and
 * the elements named in `skip` dropped with their text; also where the element ends.
 */
function element(
  html: string,
  start: number,
  skip: readonly string[] = [],
): { text: string; end: number } {
  const tag = /<!--[\s\S]*?-->|<(\/?)([a-z][a-z0-9-]*)\b[^>]*?(\/?)>/giu;
  tag.lastIndex = start;
  let depth = 0;
  /** Depth at which a skipped element opened, while inside it. */
  let skipping = 0;
  let text = '';
  let last = start;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (depth > 0 && skipping === 0) text += html.slice(last, m.index);
    last = tag.lastIndex;
    if (m[0].startsWith('<!--') || m[3] === '/') continue;
    const closing = m[1] === '/';
    if (!closing && skipping === 0 && skip.includes(m[2]!.toLowerCase())) skipping = depth + 1;
    depth += closing ? -1 : 1;
    if (closing && depth + 1 === skipping) skipping = 0;
    if (depth === 0) return { text: decode(text), end: last };
  }
  throw new Error('unclosed element');
}
const elementText = (html: string, start: number) => element(html, start).text;

/**
 * A comparison prerendered for either width also holds the phone's layout (ComparisonView): one
 * text, removed and added inline. Each of its paragraphs, without its <ins>, is the paragraph of A
 * it names (data-a), and without its <del> that of B (data-b). Returns the page without it.
 */
function checkUnified(html: string, a: Speech, b: Speech): string {
  const start = html.search(/<section class="unified[^"]*" data-view="unified"/u);
  if (start < 0) return html;
  const { end } = element(html, start);
  const section = html.slice(start, end);
  const para = /<p class="cell para[^"]*" id="[^"]*"((?: data-[ab]="\d+")+)[^>]*>/gu;
  const seen = { a: new Set<number>(), b: new Set<number>() };
  for (const m of section.matchAll(para)) {
    const inner = /<span class="text\b[^"]*"[^>]*>/gu;
    inner.lastIndex = m.index + m[0].length;
    const found = inner.exec(section);
    if (!found) throw new Error('a paragraph of the one-column layout has no text');
    for (const [, side, n] of m[1]!.matchAll(/data-([ab])="(\d+)"/gu)) {
      const speech = side === 'a' ? a : b;
      const shown = element(section, found.index, [side === 'a' ? 'ins' : 'del']).text;
      if (shown !== speech.paragraphs[Number(n) - 1])
        throw new Error(`one-column paragraph ${side}-p${n} is not the corpus text`);
      seen[side as 'a' | 'b'].add(Number(n));
    }
  }
  if (seen.a.size !== a.paragraphs.length || seen.b.size !== b.paragraphs.length)
    throw new Error('the one-column layout leaves out paragraphs');
  return html.slice(0, start) + html.slice(end);
}

/** Paragraph texts of the page by their id (`a-p1`, `b-p2`, `p3`), in document order. */
export function paragraphTexts(html: string): Map<string, string> {
  const texts = new Map<string, string>();
  const para = /<p class="cell para[^"]*" id="((?:[ab]-)?p\d+)"[^>]*>/gu;
  for (const m of html.matchAll(para)) {
    const id = m[1]!;
    const inner = /<span class="(?:text|body)\b[^"]*"[^>]*>/gu;
    inner.lastIndex = m.index + m[0].length;
    const found = inner.exec(html);
    if (!found) throw new Error(`paragraph ${id} has no text`);
    // The first of an id: a comparison's two columns come before the phone's copy of its text.
    if (!texts.has(id)) texts.set(id, elementText(html, found.index));
  }
  return texts;
}

/**
 * Throws unless the page shows every paragraph of its speeches, exactly: `a` and `b` of a
 * comparison side by side, or `a` alone (b null).
 */
export function checkPageText(html: string, a: Speech, b: Speech | null): void {
  const texts = paragraphTexts(b === null ? html : checkUnified(html, a, b));
  const expect = (id: string, paragraph: string) => {
    const shown = texts.get(id);
    if (shown !== paragraph)
      throw new Error(
        `paragraph ${id} is not the corpus text: ${JSON.stringify(shown?.slice(0, 40))} ≠ ${JSON.stringify(paragraph.slice(0, 40))}`,
      );
    texts.delete(id);
  };
  if (b === null) a.paragraphs.forEach((p, i) => expect(`p${i + 1}`, p));
  else {
    a.paragraphs.forEach((p, i) => expect(`a-p${i + 1}`, p));
    b.paragraphs.forEach((p, i) => expect(`b-p${i + 1}`, p));
  }
  if (texts.size > 0) throw new Error(`paragraphs not in the corpus: ${[...texts.keys()].join()}`);
}

/**
 * Throws unless a speech's 查重 report shows every paragraph of the speech, exactly: each
 * paragraph's text (`c-p1` …) with its copied runs marked, the sources after each run (a
 * superscript) left out.
 */
export function checkReportText(html: string, speech: Speech): void {
  const para = /<p class="para\b[^"]*" id="c-p(\d+)"[^>]*>/gu;
  const seen: string[] = [];
  for (const m of html.matchAll(para)) {
    const inner = /<span class="body\b[^"]*"[^>]*>/gu;
    inner.lastIndex = m.index + m[0].length;
    const found = inner.exec(html);
    if (!found) throw new Error(`report paragraph c-p${m[1]} has no text`);
    seen.push(element(html, found.index, ['sup']).text);
  }
  if (seen.length !== speech.paragraphs.length)
    throw new Error(
      `the report shows ${seen.length} paragraphs of ${speech.paragraphs.length}: not the corpus text`,
    );
  speech.paragraphs.forEach((p, i) => {
    if (seen[i] !== p) throw new Error(`report paragraph c-p${i + 1} is not the corpus text`);
  });
}
