import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../../src/lib/diff/compare.ts';
import { unpackComparison } from '../../../src/lib/diff/pack.ts';
import { rowsWithInvisible } from '../../../src/lib/render/invisible.ts';
import { shownRows, summarize } from '../../../src/lib/render/summary.ts';
import { ownTextWork } from '../../../src/lib/worker/own-work.ts';
import type { CompareResponse } from '../../../src/lib/worker/compare.ts';

const [a, b] = [
  ['甲乙\u202e丙丁。', '戊己。'],
  ['甲乙丙丁\u200b。', '戊庚。'],
];

describe('shownRows (the rows as the view shows them, and their summary)', () => {
  it('takes the worker’s rows and summary as they come: nothing worked out again', () => {
    const rows = rowsWithInvisible(compareTexts(a, b).rows);
    const given = summarize(rows);
    const shown = shownRows(rows, null, given);
    expect(shown.rows).toBe(rows);
    expect(shown.summary).toBe(given);
  });

  it('works them out on the page otherwise: invisible characters marked, stock muted', () => {
    const { rows } = compareTexts(a, b);
    const plain = shownRows(rows, null, null);
    expect(plain.rows).toStrictEqual(rowsWithInvisible(rows));
    expect(plain.summary).toStrictEqual(summarize(rowsWithInvisible(rows)));
    const muted = shownRows(rows, { a: [[[0, 2]], []], b: [[], []] }, summarize(rows));
    const spans = muted.rows.flatMap((r) => r.a?.spans ?? []);
    expect(spans.some((s) => s.stock)).toBe(true);
    expect(spans.find((s) => s.text === '\u202e')?.invisible).toBeTruthy();
  });

  it('gets from the own-text worker rows whose invisible characters are spans already', () => {
    const sent: CompareResponse[] = [];
    ownTextWork((m) => sent.push(m as CompareResponse))({
      id: 1,
      a,
      b,
      granularity: 'char',
      ignore: [],
    });
    const done = sent.find((m) => m.type === 'done');
    if (done?.type !== 'done') throw new Error('no comparison');
    const comparison = unpackComparison(done.packed, a, b);
    const spans = comparison.rows.flatMap((r) => [...(r.a?.spans ?? []), ...(r.b?.spans ?? [])]);
    expect(spans.filter((s) => s.invisible).map((s) => s.text)).toEqual(['\u202e', '\u200b']);
    expect(done.summary).toStrictEqual(summarize(comparison.rows));
  });
});
