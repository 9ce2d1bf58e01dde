/**
 * The size budgets of a page's JavaScript, gzipped as a server would send it.
 * - The first paint: what the page's HTML loads as scripts (its module script and the chunks it
 *   preloads). A prerendered page paints from its HTML and CSS, and this tiny entry only waits for
 *   that frame before it fetches the app (src/app/main.ts).
 * - The app's start: the chunk the entry then imports (src/app/start.ts) and what it needs, which
 *   hydrates the page or draws a view; a comparison's default view comes from plans.json, so no
 *   diff code is on this path.
 * Raising a budget is a decision: change it here, in a commit that says why.
 * Usage (after npm run build): node tools/run.js tools/build/budget.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Gzipped bytes. The entry measured 1.1 KiB when it was split off the app (38.0 KiB before).
 * 2.1 KiB since 2,056 bytes were measured (2026-12-08) with a kept collection's or own texts'
 * address on a bundled page's path drawn afresh, never hydrated as the bundled page (branch
 * `startfix`: main.ts reads `collection` and `own` in the query, +8 bytes).
 */
const FIRST_PAINT = 2.1 * 1024;
/**
 * Gzipped bytes. 48.6 KiB measured after the rebase on main's 查重, collation, own-text and reading
 * pages (main's one first-paint chunk: 46.4 KiB, budget 47): the app's start is split into chunks
 * shared with those lazy pages, and carries hydration. For the lead to confirm; merging the shared
 * chunks back would win part of it.
 * 50 KiB since 49.2 was measured with the plans decoded once and ahead in idle time (branch
 * `paint`, +0.3 KiB: a switch of pairs no longer proves the pair's LCS while the reader waits;
 * in a chunk of its own it cost more, 49.5, as the diff statistics then split off too).
 * 51 KiB since 50.2 was measured with long comparisons drawn in batches (branch `own-fast`, issue
 * 11, +1.0 KiB: ComparisonBody, render/batches.ts, the strip's merged ticks, next/previous by
 * binary search), part of the comparison view that hydrates. For the lead to confirm; the first
 * paint's budget is unchanged.
 * 50 KiB again since 49.5 was measured with the export's code loaded when first asked for
 * (ExportMenu.svelte, -1.3 KiB) and a comparison's text drawn by script (views/compare/text/spans.ts).
 */
/*
 * 51 KiB since 50.7 was measured after the merges of issues 21-23 (+1.1 KiB over 49.6): the
 * address's new notices (a collation's conflicting parameters, empty values), the report's
 * identical-text switch in the state, drafts kept for own texts in the platform, and a failed
 * part of the page named (views/shell/PartFailure.svelte). Each is on the path of a first view.
 */
/*
 * 52 KiB since 51.9 was measured with the faults of issue 22 (a loading sign, the page's text kept
 * when corpus.json fails: views/shell/LoadFailure.svelte, start.ts) and collections (issue 24: the
 * address's `collection`, its notices, the platform's lazy store). The way back under 50 is issue
 * 21 item 7: each view's strings loaded with its view (the string tables are 24 KiB of the start).
 */
/*
 * 54 KiB since 53.2 was measured with the reader's place across options (`#cN`, render/nav.ts in
 * the comparison's path), plurals in the one string filler (translate.ts, Intl.PluralRules) and
 * the phone branch's slices of idle work. 49.6 at the start of that session: +3.6 KiB in all, the
 * price of issues 22-24 on the path of a first view. Issue 21 item 7 is the way back.
 */
/*
 * 54.5 KiB since 54.3 was measured with every view on a kept collection (issue 24 item 4, +1.1
 * KiB over 53.2): the state knows which collection it shows (the kept one, its texts checked
 * against the address, its notices, the pair compared in a worker); what only a kept collection
 * needs loads with the first (lib/state/kept.ts). Issue 21 item 7 is still the way back.
 */
/*
 * 55 KiB since 54.9 was measured after this session's merges: the view-only strings moved out
 * (-2.4 KiB, issue 21 item 7), then back on the path of a first view: a large collection's search
 * picker (views/shell/PickerSearch.svelte, lib/corpus/pick.ts, issue 25), the report's and the
 * collation's own addresses and their hydration (issue 26), the one-column view merged per batch
 * (issue 26). The way back: the search picker loaded only by a collection of more than 30 texts.
 */
/*
 * 55.5 KiB since 55.4 was measured with the comparison hydrating without its text body (issue 26,
 * branch `compisland`, +0.4 KiB over 55.0: views/compare/text/diff.ts and the served body's
 * layout and current change in ComparisonBody.svelte; its fold and row-count code, served.ts, loads
 * beside the page's part). For the lead to confirm. The way back as above, or the comparison's
 * drawn body (SplitDiff, UnifiedDiff, their spans) loaded after hydration, which a prerendered
 * page needs only at its first switch or option.
 */
/*
 * 55.7 KiB since 55.6 was measured after the merges of 2026-12-08 (the lead confirmed the 55.5
 * above): the comparison's batched drawing as a rune class of its own (views/compare/text/
 * drawing.svelte.ts, issue 21's split of ComparisonBody) and the own texts' answer drawn a task
 * after it is read (issue 26). The way back, larger than any of these: the shell's English
 * strings (about half of lib/i18n/messages.ts) loaded only by an English page, and the drawn
 * body after hydration, as above.
 */
/*
 * 53.8 KiB since 53.6 was measured (54,859 bytes, 56,986 before; 2026-12-08) with the shell's
 * English strings loaded only by an English page (issue 21 item 7, branch `house3`:
 * lib/i18n/shell/en/, 3.1 KiB gzipped on its own, fetched beside the data by an English page and
 * by a page switching to English, which speaks Chinese until they are here). The way back further:
 * the drawn body after hydration, as above, or the views' tables in one language each.
 */
/*
 * 54.0 KiB since 53.8 was measured (55,102 bytes; 2026-12-08) with the served comparison's state
 * a class of its own and its first redraw in batches (issues 21 and 26, branch `switch3`,
 * views/compare/text/served-body.svelte.ts and render/batches.ts firstRows/drawSteps: +243 bytes).
 */
/*
 * 54.1 KiB since 54.0 was measured (55,303 bytes; 2026-12-08) after the day's last merges: the
 * start's check of a collection's address (`startfix`) and the large collection's picker as a
 * combobox whose typed-query reader loads when a box is first used (`colopen`, -74 bytes on its
 * own). The way back: the drawn comparison body after hydration, the views' tables in one
 * language each.
 */
/*
 * 54.2 KiB since 55,456 bytes were measured with a pair switch's address written after its frame
 * and the change navigation measured after it (issue 26, branch `switch4`, +153 bytes).
 */
const START = 54.2 * 1024;

const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const base = process.env.BASE_PATH ?? '/';
const entry = [
  ...html.matchAll(/<script type="module"[^>]*\ssrc="([^"]+)"/gu),
  ...html.matchAll(/<link rel="modulepreload"[^>]*\shref="([^"]+)"/gu),
].map((m) => m[1]!.slice(base.length));
// The entry names the chunks of its dynamic import in Vite's dependency map, start's first.
const code = entry.map((path) => readFileSync(join(dist, path), 'utf8')).join('\n');
const deps = /m\.f=\[([^\]]*)\]/u.exec(code)?.[1] ?? '';
const start = [...deps.matchAll(/"([^"]+\.js)"/gu)].map((m) => m[1]!);

function report(name: string, paths: string[], budget: number): boolean {
  let total = 0;
  for (const path of paths) {
    const size = gzipSync(readFileSync(join(dist, path)), { level: 9 }).length;
    total += size;
    console.log(`${(size / 1024).toFixed(1).padStart(6)} KiB  ${path}`);
  }
  const within = paths.length > 0 && total <= budget;
  console.log(
    `${(total / 1024).toFixed(1).padStart(6)} KiB  ${name}, gzipped: ${within ? 'within' : 'OVER'} the budget of ${(budget / 1024).toFixed(1)} KiB (${total.toLocaleString('en')} of ${Math.floor(budget).toLocaleString('en')} bytes)\n`,
  );
  return within;
}

const ok = [
  report('first-paint JavaScript', entry, FIRST_PAINT),
  report("the app's start", start, START),
];
if (!ok.every(Boolean)) process.exitCode = 1;
