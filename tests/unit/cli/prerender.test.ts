import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../../src/lib/corpus/types.ts';
import { validatePlans, type Plans } from '../../../src/lib/diff/plan.ts';
import { paragraphTexts } from '../../../src/cli/prerender-check.ts';
import { languageScript, pageHtml, sitemap, type Page } from '../../../src/cli/prerender-html.ts';
import { hashSource } from '../../../src/cli/security.ts';
import { renderAll, routes } from '../../../src/cli/prerender-render.ts';

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

let pages: Page[] = [];
// Rendering 74 pages takes a few seconds, more on a busy machine.
beforeAll(async () => {
  pages = await renderAll(corpus, plans, '/');
}, 60_000);
const page = (route: string) => pages.find((p) => p.route === route)!;

describe('the prerender', () => {
  it('renders the overview, each speech and every ordered pair of different speeches', () => {
    const chinese = ['', '1/', '2/', '3/', '1-2/', '1-3/', '2-1/', '2-3/', '3-1/', '3-2/'];
    // And each of them in English, under en/.
    expect(routes(3)).toEqual([...chinese, ...chinese.map((r) => `en/${r}`)]);
    expect(pages.map((p) => p.route)).toEqual(routes(corpus.speeches.length));
    expect(pages).toHaveLength(2 * (1 + 6 + 30));
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

  it('renders the en/ pages in English, the rest in Chinese', () => {
    const english = pageHtml(TEMPLATE, page('en/1-2/'), site);
    expect(english).toContain('<html lang="en">');
    expect(page('en/1-2/').lang).toBe('en');
    expect(page('en/1-2/').body).toContain('>中文</a>');
    expect(page('1-2/').body).toContain('>English</a>');
    expect(pageHtml(TEMPLATE, page('1-2/'), site)).toContain('<html lang="zh-Hans">');
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
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/u.exec(html)![1]!;
    expect(csp).toContain(
      `script-src 'self' ${hashSource(languageScript('/'))}; style-src 'self' ${hashSource('.a{color:red}')} ${hashSource('#boot{}')}; img-src`,
    );
    // The English pages carry no script: nothing to allow.
    const english = pageHtml(TEMPLATE, page('en/1-2/'), { ...site, styles });
    expect(english).not.toContain('<script>');
    expect(english).toContain("script-src 'self'; style-src");
    // The hash is of the exact text: base64 of SHA-256, as a browser computes it.
    expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    const bad = [{ href: '/x.css', css: 'a{}</style><script>' }];
    expect(() => pageHtml(TEMPLATE, page('1-2/'), { ...site, styles: bad })).toThrow(/style/u);
    expect(() => pageHtml(TEMPLATE, page('1-2/'), { ...site, noscript: 'a{}</noscript>' })).toThrow(
      /style/u,
    );
  });

  it('sends a reader whose browser asks for no Chinese to the English page', () => {
    /** Where the script of a page under `base` sends a browser (null: it stays). */
    const run = (base: string, languages: string[] | undefined, pathname: string, search = '') => {
      let to: string | null = null;
      const location = { pathname, search, hash: '#a-p2', replace: (url: string) => (to = url) };
      runInNewContext(languageScript(base), { navigator: { languages }, location });
      return to;
    };
    expect(run('/', ['en-US', 'en'], '/1-2/')).toBe('/en/1-2/#a-p2');
    expect(run('/', ['fr'], '/', '?a=1&b=2')).toBe('/en/?a=1&b=2#a-p2');
    expect(run('/sub/', ['de'], '/sub/3/')).toBe('/sub/en/3/#a-p2');
    // As the app decides (preferredLang): any Chinese in the list keeps Chinese; none at all is
    // English.
    expect(run('/', ['en-US', 'zh-TW'], '/1-2/')).toBeNull();
    expect(run('/', ['ZH'], '/1-2/')).toBeNull();
    expect(run('/', [], '/1-2/')).toBe('/en/1-2/#a-p2');
    expect(run('/', undefined, '/1-2/')).toBe('/en/1-2/#a-p2');
    // An address that names its language, or a path outside the base, stays.
    expect(run('/', ['en'], '/1-2/', '?lang=zh')).toBeNull();
    expect(run('/', ['en'], '/1-2/', '?view=unified&lang=en')).toBeNull();
    expect(run('/sub/', ['en'], '/other/')).toBeNull();
    // Only a Chinese page's own route: a host that answers any other path with the root's page
    // (en/9-9/, 1-2 without its slash) does not send the reader round in circles.
    expect(run('/', ['en'], '/en/9-9/')).toBeNull();
    expect(run('/', ['en'], '/en/')).toBeNull();
    expect(run('/', ['en'], '/1-2')).toBeNull();
    expect(run('/', ['en'], '/1-2/index.html')).toBe('/en/1-2/index.html#a-p2');
    // A base that would end the script element is escaped in it, and still works.
    expect(languageScript('/a</script>/')).not.toContain('</script');
    expect(run('/a</script>/', ['en'], '/a</script>/3/')).toBe('/a</script>/en/3/#a-p2');
    const html = pageHtml(TEMPLATE, page('1-2/'), site);
    expect(html).toContain(`<script>${languageScript('/')}</script>`);
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
