/**
 * plans.json, as the app reads it: its outline checked (validatePlans), then every pair's plan
 * decoded against the corpus's texts with its LCS (checkPlans); what does not fit is computed live.
 */
import { check } from './checks.ts';
import type { PlanRow, Plans } from './format.ts';
import { decodePlanOnce } from './once.ts';

/**
 * Reads plans from JSON, or null when they are not in the expected outline (then every
 * comparison is computed live). The rows are checked against the texts by `checkPlans`.
 */
export function validatePlans(json: unknown): Plans | null {
  if (typeof json !== 'object' || json === null) return null;
  const { sha256, pairs, lcs } = json as Partial<Plans>;
  if (typeof sha256 !== 'string' || typeof pairs !== 'object' || pairs === null) return null;
  if (!Object.values(pairs).every(Array.isArray)) return null;
  // LCS lengths that are not whole numbers are left out: then they are computed in the browser.
  const whole =
    typeof lcs === 'object' &&
    lcs !== null &&
    Object.values(lcs).every((n) => Number.isInteger(n) && n >= 0);
  return { sha256, pairs, lcs: whole ? lcs : {} };
}

/**
 * The plans that fit this corpus: none when made from another version of it; else every pair
 * whose plan decodes against its texts with its LCS length. What is left out is computed live;
 * `problems` says what and why, for the console.
 */
export function checkPlans(
  plans: Plans | null,
  corpus: {
    sha256: string;
    speeches: readonly { number: number; paragraphs: readonly string[] }[];
  },
): { plans: Plans | null; problems: string[] } {
  if (plans === null) return { plans: null, problems: [] };
  if (plans.sha256 !== corpus.sha256) {
    return { plans: null, problems: ['plans.json was made from another version of the corpus'] };
  }
  const byNumber = new Map(corpus.speeches.map((s) => [s.number, s.paragraphs]));
  const problems: string[] = [];
  const pairs: Record<string, PlanRow[]> = {};
  const lcs: Record<string, number> = {};
  for (const [key, plan] of Object.entries(plans.pairs)) {
    const [x = 0, y = 0] = key.split('-').map(Number);
    const [a, b] = [byNumber.get(x), byNumber.get(y)];
    const lcsKey = `${Math.min(x, y)}-${Math.max(x, y)}`;
    const known = plans.lcs[lcsKey];
    try {
      check(a !== undefined && b !== undefined, 'no such pair');
      // Checked with its LCS: a plan and its number stand or fall together. Kept once decoded
      // (decodePlanOnce): the page's comparison and those decoded ahead then come back at once.
      decodePlanOnce(plan, a, b, known);
      pairs[key] = plan;
      if (known !== undefined) lcs[lcsKey] = known;
    } catch (error) {
      problems.push(`plans.json pair ${key}, lcs ${lcsKey}: ${String(error)}`);
    }
  }
  // An LCS is kept only when both orders of its pair were proven with it.
  for (const problem of problems) delete lcs[/lcs (\S+):/u.exec(problem)?.[1] ?? ''];
  return { plans: { sha256: plans.sha256, pairs, lcs }, problems };
}
