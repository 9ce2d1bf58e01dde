/**
 * What search engines and link previews read of the site: each page's description, canonical
 * link, language twins and card, robots.txt, and the sitemap.
 */
import { escapeHtml } from '../../src/lib/render/html.ts';
import type { Preview } from '../../src/lib/render/preview.ts';
import { SITE_NAME } from '../../src/lib/render/preview.ts';

/**
 * The head's tags of the page at `route` (under `base`; `site`, the site's absolute URL without
 * it, or empty when unknown): its description, and the links and card that name and show it.
 */
export function headTags(
  route: string,
  { title, description }: Preview,
  base: string,
  site: string,
) {
  const path = `${base}${route}`;
  const meta = (key: 'name' | 'property', name: string, content: string) =>
    `<meta ${key}="${name}" content="${escapeHtml(content)}" />`;
  // Each page and its twin in the other language name each other; Chinese is the default (a
  // reader whose browser asks for no Chinese is sent on to English: prerender-script.ts).
  const zh = `${base}${route.replace(/^en\//u, '')}`;
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
  return `${meta('name', 'description', description)}\n    ${tags.join('\n    ')}`;
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
export function sitemap(pages: readonly { route: string }[], root: string): string {
  const urls = pages.map((p) => `  <url><loc>${escapeHtml(root + p.route)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
