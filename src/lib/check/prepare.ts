/**
 * A collection made ready for 查重s (candidates.ts), once: every speech normalized, identical
 * speeches grouped (as groupIdentical groups them, on normalized text), each group's text once.
 */
import type { SpeechText } from '../reuse/passages.ts';
import type { Whole } from './collection.ts';
import { normalCodes } from './normalize.ts';

/**
 * The collection normalized, identical speeches once (a group each): all groups' code points in
 * one array, where each paragraph starts in it, and each group's first paragraph.
 */
export interface Prepared {
  codes: Int32Array;
  /** Per paragraph of all groups, where it starts in `codes`, and one more entry: the end. */
  starts: Int32Array;
  /** Per group, its first paragraph, and one more entry: the count of paragraphs. */
  firstParagraph: Int32Array;
  whole: Whole;
}

/** Normalizes every speech once and groups identical ones (as groupIdentical, normalized). */
export function prepare(speeches: readonly SpeechText[]): Prepared {
  let codes = new Int32Array(1 << 16);
  let size = 0;
  const starts: number[] = [];
  const firstParagraph: number[] = [];
  const groups: number[][] = [];
  const lengths = new Map<number, number>();
  /** Groups by a hash of their text: a hash only names candidates, compared whole. */
  const byHash = new Map<number, number[]>();
  const same = (g: number, text: Int32Array, own: number[]) => {
    const [from, to] = [firstParagraph[g]!, firstParagraph[g + 1] ?? starts.length];
    if (to - from !== own.length - 1) return false;
    const at = starts[from]!;
    for (let p = 0; p < own.length - 1; p++) if (starts[from + p]! - at !== own[p]) return false;
    if ((to < starts.length ? starts[to]! : size) - at !== text.length) return false;
    for (let i = 0; i < text.length; i++) if (codes[at + i] !== text[i]) return false;
    return true;
  };
  for (const s of speeches) {
    const { codes: text, starts: own } = normalCodes(s.paragraphs);
    let h = own.length;
    for (let i = 0; i < own.length; i++) h = (Math.imul(h, 31) + own[i]!) | 0;
    for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text[i]!) | 0;
    lengths.set(s.number, text.length);
    const known = byHash.get(h)?.find((g) => same(g, text, own));
    if (known !== undefined) {
      groups[known]!.push(s.number);
      continue;
    }
    byHash.set(h, [...(byHash.get(h) ?? []), groups.length]);
    groups.push([s.number]);
    firstParagraph.push(starts.length);
    for (const x of own.slice(0, -1)) starts.push(size + x);
    if (size + text.length > codes.length) {
      const larger = new Int32Array(Math.max(codes.length * 2, size + text.length));
      larger.set(codes.subarray(0, size));
      codes = larger;
    }
    codes.set(text, size);
    size += text.length;
  }
  firstParagraph.push(starts.length);
  starts.push(size);
  return {
    codes: codes.slice(0, size),
    starts: Int32Array.from(starts),
    firstParagraph: Int32Array.from(firstParagraph),
    whole: { groups, lengths },
  };
}
