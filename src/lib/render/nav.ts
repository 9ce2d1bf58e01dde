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
