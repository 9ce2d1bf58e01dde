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
