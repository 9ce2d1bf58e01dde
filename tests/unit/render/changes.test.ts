import { describe, expect, it } from 'vitest';
import type { Cell, Row } from '../../../src/lib/diff/model.ts';
import { changeSizes, foldOf, foldsOf, sharesText } from '../../../src/lib/render/changes.ts';

const cell = (
  index: number,
  ...spans: [kind: 'equal' | 'delete' | 'insert', text: string, change?: number][]
): Cell => ({
  index,
  spans: spans.map(([kind, text, change], seq) => ({ kind, text, change: change ?? null, seq })),
});
const row = (a: Cell | null, b: Cell | null): Row => ({ a, b, same: false });
const long = (n: number, c = '字') => c.repeat(n);

describe('change sizes (issue 10: a comma and a rewrite are not both "one change")', () => {
  it('count a change over SMALL_EDIT characters on either side as a rewrite', () => {
    const rows = [
      row(
        cell(0, ['equal', '同志们'], ['delete', '，', 0]),
        cell(0, ['equal', '同志们'], ['insert', '：', 0]),
      ),
      row(cell(1, ['delete', long(40), 1]), cell(1, ['insert', long(3), 1])),
      row(null, cell(2, ['insert', long(11), 2])),
      row(cell(2, ['delete', long(10), 3]), null),
    ];
    expect(changeSizes(rows)).toEqual({ rewritten: 2, small: 2 });
  });
});

describe('folds (issue 10: mostly different texts are not pages of red and green)', () => {
  const different = (i: number) =>
    row(cell(i, ['delete', long(100), i]), cell(i, ['insert', long(100), i]));
  const shared = (i: number) =>
    row(cell(i, ['equal', long(12, '同')]), cell(i, ['equal', long(12, '同')]));

  it('sees shared text only in an equal run of 12 or more, or a moved paragraph', () => {
    expect(sharesText(shared(0))).toBe(true);
    expect(sharesText(row(cell(0, ['equal', long(11)]), cell(0, ['equal', long(11)])))).toBe(false);
    expect(
      sharesText(row({ ...cell(0, ['equal', 'x']), moved: { side: 'b', index: 3 } }, null)),
    ).toBe(true);
  });

  it('fold a long run with no shared text, keeping its first and last row open', () => {
    const rows = [shared(0), ...[1, 2, 3, 4, 5].map(different), shared(6)];
    expect(foldsOf(rows)).toEqual([
      { from: 2, to: 5, a: [2, 4], b: [2, 4], charsA: 300, charsB: 300 },
    ]);
  });

  it('leave short runs open, and a text that shares nothing starts open', () => {
    expect(foldsOf([different(0), different(1), different(2)])).toEqual([]);
    expect(foldsOf([0, 1, 2, 3].map(different))[0]).toMatchObject({ from: 1, to: 3 });
    expect(foldsOf([shared(0), different(1), different(2), different(3), shared(4)], 1000)).toEqual(
      [],
    );
  });

  it('say which paragraphs of each side a fold holds, null for a side with none', () => {
    const rows = [
      different(0),
      row(cell(1, ['delete', long(200)]), null),
      row(cell(2, ['delete', long(200)]), null),
      different(3),
    ];
    expect(foldsOf(rows)).toEqual([{ from: 1, to: 3, a: [1, 2], b: null, charsA: 400, charsB: 0 }]);
  });

  it('find the fold holding a change, so that going to it opens it', () => {
    const rows = [shared(0), ...[1, 2, 3, 4, 5].map(different), shared(6)];
    const folds = foldsOf(rows);
    expect(foldOf(folds, rows, 3)).toBe(folds[0]);
    expect(foldOf(folds, rows, 1)).toBeUndefined();
  });
});
