import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLANS_JSON } from '../../../tools/paths.ts';
import { compareTexts } from '../../../src/lib/diff/compare.ts';
import { PlanError } from '../../../src/lib/diff/plan/checks.ts';
import { decodePlan } from '../../../src/lib/diff/plan/decode.ts';
import { buildPlans, encodePlan, type Plans } from '../../../src/lib/diff/plan/format.ts';
import { decodePlanOnce } from '../../../src/lib/diff/plan/once.ts';
import { validatePlans } from '../../../src/lib/diff/plan/plans.ts';
import { ProvenPlans } from '../../../src/lib/diff/plan/proven.ts';
import { corpus, paragraphsOf } from './corpus.ts';

const committed = validatePlans(JSON.parse(readFileSync(PLANS_JSON, 'utf8')))!;
const copy = (plans: Plans): Plans => structuredClone(plans);
const length = (n: number) => Array.from(paragraphsOf(n).join('')).length;

/**
 * The plans as the page believes them (ProvenPlans), every pair asked for: the plans and LCS
 * lengths kept, and the problems said, in the outline of plans.json.
 */
function proven(plans: Plans) {
  const problems: string[] = [];
  const kept = ProvenPlans.of(plans, corpus, (problem) => problems.push(problem));
  if (!kept) return { plans: null, problems };
  const pairs: Plans['pairs'] = {};
  const lcs: Plans['lcs'] = {};
  for (const key of kept.keys) {
    const [x = 0, y = 0] = key.split('-').map(Number);
    const plan = kept.plan(x, y);
    if (plan) pairs[key] = plan;
    const known = kept.lcs(x, y);
    if (known !== undefined) lcs[`${Math.min(x, y)}-${Math.max(x, y)}`] = known;
  }
  return { plans: { sha256: plans.sha256, pairs, lcs }, problems };
}

describe('precomputed comparisons', () => {
  it('match the committed static/plans.json (run `npm run corpus` after changing the diff)', () => {
    const fresh = buildPlans(corpus.sha256, corpus.speeches, (a, b) => compareTexts(a, b));
    expect(committed).toEqual(fresh);
  });

  it('decode to the very comparison the live diff makes, for every pair', () => {
    for (const x of corpus.speeches) {
      for (const y of corpus.speeches) {
        const live = compareTexts(x.paragraphs, y.paragraphs);
        const key = `${x.number}-${y.number}`;
        const lcs =
          committed.lcs[`${Math.min(x.number, y.number)}-${Math.max(x.number, y.number)}`];
        const plan = x.number === y.number ? encodePlan(live) : committed.pairs[key];
        expect(decodePlan(plan, x.paragraphs, y.paragraphs)).toEqual(live);
        if (lcs !== undefined) {
          expect(decodePlan(plan, x.paragraphs, y.paragraphs, lcs)).toEqual(live);
        }
      }
    }
  });

  it('all fit the corpus', () => {
    expect(proven(committed)).toEqual({ plans: committed, problems: [] });
  });

  it('refuse texts they do not fit', () => {
    const plan = encodePlan(compareTexts(paragraphsOf(1), paragraphsOf(2)));
    expect(() => decodePlan(plan, paragraphsOf(2), paragraphsOf(1))).toThrow(PlanError);
  });

  it('read as null when malformed', () => {
    expect(validatePlans(null)).toBeNull();
    expect(validatePlans({ sha256: 'x', pairs: { '1-2': 'rows' } })).toBeNull();
    expect(() => decodePlan([[0, 0, 0, 'x', []]], ['甲'], ['甲'])).toThrow(PlanError);
    expect(() => decodePlan('rows', ['甲'], ['甲'])).toThrow(PlanError);
    expect(validatePlans({ sha256: 'x', pairs: {} })).toEqual({ sha256: 'x', pairs: {}, lcs: {} });
    // LCS lengths that are not whole numbers are dropped, and then computed in the browser.
    const odd = { sha256: 'x', pairs: {}, lcs: { '1-2': 0.5 } };
    expect(validatePlans(odd)).toEqual({ sha256: 'x', pairs: {}, lcs: {} });
  });

  it('are not used for another version of the corpus', () => {
    const other = { ...copy(committed), sha256: 'f'.repeat(64) };
    expect(proven(other)).toEqual({
      plans: null,
      problems: ['plans.json was made from another version of the corpus'],
    });
  });
});

/** Issue 9: plans.json with the right sha256 but a wrong number in it. */
describe('a plan is checked, not trusted', () => {
  const [a, b] = [paragraphsOf(1), paragraphsOf(2)];
  const rows = () => structuredClone(committed.pairs['1-2']!);

  it('refuses an LCS that shows 6.5 % instead of 19.0 % for speeches 1 and 2', () => {
    const live = compareTexts(a, b);
    expect(live.stats.similarity).toBeCloseTo(0.19, 2);
    const wrong = Math.round((0.065 * (length(1) + length(2))) / 2);
    expect(() => decodePlan(rows(), a, b, wrong)).toThrow(/LCS/u);
    const plans = copy(committed);
    plans.lcs['1-2'] = wrong;
    const checked = proven(plans);
    // The pair is compared live (in both orders: its LCS was refused), the others still planned.
    expect(checked.plans?.lcs['1-2']).toBeUndefined();
    expect(checked.plans?.pairs['1-2']).toBeUndefined();
    expect(checked.plans?.pairs['1-3']).toEqual(committed.pairs['1-3']);
    expect(checked.problems.join()).toMatch(/lcs 1-2/u);
  });

  it('refuses an LCS of 0 for the identical speeches 3 and 6 (完全相同 beside 0.0 %)', () => {
    expect(() => decodePlan(committed.pairs['3-6'], paragraphsOf(3), paragraphsOf(6), 0)).toThrow(
      PlanError,
    );
    const plans = copy(committed);
    plans.lcs['3-6'] = 0;
    expect(proven(plans).plans?.lcs['3-6']).toBeUndefined();
    // An LCS longer than either text, or not all of two identical texts, is no better.
    for (const lcs of [length(3) + 1, length(3) - 1]) {
      expect(() =>
        decodePlan(committed.pairs['3-6'], paragraphsOf(3), paragraphsOf(6), lcs),
      ).toThrow(PlanError);
    }
  });

  it('refuses negative span lengths, which showed text not in the speech', () => {
    const plan = rows();
    const spans = plan.find((r) => r[3].length >= 8)![3];
    spans[1] = -spans[1]!;
    spans[5] = spans[5]! + 2 * -spans[1];
    expect(() => decodePlan(plan, a, b)).toThrow(PlanError);
  });

  it('checks the order of paragraphs even with a moved marker', () => {
    const plan = rows();
    const [first, second] = [plan.findIndex((r) => r[0] === 1), plan.findIndex((r) => r[0] === 2)];
    [plan[first], plan[second]] = [plan[second]!, plan[first]!];
    const [ia, ib, flags, sa, sb] = plan[first];
    // One moved marker, pointing at B's first paragraph.
    plan[first] = [ia, ib, flags, sa, sb, 0, -1];
    expect(() => decodePlan(plan, a, b)).toThrow(PlanError);
  });

  it('refuses change numbers that are not 0 … n − 1 (1e9 hung 下一处)', () => {
    const plan = rows();
    const spans = plan
      .flatMap((r) => [r[3], r[4]])
      .find((s) => s.some((x, i) => i % 4 === 2 && x >= 0))!;
    const at = spans.findIndex((x, i) => i % 4 === 2 && x >= 0);
    spans[at] = 1e9;
    expect(() => decodePlan(plan, a, b)).toThrow(/change/u);
    const swapped = rows();
    const numbers = swapped.flatMap((r) => [r[3], r[4]]);
    // Changes 0 and 1 in the wrong order.
    for (const s of numbers) {
      for (let i = 2; i < s.length; i += 4) {
        if (s[i] === 0) s[i] = 1;
        else if (s[i] === 1) s[i] = 0;
      }
    }
    expect(() => decodePlan(swapped, a, b)).toThrow(/change/u);
  });

  it('refuses an insertion on side A, a span over a slot, or a false "same"', () => {
    const plan = rows();
    const row = plan.find((r) => r[3].length > 0)!;
    row[3][0] = 2;
    expect(() => decodePlan(plan, a, b)).toThrow(PlanError);
    const same = rows();
    same.find((r) => r[0] >= 0 && r[1] >= 0)![2] = 1;
    expect(() => decodePlan(same, a, b)).toThrow(PlanError);
  });

  it('drops a bad pair and keeps the others, saying which', () => {
    const plans = copy(committed);
    plans.pairs['2-1']![0]![3][1] = -5;
    const checked = proven(plans);
    expect(checked.plans?.pairs['2-1']).toBeUndefined();
    expect(checked.plans?.pairs['1-2']).toBeDefined();
    expect(checked.problems).toHaveLength(1);
    expect(checked.problems[0]).toMatch(/pair 2-1/u);
  });
});

describe('decoding a plan once (switching pairs only renders)', () => {
  it('gives back the same comparison for the same plan and texts, and checks them anew otherwise', () => {
    const plan = committed.pairs['1-2']!;
    const [a, b] = [paragraphsOf(1), paragraphsOf(2)];
    const lcs = committed.lcs['1-2'];
    const first = decodePlanOnce(plan, a, b, lcs);
    expect(first).toEqual(decodePlan(plan, a, b, lcs));
    expect(decodePlanOnce(plan, a, b, lcs)).toBe(first);
    // Other texts or another LCS for the same plan: decoded (and refused) again, never the hit.
    expect(() => decodePlanOnce(plan, paragraphsOf(3), b, lcs)).toThrow(PlanError);
    expect(() => decodePlanOnce(plan, a, b, 0)).toThrow(PlanError);
    expect(decodePlanOnce(plan, [...a], b, lcs)).not.toBe(first);
  });
});
