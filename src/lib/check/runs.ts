/**
 * The checked text as the report shows it: each original paragraph exactly, cut into plain runs
 * and copied runs (one mark each: a maximal copied stretch), with the sources of each run.
 */
import type { Normalized } from './normalize.ts';
import type { Segment, SourceRow } from './measure.ts';

export interface RunPart {
  text: string;
  /** Copied text inside a stock phrase. */
  stock: boolean;
}

export interface RunSource {
  speech: number;
  /** The 0-based paragraph of the source where the run's first character copied from it is. */
  paragraph: number;
  /** The source covers only part of the run. */
  partly: boolean;
}

export interface TextRun {
  /** Join to the run's original text. */
  parts: RunPart[];
  /**
   * Empty for plain text. Else every source some of the run is copied from: those covering all
   * of it first, then by their share of the whole text, then by number.
   */
  sources: RunSource[];
}

export function textRuns(
  text: Normalized,
  segments: readonly Segment[],
  rows: readonly SourceRow[],
): TextRun[][] {
  const n = text.codes.length;
  // Per normalized character, its run (−1 when plain); runs never cross a paragraph break.
  const runOf = new Int32Array(n).fill(-1);
  const stockAt = new Uint8Array(n);
  const runs: { from: number; to: number; sources: Map<number, RunSource & { chars: number }> }[] =
    [];
  const paragraphStart = new Set(text.starts);
  for (const s of segments) {
    if (s.places.length === 0) continue;
    const last = runs.at(-1);
    const run =
      last && last.to === s.from && !paragraphStart.has(s.from)
        ? last
        : runs[runs.push({ from: s.from, to: s.from, sources: new Map() }) - 1]!;
    run.to = s.to;
    for (const { speech, paragraph } of s.places) {
      const known = run.sources.get(speech);
      if (known) known.chars += s.to - s.from;
      else run.sources.set(speech, { speech, paragraph, partly: false, chars: s.to - s.from });
    }
    runOf.fill(runs.length - 1, s.from, s.to);
    if (s.stock) stockAt.fill(1, s.from, s.to);
  }
  const order = new Map(rows.map((r, i) => [r.speech, i]));
  const sourcesOf = (r: number): RunSource[] => {
    const run = runs[r]!;
    return [...run.sources.values()]
      .map(({ speech, paragraph, chars }) => ({
        speech,
        paragraph,
        partly: chars < run.to - run.from,
      }))
      .sort(
        (x, y) =>
          Number(x.partly) - Number(y.partly) ||
          (order.get(x.speech) ?? 0) - (order.get(y.speech) ?? 0) ||
          x.speech - y.speech,
      );
  };

  return text.pieces.map((pieces) => {
    // Each piece's run and stock; a piece of whitespace (no normalized characters) belongs to a
    // run only when the pieces on both sides do.
    const labels = pieces.map((p) =>
      p.to > p.from ? { run: runOf[p.from]!, stock: stockAt[p.from] === 1 } : null,
    );
    const after: ((typeof labels)[number] | undefined)[] = [];
    for (let i = labels.length - 1, next = undefined; i >= 0; i--) {
      after[i] = next;
      next = labels[i] ?? next;
    }
    let before: (typeof labels)[number] | undefined;
    const resolved = labels.map((label, i) => {
      if (label) return (before = label);
      const next = after[i];
      return before && next && before.run === next.run && before.run >= 0
        ? { run: before.run, stock: before.stock && next.stock }
        : { run: -1, stock: false };
    });
    const out: (TextRun & { run: number })[] = [];
    pieces.forEach((piece, i) => {
      const { run, stock } = resolved[i]!;
      let last = out.at(-1);
      if (!last || last.run !== run) {
        last = { run, parts: [], sources: run < 0 ? [] : sourcesOf(run) };
        out.push(last);
      }
      const part = last.parts.at(-1);
      const partStock = run >= 0 && stock;
      if (part && part.stock === partStock) part.text += piece.text;
      else last.parts.push({ text: piece.text, stock: partStock });
    });
    return out.map(({ parts, sources }) => ({ parts, sources }));
  });
}
