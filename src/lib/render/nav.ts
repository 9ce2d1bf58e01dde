import type { Change, Row } from '../diff/model.ts';

/**
 * Where Next and Previous go. While the current change is on screen, one step from it; otherwise
 * (none chosen yet, or the reader has scrolled away) the first change from the top of the screen
 * down, or the last one above it: the reader goes on from where they are reading.
 *
 * `tops` holds, per change in reading order, its top edge relative to the top of the screen
 * (negative: above it).
 */
export function stepChange(
  current: number | null,
  onScreen: boolean,
  tops: readonly number[],
  direction: 1 | -1,
): number | null {
  const total = tops.length;
  if (total === 0) return null;
  if (current !== null && onScreen) return Math.min(Math.max(current + direction, 0), total - 1);
  if (direction === 1) {
    const below = tops.findIndex((top) => top >= 0);
    return below === -1 ? total - 1 : below;
  }
  const above = tops.findLastIndex((top) => top < 0);
  return above === -1 ? 0 : above;
}

/**
 * The first change whose top is at or below the top of the screen (`total` when none is), found
 * by measuring a few changes instead of all: changes come in reading order, so their tops grow
 * with their number. A long comparison holds tens of thousands of changes; measuring each one on
 * every scroll took longer than a frame.
 */
export function firstBelow(total: number, topOf: (change: number) => number): number {
  let [lo, hi] = [0, total];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (topOf(mid) >= 0) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Where a change is in the two texts (model.ts `Change`, its row apart). */
export type Place = Pick<Change, 'fromA' | 'toA' | 'fromB' | 'toB'>;

/** Whether two ranges of one text share a character. */
const overlap = (from: number, to: number, start: number, end: number): boolean =>
  from < end && start < to;

/** Whether two ranges of one text touch: a place (an empty range) at or inside the other. */
const touch = (from: number, to: number, start: number, end: number): boolean =>
  from <= end && start <= to;

/**
 * The change of another comparison of the same two texts (another 字/词/句, another ignore
 * option) at the place of a change of this one: the first that shares text with it in A, else in
 * B, else that touches it in A, else in B; else the nearest after it in A, else the last. Offsets,
 * not the page: a change is the same text whatever draws it. A first, B after: a change with
 * nothing of one side has only a place there, next to whatever came before, and a long rewrite
 * of a paragraph before would claim it. Null without changes.
 */
export function changeNear(changes: readonly Place[], place: Place): number | null {
  if (changes.length === 0) return null;
  const tests = [
    (c: Place) => overlap(c.fromA, c.toA, place.fromA, place.toA),
    (c: Place) => overlap(c.fromB, c.toB, place.fromB, place.toB),
    (c: Place) => touch(c.fromA, c.toA, place.fromA, place.toA),
    (c: Place) => touch(c.fromB, c.toB, place.fromB, place.toB),
  ];
  for (const test of tests) {
    const at = changes.findIndex(test);
    if (at !== -1) return at;
  }
  // A moved paragraph's touch-ups stand out of A's order: the nearest, not the first after.
  let after = -1;
  changes.forEach((c, k) => {
    if (c.fromA >= place.fromA && (after === -1 || c.fromA < changes[after]!.fromA)) after = k;
  });
  return after === -1 ? changes.length - 1 : after;
}

/** The address's fragment that names a change (0-based): `#c12` for the twelfth. */
export const changeFragment = (change: number): string => `#c${change + 1}`;

/** A fragment meant to name a change, whether or not it names one (`#c12`, `#c999`, `#cx`). */
export const namesChange = (fragment: string): boolean => fragment.startsWith('#c');

/**
 * A fragment read for a change: the change (0-based), a fragment that means to name one but
 * names none of these (`#c999`, `#cx`: `missing`, with what it said), or null for any other
 * fragment (`#a-p3`, a paragraph, is the browser's).
 */
export function readChangeFragment(
  fragment: string,
  total: number,
): number | { missing: string } | null {
  if (!namesChange(fragment)) return null;
  const said = fragment.slice(2);
  const n = /^[1-9]\d{0,8}$/u.test(said) ? Number(said) : 0;
  return n >= 1 && n <= total ? n - 1 : { missing: said };
}

/**
 * The row holding paragraph `index` (0-based) of side `side`, from a fragment that names one
 * (`#a-p3`, `#b-p12`); -1 for any other fragment, or a paragraph no row holds.
 */
export function rowOfParagraph(rows: readonly Row[], fragment: string): number {
  const named = /^#([ab])-p([1-9]\d{0,8})$/u.exec(fragment);
  if (!named) return -1;
  const [side, index] = [named[1] as 'a' | 'b', Number(named[2]) - 1];
  return rows.findIndex((row) => row[side]?.index === index);
}
