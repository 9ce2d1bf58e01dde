// The build's weight: its time and size, and the bytes a cold load and a first paint need.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BASE, DIST, kib } from './setup.ts';

/** Gzipped bytes of a file of the build, as a static host sends it. */
const gzipped = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;

/** What a cold load downloads, each file gzipped (-9) as a static host sends it. */
export function transferSizes(path: string, files: readonly string[]) {
  console.log(
    `\nBytes downloaded for a cold load of ${path} (the requests Chromium made, gzip -9)`,
  );
  let total = 0;
  for (const file of files) {
    if (!existsSync(join(DIST, file))) continue;
    const raw = readFileSync(join(DIST, file));
    const gz = gzipped(file);
    total += gz;
    console.log(`${file.padEnd(36)} ${String(raw.length).padStart(7)} B raw  ${gz} B gzip`);
  }
  // Not a budget: `npm run budget` gates the JavaScript of the first paint and of the app's start.
  console.log(`${'total'.padEnd(36)} ${kib(total)} gzip (data and lazy parts included)`);
}

/**
 * What the first paint of a page waits for: its HTML and the stylesheets its head links (module
 * scripts and preloaded data do not block it; a disabled link, which only names a stylesheet the
 * page carries inline, is never fetched).
 */
export function beforeFirstPaint(page: string) {
  const html = readFileSync(join(DIST, page), 'utf8');
  const css = [...html.matchAll(/<link rel="stylesheet"[^>]*\shref="([^"]+)"[^>]*>/gu)]
    .filter((m) => !/\sdisabled\b/u.test(m[0]))
    .map((m) => m[1]!.slice(BASE.length))
    .filter((f) => existsSync(join(DIST, f)));
  const total = [page, ...css].reduce((sum, f) => sum + gzipped(f), 0);
  console.log(
    `bytes before the first paint of ${page}: ${kib(total)} gzipped (HTML and ${css.length} stylesheet(s); goal ≤ 30 KiB)`,
  );
}

/** The build with every page prerendered: how long it takes, and what it weighs. */
export function buildFigures() {
  const started = performance.now();
  // Vite's module runner (tools/run.js) sets NODE_ENV=development, which a child build would
  // inherit: Svelte's development bundle, larger and slower, measured as if it were the app.
  execSync('npm run build', { stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
  const seconds = (performance.now() - started) / 1000;
  const files = (dir: string): string[] =>
    readdirSync(join(DIST, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
    );
  const all = files('');
  const pages = all.filter((f) => f.endsWith('index.html'));
  const raw = all.reduce((sum, f) => sum + statSync(join(DIST, f)).size, 0);
  const pagesGz = pages.reduce((sum, f) => sum + gzipped(f), 0);
  console.log(
    `\nnpm run build: ${seconds.toFixed(1)} s; dist/ ${kib(raw)} in ${all.length} files; ` +
      `${pages.length} pages, ${kib(pagesGz)} gzipped (${kib(pagesGz / pages.length)} a page)`,
  );
}
