import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../../src/lib/diff/compare.ts';
import type { Cell } from '../../../src/lib/diff/model.ts';
import { mergeRow, unifiedParagraphs, unifiedSide } from '../../../src/lib/render/unified.ts';
import { corpus } from '../diff/corpus.ts';

const markup = (cell: Cell | null, other: Cell | null) =>
  mergeRow(cell, other)
    .map((s) =>
      s.kind === 'equal'
        ? s.text
        : s.kind === 'delete'
          ? `<del${s.quiet ? ' quiet' : ''}>${s.text}</del>`
          : `<ins${s.quiet ? ' quiet' : ''}>${s.text}</ins>`,
    )
    .join('');

describe('the unified view', () => {
  it('puts removed and added text inline in reading order', () => {
    const cell = (spans: Cell['spans']): Cell => ({ index: 0, spans });
    const a = cell([
      { kind: 'equal', text: '我们要', change: null, seq: 0 },
      { kind: 'delete', text: '全面', change: 0, seq: 1 },
      { kind: 'equal', text: '贯彻。', change: null, seq: 3 },
    ]);
    const b = cell([
      { kind: 'equal', text: '我们要', change: null, seq: 0 },
      { kind: 'insert', text: '深入', change: 0, seq: 2 },
      { kind: 'equal', text: '贯彻。', change: null, seq: 3 },
    ]);
    expect(markup(a, b)).toBe('我们要<del>全面</del><ins>深入</ins>贯彻。');
  });

  it('keeps ignored differences quietly on their own side', () => {
    const a: Cell = { index: 0, spans: [{ kind: 'equal', text: '好，', change: null, seq: 0 }] };
    const b: Cell = { index: 0, spans: [{ kind: 'equal', text: '好,', change: null, seq: 0 }] };
    expect(markup(a, b)).toBe('<del quiet>好，</del><ins quiet>好,</ins>');
  });

  it('gives back each speech when the other side is taken out, for every pair', () => {
    for (const x of corpus.speeches) {
      for (const y of corpus.speeches) {
        const paragraphs = unifiedParagraphs(compareTexts(x.paragraphs, y.paragraphs).rows);
        expect(unifiedSide(paragraphs, 'a')).toEqual(x.paragraphs);
        expect(unifiedSide(paragraphs, 'b')).toEqual(y.paragraphs);
      }
    }
  });

  // Regression: with ignore=punct an equal run can be empty on one side, and zipping the sides
  // by position printed 全国“两会两会”是 for speeches 1 and 3.
  it('keeps reading order under ignore options', () => {
    for (const x of corpus.speeches) {
      for (const y of corpus.speeches) {
        const { rows } = compareTexts(x.paragraphs, y.paragraphs, { ignore: ['punct', 'space'] });
        const paragraphs = unifiedParagraphs(rows);
        expect(unifiedSide(paragraphs, 'a')).toEqual(x.paragraphs);
        expect(unifiedSide(paragraphs, 'b')).toEqual(y.paragraphs);
      }
    }
    const [first] = unifiedParagraphs(
      compareTexts(corpus.speeches[0]!.paragraphs, corpus.speeches[2]!.paragraphs, {
        ignore: ['punct'],
      }).rows,
    ).filter((p) => p.a === 0);
    const text = first!.spans.map((s) => s.text).join('');
    expect(text).not.toContain('两会两会');
  });

  const text = fc.array(
    fc.string({ unit: fc.constantFrom('甲', '乙', '，', '。', '𠮷', ' ', 'X'), maxLength: 30 }),
    { maxLength: 4 },
  );

  it('gives back both texts for any input', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const paragraphs = unifiedParagraphs(compareTexts(a, b).rows);
        expect(unifiedSide(paragraphs, 'a')).toEqual(a);
        expect(unifiedSide(paragraphs, 'b')).toEqual(b);
      }),
    );
  });
});
