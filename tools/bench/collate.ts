// The collation figures of `npm run bench`: collate() for the corpus and for synthetic collections
// of 20 and 100 speeches (reuse/synthetic.ts), then what the page adds for every cell (a diff
// against its row's common reading). Also runs alone: node tools/run.js tools/bench/collate.ts
import { readFileSync } from 'node:fs';
import { collate, type SpeechText } from '../../src/lib/collate/align.ts';
import { cellSegments, commonReading } from '../../src/lib/collate/view.ts';
import type { Corpus } from '../../src/lib/corpus/types.ts';
import { validateCorpus } from '../../src/lib/corpus/validate.ts';
import { syntheticCorpus } from '../../tests/fixtures/synthetic.ts';
import { CORPUS_JSON } from '../paths.ts';

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? NaN;

function timed(run: () => void, repeat: number): number {
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

function measure(name: string, speeches: readonly SpeechText[], repeat: number): string {
  const chars = speeches.reduce(
    (n, s) => n + s.paragraphs.reduce((m, p) => m + [...p].length, 0),
    0,
  );
  const collation = collate(speeches);
  const align = timed(() => collate(speeches), repeat);
  const cells = timed(() => {
    for (const row of collation.rows) {
      const common = commonReading(row);
      const reading = row.cells[common]?.text ?? null;
      row.cells.forEach((c, w) => c && cellSegments(c.text, w === common ? null : reading));
    }
  }, repeat);
  const shared = collation.rows.filter((r) => r.cells.filter(Boolean).length > 1).length;
  const moved = collation.rows.reduce((n, r) => n + r.movedIn.length, 0);
  return [
    name.padEnd(10),
    String(speeches.length).padStart(8),
    String(chars).padStart(8),
    String(collation.rows.length).padStart(6),
    String(shared).padStart(7),
    String(moved).padStart(6),
    align.toFixed(1).padStart(9),
    cells.toFixed(1).padStart(9),
  ].join(' ');
}

export function benchCollate(corpus: Corpus): void {
  console.log('\nCollation: collate() and the cell diffs the table adds (median, Node)');
  // The JIT first, so that the corpus, measured first, is not the slowest.
  for (let i = 0; i < 5; i++) collate(corpus.speeches);
  console.log('collection speeches    chars   rows  shared  moved  align ms  cells ms');
  console.log(measure('corpus', corpus.speeches, 15));
  console.log(measure('synthetic', syntheticCorpus(corpus.speeches, 20), 5));
  console.log(measure('synthetic', syntheticCorpus(corpus.speeches, 100), 3));
}

if (process.argv[2]?.endsWith('bench-collate.ts')) {
  benchCollate(validateCorpus(JSON.parse(readFileSync(CORPUS_JSON, 'utf8'))));
}
