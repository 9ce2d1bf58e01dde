import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareTexts, pairStats } from '../../../src/lib/diff/compare.ts';
import type { Row } from '../../../src/lib/diff/model.ts';
import { diffIgnoring } from '../../../src/lib/diff/ignore.ts';
import { keyOf } from '../../../src/lib/diff/keys.ts';
import { IGNORES, type Ignore } from '../../../src/lib/diff/model.ts';
import { sideA, sideB, toMarkup } from '../../../src/lib/diff/ops.ts';
import { charTokens, tokenizerFor } from '../../../src/lib/diff/tokenize.ts';
import { GRANULARITIES } from '../../../src/lib/diff/model.ts';
import { paragraphsOf } from './corpus.ts';

const exact = { semantic: true };
const diff = (a: string, b: string, ...ignore: Ignore[]) =>
  diffIgnoring(charTokens(a), charTokens(b), new Set(ignore), exact);

const pane = (rows: readonly Row[], side: 'a' | 'b') =>
  rows.flatMap((r) => (r[side] ? [r[side].spans.map((s) => s.text).join('')] : []));
const edits = (rows: readonly Row[]) =>
  rows
    .flatMap((r) => [...(r.a?.spans ?? []), ...(r.b?.spans ?? [])])
    .filter((s) => s.change !== null);

/** Pairs that differ only in what one option ignores. */
const ONLY: Record<Ignore, [string, string]> = {
  punct: ['同志们：我们要坚持“两个确立”，推动发展！', '同志们我们要坚持《两个确立》、推动发展。'],
  space: ['同志们 好，\u3000我们要 推动发展。', '同志们好，我们要推动发展。 '],
  width: [
    '增长５．２％，ＧＤＰ超过１２０万亿元，　完成“１＋６＋Ｎ”',
    '增长5.2%,GDP超过120万亿元, 完成“1+6+N”',
  ],
  placeholder: ['奋力谱写XXX发展新篇章，参与*污水处理厂', '奋力谱写XX发展新篇章，参与＊污水处理厂'],
};

describe('ignore options', () => {
  it('key tokens by what is compared', () => {
    const all = new Set(IGNORES);
    expect(keyOf('，', new Set(['punct']))).toBe('');
    expect(keyOf('，', new Set(['width']))).toBe(',');
    expect(keyOf('１＋Ａ', new Set(['width']))).toBe('1+A');
    expect(keyOf('\u3000', new Set(['space']))).toBe('');
    expect(keyOf('推动发展。', new Set(['punct']))).toBe('推动发展');
    expect(keyOf('XXX', new Set(['placeholder']))).toBe(keyOf('*', all));
    // A lone * is a slot, not punctuation: ignoring punctuation keeps it.
    expect(keyOf('*', new Set(['punct']))).toBe('*');
  });

  for (const option of IGNORES) {
    it(`${option}: highlights nothing when only that differs, and shows both texts as they are`, () => {
      const [a, b] = ONLY[option];
      for (const g of GRANULARITIES) {
        const c = compareTexts([a], [b], { granularity: g, ignore: [option] });
        expect(edits(c.rows)).toEqual([]);
        expect(c.changes.length).toBe(0);
        expect(pane(c.rows, 'a')).toEqual([a]);
        expect(pane(c.rows, 'b')).toEqual([b]);
        expect(c.stats).toMatchObject({ removed: 0, added: 0, similarity: 1 });
      }
      // Without the option the same pair has changes.
      expect(compareTexts([a], [b]).changes.length).toBeGreaterThan(0);
    });
  }

  it('shows each side its own text where keys match but texts differ', () => {
    expect(toMarkup(diff('甲，乙', '甲,乙', 'width'))).toBe('甲{，|,}乙');
    expect(toMarkup(diff('“甲”乙', '甲乙', 'punct'))).toBe('{“|}甲{”|}乙');
    expect(toMarkup(diff('推动发展。', '推动发展！', 'punct'))).toBe('推动发展{。|！}');
  });

  it('keeps a dropped mark inside an edit in that edit, and never highlights one alone', () => {
    expect(toMarkup(diff('同甲，乙丙', '同丁丙', 'punct'))).toBe(
      '同<del>甲，乙</del><ins>丁</ins>丙',
    );
    expect(toMarkup(diff('，甲', '乙', 'punct'))).toBe('{，|}<del>甲</del><ins>乙</ins>');
    expect(toMarkup(diff('甲。', '乙！', 'punct'))).toBe('<del>甲</del><ins>乙</ins>{。|！}');
    expect(toMarkup(diff('同，', '同', 'punct'))).toBe('同{，|}');
  });

  it('count removed and added over the compared text', () => {
    expect(pairStats(['推动，发展'], ['推动发展！'], ['punct'])).toMatchObject({
      lengthA: 4,
      lengthB: 4,
      lcs: 4,
      removed: 0,
      added: 0,
    });
    // Without options: exact LCS over every code point, as before.
    expect(pairStats(['推动，发展'], ['推动发展！']).removed).toBe(1);
  });

  it('keep the corpus panes exact under every option', () => {
    const c = compareTexts(paragraphsOf(2), paragraphsOf(3), { ignore: IGNORES });
    expect(pane(c.rows, 'a')).toEqual(paragraphsOf(2));
    expect(pane(c.rows, 'b')).toEqual(paragraphsOf(3));
    expect(c.changes.length).toBeLessThan(
      compareTexts(paragraphsOf(2), paragraphsOf(3)).changes.length,
    );
  });

  const unit = fc.constantFrom(
    ...['甲', '乙', '丙', '，', ',', '。', '“', ' ', '\u3000', '１', '1', 'XX', '*', '𠮷', '\r\n'],
  );
  const text = fc.string({ unit, maxLength: 30 });
  const options = fc.subarray([...IGNORES]);

  it('rebuild both sides exactly for any input and any options', () => {
    fc.assert(
      fc.property(text, text, options, fc.constantFrom(...GRANULARITIES), (a, b, ignore, g) => {
        const tokenize = tokenizerFor(g);
        const ops = diffIgnoring(tokenize(a), tokenize(b), new Set(ignore), exact);
        expect(sideA(ops)).toBe(a);
        expect(sideB(ops)).toBe(b);
        const c = compareTexts([a], [b], { granularity: g, ignore });
        expect(pane(c.rows, 'a')).toEqual([a]);
        expect(pane(c.rows, 'b')).toEqual([b]);
      }),
      { numRuns: 300 },
    );
  });

  // Regression: 中，国 against 中国 cut into different words, and 甲。乙。 against 甲，乙。 into
  // different sentences, and were highlighted although only punctuation differed.
  it('never highlight a difference made only of ignored marks, however the text is cut', () => {
    const words = fc.array(fc.constantFrom('甲', '乙', '中', '国', '发展', '在XX'), {
      maxLength: 8,
    });
    const marks = fc.array(fc.constantFrom('', '，', '。', '、', '“', '”', '！'), {
      minLength: 9,
      maxLength: 9,
    });
    const weave = (ws: string[], ms: string[]) => ws.map((w, i) => (ms[i] ?? '') + w).join('');
    fc.assert(
      fc.property(words, marks, marks, fc.constantFrom(...GRANULARITIES), (ws, m1, m2, g) => {
        const [a, b] = [weave(ws, m1), weave(ws, m2)];
        const c = compareTexts([a], [b], { granularity: g, ignore: ['punct'] });
        expect(c.changes.length).toBe(0);
        expect(pane(c.rows, 'a')).toEqual([a]);
        expect(pane(c.rows, 'b')).toEqual([b]);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(words, marks, marks, fc.constantFrom('char', 'word'), (ws, m1, m2, g) => {
        const [a, b] = [
          `${weave(ws, m1)}。我们要推动高质量发展，完毕`,
          `${weave(ws, m2)}。我们要推动高质量发展，结束`,
        ];
        const c = compareTexts([a], [b], { granularity: g, ignore: ['punct'] });
        expect(c.changes.length).toBe(1);
      }),
      { numRuns: 200 },
    );
  });
});
