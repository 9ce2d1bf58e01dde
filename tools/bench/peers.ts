/**
 * The peers of the bench (issue 13): CodeMirror's merge view and diff2html (with jsdiff) showing
 * pair 1-2, built at bench time from tools/bench/peers/ into a temporary folder, never into the
 * shipped dist/. The bench copies them beside the build it serves for the run, so that every page
 * pays for the same server and network, then deletes them.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { Corpus } from '../../src/lib/corpus/types.ts';

/** A peer's page: where the bench finds it, and what in it is its first highlighted change. */
export interface Peer {
  name: string;
  path: string;
  selector: string;
}

const PEERS = [
  // A changed word inside a changed chunk, marked in both editors.
  { name: 'CodeMirror merge view', entry: 'cm', selector: '.cm-changedText' },
  // A removed line of the side-by-side table: its tint is the first highlight it paints.
  { name: 'diff2html + jsdiff', entry: 'd2h', selector: '.d2h-del' },
] as const;

/** The folder, under the served build, that holds the peers during a run. */
const FOLDER = 'bench-peers';

/**
 * Builds the peers (minified, as a site would ship them) and puts them under `dist`; returns
 * their pages and a function that removes them again.
 */
export async function buildPeers(
  corpus: Corpus,
  dist: string,
  base: string,
): Promise<{ peers: Peer[]; remove: () => void }> {
  const text = (n: number) => corpus.speeches[n - 1]!.paragraphs.join('\n');
  const out = mkdtempSync(join(tmpdir(), 'duizhao-peers-'));
  try {
    await build({
      configFile: false,
      logLevel: 'error',
      root: join(import.meta.dirname, 'peers'),
      base: `${base}${FOLDER}/`,
      define: { PEER_A: JSON.stringify(text(1)), PEER_B: JSON.stringify(text(2)) },
      build: {
        outDir: out,
        emptyOutDir: true,
        target: 'es2022',
        modulePreload: { polyfill: false },
        rollupOptions: {
          input: Object.fromEntries(
            PEERS.map((p) => [p.entry, join(import.meta.dirname, `peers/${p.entry}.ts`)]),
          ),
          output: { entryFileNames: '[name].js', assetFileNames: '[name][extname]' },
        },
      },
    });
    for (const { entry } of PEERS) {
      const css = entry === 'd2h' ? `<link rel="stylesheet" href="${entry}.css">` : '';
      writeFileSync(
        join(out, `${entry}.html`),
        `<!doctype html><html lang="zh"><meta charset="utf-8"><title>${entry}</title>${css}` +
          `<script type="module" src="${entry}.js"></script><body></body></html>`,
      );
    }
    cpSync(out, join(dist, FOLDER), { recursive: true });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  return {
    peers: PEERS.map(({ name, entry, selector }) => ({
      name,
      path: `/${FOLDER}/${entry}.html`,
      selector,
    })),
    remove: () => rmSync(join(dist, FOLDER), { recursive: true, force: true }),
  };
}
