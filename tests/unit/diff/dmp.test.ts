import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffTokens } from '../../../src/lib/diff/dmp.ts';
import { sideA, sideB, toMarkup } from '../../../src/lib/diff/ops.ts';
import { wellFormed } from './corpus.ts';

const exact = { semantic: false };

describe('the diff-match-patch adapter', () => {
  it('diffs characters', () => {
    expect(toMarkup(diffTokens(Array.from('全面建设'), Array.from('全面推进'), exact))).toBe(
      '全面<del>建设</del><ins>推进</ins>',
    );
  });

  // Regression: diff-match-patch compares UTF-16 units, so 𠮷 (D842 DFB7) against 𠮾 (D842 DFBE)
  // used to share a lone high surrogate and print two broken halves.
  it('never splits a surrogate pair', () => {
    const ops = diffTokens(Array.from('吉𠮷家'), Array.from('吉𠮾家'), exact);
    expect(toMarkup(ops)).toBe('吉<del>𠮷</del><ins>𠮾</ins>家');
    for (const op of ops) expect(wellFormed(op.text)).toBe(true);
  });

  it('diffs tokens longer than one character as wholes', () => {
    const ops = diffTokens(['全面', '建设', '。'], ['全面', '建成', '。'], exact);
    expect(toMarkup(ops)).toBe('全面<del>建设</del><ins>建成</ins>。');
  });

  it('keeps private-use characters apart from the codes it gives tokens', () => {
    const ops = diffTokens(['\ue000', '词语'], ['词语', '\ue000'], exact);
    expect(sideA(ops)).toBe('\ue000词语');
    expect(sideB(ops)).toBe('词语\ue000');
  });

  const text = fc.string({ unit: fc.constantFrom('甲', '乙', '丙', '𠮷', '😀', '\r\n', ' ', 'a') });

  it('rebuilds both sides for any input, with and without cleanup', () => {
    fc.assert(
      fc.property(text, text, fc.boolean(), (a, b, semantic) => {
        const ops = diffTokens(Array.from(a), Array.from(b), { semantic });
        expect(sideA(ops)).toBe(a);
        expect(sideB(ops)).toBe(b);
        for (const op of ops) expect(wellFormed(op.text)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
