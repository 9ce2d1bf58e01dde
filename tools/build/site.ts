/**
 * `npm run site -- [<folder | records.jsonl | collection.txt>] [--out DIR] [--title …]
 * [--site-url …] [--export-passim FILE] [--import-passim DIR]`: the prerendered static site of
 * any collection, as `npm run build` makes the bundled one's (the default input). Reads the input
 * (site-input.ts: each file left out is named with its reason), works out the plans of every pair
 * (as `npm run corpus` does; of a large collection, only its most similar pairs': most-similar.ts), runs `vite build` into the output, puts the collection's
 * corpus.json and plans.json there in place of the bundled ones, and prerenders every page
 * (prerender.ts). Prints progress and a summary: texts, pairs, pages, size.
 * --export-passim FILE writes passim's input for the collection and stops (README, "Past one
 * machine"); --import-passim DIR reads passim's output for it, names every record that does not
 * fit, compares passim's pairs with the index's and writes them to passim.json in the site.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { K_DEFAULT } from '../../src/lib/check/k.ts';
import { compareTexts } from '../../src/lib/diff/compare.ts';
import { buildPlans } from '../../src/lib/diff/plan/format.ts';
import { buildIndex, type CollectionIndex } from '../../src/lib/index/index.ts';
import {
  ALL_PAIRS_UP_TO,
  PER_TEXT,
  SHARE_FLOOR,
  mostSimilarPairs,
} from '../../src/lib/index/most-similar.ts';
import { passimInput } from '../../src/lib/passim/export.ts';
import { importPassim, type PassimFile, type PassimImport } from '../../src/lib/passim/import.ts';
import type { Corpus } from '../../src/lib/corpus/types.ts';
import { CORPUS_SOURCE } from '../paths.ts';
import { corpusJson, writeAtomically } from './build-corpus.ts';
import { readSiteInput, type SiteInput } from './site-input.ts';
import { dirSize } from './sizes.ts';

const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const say = (line: string) => console.log(`[site ${seconds()}] ${line}`);
const root = new URL('../../', import.meta.url).pathname;

const { values, positionals } = parseArgs({
  args: process.argv.slice(3),
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'dist' },
    title: { type: 'string' },
    'site-url': { type: 'string' },
    'export-passim': { type: 'string' },
    'import-passim': { type: 'string' },
  },
});
if (positionals.length > 1)
  throw new Error(`one input, not ${positionals.length}: ${positionals.join(' ')}`);
const inputPath = positionals[0] ?? CORPUS_SOURCE;
const out = resolve(values.out);
/** The pairs of texts (1-based, a < b) that share a run of K_DEFAULT or more, by the index. */
const sharedPairs = (index: CollectionIndex): [number, number][] =>
  Array.from(index.pairs.a, (a, p) => [a + 1, index.pairs.b[p]! + 1]);

/** The rule of the pairs prerendered, for the summary (most-similar.ts). */
const RULE =
  `every pair up to ${ALL_PAIRS_UP_TO} texts, beyond that each text's ${PER_TEXT} most similar ` +
  `and every pair with ${SHARE_FLOOR * 100} % or more of both texts in runs of ${K_DEFAULT}+ ` +
  "they share, the other pairs and a large collection's texts drawn in the browser";

/** passim's output for this collection: its problems named, its pairs set beside the index's. */
function readPassim(dir: string, input: SiteInput, shared: [number, number][]): PassimImport {
  const files: PassimFile[] = [];
  for (const [sub, kind] of [
    ['out.json', 'clusters'],
    ['align.json', 'alignments'],
  ] as const) {
    const folder = join(dir, sub);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder)
      .filter((f) => f.startsWith('part-'))
      .sort())
      files.push({ name: join(sub, name), kind, text: readFileSync(join(folder, name), 'utf8') });
  }
  if (!files.some((f) => f.kind === 'clusters'))
    throw new Error(`${dir}: no out.json/part-* files`);
  const read = importPassim(input.texts, files);
  for (const p of read.problems) say(`passim: left out ${p.file}:${p.line}: ${p.reason}`);
  const key = (p: [number, number]) => `${p[0]}-${p[1]}`;
  const ours = new Set(shared.map(key));
  const theirs = new Set(read.pairs.map(key));
  const onlyPassim = read.pairs.filter((p) => !ours.has(key(p))).map(key);
  const onlyIndex = shared.filter((p) => !theirs.has(key(p))).map(key);
  say(
    `passim: ${read.passages.length} passages in ${read.clusters} clusters, ${read.pairs.length} pairs ` +
      `(from its ${read.pairsFrom}); ${read.problems.length} records left out; ` +
      `pairs only passim links: ${onlyPassim.join(' ') || 'none'}; only the index (K = ${K_DEFAULT}): ${onlyIndex.join(' ') || 'none'}`,
  );
  return read;
}

function run(what: string, command: string, args: string[], env: Record<string, string> = {}) {
  say(`${what}…`);
  // Vite's module runner (tools/run.js) set NODE_ENV=development in this process: the build and
  // the prerender get the environment `npm run build` gives them, where it is unset.
  const { NODE_ENV: _runner, ...outer } = process.env;
  const done = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...outer, ...env } });
  if (done.status !== 0) throw new Error(`${what} failed (exit ${done.status ?? done.signal})`);
}

const pagesUnder = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) =>
      n + (e.isDirectory() ? pagesUnder(join(dir, e.name)) : e.name === 'index.html' ? 1 : 0),
    0,
  );

try {
  // vite empties the output folder: never the project or a folder around it, nor a folder of
  // something else (a build has its index.html).
  if (
    root.startsWith(`${out}/`) ||
    (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, 'index.html')))
  )
    throw new Error(
      `--out ${values.out}: not empty and not a site built before; choose another folder`,
    );
  say(`reading ${inputPath}`);
  const input = readSiteInput(inputPath, values.title);
  for (const { file, reason } of input.leftOut) say(`left out ${file}: ${reason}`);
  const count = input.texts.length;
  if (count === 0) throw new Error(`${inputPath}: no text to build a site of`);
  say(`${count} texts, ${input.corpus.speeches.reduce((n, s) => n + s.chars, 0)} characters`);

  if (values['export-passim'] !== undefined) {
    writeAtomically(resolve(values['export-passim']), passimInput(input.texts));
    say(`wrote passim's input, ${count} records: ${values['export-passim']}`);
  } else {
    say('indexing');
    const index = buildIndex(input.corpus.speeches, { minRun: K_DEFAULT })!;
    const shared = sharedPairs(index);
    const chosen = mostSimilarPairs(count, index);
    const prerendered = new Set(chosen.map(([a, b]) => `${a + 1}-${b + 1}`));
    const total = chosen.length * 2;
    say(`${chosen.length} pairs to prerender (${RULE})`);
    let compared = 0;
    const plans = buildPlans(
      input.corpus.sha256,
      input.corpus.speeches,
      (a, b) => {
        const comparison = compareTexts(a, b);
        if (++compared % Math.max(1, Math.round(total / 10)) === 0)
          say(`compared ${compared} of ${total} ordered pairs`);
        return comparison;
      },
      (x, y) => prerendered.has(`${Math.min(x, y)}-${Math.max(x, y)}`),
    );
    const passim =
      values['import-passim'] === undefined
        ? null
        : readPassim(values['import-passim'], input, shared);
    // passim's findings go with the texts, for the overview to show (corpus/types.ts).
    const corpus: Corpus =
      passim === null
        ? input.corpus
        : {
            ...input.corpus,
            passim: {
              clusters: passim.clusters,
              pairs: passim.pairs,
              passages: passim.passages,
              leftOut: passim.problems.length,
            },
          };
    const staging = mkdtempSync(join(tmpdir(), 'duizhao-site-'));
    writeFileSync(join(staging, 'corpus.json'), corpusJson(corpus));
    writeFileSync(join(staging, 'plans.json'), `${JSON.stringify(plans)}\n`);

    run('vite build', process.execPath, [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      out,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ]);
    // In place of the bundled collection that vite copied from static/.
    for (const file of ['corpus.json', 'plans.json'])
      writeFileSync(join(out, file), readFileSync(join(staging, file)));
    rmSync(staging, { recursive: true });
    // The whole import, with each record left out and why, for the collection's owner.
    if (passim !== null)
      writeFileSync(
        join(out, 'passim.json'),
        `${JSON.stringify({ sha256: input.corpus.sha256, ...passim })}\n`,
      );
    const site: Record<string, string> =
      values['site-url'] === undefined ? {} : { SITE_URL: values['site-url'] };
    run(
      'prerender',
      process.execPath,
      [join(root, 'tools/run.js'), 'tools/build/prerender.ts', out],
      site,
    );

    // A large collection's texts and other pairs have no page: a static host answers their
    // addresses with 404.html (GitHub Pages, Netlify, Cloudflare Pages), here the root's page,
    // whose app then draws what the address names (as vite preview's fallback to index.html).
    if (count > ALL_PAIRS_UP_TO)
      writeFileSync(join(out, '404.html'), readFileSync(join(out, 'index.html')));
    say(
      `done: ${count} texts; ${plural((count * (count - 1)) / 2, 'pair')}, ${shared.length} sharing a run of ` +
        `${K_DEFAULT}+ characters, ${chosen.length} prerendered (${RULE}); ${pagesUnder(out)} pages; ` +
        `${(dirSize(out) / 1024).toFixed(1)} KiB in ${out}`,
    );
  }
} catch (error) {
  console.error(`npm run site: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}

/** `1 pair`, `6 pairs`: the summary's counts. */
function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
