import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Row } from '../../../src/lib/diff/model.ts';
import {
  BATCH_WEIGHT,
  batchEnds,
  blocksOf,
  chunksOf,
  drawnAfter,
  drawnThrough,
  drawSteps,
  FIRST_WEIGHT,
  firstRows,
  lastRowOf,
  nextStep,
  rowWeight,
  type Block,
} from '../../../src/lib/render/batches.ts';
import { compareTexts } from '../../../src/lib/diff/compare.ts';
import { corpus } from '../diff/corpus.ts';
import { stripTicks } from '../../../src/lib/render/strip.ts';

/** A row of one paragraph a side, each one equal span of this many characters. */
const row = (n: number, change: number | null = null): Row => {
  const cell = (index: number) => ({
    index,
    spans: [
      {
        kind: change === null ? ('equal' as const) : ('delete' as const),
        text: '字'.repeat(n),
        change,
        seq: 0,
      },
    ],
  });
  return { a: cell(0), b: change === null ? cell(0) : null, same: change === null };
};

describe('batches of a long comparison', () => {
  it('cut the rows into batches no heavier than the limit, each holding a row at least', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3000 }), { maxLength: 200 }), (sizes) => {
        const rows = sizes.map((n) => row(n));
        const ends = batchEnds(rows, 5000);
        expect(ends.at(-1)).toBe(rows.length);
        let from = 0;
        for (const end of ends) {
          if (rows.length > 0) expect(end).toBeGreaterThan(from);
          const weight = rows.slice(from, end).reduce((w, r) => w + rowWeight(r), 0);
          if (end - from > 1) expect(weight).toBeLessThanOrEqual(5000);
          from = end;
        }
      }),
    );
  });

  it('keep a heavy row whole, in a batch of its own', () => {
    const rows = [row(10), row(9000), row(10)];
    expect(batchEnds(rows, 5000)).toEqual([1, 2, 3]);
    expect(batchEnds([row(1000), row(1000)], 5000)).toEqual([2]);
    expect(batchEnds([], 5000)).toEqual([0]);
  });

  it('draw every pair of the collection in one batch, as before (and as prerendered)', () => {
    for (const x of corpus.speeches)
      for (const y of corpus.speeches) {
        const rows = compareTexts(x.paragraphs, y.paragraphs).rows;
        expect(batchEnds(rows, BATCH_WEIGHT)).toEqual([rows.length]);
      }
  });

  it('draw through the batch holding a row, and one batch more at a time', () => {
    const ends = [3, 7, 10];
    expect(drawnThrough(ends, 0)).toBe(3);
    expect(drawnThrough(ends, 3)).toBe(7);
    expect(drawnThrough(ends, 9)).toBe(10);
    expect(drawnThrough(ends, 10)).toBe(10);
  });

  it('find the last row a change shows in (a moved paragraph’s touch-ups show in two)', () => {
    const rows = [row(3, 0), row(3), row(3, 1), row(2, 0)];
    expect(lastRowOf(rows, 0, 0)).toBe(3);
    expect(lastRowOf(rows, 1, 2)).toBe(2);
  });
});

describe('blocks drawn batch by batch', () => {
  const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
  const folds = [{ from: 2, to: 5 }];

  it('are one per item and one per fold, with the fold’s items drawn so far', () => {
    const made = new Map<number, Block<string, (typeof folds)[0]>>();
    const shape = (bs: Block<string, (typeof folds)[0]>[]) =>
      bs.map((b) => ('item' in b ? b.item : `[${b.items.join('')}]`)).join(' ');
    expect(shape(blocksOf(items, folds, 3, made))).toBe('a b [c]');
    expect(shape(blocksOf(items, folds, 6, made))).toBe('a b [cde] f');
    expect(shape(blocksOf(items, folds, Infinity, made))).toBe('a b [cde] f g');
  });

  it('are the same objects when drawn again, so that a view leaves them untouched', () => {
    const made = new Map<number, Block<string, (typeof folds)[0]>>();
    const first = blocksOf(items, folds, 6, made);
    const again = blocksOf(items, folds, Infinity, made);
    expect(again.slice(0, 4)).toEqual(first);
    first.forEach((b, i) => expect(again[i]).toBe(b));
    // A fold still growing is a new block: its view draws the new items.
    const growing = blocksOf(items, folds, 4, new Map());
    const grown = blocksOf(items, folds, 5, new Map(growing.map((b) => [b.start, b])));
    expect(grown[2]).not.toBe(growing[2]);
  });

  it('group by the batch their first item is in', () => {
    const blocks = blocksOf(items, folds, Infinity, new Map());
    const group = (ends: number[]) =>
      chunksOf(blocks, ends).map((c) => c.map((b) => b.start).join(','));
    expect(group([7])).toEqual(['0,1,2,5,6']);
    expect(group([3, 6, 7])).toEqual(['0,1,2', '5', '6']);
    expect(group([1, 2, 4, 7])).toEqual(['0', '1', '2', '5,6']);
    expect(chunksOf([], [0])).toEqual([[]]);
  });
});

describe('the change strip of a long comparison', () => {
  it('merges ticks on the same spot past 1000, and keeps one per change below', () => {
    const rows = Array.from({ length: 3000 }, (_, k) => row(5, k));
    const changes = rows.map((_, k) => ({
      row: k,
      fromA: 6 * k,
      toA: 6 * k + 5,
      fromB: 0,
      toB: 0,
    }));
    const comparison = { rows, changes, stats: {} as never, verdict: 'different' as const };
    const ticks = stripTicks(comparison);
    expect(ticks.length).toBeLessThanOrEqual(200);
    expect(ticks.length).toBeGreaterThan(150);
    const few = { ...comparison, rows: rows.slice(0, 900), changes: changes.slice(0, 900) };
    expect(stripTicks(few)).toHaveLength(900);
  });
});

describe('the pace of drawing', () => {
  it('draws as many batches a task as fit in its time, one at least, twelve at most', () => {
    expect(nextStep(1, 5)).toBe(2);
    expect(nextStep(4, 20)).toBe(2);
    expect(nextStep(3, 400)).toBe(1);
    expect(nextStep(12, 0)).toBe(12);
  });

  it('goes on by that many batches, never past the end', () => {
    const ends = [3, 7, 10, 12];
    expect(drawnAfter(ends, 3, 1)).toBe(7);
    expect(drawnAfter(ends, 3, 2)).toBe(10);
    expect(drawnAfter(ends, 3, 9)).toBe(12);
    expect(drawnAfter(ends, 12, 1)).toBe(12);
  });
});

describe('a comparison of one batch drawn in place of another (issue 26)', () => {
  it('draws at once its rows through FIRST_WEIGHT, one at least, and may pause after each row', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3000 }), { maxLength: 60 }), (sizes) => {
        const rows = sizes.map((n) => row(n));
        const first = firstRows(rows);
        expect(first).toBeLessThanOrEqual(rows.length);
        if (rows.length > 0) expect(first).toBeGreaterThanOrEqual(1);
        const weight = (n: number) => rows.slice(0, n).reduce((sum, r) => sum + rowWeight(r), 0);
        // Enough for the screen unless there is no more; no row more than that needs.
        if (first < rows.length) expect(weight(first)).toBeGreaterThanOrEqual(FIRST_WEIGHT);
        if (first > 1) expect(weight(first - 1)).toBeLessThan(FIRST_WEIGHT);
        const ends = batchEnds(rows);
        const steps = drawSteps(rows, ends);
        expect(steps.at(-1) ?? 0).toBe(ends.at(-1));
        if (ends.length === 1) expect(steps).toEqual(rows.map((_, i) => i + 1));
        else expect(steps).toEqual(ends);
      }),
    );
  });
});
