import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLANS_JSON } from '../../../src/cli/paths.ts';
import { compareTexts } from '../../../src/lib/diff/compare.ts';
import { buildPlans, decodePlan, encodePlan, validatePlans } from '../../../src/lib/diff/plan.ts';
import { corpus, paragraphsOf } from './corpus.ts';

describe('precomputed comparisons', () => {
  it('match the committed static/plans.json (run `npm run corpus` after changing the diff)', () => {
    const committed: unknown = JSON.parse(readFileSync(PLANS_JSON, 'utf8'));
    const fresh = buildPlans(corpus.sha256, corpus.speeches, (a, b) => compareTexts(a, b));
    expect(validatePlans(committed)).toEqual(fresh);
  });

  it('rebuild exactly the comparison they were made from, for every pair', () => {
    for (const x of corpus.speeches) {
      for (const y of corpus.speeches) {
        const live = compareTexts(x.paragraphs, y.paragraphs);
        // Plans leave out the diff order of spans: without ignore options it is never needed.
        const orderless: unknown = JSON.parse(
          JSON.stringify(live, (key, value: unknown) => (key === 'seq' ? undefined : value)),
        );
        expect(decodePlan(encodePlan(live), x.paragraphs, y.paragraphs)).toEqual(orderless);
        // With the LCS length known ahead, the statistics come out the same without an LCS run.
        const { lcs } = live.stats;
        expect(decodePlan(encodePlan(live), x.paragraphs, y.paragraphs, lcs)).toEqual(orderless);
        // One that cannot be right for these texts is not believed.
        const wrong = decodePlan(encodePlan(live), x.paragraphs, y.paragraphs, 1e9);
        expect(wrong.stats).toEqual(live.stats);
      }
    }
  });

  it('refuse texts they do not fit', () => {
    const plan = encodePlan(compareTexts(paragraphsOf(1), paragraphsOf(2)));
    expect(() => decodePlan(plan, paragraphsOf(2), paragraphsOf(1))).toThrow(RangeError);
  });

  it('read as null when malformed', () => {
    expect(validatePlans(null)).toBeNull();
    expect(validatePlans({ sha256: 'x', pairs: { '1-2': 'rows' } })).toBeNull();
    expect(() => decodePlan([[0, 0, 0, 'x', []]] as never, ['甲'], ['甲'])).toThrow(RangeError);
    expect(validatePlans({ sha256: 'x', pairs: {} })).toEqual({ sha256: 'x', pairs: {}, lcs: {} });
    // LCS lengths that are not whole numbers are dropped, and then computed in the browser.
    const odd = { sha256: 'x', pairs: {}, lcs: { '1-2': 0.5 } };
    expect(validatePlans(odd)).toEqual({ sha256: 'x', pairs: {}, lcs: {} });
  });
});
