/** The prerender's HTML: a page made from the built index.html, and the sitemap. */
import type { Speech } from '../../src/lib/corpus/types.ts';
import { minifySync } from 'vite';
import { earlyAddress } from '../../src/lib/state/early.ts';
import type { Lang } from '../../src/lib/i18n/messages.ts';
import type { Preview } from '../../src/lib/render/preview.ts';
import { SITE_NAME } from '../../src/lib/render/preview.ts';
import { checkPageText, checkReportText } from './prerender-check.ts';
import { contentSecurityPolicy } from './security.ts';
import { escapeHtml } from '../../src/lib/render/html.ts';

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
 * The first lines of every page, in its head, run before the rest of the page is parsed:
 * - An address whose view has a page of its own but which reached another (an old link
 *   `/?a=1&b=2`, `?lang=en` on a Chinese page) goes there (lib/state/early.ts, whose text is
 *   inlined here; src/app/main.ts does the same where the page has no such script), before this page
 *   paints or fetches its script.
 * - On a Chinese page (no language in its path), a reader whose browser asks for no Chinese gets
 *   the interface in English (preferredLang in lib/i18n/translate.ts), which has pages of its
 *   own under en/: sent there before this page paints (an old link to its English page at
 *   once), rather than paint it in Chinese and redraw it all in English once the app runs (the
 *   page jumped). An address that names its language (?lang=) stays, and so does any path that
 *   is not a Chinese page's route: a host that answers an unknown path (en/9-9/) with the root's
 *   page must not send the reader round in circles (en/en/…); the app says what is wrong there.
 * The same text on every page of a language, so one hash each in the policy allows it. The
 * page's route is the `data-route` of its root element (fillTemplate).
 */
export function pageScript(base: string, speeches: number, lang: Lang): string {
  // The same for every page of a build: made (and minified) once.
  const key = `${base}\n${speeches}\n${lang}`;
  let code = scripts.get(key);
  if (code === undefined) scripts.set(key, (code = makePageScript(base, speeches, lang)));
  return code;
}
const scripts = new Map<string, string>();

function makePageScript(base: string, speeches: number, lang: Lang): string {
  // In a script element: no "<" of the base may end it or open a comment.
  const b = JSON.stringify(base).replaceAll('<', '\\u003c');
  // The page that sends the reader on marks itself (data-away), so that its own entry script,
  // should it still run before the next page comes, does nothing (src/app/main.ts).
  const go = (to: string) =>
    `{document.documentElement.setAttribute("data-away","");location.replace(${b}+${to})}`;
  const away =
    `var r=document.documentElement.getAttribute("data-route"),` +
    `e=r===null?null:(${earlyAddress.toString()})(r,location.search,${speeches});`;
  // z: the page stays in Chinese (an address that names its language, read as earlyAddress and
  // the app read it, or a browser that reads Chinese).
  const script =
    lang === 'en'
      ? `(function(){${away}if(e!==null)${go('e+location.hash')}})()`
      : `(function(){${away}var l=navigator.languages||[],` +
        `z=new URLSearchParams(location.search).has("lang"),p,i;` +
        `for(i=0;i<l.length;i++)if(/^zh\\b/i.test(l[i]))z=true;` +
        `if(e!==null){${go('(z?"":"en/")+e+location.hash')}return}` +
        `p=location.pathname;if(z||p.indexOf(${b})!==0)return;p=p.slice(${b}.length);` +
        `if(/^(collate\\/|\\d{1,9}(-\\d{1,9}|\\/report)?\\/)?(index\\.html)?$/.test(p))` +
        `${go('"en/"+p+location.search+location.hash')}})()`;
  // Small, as every page carries it (the function keeps its comments and names as written).
  const { code, errors } = minifySync('page.js', script, { compress: true, mangle: true });
  if (errors.length > 0 || /<\/script|<!--/iu.test(code))
    throw new Error(
      `the page's script cannot be inlined: ${errors.map((e) => e.message).join('; ')}`,
    );
  return code.trim();
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
  const { title, description } = page.preview;
  const path = `${base}${page.route}`;
  const meta = (key: 'name' | 'property', name: string, content: string) =>
    `<meta ${key}="${name}" content="${escapeHtml(content)}" />`;
  // Each page and its twin in the other language name each other; Chinese is the default (a
  // reader whose browser asks for no Chinese is sent on to English: pageScript).
  const zh = `${base}${page.route.replace(/^en\//u, '')}`;
  const alternate = (lang: string, href: string) =>
    `<link rel="alternate" hreflang="${lang}" href="${escapeHtml(site + href)}" />`;
  // Search engines reject a relative canonical or alternate (and Open Graph wants an absolute
  // og:url): without SITE_URL they are left out rather than written relative.
  const links = site
    ? [
        `<link rel="canonical" href="${escapeHtml(site + path)}" />`,
        alternate('zh-Hans', zh),
        alternate('en', `${base}en/${zh.slice(base.length)}`),
        alternate('x-default', zh),
      ]
    : [];
  const tags = [
    ...links,
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', SITE_NAME),
    meta('property', 'og:locale', 'zh_CN'),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    ...(site ? [meta('property', 'og:url', site + path)] : []),
    meta('name', 'twitter:card', 'summary'),
    meta('name', 'twitter:title', title),
    meta('name', 'twitter:description', description),
  ];
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
  html = replaceOnce(html, /<title>[^<]*<\/title>/u, `<title>${escapeHtml(title)}</title>`);
  html = replaceOnce(
    html,
    /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/u,
    `${meta('name', 'description', description)}\n    ${tags.join('\n    ')}`,
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

/**
 * The site's robots.txt: every page may be read, and with SITE_URL (`root`, the absolute URL
 * with its base) the sitemap is named. Without it, a host that answers unknown paths with the
 * root's page would answer /robots.txt with HTML.
 */
export function robots(root: string): string {
  return `User-agent: *\nAllow: /\n${root ? `\nSitemap: ${root}sitemap.xml\n` : ''}`;
}

/** The sitemap of the collection's pages; `root` is the site's absolute URL with its base. */
export function sitemap(pages: readonly Pick<RenderedPage, 'route'>[], root: string): string {
  const urls = pages.map((p) => `  <url><loc>${escapeHtml(root + p.route)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
