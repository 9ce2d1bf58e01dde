import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { refineBoundaries, slideEdits, snapToWords } from '../../../src/lib/diff/boundaries.ts';
import { diffParagraphs, compareTexts } from '../../../src/lib/diff/compare.ts';
import type { Row } from '../../../src/lib/diff/model.ts';
import { absorbTinyEqualities } from '../../../src/lib/diff/boundary-fold.ts';
import { diffTokens } from '../../../src/lib/diff/dmp.ts';
import { sideA, sideB, toMarkup, type Op } from '../../../src/lib/diff/ops.ts';
import { boundaryScore, sideOf } from '../../../src/lib/diff/boundary-score.ts';
import { charTokens } from '../../../src/lib/diff/tokenize.ts';
import { corpus } from './corpus.ts';

const eq = (text: string): Op => ({ kind: 'equal', text });
const del = (text: string): Op => ({ kind: 'delete', text });
const ins = (text: string): Op => ({ kind: 'insert', text });
const chars = (a: string, b: string) => toMarkup(diffParagraphs(a, b, charTokens));

describe('Chinese-aware boundaries', () => {
  it('score sentence ends over punctuation over word edges over the inside of a word', () => {
    const side = sideOf('推动发展，奋力前行。“好！”𠮷XX\r\n');
    const at = (s: string) => side.text.indexOf(s);
    expect(boundaryScore(side, 0)).toBe(6);
    expect(boundaryScore(side, at('奋'))).toBe(4);
    expect(boundaryScore(side, at('“'))).toBe(5);
    expect(boundaryScore(side, at('”'))).toBe(1);
    expect(boundaryScore(side, at('𠮷'))).toBe(5);
    expect(boundaryScore(side, at('发'))).toBe(2);
    expect(boundaryScore(side, at('展'))).toBe(0);
    expect(boundaryScore(side, at('𠮷') + 1)).toBe(-Infinity);
    expect(boundaryScore(side, at('X') + 1)).toBe(-Infinity);
    expect(boundaryScore(side, at('\n'))).toBe(-Infinity);
  });

  it('slide a single edit off the middle of a word to punctuation', () => {
    const ops = [eq('我们要推动高质量发'), ins('展，推动高质量发'), eq('展。')];
    expect(toMarkup(slideEdits(ops))).toBe('我们要推动高质量发展<ins>，推动高质量发展</ins>。');
    // Between two sentence ends already: stays, though it could slide two ways.
    const good = [eq('推进改革。'), del('推进发展。'), eq('推进开放。')];
    expect(toMarkup(slideEdits(good))).toBe('推进改革。<del>推进发展。</del>推进开放。');
    // The start of the text beats a word edge, as in diff-match-patch.
    const start = [eq('全面建设，'), del('全面建设，'), eq('推进。')];
    expect(toMarkup(slideEdits(start))).toBe('<del>全面建设，</del>全面建设，推进。');
  });

  it('grow a replacement by a character or two to whole words', () => {
    expect(chars('这是召开的第一次全国会议', '这是召开的这次全国会议')).toBe(
      '这是召开的<del>第一次</del><ins>这次</ins>全国会议',
    );
    expect(chars('奋力谱写中国式现代化新篇章', '奋力书写中国式现代化新篇章')).toBe(
      '奋力<del>谱写</del><ins>书写</ins>中国式现代化新篇章',
    );
    // Snapping alone, on ops: 第一|次 and 这|次 are both inside a word.
    expect(toMarkup(snapToWords([eq('的'), del('第一'), ins('这'), eq('次全国')]))).toBe(
      '的<del>第一次</del><ins>这次</ins>全国',
    );
  });

  it('fold a shared piece inside a word into the edits around it', () => {
    const ops = [eq('我们'), del('必'), eq('须要'), ins('需要'), eq('努力。')];
    expect(toMarkup(absorbTinyEqualities(ops))).toBe(
      '我们<del>必须要</del><ins>须要需要</ins>努力。',
    );
  });

  it('fold shared words dwarfed by the edits around them, but not punctuation', () => {
    const long = '各位领导、同志们：三月五日，全国两会在北京召开，这次';
    const ops = [del(long), ins('同志们：会上，我们一起学习了'), eq('全国'), del('“'), eq('两会')];
    const rest = [del('”，'), eq('对于进一步动员')];
    expect(toMarkup(absorbTinyEqualities([...ops, ...rest]))).toBe(
      `<del>${long}全国“两会”，</del><ins>同志们：会上，我们一起学习了全国两会</ins>对于进一步动员`,
    );
    const comma = [del(long), ins('同志们：会上'), eq('，'), del('“'), eq('两会')];
    expect(toMarkup(absorbTinyEqualities(comma))).toBe(
      `<del>${long}</del><ins>同志们：会上</ins>，<del>“</del>两会`,
    );
  });

  it('do not fold when that would mark text on a side that has no change there', () => {
    const ops = [eq('我们'), del('在全国两会期间深入学习讨论了'), eq('全国'), del('“'), eq('两会')];
    expect(absorbTinyEqualities(ops)).toEqual(ops);
  });

  // Regression: the confetti 全国<del>“</del>两会<del>” between a rewritten opening and the rest.
  it('keep a rewritten opening in one piece', () => {
    const a =
      '各位领导、同志们：3月5日，全国“两会”在北京召开，这次全国“两会”是第一次全国“两会”，对于进一步动员';
    const b =
      '同志们：会上，和大家一起再次深入重温学习了习近平总书记在全国两会期间的讲话，对于进一步动员';
    expect(chars(a, b)).not.toMatch(/<\/del>全国<del>/u);
  });

  it('never start or end a replacement inside a word on the corpus, for any pair', () => {
    const inside: string[] = [];
    for (const x of corpus.speeches) {
      for (const y of corpus.speeches) {
        for (const row of compareTexts(x.paragraphs, y.paragraphs).rows) {
          for (const side of ['a', 'b'] as const) inside.push(...midWordEdges(row, side));
        }
      }
    }
    expect(inside).toEqual([]);
  });

  const unit = fc.constantFrom('甲', '乙', '发展', '，', '。', '𠮷', '\r\n', ' ', 'XX', '*');
  const text = fc.string({ unit, maxLength: 40 });

  it('keep both sides exactly, for any diff and for any ops at all', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const ops = refineBoundaries(diffTokens(Array.from(a), Array.from(b), { semantic: true }));
        expect([sideA(ops), sideB(ops)]).toEqual([a, b]);
      }),
      { numRuns: 300 },
    );
    const op = fc.record({ kind: fc.constantFrom('equal', 'delete', 'insert'), text });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 8 }), (ops: Op[]) => {
        const refined = refineBoundaries(ops);
        expect([sideA(refined), sideB(refined)]).toEqual([sideA(ops), sideB(ops)]);
      }),
      { numRuns: 300 },
    );
  });
});

/** Replacements in a row whose start or end falls inside a word although a word edge is near. */
function midWordEdges(row: Row, side: 'a' | 'b'): string[] {
  const cell = row[side];
  const other = row[side === 'a' ? 'b' : 'a'];
  if (!cell || !other) return [];
  const text = cell.spans.map((s) => s.text).join('');
  const words = sideOf(text);
  const out: string[] = [];
  let offset = 0;
  for (const [i, span] of cell.spans.entries()) {
    const start = offset;
    offset += span.text.length;
    const replaced = span.change !== null && other.spans.some((s) => s.change === span.change);
    if (!replaced) continue;
    const first = cell.spans[i - 1]?.change !== span.change;
    const last = cell.spans[i + 1]?.change !== span.change;
    for (const [edge, at] of [
      [first, start],
      [last, offset],
    ] as const) {
      if (!edge || boundaryScore(words, at) >= 2) continue;
      const near = [1, 2].some(
        (d) => boundaryScore(words, at - d) >= 2 || boundaryScore(words, at + d) >= 2,
      );
      if (near) out.push(text.slice(Math.max(0, at - 4), at) + '|' + text.slice(at, at + 4));
    }
  }
  return out;
}
