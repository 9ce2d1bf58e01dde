import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../../src/lib/diff/compare.ts';
import type { Cell } from '../../../src/lib/diff/model.ts';
import { batchEnds, blocksOf, chunksOf, type Block } from '../../../src/lib/render/batches.ts';
import { foldsOf, type Fold } from '../../../src/lib/render/changes.ts';
import {
  mergeRow,
  unifiedParagraph,
  unifiedParagraphs,
  unifiedSide,
} from '../../../src/lib/render/unified.ts';
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

// Issue 26: the one-column view merges each row when its batch is drawn, in boxes per batch.
describe('the unified view drawn in batches', () => {
  const line = fc.stringMatching(/^[一二三四五，。a]{0,30}$/u);
  it('loses nothing: the boxes of every batch, merged row by row, give back both texts', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.array(line, { maxLength: 40 }), (a, b) => {
        const { rows } = compareTexts(a, b);
        const ends = batchEnds(rows, 30);
        const folds = foldsOf(rows);
        const made = new Map<number, Block<(typeof rows)[number], Fold>>();
        let drawn: typeof rows = [];
        // As the view draws them: a batch more each time, in boxes per batch.
        for (const limit of ends) {
          const chunks = chunksOf(blocksOf(rows, folds, limit, made), ends);
          drawn = chunks.flat().flatMap((block) => (block.fold ? block.items : [block.item]));
        }
        expect(drawn).toEqual(rows);
        const paragraphs = drawn.map(unifiedParagraph);
        expect(paragraphs).toEqual(unifiedParagraphs(rows));
        expect(unifiedSide(paragraphs, 'a')).toEqual(a);
        expect(unifiedSide(paragraphs, 'b')).toEqual(b);
      }),
    );
  });

  it('merges a row once: the export reads the paragraphs the view drew (review of issue 21)', () => {
    const { rows } = compareTexts(['一二三，四五。', '甲乙'], ['一二三。四五六。', '丙']);
    const drawn = rows.map(unifiedParagraph);
    const exported = unifiedParagraphs(rows);
    expect(exported).toHaveLength(drawn.length);
    exported.forEach((p, i) => expect(p).toBe(drawn[i]));
  });
});
