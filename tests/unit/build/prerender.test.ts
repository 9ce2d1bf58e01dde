import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../../src/lib/corpus/types.ts';
import { type Plans } from '../../../src/lib/diff/plan/format.ts';
import { validatePlans } from '../../../src/lib/diff/plan/plans.ts';
import { paragraphTexts } from '../../../tools/build/prerender-check.ts';
import { pageHtml, type RenderedPage } from '../../../tools/build/prerender-html.ts';
import { robots, sitemap } from '../../../tools/build/prerender-meta.ts';
import { pageScript } from '../../../tools/build/prerender-script.ts';
import { hashSource } from '../../../tools/build/security.ts';
import { renderAll, routes } from '../../../tools/build/prerender-render.ts';
import { earlyAddress } from '../../../src/lib/state/early.ts';

const corpus = JSON.parse(readFileSync('static/corpus.json', 'utf8')) as Corpus;
const plans = validatePlans(JSON.parse(readFileSync('static/plans.json', 'utf8'))) as Plans;

/** The built index.html's shape, as the prerender fills it. */
const TEMPLATE = `<!doctype html><html lang="zh-Hans"><head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;">
    <meta name="description" content="x" />
    <noscript><link rel="stylesheet" href="/noscript.css" /></noscript>
    <title>对照 Duizhao</title>
  </head><body>
    <div id="app"></div>
    <p id="boot" role="status">正在载入文集……</p>
    <noscript>needs JavaScript</noscript>
    <script type="module" crossorigin src="/assets/index.js"></script>
  </body></html>`;
const site = { base: '/', site: 'https://example.org' };

let pages: RenderedPage[] = [];
// Rendering 88 pages takes a few seconds, more on a busy machine.
beforeAll(async () => {
  pages = await renderAll(corpus, plans, '/');
}, 60_000);
const page = (route: string) => pages.find((p) => p.route === route)!;

/**
 * Where a page's first script sends a browser (null: it stays), run as a browser would; a page
 * that sends the reader on marks itself (data-away), and only then.
 */
function sent(
  script: string,
  o: {
    base: string;
    languages?: string[];
    pathname: string;
    search: string;
    route?: string | null;
  },
): string | null {
  let to: string | null = null;
  const location = { ...o, hash: '#a-p2', replace: (url: string) => (to = url) };
  // The page's route is on its root element, as the prerender writes it.
  const route = o.route === undefined ? o.pathname.slice(o.base.length) : o.route;
  const marks = new Map<string, string>();
  const documentElement = {
    getAttribute: (name: string) => (name === 'data-route' ? route : null),
    setAttribute: (name: string, value: string) => marks.set(name, value),
  };
  const document = { documentElement };
  runInNewContext(script, {
    navigator: { languages: o.languages },
    location,
    document,
    URLSearchParams,
  });
  expect(marks.has('data-away')).toBe(to !== null);
  return to;
}

describe('the prerender', () => {
  it('renders the overview, each speech and its report, every ordered pair and the collation', () => {
    const chinese = [
      ...['', '1/', '2/', '3/', '1-2/', '1-3/', '2-1/', '2-3/', '3-1/', '3-2/'],
      ...['1/report/', '2/report/', '3/report/', 'collate/'],
    ];
    // And each of them in English, under en/.
    expect(routes(3)).toEqual([...chinese, ...chinese.map((r) => `en/${r}`)]);
    expect(pages.map((p) => p.route)).toEqual(routes(corpus.speeches.length));
    expect(pages).toHaveLength(2 * (1 + 6 + 30 + 6 + 1));
  });

  it('writes every page, each showing the corpus text exactly', () => {
    for (const p of pages) expect(() => pageHtml(TEMPLATE, p, site)).not.toThrow();
    const texts = paragraphTexts(page('1-2/').body);
    expect(texts.get('a-p1')).toBe(corpus.speeches[0]!.paragraphs[0]);
    expect(texts.get('b-p1')).toBe(corpus.speeches[1]!.paragraphs[0]);
  });

  it('refuses a page whose text differs from the corpus', () => {
    const p = page('1-2/');
    const dropped = p.body.replace(/(<del data-change[^>]*>)./u, '$1');
    expect(() => pageHtml(TEMPLATE, { ...p, body: dropped }, site)).toThrow(/a-p1/u);
    const added = p.body.replace(/(<ins data-change[^>]*>)/u, '$1多');
    expect(() => pageHtml(TEMPLATE, { ...p, body: added }, site)).toThrow(/b-p/u);
    const other = {
      ...corpus.speeches[1]!,
      paragraphs: ['另一段', ...corpus.speeches[1]!.paragraphs],
    };
    expect(() => pageHtml(TEMPLATE, { ...p, shows: { a: p.shows!.a, b: other } }, site)).toThrow();
    // The phone's one-column copy of the text is held to the corpus too.
    const inUnified = p.body.indexOf('data-view="unified"');
    expect(inUnified).toBeGreaterThan(0);
    const tampered =
      p.body.slice(0, inUnified) +
      p.body.slice(inUnified).replace(/(<del data-change[^>]*>)./u, '$1');
    expect(() => pageHtml(TEMPLATE, { ...p, body: tampered }, site)).toThrow(
      /one-column paragraph a-p/u,
    );
    const speech = page('4/');
    const escaped = speech.body.replace(/(<span class="body[^"]*">)/u, '$1&lt;');
    expect(() => pageHtml(TEMPLATE, { ...speech, body: escaped }, site)).toThrow(/p1/u);
  });

  it('writes a speech’s report whole, its text exactly, its copies marked (issue 26)', () => {
    const report = page('3/report/');
    const html = pageHtml(TEMPLATE, report, site);
    expect(html).toContain('<title>（三）查重报告 · ');
    expect(html).toContain('<link rel="canonical" href="https://example.org/3/report/" />');
    // Every paragraph of the speech, not only a first frame's worth.
    const paragraphs = report.body.match(/<p class="para\b[^"]*" id="c-p\d+"/gu) ?? [];
    expect(paragraphs).toHaveLength(corpus.speeches[2]!.paragraphs.length);
    expect(report.body).toContain('<mark');
    // A report page held to the corpus as a speech's is.
    const cut = report.body.replace(/(<span class="body[^"]*">[\s\S]*?>)[\u4e00-\u9fff]/u, '$1');
    expect(() => pageHtml(TEMPLATE, { ...report, body: cut }, site)).toThrow(/c-p\d+ is not/u);
    const fewer = report.body.replace(/<p class="para\b[^"]*" id="c-p2"/u, '<p class="x"');
    expect(() => pageHtml(TEMPLATE, { ...report, body: fewer }, site)).toThrow(/paragraphs/u);
    expect(page('en/3/report/').lang).toBe('en');
  });

  it('writes the collation with every row of its table drawn (issue 26)', () => {
    const collation = page('collate/');
    const html = pageHtml(TEMPLATE, collation, site);
    expect(html).toContain('<link rel="canonical" href="https://example.org/collate/" />');
    expect(html).toContain('<title>逐句对齐 · ');
    expect(collation.body).not.toMatch(/<table[^>]*aria-busy/u);
    const rows = collation.body.match(/<tr id="r\d+"/gu) ?? [];
    // More than the first batch a page draws at once (16 rows): all of them.
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.at(-1)).toBe(`<tr id="r${rows.length}"`);
    const busy = collation.body.replace(/<table/u, '<table aria-busy="true"');
    expect(() => pageHtml(TEMPLATE, { ...collation, body: busy }, site)).toThrow(/collation/u);
  });

  it('gives each page its title, description, card and canonical link', () => {
    const html = pageHtml(TEMPLATE, page('3-6/'), site);
    expect(html).toContain('<title>（三）与（六）完全相同 · 对照 Duizhao</title>');
    expect(html).toContain(
      '<meta property="og:title" content="（三）与（六）完全相同 · 对照 Duizhao" />',
    );
    expect(html).toContain('<link rel="canonical" href="https://example.org/3-6/" />');
    // It and its twin in the other language name each other, Chinese the default.
    for (const twin of [html, pageHtml(TEMPLATE, page('en/3-6/'), site)]) {
      expect(twin).toContain(
        '<link rel="alternate" hreflang="zh-Hans" href="https://example.org/3-6/" />',
      );
      expect(twin).toContain(
        '<link rel="alternate" hreflang="en" href="https://example.org/en/3-6/" />',
      );
      expect(twin).toContain(
        '<link rel="alternate" hreflang="x-default" href="https://example.org/3-6/" />',
      );
    }
    expect(html).toContain('<meta property="og:url" content="https://example.org/3-6/" />');
    expect(html).toMatch(/<meta name="description" content="（三）与（六）逐字相同/u);
    expect(html).toContain('<div id="app" data-route="3-6/" data-speeches="0"><!--[-->');
    expect(html).not.toContain('id="boot"');
    expect(html).not.toContain('needs JavaScript');
    expect(page('1-2/').preview.title).toMatch(
      /^（一）与（二）：相似度 \d+\.\d%，共用 \d+\.\d% · /u,
    );
    expect(page('').preview.description).toContain('（三）与（六）完全相同');
  });

  // Issue 26: without SITE_URL they were written relative (href="/3-6/"), which search engines reject.
  it('leaves out canonical, hreflang and og:url links without SITE_URL, rather than relative ones', () => {
    for (const route of ['3-6/', 'en/3-6/', '', 'en/']) {
      const html = pageHtml(TEMPLATE, page(route), { base: '/', site: '' });
      expect(html).not.toContain('rel="canonical"');
      expect(html).not.toContain('rel="alternate"');
      expect(html).not.toContain('og:url');
      expect(html).toContain('<meta property="og:title"');
    }
  });

  it('writes a robots.txt that names the sitemap when the site is known', () => {
    expect(robots('https://example.org/sub/')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/sub/sitemap.xml\n',
    );
    expect(robots('')).toBe('User-agent: *\nAllow: /\n');
  });

  it('renders the en/ pages in English, the rest in Chinese', () => {
    const english = pageHtml(TEMPLATE, page('en/1-2/'), site);
    expect(english).toContain('<html lang="en" data-route="en/1-2/">');
    expect(page('en/1-2/').lang).toBe('en');
    expect(page('en/1-2/').body).toContain('>中文</a>');
    expect(page('1-2/').body).toContain('>English</a>');
    expect(pageHtml(TEMPLATE, page('1-2/'), site)).toContain(
      '<html lang="zh-Hans" data-route="1-2/">',
    );
    // Every English page shows the same texts as its Chinese twin.
    expect(paragraphTexts(page('en/1-2/').body)).toEqual(paragraphTexts(page('1-2/').body));
  });

  it('holds the first frame of an overview for the script that sends old links on', () => {
    expect(pageHtml(TEMPLATE, page(''), site)).toContain('<script type="module" blocking="render"');
    expect(pageHtml(TEMPLATE, page('en/'), site)).toContain('blocking="render"');
    expect(pageHtml(TEMPLATE, page('1-2/'), site)).not.toContain('blocking=');
  });

  it('carries its stylesheets inline, each allowed by its hash and nothing else', () => {
    const styles = [{ href: '/assets/start-x.css', css: '.a{color:red}' }];
    const html = pageHtml(TEMPLATE, page('1-2/'), { ...site, styles, noscript: '#boot{}' });
    expect(html).toContain('<style>.a{color:red}</style>');
    expect(html).toContain('<noscript><style>#boot{}</style></noscript>');
    expect(html).not.toContain('noscript.css');
    // Named by a link that is never fetched, so that the app's code does not load it again.
    expect(html).toContain('<link rel="stylesheet" href="/assets/start-x.css" disabled>');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/u
      .exec(html)![1]!
      .replaceAll('&#39;', "'");
    expect(csp).toContain(
      `script-src 'self' ${hashSource(pageScript('/', 0, 'zh'))}; style-src 'self' ${hashSource('.a{color:red}')} ${hashSource('#boot{}')}; img-src`,
    );
    // The English pages carry their own (no language to choose, only old links to send on).
    // Attribute values are escaped (the policy's quotes are &#39;).
    const english = pageHtml(TEMPLATE, page('en/1-2/'), { ...site, styles }).replaceAll(
      '&#39;',
      "'",
    );
    expect(english).toContain(`<script>${pageScript('/', 0, 'en')}</script>`);
    expect(english).toContain(
      `script-src 'self' ${hashSource(pageScript('/', 0, 'en'))}; style-src`,
    );
    // The hash is of the exact text: base64 of SHA-256, as a browser computes it.
    expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    const bad = [{ href: '/x.css', css: 'a{}</style><script>' }];
    expect(() => pageHtml(TEMPLATE, page('1-2/'), { ...site, styles: bad })).toThrow(/style/u);
    expect(() => pageHtml(TEMPLATE, page('1-2/'), { ...site, noscript: 'a{}</noscript>' })).toThrow(
      /style/u,
    );
  });

  it('sends an old link or a query with a page of its own there, before the page is parsed', () => {
    // The route as the page names it (its root element), and where the address goes.
    const go = (route: string | null, search: string, lang: 'zh' | 'en' = 'zh', base = '/') =>
      sent(pageScript(base, 6, lang), {
        base,
        languages: ['zh-CN'],
        pathname: `${base}${route ?? ''}`,
        search,
        route,
      });
    expect(go('', '?a=1&b=2')).toBe('/1-2/#a-p2');
    expect(go('', '?a=3&b=6&lang=en')).toBe('/en/3-6/#a-p2');
    expect(go('', '?a=3&view=unified&g=word')).toBe('/3/?view=unified&g=word#a-p2');
    expect(go('1-2/', '?lang=en')).toBe('/en/1-2/#a-p2');
    expect(go('en/', '?a=2&b=5', 'en', '/sub/')).toBe('/sub/en/2-5/#a-p2');
    // A report and the collation have pages of their own (issue 26), their settings kept.
    expect(go('3/', '?report=1&k=20')).toBe('/3/report/?k=20#a-p2');
    expect(go('', '?a=3&report=1&lang=en')).toBe('/en/3/report/#a-p2');
    expect(go('', '?collate=1&speeches=1,2,3')).toBe('/collate/?speeches=1,2,3#a-p2');
    expect(go('en/', '?collate=1', 'en')).toBe('/en/collate/#a-p2');
    // Its own page already, or no plain case (a kept collection's, a speech that does not exist,
    // a lone right-hand speech, a speech beside itself, a page not named): it stays.
    expect(go('1-2/', '?view=unified')).toBeNull();
    expect(go('3/report/', '?k=20')).toBeNull();
    expect(go('collate/', '?fold=1')).toBeNull();
    expect(go('', '?collate=1&collection=c0abc12')).toBeNull();
    expect(go('', '?a=9&b=2')).toBeNull();
    expect(go('', '?b=2')).toBeNull();
    expect(go('', '?a=2&b=2')).toBeNull();
    expect(go(null, '?a=1&b=2')).toBeNull();
    // Where the app's entry would send them (lib/state/early.ts, tested on its own), minified.
    for (const route of ['', '2/', '1-2/', 'en/', 'en/3-6/', '2/report/', 'collate/'])
      for (const search of [
        '',
        '?a=1',
        '?a=4&b=1&g=word',
        '?b=3',
        '?lang=en',
        '?lang=zh&a=2',
        '?report=1&k=9',
        '?collate=1',
      ])
        for (const lang of ['zh', 'en'] as const) {
          const early = earlyAddress(route, search, 6);
          expect(go(route, search, lang), `${route}${search}`).toBe(
            early === null ? null : `/${early}#a-p2`,
          );
        }
  });

  it('sends a reader whose browser asks for no Chinese to the English page', () => {
    /** Where the script of a Chinese page under `base` sends a browser (null: it stays). */
    const run = (base: string, languages: string[] | undefined, pathname: string, search = '') =>
      sent(pageScript(base, 6, 'zh'), { base, languages, pathname, search });
    expect(run('/', ['en-US', 'en'], '/1-2/')).toBe('/en/1-2/#a-p2');
    expect(run('/', ['en'], '/3/report/', '?k=20')).toBe('/en/3/report/?k=20#a-p2');
    expect(run('/', ['en'], '/collate/')).toBe('/en/collate/#a-p2');
    // A language named in the query however it is written (%6C is l) is the one the app reads.
    expect(run('/', ['en'], '/', '?a=1&b=2&%6Cang=en')).toBe('/en/1-2/#a-p2');
    expect(run('/', ['en'], '/1-2/', '?%6Cang=zh')).toBeNull();
    // An old link goes to its English page at once.
    expect(run('/', ['fr'], '/', '?a=1&b=2')).toBe('/en/1-2/#a-p2');
    expect(run('/sub/', ['de'], '/sub/3/')).toBe('/sub/en/3/#a-p2');
    // As the app decides (preferredLang): any Chinese in the list keeps Chinese; none at all is
    // English.
    expect(run('/', ['en-US', 'zh-TW'], '/1-2/')).toBeNull();
    expect(run('/', ['ZH'], '/1-2/')).toBeNull();
    expect(run('/', [], '/1-2/')).toBe('/en/1-2/#a-p2');
    expect(run('/', undefined, '/1-2/')).toBe('/en/1-2/#a-p2');
    // An address that names its language, or a path outside the base, stays.
    expect(run('/', ['en'], '/1-2/', '?lang=zh')).toBeNull();
    // One that names English goes to the English page, as it says (not as the browser does).
    expect(run('/', ['zh'], '/1-2/', '?view=unified&lang=en')).toBe('/en/1-2/?view=unified#a-p2');
    expect(run('/sub/', ['en'], '/other/')).toBeNull();
    // Only a Chinese page's own route: a host that answers any other path with the root's page
    // (en/9-9/, 1-2 without its slash) does not send the reader round in circles.
    expect(run('/', ['en'], '/en/9-9/')).toBeNull();
    expect(run('/', ['en'], '/en/')).toBeNull();
    expect(run('/', ['en'], '/1-2')).toBeNull();
    expect(run('/', ['en'], '/1-2/index.html')).toBe('/en/1-2/index.html#a-p2');
    // A base that would end the script element is escaped in it, and still works.
    expect(pageScript('/a</script>/', 6, 'zh')).not.toContain('</script');
    expect(run('/a</script>/', ['en'], '/a</script>/3/')).toBe('/a</script>/en/3/#a-p2');
    const html = pageHtml(TEMPLATE, page('1-2/'), site);
    expect(html).toContain(`<script>${pageScript('/', 0, 'zh')}</script>`);
    // Before anything else it governs, right after the policy.
    expect(html.indexOf('<script>')).toBeLessThan(html.indexOf('<title>'));
  });

  it('puts no style attribute in any page (CSP style-src self)', () => {
    for (const p of pages) expect(p.body).not.toMatch(/\sstyle=/u);
  });

  it('refuses a template that changed shape', () => {
    expect(() => pageHtml('<html></html>', page(''), site)).toThrow(/index\.html/u);
  });

  it('lists every page in the sitemap with absolute URLs', () => {
    const xml = sitemap(pages, 'https://example.org/sub/');
    expect(xml).toContain('<loc>https://example.org/sub/</loc>');
    expect(xml).toContain('<loc>https://example.org/sub/6-5/</loc>');
    expect(xml.match(/<loc>/gu)).toHaveLength(pages.length);
  });

  it('links under a base path', async () => {
    const [overview, pair] = await renderAll(corpus, plans, '/sub/', '', ['', '1-2/']);
    expect(pair!.body).toContain('href="/sub/en/1-2/"');
    const hrefs = [...overview!.body.matchAll(/href="([^"]*)"/gu)].map((m) => m[1]!);
    expect(hrefs).toContain('/sub/1-2/');
    expect(hrefs.every((h) => h.startsWith('/sub/') || h.startsWith('#'))).toBe(true);
  });
});
