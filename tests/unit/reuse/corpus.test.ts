import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLANS_JSON } from '../../../tools/paths.ts';
import { lcsOf } from '../../../src/lib/diff/plan/format.ts';
import { validatePlans } from '../../../src/lib/diff/plan/plans.ts';
import { marksFor, sharedPassages } from '../../../src/lib/reuse/analysis.ts';
import { pairMatrix } from '../../../src/lib/reuse/matrix.ts';
import { MIN_PASSAGE, ReuseIndex } from '../../../src/lib/reuse/passages.ts';
import { corpus, paragraphsOf } from '../diff/corpus.ts';

const OPENING = '对于进一步动员全国人民更加紧密团结在';

describe('the corpus', () => {
  const index = new ReuseIndex(corpus.speeches);
  const passages = sharedPassages(index);
  const chars = (n: number) => corpus.speeches[n - 1]!.chars;

  it('finds speeches 3 and 6 identical, and reports the pair so', () => {
    expect(index.groups).toEqual([[1], [2], [3, 6], [4], [5]]);
    const cells = pairMatrix(corpus.speeches, index);
    expect(cells[2]![5]).toEqual({
      a: 3,
      b: 6,
      similarity: 1,
      reusedA: 1,
      reusedB: 1,
      identical: true,
    });
    expect(cells[0]![1]).toMatchObject({ identical: false });
    expect(cells[0]![1]!.similarity).toBeLessThan(1);
  });

  it('gives the same table from the LCS lengths in plans.json as from LCS runs', () => {
    const plans = validatePlans(JSON.parse(readFileSync(PLANS_JSON, 'utf8')));
    expect(Object.keys(plans?.lcs ?? {})).toHaveLength(15);
    const known = pairMatrix(corpus.speeches, index, (a, b) => lcsOf(plans, a, b));
    expect(known).toEqual(pairMatrix(corpus.speeches, index));
  });

  it('lists the 对于进一步动员… sentence with speeches 1, 3 and 6', () => {
    const passage = passages.find((p) => p.text.includes(OPENING) && p.speeches.join() === '1,3,6');
    expect(passage?.length).toBeGreaterThan(40);
    expect(passage?.stock).toBe(false);
    // Its first part is also in speech 2: three different texts, a stock phrase.
    const wider = passages.find(
      (p) => p.text.startsWith(OPENING) && p.speeches.join() === '1,2,3,6',
    );
    expect(wider?.stock).toBe(true);
  });

  it('lists passages longest first, each found where it says and nowhere else', () => {
    const lengths = passages.map((p) => p.length);
    expect(lengths).toEqual([...lengths].sort((x, y) => y - x));
    for (const p of passages) {
      expect(p.length).toBe(Array.from(p.text).length);
      expect(p.length).toBeGreaterThanOrEqual(MIN_PASSAGE);
      for (const o of p.occurrences) {
        const paragraph = Array.from(paragraphsOf(o.speech)[o.paragraph]!);
        expect(paragraph.slice(o.start, o.end).join('')).toBe(p.text);
      }
      expect([...new Set(p.occurrences.map((o) => o.speech))]).toEqual(p.speeches);
      const holders = corpus.speeches.filter((s) => s.paragraphs.some((q) => q.includes(p.text)));
      expect(holders.map((s) => s.number)).toEqual(p.speeches);
    }
  });

  it('marks speech 3 almost entirely, as shared with 6', () => {
    const covered = marksFor(index, 3)
      .flat()
      .filter((m) => m.sharedWith?.includes(6))
      .reduce((n, m) => n + Array.from(m.text).length, 0);
    expect(covered / chars(3)).toBeGreaterThanOrEqual(0.95);
  });

  it('tells what speech 3 shares apart from its twin 6', () => {
    expect(index.twins(3)).toEqual([6]);
    expect(index.twins(1)).toEqual([]);
    expect(index.reused(3)).toBe(1);
    // Outside 6, speech 3 shares what the other speeches share with 6.
    const elsewhere = index.reusedElsewhere(3);
    expect(elsewhere).toBeGreaterThan(0.05);
    expect(elsewhere).toBeLessThan(0.5);
    expect(elsewhere).toBe(index.reusedElsewhere(6));
    expect(index.reusedElsewhere(1)).toBe(index.reused(1));
  });

  it('marks the opening of speech 1 as shared with 3 and 6', () => {
    const opening = marksFor(index, 1)[0]!;
    const shared = opening.filter((m) => m.sharedWith?.includes(3) && m.sharedWith.includes(6));
    expect(shared.map((m) => m.text).join('')).toContain(OPENING);
  });

  it('gives each speech its stock share, and ranges that lie within its paragraphs', () => {
    for (const s of corpus.speeches) {
      const share = index.stockShare(s.number);
      expect(share).toBeGreaterThan(0);
      expect(share).toBeLessThan(0.2);
      const ranged = s.paragraphs.reduce(
        (n, p, k) => n + index.stockRanges(s.number, k).reduce((m, [a, b]) => m + b - a, 0),
        0,
      );
      expect(ranged / s.chars).toBeCloseTo(share);
    }
    const [first] = index.stockRanges(1, 0);
    const opening = Array.from(paragraphsOf(1)[0]!);
    expect(opening.slice(...first!).join('')).toContain(OPENING);
  });
});

describe('the minimum passage length, measured on the corpus', () => {
  const found = (m: number) => sharedPassages(new ReuseIndex(corpus.speeches, m));

  it('leaves out the fixed names of eleven characters', () => {
    const eleven = found(11).filter((p) => p.length === 11);
    expect(eleven.map((p) => p.text).sort()).toEqual(
      [
        '全面建设社会主义现代化',
        '十四届全国人大一次会议',
        '学习贯彻党的二十大精神',
        '推进高水平科技自立自强',
      ].sort(),
    );
  });

  it('keeps the shortest copied clause, of twelve', () => {
    const twelve = found(12).filter((p) => p.length === 12);
    expect(twelve.map((p) => `${p.text} [${p.speeches.join()}]`)).toContain(
      '冲刺一季度“开门红”，为 [1,5]',
    );
  });
});
