/**
 * Issue 11, "what probing today's diff code with pasted-like input found": each finding pinned.
 * The sizes here are the issue's, so a return of the quadratic behaviour shows as a timeout.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { splitsCluster } from '../../../src/lib/diff/clusters.ts';
import { compareTexts, pairStats } from '../../../src/lib/diff/compare.ts';
import { Budget } from '../../../src/lib/diff/budget.ts';
import { diffTokens } from '../../../src/lib/diff/dmp.ts';
import type { Comparison, Row } from '../../../src/lib/diff/model.ts';
import {
  charTokens,
  withoutSegmenter,
  wordSegments,
  wordsAvailable,
  wordTokens,
} from '../../../src/lib/diff/tokenize.ts';
import { paragraphsOf, wellFormed } from './corpus.ts';
import { random } from '../../fixtures/synthetic.ts';

const pane = (rows: readonly Row[], side: 'a' | 'b') =>
  rows.flatMap((r) => (r[side] ? [r[side].spans.map((s) => s.text).join('')] : []));

/** Both panes are exactly the texts, and no span cuts a character. */
function faithful(c: Comparison, a: readonly string[], b: readonly string[]) {
  expect(pane(c.rows, 'a')).toEqual(a);
  expect(pane(c.rows, 'b')).toEqual(b);
  for (const row of c.rows) {
    for (const cell of [row.a, row.b]) {
      if (!cell) continue;
      const text = cell.spans.map((s) => s.text).join('');
      let at = 0;
      for (const s of cell.spans) {
        expect(splitsCluster(text, at)).toBe(false);
        at += s.text.length;
      }
    }
  }
}

/** Reproducible text of the corpus's characters: n characters drawn one by one (mulberry32). */
function chinese(n: number, seed: number): string {
  const pool = Array.from(paragraphsOf(1).join('') + paragraphsOf(2).join(''));
  // The generator's 32-bit integers (it gives them divided by 2^32).
  const rand = random(seed);
  const next = () => rand() * 4294967296;
  let out = '';
  for (let i = 0; i < n; i++) out += pool[next() % pool.length];
  return out;
}
const lines = (text: string, width: number) =>
  Array.from({ length: Math.ceil(text.length / width) }, (_, i) =>
    text.slice(i * width, (i + 1) * width),
  );

describe('paragraph alignment', () => {
  it('pairs 2,000 unrelated lines a side without scoring every pair (77 s before)', () => {
    const [a, b] = [lines(chinese(100_000, 1), 50), lines(chinese(100_000, 2), 50)];
    faithful(compareTexts(a, b), a, b);
  });

  it('diffs one 200,000-character paragraph with one edit as one change (10 s before)', () => {
    const a = chinese(200_000, 3);
    const b = `${a.slice(0, 100_000)}改${a.slice(100_001)}`;
    const c = compareTexts([a], [b]);
    faithful(c, [a], [b]);
    expect(c.changes).toHaveLength(1);
    const [change] = c.changes;
    expect(change!.row).toBe(0);
    // The one replaced character, grown at most to the word around it.
    expect(change!.fromA).toBeLessThanOrEqual(100_000);
    expect(change!.toA).toBeGreaterThanOrEqual(100_001);
    expect(change!.toA - change!.fromA).toBeLessThan(10);
    expect(c.approximate).toBeUndefined();
  });
});

describe('the exact whole-text LCS', () => {
  it('is left out of a comparison of long texts, estimated and said so, and runs as its own step', () => {
    const [a, b] = [[chinese(40_000, 4)], [chinese(40_000, 5)]];
    const c = compareTexts(a, b);
    expect(c.stats.estimate).toBe(true);
    const exact = pairStats(a, b);
    expect(exact.estimate).toBeUndefined();
    expect(c.stats.lcs).toBeLessThanOrEqual(exact.lcs);
  });

  it('is exact for texts of the corpus’s size', () => {
    expect(compareTexts(paragraphsOf(1), paragraphsOf(5)).stats.estimate).toBeUndefined();
  });
});

describe('the work budget', () => {
  const a = chinese(50_000, 6);
  const b = Array.from(a)
    .map((ch, i) => (i % 100 === 7 ? '新' : ch))
    .join('');

  it('gives the same diff every time, whatever the load (Diff_Timeout gave 0.4 % or 99.8 %)', () => {
    const first = compareTexts([a], [b]);
    expect(compareTexts([a], [b])).toEqual(first);
    expect(first.approximate).toBeUndefined();
    expect(first.stats.similarity).toBeGreaterThan(0.98);
  });

  it('labels a diff cut short as approximate, row and comparison, and it still shows both texts', () => {
    const budget = new Budget(10_000);
    const ops = diffTokens(charTokens(a), charTokens(b), { semantic: true, budget });
    expect(budget.exhausted).toBe(true);
    expect(ops.map((o) => (o.kind === 'insert' ? '' : o.text)).join('')).toBe(a);
    // A long paragraph against itself with one character in ten replaced exceeds the budget.
    const x = chinese(60_000, 7);
    const y = Array.from(x)
      .map((ch, i) => (i % 10 === 3 ? '新' : ch))
      .join('');
    const c = compareTexts([x], [y]);
    expect(c.approximate).toBe(true);
    expect(c.rows.some((r) => r.approximate)).toBe(true);
    faithful(c, [x], [y]);
  });
});

describe('words', () => {
  afterEach(() => withoutSegmenter(false));

  it('are found sentence by sentence: a 100,000-character paragraph (did not finish in 300 s)', () => {
    const text = chinese(100_000, 9);
    expect(wordSegments(text).join('')).toBe(text);
  });

  it('fall back to characters without Intl.Segmenter, and say so, instead of throwing', () => {
    withoutSegmenter(true);
    expect(wordsAvailable()).toBe(false);
    expect(wordTokens('推动高质量发展')).toEqual(Array.from('推动高质量发展'));
    const [a, b] = [paragraphsOf(1), paragraphsOf(2)];
    faithful(compareTexts(a, b, { granularity: 'word' }), a, b);
    faithful(compareTexts(a, b), a, b);
    withoutSegmenter(false);
    expect(wordsAvailable()).toBe(true);
  });

  // Regression (issue 22): the fallback was silent; the comparison now says it compared characters.
  it('say in the comparison that words were compared as characters, and only then', () => {
    const [a, b] = [paragraphsOf(1), paragraphsOf(2)];
    expect(compareTexts(a, b, { granularity: 'word' }).wordsAsCharacters).toBeUndefined();
    withoutSegmenter(true);
    expect(compareTexts(a, b, { granularity: 'word' }).wordsAsCharacters).toBe(true);
    expect(compareTexts(a, b, { granularity: 'char' }).wordsAsCharacters).toBeUndefined();
    expect(compareTexts(a, b, { granularity: 'sentence' }).wordsAsCharacters).toBeUndefined();
  });
});

describe('the token encoder', () => {
  it('does not throw on 70,000 distinct sentences ("too many distinct tokens to diff")', () => {
    const a = Array.from({ length: 70_000 }, (_, i) => `第${i}句。`).join('');
    const b = Array.from({ length: 70_000 }, (_, i) => `第${i + 3}句。`).join('');
    const c = compareTexts([a], [b], { granularity: 'sentence' });
    faithful(c, [a], [b]);
  });

  it('does not throw on 70,000 distinct sentences on both sides (past the codes, approximate)', () => {
    const a = Array.from({ length: 70_000 }, (_, i) => `第${i}句。`);
    const ops = diffTokens(a, [...a].reverse(), { semantic: false });
    expect(ops.map((o) => (o.kind === 'insert' ? '' : o.text)).join('')).toBe(a.join(''));
  });
});

describe('invisible characters', () => {
  const hidden = ['\u200b', '\ufeff', '\u00ad', '\0', '\r', '\u202e', '\u2066'];

  it.each(hidden)('are ignored with ignore=space (U+%s)', (ch) => {
    const [a, b] = ['推动高质量发展', `推动${ch}高质量发展${ch}`];
    const c = compareTexts([a], [b], { ignore: ['space'] });
    expect(c.changes).toHaveLength(0);
    faithful(c, [a], [b]);
    expect(compareTexts([a], [b]).changes.length).toBeGreaterThan(0);
  });
});

describe('characters as a reader sees them', () => {
  it('are never cut: 👨‍👩‍👧 against 👨‍👩‍👦, é against è, 🇨🇳 against 🇯🇵', () => {
    for (const [a, b, cluster] of [
      ['家庭👨‍👩‍👧。', '家庭👨‍👩‍👦。', '👨‍👩‍👧'],
      ['cafe\u0301', 'cafe\u0300', 'e\u0301'],
      ['国旗🇨🇳', '国旗🇯🇵', '🇨🇳'],
    ] as const) {
      const c = compareTexts([a], [b]);
      faithful(c, [a], [b]);
      const removed = c.rows[0]!.a!.spans.filter((s) => s.kind === 'delete').map((s) => s.text);
      expect(removed.join('')).toContain(cluster);
    }
  });

  const unit = fc.constantFrom(
    ...[
      '甲',
      '乙',
      'e',
      '\u0301',
      '\u0300',
      '👨',
      '👩',
      '\u200d',
      '🇨',
      '🇳',
      '\r\n',
      '😀',
      '\ufe0f',
    ],
  );
  it('are never cut, for any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit, maxLength: 20 }),
        fc.string({ unit, maxLength: 20 }),
        (a, b) => {
          const c = compareTexts([a], [b]);
          faithful(c, [a], [b]);
          for (const s of c.rows.flatMap((r) => [...(r.a?.spans ?? []), ...(r.b?.spans ?? [])]))
            expect(wellFormed(s.text)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
