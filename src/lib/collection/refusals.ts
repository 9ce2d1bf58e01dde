/**
 * The files refused when a collection was brought, told in a few lines: one a reason, with how
 * many and the first few paths, so that 10,000 empty files make one sentence, not a page.
 */
import type { Refusal } from './bring.ts';

export interface RefusalGroup {
  reason: Refusal['reason'];
  count: number;
  /** The first paths refused for this reason, in the order they were read. */
  paths: string[];
}

/** Groups by reason, the most common first (ties in the order first met). */
export function refusalSummary(refused: readonly Refusal[], shown = 5): RefusalGroup[] {
  const groups = new Map<Refusal['reason'], RefusalGroup>();
  for (const r of refused) {
    let group = groups.get(r.reason);
    if (!group) groups.set(r.reason, (group = { reason: r.reason, count: 0, paths: [] }));
    group.count++;
    if (group.paths.length < shown) group.paths.push(r.path);
  }
  return [...groups.values()].sort((x, y) => y.count - x.count);
}
