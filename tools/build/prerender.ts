/**
 * Prerenders the collection after `vite build`: the overview, each speech alone and its 查重
 * report, every ordered pair and the collation, in the default settings, each as
 * dist/<route>/index.html made from the built index.html, so that a static host serves every
 * shared link as a page that reads before any script runs
 * (src/app/main.ts then hydrates it). Each page gets its own title, description and Open Graph
 * card, the site a robots.txt; with SITE_URL set (https://example.org) each page gets absolute
 * canonical, hreflang and og:url links and the site a sitemap.xml (without it those links are left
 * out: search engines reject relative ones). A page whose text is not exactly the corpus's is
 * refused, and the build fails.
 * Usage (npm run build does it): node tools/run.js tools/build/prerender.ts
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createServer } from 'vite';
import { validateCorpus } from '../../src/lib/corpus/validate.ts';
import { validatePlans } from '../../src/lib/diff/plan/plans.ts';
import { ALL_PAIRS_UP_TO } from '../../src/lib/index/most-similar.ts';
import { PRERENDER_CACHE } from '../paths.ts';
import { pageHtml } from './prerender-html.ts';
import { robots, sitemap } from './prerender-meta.ts';
import { pageScript } from './prerender-script.ts';
import { headersWithInline } from './security.ts';
import { dirSize } from './sizes.ts';

const started = performance.now();
/** The build to prerender: dist/, or the folder named on the command line. */
const dist = process.argv[3] ?? 'dist';
const base = process.env.BASE_PATH ?? '/';
// Links and the pages' first lines join the base and a route: it must be a path that ends in /.
if (!/^\/(.*\/)?$/u.test(base)) throw new Error(`BASE_PATH must start and end with /: ${base}`);
const site = (process.env.SITE_URL ?? '').replace(/\/+$/u, '');

/** One process's share of the pages (PRERENDER_PART, `i/n`: every n-th route from the i-th). */
const share = /^(\d+)\/(\d+)$/u.exec(process.env.PRERENDER_PART ?? '');
/**
 * Where a share's process finds the built index.html (the root's page replaces it) and writes
 * what it did (Result).
 */
const TEMPLATE = join(dist, '.vite/template.html');
const resultOf = (part: number) => join(dist, `.vite/prerendered-${part}.json`);
const template = readFileSync(share ? TEMPLATE : join(dist, 'index.html'), 'utf8');
const corpus = validateCorpus(JSON.parse(readFileSync(join(dist, 'corpus.json'), 'utf8')));
const valid = validatePlans(JSON.parse(readFileSync(join(dist, 'plans.json'), 'utf8')));
if (!valid || valid.sha256 !== corpus.sha256) throw new Error('dist/plans.json does not fit');
const plans = valid;

/** What one process prerendered: its routes, their bytes, the stylesheets its pages carry. */
interface Result {
  routes: string[];
  bytes: number;
  gzipped: number;
  inlined: string[];
}

/** Renders and writes the pages of the routes `mine` keeps. */
async function prerender(mine: (route: number) => boolean): Promise<Result> {
  /** The stylesheets of the views that load lazily: their pages show them before the script. */
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    { css?: string[] }
  >;
  const cssOf = (module: string) =>
    (manifest[module]?.css ?? []).map((f) => ({
      href: base + f,
      css: readFileSync(join(dist, f), 'utf8'),
    }));
  /**
   * The app's own stylesheet, which its code would load after the first paint: each page carries
   * it inline (a disabled link names the file, so the code does not load it again:
   * prerender-html.ts), and the first paint waits for no request.
   */
  const appCss = cssOf('src/app/start.ts');
  const noscript = readFileSync(join(dist, 'noscript.css'), 'utf8');
  /**
   * The stylesheets of the lazily loaded parts a page shows: the overview, a pair's passages, a
   * speech, a report, the collation.
   */
  const overviewCss = cssOf('src/views/overview/OverviewView.svelte');
  const passagesCss = cssOf('src/views/compare/PairPassages.svelte');
  const speechCss = cssOf('src/views/speech/SpeechView.svelte');
  const reportCss = cssOf('src/views/report/ReportView.svelte');
  const collationCss = cssOf('src/views/collation/CollationView.svelte');

  // Vite compiles the components for the server, with the project's config (the Svelte plugin),
  // as the client's build compiles them: for production, without the checks of development that
  // slowed each page by a fifth (and the same HTML).
  process.env.NODE_ENV = 'production';
  const server = await createServer({
    mode: 'production',
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    logLevel: 'error',
    // A cache of its own: in the dev server's (node_modules/.vite), its dependency scan would
    // make a running `npm start` answer 504 "Outdated Optimize Dep" for the lazy views (issue 23).
    // Each share's process its own too: two optimizing into one folder at once may clash.
    cacheDir: PRERENDER_CACHE + (share ? `-${share[1]}` : ''),
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  let pages: Awaited<ReturnType<typeof import('./prerender-render.ts').renderAll>>;
  try {
    const { renderAll, routes } = (await server.ssrLoadModule(
      '/tools/build/prerender-render.ts',
    )) as typeof import('./prerender-render.ts');
    const which = routes(corpus.speeches.length, plans).filter((_, i) => mine(i));
    pages = await renderAll(corpus, plans, base, site ? new URL(site).origin : '', which);
  } finally {
    await server.close();
  }

  /** Every stylesheet some page carries inline: the site's header policy allows each. */
  const inlined = new Set([noscript]);
  let bytes = 0;
  let gzipped = 0;
  for (const page of pages) {
    const view = {
      overview: overviewCss,
      pair: passagesCss,
      speech: speechCss,
      report: reportCss,
      collate: collationCss,
    }[page.view];
    const styles = [...appCss, ...view];
    const html = pageHtml(template, page, {
      base,
      site,
      styles,
      noscript,
      speeches: corpus.speeches.length,
    });
    for (const { css } of styles) inlined.add(css);
    const dir = join(dist, page.route);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), html);
    bytes += Buffer.byteLength(html);
    // At the level a host serves pages at: the highest took a tenth of the prerender's time.
    gzipped += gzipSync(html, { level: 6 }).length;
  }
  return { routes: pages.map((p) => p.route), bytes, gzipped, inlined: [...inlined] };
}

/** Runs this file again for share `part` of `parts`, in a process of its own. */
function prerenderApart(part: number, parts: number): Promise<Result> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, process.argv.slice(1), {
      stdio: 'inherit',
      env: { ...process.env, PRERENDER_PART: `${part}/${parts}` },
    });
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      if (code === 0) done(JSON.parse(readFileSync(resultOf(part), 'utf8')) as Result);
      else
        fail(
          new Error(`prerendering share ${part + 1} of ${parts} failed (exit ${code ?? signal})`),
        );
    });
  });
}

if (share) {
  const [part, parts] = [Number(share[1]), Number(share[2])];
  const result = await prerender((i) => i % parts === part);
  writeFileSync(resultOf(part), JSON.stringify(result));
  process.exit(0);
}

/**
 * A large collection's pages (a thousand texts: three thousand pages, 40 ms each) are shared
 * among the machine's cores, two processes at most; a small one's are rendered here, as ever.
 */
const parts =
  corpus.speeches.length > ALL_PAIRS_UP_TO ? Math.min(2, Math.max(1, availableParallelism())) : 1;
let results: Result[];
if (parts === 1) results = [await prerender(() => true)];
else {
  copyFileSync(join(dist, 'index.html'), TEMPLATE);
  results = await Promise.all(Array.from({ length: parts }, (_, i) => prerenderApart(i, parts)));
}
rmSync(join(dist, '.vite'), { recursive: true });
// In the order of routes(), as one process renders them: share i has every route i, i + n, ….
const total = results.reduce((n, r) => n + r.routes.length, 0);
const pages = Array.from({ length: total }, (_, i) => ({
  route: results[i % parts]!.routes[Math.floor(i / parts)]!,
}));
const bytes = results.reduce((n, r) => n + r.bytes, 0);
const gzipped = results.reduce((n, r) => n + r.gzipped, 0);
const inlined = new Set(results.flatMap((r) => r.inlined));

if (site) writeFileSync(join(dist, 'sitemap.xml'), sitemap(pages, site + base));
writeFileSync(join(dist, 'robots.txt'), robots(site ? site + base : ''));
// A host that reads _headers enforces its policy too, beside the page's own.
const headers = join(dist, '_headers');
const count = corpus.speeches.length;
const inline = {
  styles: [...inlined],
  scripts: [pageScript(base, count, 'zh'), pageScript(base, count, 'en')],
};
writeFileSync(headers, headersWithInline(readFileSync(headers, 'utf8'), inline));

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
console.log(
  `prerendered ${pages.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
    `${kib(bytes)} (${kib(gzipped)} gzipped, ${kib(gzipped / pages.length)} a page); dist/ is ${kib(dirSize(dist))}`,
);
console.log(
  site
    ? `sitemap.xml and absolute links for ${site}${base}`
    : 'no SITE_URL: no sitemap.xml, and no canonical, hreflang or og:url links (they must be absolute)',
);
