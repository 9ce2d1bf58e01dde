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
