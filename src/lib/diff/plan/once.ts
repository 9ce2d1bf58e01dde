/**
 * Plans decoded once: a pair proven when first asked for (proven.ts ProvenPlans) keeps the comparison
 * it decoded, and the page's comparison and those decoded ahead in idle time come back at once.
 */
import type { Comparison } from '../model.ts';
import { decodePlan } from './decode.ts';
import type { PlanRow } from './format.ts';

/** Comparisons decoded from their plans, by plan: its texts and LCS are checked on every hit. */
const decoded = new WeakMap<
  readonly PlanRow[],
  { a: readonly string[]; b: readonly string[]; lcs: number | undefined; comparison: Comparison }
>();

/**
 * decodePlan, once for a plan and its texts: a pair seen before, or decoded ahead in idle time
 * (src/app/start.ts), comes back at once, and switching pairs only renders. A plan that does not fit
 * throws every time, as decodePlan does.
 */
export function decodePlanOnce(
  plan: readonly PlanRow[],
  a: readonly string[],
  b: readonly string[],
  lcs?: number,
): Comparison {
  const hit = decoded.get(plan);
  if (hit && hit.a === a && hit.b === b && hit.lcs === lcs) return hit.comparison;
  const comparison = decodePlan(plan, a, b, lcs);
  decoded.set(plan, { a, b, lcs, comparison });
  return comparison;
}
