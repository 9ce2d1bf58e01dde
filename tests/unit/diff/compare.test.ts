import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareTexts, pairStats } from '../../../src/lib/diff/compare.ts';
import type { Row } from '../../../src/lib/diff/model.ts';
import { lcsLength } from '../../../src/lib/diff/lcs.ts';
import { corpus, paragraphsOf, wellFormed } from './corpus.ts';

/** The text of one pane: its cells' spans joined, paragraph by paragraph. */
const pane = (rows: readonly Row[], side: 'a' | 'b') =>
  rows.flatMap((r) => {
    const cell = r[side];
    return cell === null ? [] : [cell.spans.map((s) => s.text).join('')];
  });

const kinds = (rows: readonly Row[], side: 'a' | 'b') =>
  new Set(rows.flatMap((r) => r[side]?.spans.map((s) => s.kind) ?? []));

describe('statistics', () => {
  it('finds speeches 3 and 6 identical: 100.0%, nothing removed or added', () => {
    const c = compareTexts(paragraphsOf(3), paragraphsOf(6));
    expect(c.verdict).toBe('identical');
    expect(c.stats.similarity).toBe(1);
    expect(c.stats).toMatchObject({ removed: 0, added: 0 });
    expect(c.changes.length).toBe(0);
  });

  it('finds a text 100% similar to itself and 0% to a disjoint one', () => {
    expect(pairStats(['同志们好'], ['同志们好']).similarity).toBe(1);
    expect(pairStats(['甲乙丙'], ['丁戊己']).similarity).toBe(0);
    expect(pairStats([], []).similarity).toBe(1);
  });

  it('measures 2·LCS / (|A| + |B|) in code points', () => {
    const s = pairStats(['全面建设𠮷'], ['全面推进𠮷']);
    expect(s).toEqual({ lengthA: 5, lengthB: 5, lcs: 3, similarity: 0.6, removed: 2, added: 2 });
  });

  it('reports the exact LCS measure for every pair of the corpus', () => {
    for (const x of corpus.speeches) {
      for (const y of corpus.speeches) {
        const s = compareTexts(x.paragraphs, y.paragraphs).stats;
        const a = Array.from(x.paragraphs.join(''));
        const b = Array.from(y.paragraphs.join(''));
        expect(s.lcs).toBe(lcsLength(a, b));
        expect(s.similarity).toBeCloseTo((2 * s.lcs) / (a.length + b.length), 12);
      }
    }
  });

  it('says whitespace when only spaces differ', () => {
    expect(compareTexts(['同志们 好'], ['同志们好']).verdict).toBe('whitespace');
  });

  it('calls unrelated speeches different, not similar', () => {
    expect(compareTexts(paragraphsOf(1), paragraphsOf(2)).verdict).toBe('different');
  });
});

describe('the view model', () => {
  it('renders every pair of the corpus faithfully: del only in pane a, ins only in pane b', () => {
    for (const x of corpus.speeches) {
      for (const y of corpus.speeches) {
        const { rows } = compareTexts(x.paragraphs, y.paragraphs);
        expect(pane(rows, 'a')).toEqual(x.paragraphs);
        expect(pane(rows, 'b')).toEqual(y.paragraphs);
        expect(kinds(rows, 'a').has('insert')).toBe(false);
        expect(kinds(rows, 'b').has('delete')).toBe(false);
      }
    }
  });

  it('numbers changes in reading order, one number per run of edits', () => {
    const c = compareTexts(
      ['我们要全面贯彻党的二十大精神，推动高质量发展。'],
      ['我们要深入贯彻党的二十大精神，推进高质量发展。'],
    );
    const numbers = c.rows[0]!.a!.spans.flatMap((s) => (s.change === null ? [] : [s.change]));
    expect(numbers).toEqual([0, 1]);
    expect(c.changes.length).toBe(2);
  });

  it('does not shred unrelated sentences into confetti', () => {
    const c = compareTexts(
      ['我们要坚持以人民为中心的发展思想，不断增进民生福祉。'],
      ['要以钉钉子精神抓好各项工作的落实，确保取得实效。'],
    );
    expect(c.changes.length).toBeLessThanOrEqual(2);
  });

  // A shared sentence between a rewritten opening and a rewritten close, longer on both sides than
  // the sentence: diff-match-patch's semantic cleanup alone would fold it into one replacement.
  const SHARED = '对于进一步动员全国人民更加紧密团结在以习近平同志为核心的党中央周围';
  const before = [
    '按照市委工作安排，我始终坚持逐字逐句、研读析理，深入学习理解领会了重要讲话精神。',
    '同志们，这次全国两会是党的二十大后召开的第一次全国两会，',
  ];
  const after = [
    '具有十分重要的政治意义、十分深远的历史意识。学习理解后，我感觉思想上豁然开朗、行动上有了明确方向。',
    '实现全面建设社会主义现代化国家顺利开局起步，具有十分重要的意义。希望全区各级各部门要深入学习贯彻。',
  ];
  it.each([
    ['char', []],
    ['word', []],
    ['char', ['punct']],
    ['word', ['punct', 'space']],
  ] as const)(
    'keeps a shared passage of 12+ characters unhighlighted (%s, ignore %j)',
    (g, ignore) => {
      const c = compareTexts(
        [`${before[0]}${SHARED}，${after[0]}`],
        [`${before[1]}${SHARED}${after[1]}`],
        {
          granularity: g,
          ignore,
        },
      );
      for (const side of ['a', 'b'] as const) {
        const equal = c.rows[0]![side]!.spans.filter((s) => s.kind === 'equal').map((s) => s.text);
        expect(equal.join('')).toContain(SHARED);
      }
    },
  );

  it('keeps the sentence speeches 2 and 3 share when punctuation is ignored', () => {
    const c = compareTexts(paragraphsOf(2), paragraphsOf(3), { ignore: ['punct'] });
    const equal = c.rows.flatMap((r) => r.a?.spans.filter((s) => s.kind === 'equal') ?? []);
    expect(equal.map((s) => s.text).join('')).toContain(SHARED);
  });

  const paragraph = fc.string({
    unit: fc.constantFrom('甲', '乙', '丙', '，', '。', '𠮷', '😀', '\r\n', ' ', 'X'),
    maxLength: 40,
  });
  const text = fc.array(paragraph, { maxLength: 5 });

  it('rebuilds both texts exactly for any input', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const { rows, stats } = compareTexts(a, b);
        expect(pane(rows, 'a')).toEqual(a);
        expect(pane(rows, 'b')).toEqual(b);
        for (const r of rows) {
          for (const s of [...(r.a?.spans ?? []), ...(r.b?.spans ?? [])]) {
            expect(wellFormed(s.text)).toBe(true);
          }
        }
        expect(stats.removed + stats.lcs).toBe(stats.lengthA);
        expect(stats.added + stats.lcs).toBe(stats.lengthB);
      }),
      { numRuns: 200 },
    );
  });
});
