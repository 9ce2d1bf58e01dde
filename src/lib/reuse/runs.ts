/**
 * The single-speech view's marks: a paragraph's segments (marks.ts) with the shared ones run
 * together. Apart from marks.ts so that the view's chunk carries it, not the analysis's.
 */
import type { MarkSegment } from './passages.ts';

/** A stretch of a paragraph: text of its own, or neighbouring shared segments as one mark. */
export interface MarkRun {
  parts: MarkSegment[];
  /** Every speech sharing some of it, ascending; null for text of its own. */
  sharedWith: number[] | null;
  /** True when some of those speeches share only part of it. */
  partly: boolean;
}

/**
 * A paragraph's segments with the shared ones run together: one mark, one stop for the keyboard,
 * per stretch of shared text, not one per change in who shares it (a lone “，” among them).
 */
export function markRuns(segments: readonly MarkSegment[]): MarkRun[] {
  const runs: MarkRun[] = [];
  for (const segment of segments) {
    const last = runs.at(-1);
    if (segment.sharedWith && last?.sharedWith) {
      const all = [...new Set([...last.sharedWith, ...segment.sharedWith])].sort((x, y) => x - y);
      last.partly ||=
        all.length !== last.sharedWith.length || all.length !== segment.sharedWith.length;
      last.sharedWith = all;
      last.parts.push(segment);
    } else runs.push({ parts: [segment], sharedWith: segment.sharedWith, partly: false });
  }
  return runs;
}

/**
 * The segments with some speeches left out of who shares them (an identical twin, which shares
 * everything): text shared only with those becomes text of its own, and neighbours that now
 * read the same are one segment. The text is unchanged.
 */
export function without(segments: readonly MarkSegment[], drop: readonly number[]): MarkSegment[] {
  const out: MarkSegment[] = [];
  for (const s of segments) {
    const kept = s.sharedWith?.filter((n) => !drop.includes(n)) ?? [];
    const sharedWith = kept.length > 0 ? kept : null;
    const last = out.at(-1);
    if (last && (last.sharedWith?.join() ?? '') === (sharedWith?.join() ?? ''))
      out[out.length - 1] = { text: last.text + s.text, sharedWith };
    else out.push({ text: s.text, sharedWith });
  }
  return out;
}

/** Who shares a mark: the speeches holding all of its text, and the others with what they hold. */
export interface Sharers {
  whole: number[];
  partly: { speech: number; parts: string[] }[];
}

/**
 * Reads who shares a mark truly: a speech holds the whole mark only when its text contains the
 * mark's text; the others are named with the parts of the mark found in them, each part a run of
 * at least `min` characters that stands whole in one of its paragraphs and that one character
 * more on either side would not. Two such runs side by side in the mark are two parts, not one:
 * the segments a speech shares can touch where that speech has them in two places.
 */
export function sharersOf(
  run: MarkRun,
  textOf: (speech: number) => readonly string[],
  min = 1,
): Sharers {
  const text = run.parts.map((p) => p.text).join('');
  const whole: number[] = [];
  const partly: Sharers['partly'] = [];
  for (const speech of run.sharedWith ?? []) {
    const paragraphs = textOf(speech);
    if (paragraphs.some((p) => p.includes(text))) {
      whole.push(speech);
      continue;
    }
    // The stretches of the mark this speech shares, in code points, then the runs within each.
    const chars = run.parts.flatMap((part) =>
      Array.from(part.text, () => part.sharedWith?.includes(speech) ?? false),
    );
    const codePoints = Array.from(text);
    const parts: string[] = [];
    for (let from = 0; from < chars.length; from++) {
      if (!chars[from] || chars[from - 1]) continue;
      let to = from;
      while (to < chars.length && chars[to]) to++;
      parts.push(...longestRuns(codePoints.slice(from, to), paragraphs, min));
    }
    partly.push({ speech, parts });
  }
  return { whole, partly };
}

/**
 * The maximal runs of `chars` of at least `min` code points found within one of the paragraphs,
 * in order: for each start the longest run found there (it shrinks by at most one from one start
 * to the next), kept when it reaches past every earlier one.
 */
function longestRuns(chars: readonly string[], paragraphs: readonly string[], min: number) {
  const found = (from: number, to: number) => {
    const piece = chars.slice(from, to).join('');
    return paragraphs.some((p) => p.includes(piece));
  };
  const out: string[] = [];
  let [end, reach] = [0, 0];
  for (let i = 0; i < chars.length; i++) {
    end = Math.max(end, i);
    while (end < chars.length && found(i, end + 1)) end++;
    if (end > reach && end - i >= min) {
      out.push(chars.slice(i, end).join(''));
      reach = end;
    }
  }
  return out;
}
