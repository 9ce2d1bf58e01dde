import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/lib/diff/model.ts';
import { muteCell } from '../../../src/lib/render/stock.ts';

const cell: Cell = {
  index: 0,
  spans: [
    { kind: 'equal', text: '甲乙丙', change: null, seq: 0 },
    { kind: 'delete', text: '𠮷戊', change: 0, seq: 0 },
    { kind: 'equal', text: '己庚', change: null, seq: 0 },
  ],
};

describe('muting stock phrases', () => {
  it('splits spans at the edges of stock ranges and flags the inside, text unchanged', () => {
    const muted = muteCell(cell, () => [[1, 4]])!;
    expect(muted.spans.map((s) => [s.text, s.kind, s.stock ?? false])).toEqual([
      ['甲', 'equal', false],
      ['乙丙', 'equal', true],
      ['𠮷', 'delete', true],
      ['戊', 'delete', false],
      ['己庚', 'equal', false],
    ]);
    expect(muted.spans.map((s) => s.text).join('')).toBe('甲乙丙𠮷戊己庚');
    expect(muted.spans.filter((s) => s.change === 0).map((s) => s.text)).toEqual(['𠮷', '戊']);
  });

  it('leaves a cell with no stock phrase as it is', () => {
    expect(muteCell(cell, () => [])).toBe(cell);
    expect(muteCell(null, () => [[0, 1]])).toBeNull();
  });
});
