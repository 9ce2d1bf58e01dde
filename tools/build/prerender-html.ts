/**
 * The prerender's HTML: a page made from the built index.html, with its text checked, its head
 * filled (prerender-meta.ts), its first script (prerender-script.ts) and its stylesheets inline.
 */
import type { Speech } from '../../src/lib/corpus/types.ts';
import type { Lang } from '../../src/lib/i18n/messages.ts';
import { escapeHtml } from '../../src/lib/render/html.ts';
import type { Preview } from '../../src/lib/render/preview.ts';
import { checkPageText, checkReportText } from './prerender-check.ts';
import { headTags } from './prerender-meta.ts';
import { pageScript } from './prerender-script.ts';
import { contentSecurityPolicy } from './security.ts';

/** The views the build prerenders. */
export type PageView = 'overview' | 'speech' | 'pair' | 'report' | 'collate';

export interface RenderedPage {
  route: string;
  view: PageView;
  /** The interface language it is rendered in (its previews stay in the collection's, Chinese). */
  lang: Lang;
  body: string;
  head: string;
  preview: Preview;
  /**
   * The texts the page shows: the pair, or the speech alone (or its report); none for the
   * overview and the collation.
   */
  shows: { a: Speech; b: Speech | null } | null;
}

export interface Site {
  /** The base path, with its slashes. */
  base: string;
  /** The site's absolute URL without the base (SITE_URL), or empty when unknown. */
  site: string;
  /**
   * The stylesheets the page carries inline (their file and text): the app's, and that of the
   * lazily loaded view it shows. Its first paint waits for no request.
   */
  styles?: readonly { href: string; css: string }[];
  /** The stylesheet for readers without JavaScript (static/noscript.css), inline too. */
  noscript?: string;
  /** How many speeches the collection has: the page's script sends old links on with it. */
  speeches?: number;
}

/**
 * The HTML of a page, refused (thrown) unless the text it shows is exactly the corpus's: the build
 * writes no page that misquotes a speech.
 */
export function pageHtml(template: string, page: RenderedPage, site: Site): string {
  if (page.view === 'report' && page.shows) checkReportText(page.body, page.shows.a);
  else if (page.shows) checkPageText(page.body, page.shows.a, page.shows.b);
  // The collation's table drawn whole: a table still drawing (aria-busy) would cut it short.
  if (page.view === 'collate' && !/<table(?![^>]*aria-busy)/u.test(page.body))
    throw new Error('the collation is not drawn whole');
  return fillTemplate(template, page, site);
}

/** Replaces exactly one match of `pattern`; a template that changed shape fails the build. */
function replaceOnce(html: string, pattern: RegExp, replacement: string): string {
  const matches = html.match(new RegExp(pattern.source, `${pattern.flags}g`));
  if (matches?.length !== 1) throw new Error(`index.html: expected one ${String(pattern)}`);
  return html.replace(pattern, () => replacement);
}

/**
 * A stylesheet in the page; one that would end its element early is refused (the one for no
 * script sits in a <noscript>, which, with scripts on, ends at the first </noscript).
 */
function style(css: string): string {
  if (/<\/(style|noscript)/iu.test(css)) throw new Error('a stylesheet holds </style: not inlined');
  return `<style>${css}</style>`;
}

const NOSCRIPT =
  '没有 JavaScript 也能阅读；换篇、选项、复制和导出需要它。 / ' +
  'Readable without JavaScript; choosing, options, copying and export need it.';

/**
 * The page of one route: its title, description, card and canonical link in the head, the
 * rendered app in #app (marked with its route, which src/app/main.ts hydrates), no loading line, and
 * for readers without JavaScript a note of what needs it instead of a wall.
 */
function fillTemplate(
  template: string,
  page: RenderedPage,
  { base, site, styles = [], noscript = '', speeches = 0 }: Site,
): string {
  let html = template;
  // The page's route, for its first script (pageScript), which runs before #app is parsed.
  html = replaceOnce(
    html,
    /<html lang="zh-Hans">/u,
    `<html lang="${page.lang === 'en' ? 'en' : 'zh-Hans'}" data-route="${escapeHtml(page.route)}">`,
  );
  // An overview's page is where old links (/?a=1&b=2) arrive: its first frame waits for the tiny
  // script that sends them on to their own page, rather than flash the overview first.
  if (page.view === 'overview')
    html = replaceOnce(html, /<script type="module"/u, '<script type="module" blocking="render"');
  html = replaceOnce(
    html,
    /<title>[^<]*<\/title>/u,
    `<title>${escapeHtml(page.preview.title)}</title>`,
  );
  html = replaceOnce(
    html,
    /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/u,
    headTags(page.route, page.preview, base, site),
  );
  // The page's own policy allows exactly the stylesheets and the script it carries.
  const scripts = [pageScript(base, speeches, page.lang)];
  const inline = { styles: [...styles.map((s) => s.css), noscript], scripts };
  const policy = escapeHtml(contentSecurityPolicy(false, inline));
  html = replaceOnce(
    html,
    /<meta http-equiv="Content-Security-Policy" content="[^"]*">/u,
    `<meta http-equiv="Content-Security-Policy" content="${policy}">` +
      scripts.map((js) => `\n    <script>${js}</script>`).join(''),
  );
  html = replaceOnce(
    html,
    /<noscript><link rel="stylesheet" href="[^"]*noscript\.css" \/><\/noscript>/u,
    `<noscript>${style(noscript)}</noscript>`,
  );
  // Each file is named too, by a link that is never fetched (disabled): the app's code, which
  // would load the file it needs, skips a stylesheet the page links already (Vite's preload).
  const named = styles.map(
    ({ href, css }) => `${style(css)}<link rel="stylesheet" href="${escapeHtml(href)}" disabled>`,
  );
  html = replaceOnce(html, /<\/head>/u, `${named.join('')}${page.head}</head>`);
  html = replaceOnce(html, /\s*<p id="boot"[^>]*>[^<]*<\/p>/u, '');
  html = replaceOnce(html, /\s*<noscript>[^<]*<\/noscript>/u, '');
  html = replaceOnce(
    html,
    /<div id="app"><\/div>/u,
    `<noscript><p class="noscript">${NOSCRIPT}</p></noscript>\n    ` +
      `<div id="app" data-route="${escapeHtml(page.route)}" data-speeches="${speeches}">${page.body}</div>`,
  );
  return html;
}
