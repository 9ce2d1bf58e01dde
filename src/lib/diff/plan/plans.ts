/**
 * plans.json, as the app reads it: its outline checked (validatePlans); each pair's plan is then
 * decoded against the corpus's texts with its LCS when first asked for (proven.ts ProvenPlans), and
 * what does not fit is computed live.
 */
import type { Plans } from './format.ts';

/**
 * Reads plans from JSON, or null when they are not in the expected outline (then every
 * comparison is computed live). The rows are checked against the texts by ProvenPlans (proven.ts).
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
