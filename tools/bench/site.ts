// `npm run site` at scale (BENCH_ONLY=site npm run bench): builds the site of seeded synthetic
// collections (tests/fixtures/synthetic.ts) of 100 and 1,000 texts, or of the counts in
// BENCH_SITE (BENCH_SITE=100,1000), and prints the build's time and the site's size: files,
// bytes, gzipped. Issue 25's figure: 1,000 texts in under 2 minutes on 2 cores. Figures, not a test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Corpus } from '../../src/lib/corpus/types.ts';
import { syntheticCorpus } from '../../tests/fixtures/synthetic.ts';

const root = new URL('../../', import.meta.url).pathname;
const TIME = '/usr/bin/time';
const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Builds one site of `count` synthetic texts; prints its time and size. */
function siteOf(corpus: Corpus, count: number): void {
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-bench-site-'));
  try {
    const texts = syntheticCorpus(corpus.speeches, count, 1);
    const records = texts.map((t) =>
      JSON.stringify({
        id: `t${t.number}`,
        title: `第${t.number}篇`,
        text: t.paragraphs.join('\n'),
      }),
    );
    const input = join(dir, `${count}.jsonl`);
    writeFileSync(input, `${records.join('\n')}\n`);
    const out = join(dir, 'out');
    const started = performance.now();
    // GNU time gives the CPU time too: on a machine shared with other work the wall time says
    // more about the others than about the build.
    const build = [process.execPath, 'tools/run.js', 'tools/build/site.ts', input, '--out', out];
    const timed = existsSync(TIME) ? [TIME, '-f', 'cpu %U %S', ...build] : build;
    const run = spawnSync(timed[0]!, timed.slice(1), {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    const seconds = (performance.now() - started) / 1000;
    const [user = NaN, system = NaN] = (/cpu (\S+) (\S+)/u.exec(run.stderr) ?? [])
      .slice(1)
      .map(Number);
    if (run.status !== 0) {
      console.log(
        `${count} texts: the build failed (exit ${run.status ?? run.signal})\n${run.stderr}`,
      );
      return;
    }
    const summary = run.stdout.split('\n').find((l) => l.includes('] done:')) ?? '';
    const pages = /(\d+) pages;/u.exec(summary)?.[1] ?? '?';
    const prerendered = /(\d+) prerendered/u.exec(summary)?.[1] ?? '?';
    const files = filesUnder(out);
    let [bytes, gzipped] = [0, 0];
    for (const file of files) {
      const data = readFileSync(file);
      bytes += data.length;
      gzipped += gzipSync(data, { level: 6 }).length;
    }
    const per1000 = 1000 / count;
    console.log(
      `${String(count).padStart(5)} texts  ${seconds.toFixed(1).padStart(6)} s ` +
        `(CPU ${(user + system).toFixed(1)} s)  ` +
        `${prerendered} pairs prerendered, ${pages} pages, ${files.length} files  ` +
        `${mib(bytes)} (${mib(gzipped)} gzipped)  per 1,000 texts ${mib(bytes * per1000)} ` +
        `(${mib(gzipped * per1000)} gzipped)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function benchSite(corpus: Corpus): void {
  const counts = (process.env.BENCH_SITE ?? '100,1000').split(',').map(Number);
  console.log('\nnpm run site on synthetic collections (tests/fixtures/synthetic.ts, seed 1)');
  for (const count of counts) siteOf(corpus, count);
}
