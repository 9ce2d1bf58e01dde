import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collate, columnText, type Collation } from '../../../src/lib/collate/align.ts';
import { splitSentences } from '../../../src/lib/collate/sentences.ts';
import { similarity } from '../../../src/lib/collate/similarity.ts';

/** The table as text: one line per row, a cell as its text (or —), moved cells as →row. */
const table = (c: Collation): string[] =>
  c.rows.map((r) =>
    r.cells
      .map((cell) => (cell ? cell.text + (cell.moved === null ? '' : `→${cell.moved}`) : '—'))
      .join(' | '),
  );

const S1 = '我们要深入学习贯彻党的二十大精神。';
const S2 = '坚持以人民为中心的发展思想。';
const S2X = '始终坚持以人民为中心的发展理念不动摇。';
const S3 = '全面推进乡村振兴战略落地见效。';
const S4 = '持续优化营商环境激发市场活力。';
const speech = (number: number, ...paragraphs: string[]) => ({ number, paragraphs });

describe('sentences', () => {
  it('end after 。！？； with the closing quotes that follow, and at line ends', () => {
    expect(splitSentences('他说：“好。”然后走了！对吗？是；不是')).toEqual([
      '他说：“好。”',
      '然后走了！',
      '对吗？',
      '是；',
      '不是',
    ]);
    expect(splitSentences('一。。二\n三')).toEqual(['一。。', '二\n', '三']);
    expect(splitSentences('')).toEqual(['']);
  });

  it('are alike by their bigrams, punctuation ignored', () => {
    expect(similarity('全国两会。', '全国“两会”！')).toBe(1);
    expect(similarity(S2, S2X)).toBeGreaterThan(0.4);
    expect(similarity(S1, S3)).toBeLessThan(0.2);
    expect(similarity('。', '？')).toBe(0);
  });
});

describe('collate', () => {
  it('aligns three versions: one sentence moved, one deleted, one rewritten', () => {
    const c = collate([
      speech(1, S1 + S2 + S3, S4),
      speech(2, S1 + S3, S4 + S2), // S2 moved to the end
      speech(3, S1 + S2X, S4), // S3 deleted, S2 rewritten
    ]);
    expect(c.witnesses).toEqual([[1], [2], [3]]);
    expect(table(c)).toEqual([
      `${S1} | ${S1} | ${S1}`,
      `${S2} | — | ${S2X}`,
      `${S3} | ${S3} | —`,
      `${S4} | ${S4} | ${S4}`,
      `— | ${S2}→1 | —`,
    ]);
    expect(c.rows[1]!.movedIn).toEqual([{ witness: 1, row: 4 }]);
  });

  it('collates identical speeches as one witness', () => {
    const c = collate([speech(1, S1 + S2), speech(2, S3), speech(3, S1 + S2)]);
    expect(c.witnesses).toEqual([[1, 3], [2]]);
    expect(table(c)).toEqual([`${S1} | —`, `${S2} | —`, `— | ${S3}`]);
  });

  it('puts a sentence of its own before the row of its speech’s next shared sentence', () => {
    const c = collate([speech(1, S1 + S4), speech(2, S1 + S3 + S4)]);
    expect(table(c)).toEqual([`${S1} | ${S1}`, `— | ${S3}`, `${S4} | ${S4}`]);
  });

  it('does not join sentences below the threshold', () => {
    const c = collate([speech(1, S1), speech(2, S3)]);
    expect(table(c)).toEqual([`${S1} | —`, `— | ${S3}`]);
  });

  it('does not join a sentence to a row through a reading it is like when another is unlike it', () => {
    // Issue 23 §10: B is like A, C like B but not like A; C once joined the row of A and B.
    const [a, b, c] = ['甲乙丙丁戊己庚辛。', '甲乙丙丁子丑寅卯。', '子丑寅卯辰巳午未。'];
    expect(similarity(a, b)).toBeGreaterThanOrEqual(0.3);
    expect(similarity(b, c)).toBeGreaterThanOrEqual(0.3);
    expect(similarity(a, c)).toBeLessThan(0.3);
    expect(table(collate([speech(1, a), speech(2, b), speech(3, c)]))).toEqual([
      `${a} | ${b} | —`,
      `— | — | ${c}`,
    ]);
  });

  // A small alphabet of sentences, so that generated speeches share, reorder and vary them.
  const sentence = fc
    .array(fc.constantFrom('学', '习', '贯', '彻', '精', '神', '𠀋', '”', '，', ' '), {
      minLength: 0,
      maxLength: 8,
    })
    .chain((chars) =>
      fc.constantFrom('。', '！', '？', '；', '', '\n', '。”').map((end) => chars.join('') + end),
    );
  const paragraph = fc.array(sentence, { maxLength: 4 }).map((s) => s.join(''));
  const collection = fc.array(fc.array(paragraph, { minLength: 1, maxLength: 4 }), {
    minLength: 1,
    maxLength: 5,
  });

  it('gives every speech back, in order, read down its column', () => {
    fc.assert(
      fc.property(collection, fc.double({ min: 0, max: 1, noNaN: true }), (texts, threshold) => {
        const speeches = texts.map((paragraphs, i) => speech(i + 1, ...paragraphs));
        const c = collate(speeches, threshold);
        expect(c.witnesses.flat().sort((x, y) => x - y)).toEqual(speeches.map((s) => s.number));
        c.witnesses.forEach((numbers, w) => {
          for (const n of numbers) expect(columnText(c, w)).toEqual(texts[n - 1]);
        });
        for (const row of c.rows) {
          expect(row.cells.some((cell) => cell !== null)).toBe(true);
          // No two sentences of a row are less alike than the threshold (five texts: all compared).
          const texts = [...new Set(row.cells.flatMap((cell) => (cell ? [cell.text] : [])))];
          for (const x of texts)
            for (const y of texts)
              if (x !== y) expect(similarity(x, y)).toBeGreaterThanOrEqual(threshold);
          for (const cell of row.cells)
            if (cell?.moved != null) expect(c.rows[cell.moved]).toBeDefined();
        }
      }),
      { numRuns: 300 },
    );
  });
});
