import { describe, expect, it } from 'vitest';
import { mergeOps, sideA, sideB, toMarkup, type Op } from '../../../src/lib/diff/ops.ts';

const ops: Op[] = [
  { kind: 'equal', text: '同志们：' },
  { kind: 'delete', text: '旧' },
  { kind: 'insert', text: '新' },
  { kind: 'equal', text: '时代' },
];

describe('ops', () => {
  it('rebuild each side', () => {
    expect(sideA(ops)).toBe('同志们：旧时代');
    expect(sideB(ops)).toBe('同志们：新时代');
  });

  it('print as markup', () => {
    expect(toMarkup(ops)).toBe('同志们：<del>旧</del><ins>新</ins>时代');
  });

  it('merge neighbours of one kind and drop empty ones', () => {
    const merged = mergeOps([
      { kind: 'equal', text: '甲' },
      { kind: 'equal', text: '乙' },
      { kind: 'delete', text: '' },
      { kind: 'insert', text: '丙' },
    ]);
    expect(toMarkup(merged)).toBe('甲乙<ins>丙</ins>');
  });
});
