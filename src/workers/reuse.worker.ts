/**
 * Builds the reuse index of a collection off the page's thread (src/app/reuse-off.ts asks): the
 * suffix array and what is read off it, one task of 60 to 120 ms on a phone (issue 26). Answers
 * with the index's arrays, moved, not copied; the page's index takes them (ReuseIndex `arrays`).
 */
import { ReuseIndex, type ReuseArrays, type SpeechText } from '../lib/reuse/passages.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<readonly SpeechText[]>) => void) | null;
  postMessage(message: ReuseArrays, transfer: Transferable[]): void;
};

scope.onmessage = ({ data }) => {
  const arrays = new ReuseIndex(data).arrays;
  const { sa, lcp, rank, windows } = arrays;
  const moved = [sa, lcp, rank, windows.classOf, windows.classStart, windows.classGroups];
  scope.postMessage(
    arrays,
    moved.map((a) => a.buffer),
  );
};
