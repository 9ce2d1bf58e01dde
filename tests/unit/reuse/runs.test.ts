import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { marksFor } from '../../../src/lib/reuse/analysis.ts';
import { markRuns, sharersOf, without } from '../../../src/lib/reuse/runs.ts';
import { MIN_PASSAGE, ReuseIndex, type MarkSegment } from '../../../src/lib/reuse/passages.ts';

describe('mark runs', () => {
  it('run neighbouring shared segments into one mark, saying who shares part of it', () => {
    const segments: MarkSegment[] = [
      { text: '各位', sharedWith: null },
      { text: '对于进一步', sharedWith: [3, 6] },
      { text: '，', sharedWith: [3] },
      { text: '动员全国', sharedWith: [3, 6] },
      { text: '人民', sharedWith: null },
      { text: '团结', sharedWith: [2] },
    ];
    expect(markRuns(segments)).toEqual([
      { parts: [segments[0]], sharedWith: null, partly: false },
      { parts: segments.slice(1, 4), sharedWith: [3, 6], partly: true },
      { parts: [segments[4]], sharedWith: null, partly: false },
      { parts: [segments[5]], sharedWith: [2], partly: false },
    ]);
  });

  it('keep every segment, in order, and never put shared and own text in one run', () => {
    const segment = fc.record({
      text: fc.string({ minLength: 1, maxLength: 4 }),
      sharedWith: fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 6 }), { minLength: 1 }), {
        nil: null,
      }),
    });
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 20 }), (segments) => {
        const runs = markRuns(segments);
        expect(runs.flatMap((r) => r.parts)).toEqual(segments);
        for (const run of runs) {
          const own = run.parts.map((p) => p.sharedWith === null);
          expect(new Set(own).size).toBe(1);
          for (const part of run.parts)
            for (const n of part.sharedWith ?? []) expect(run.sharedWith).toContain(n);
        }
        // Two runs of shared text never touch.
        runs
          .slice(1)
          .forEach((run, i) => expect(!!run.sharedWith && !!runs[i]!.sharedWith).toBe(false));
      }),
    );
  });
});

describe('who shares a mark (issue 10 §3)', () => {
  const run = markRuns([
    { text: '对于进一步', sharedWith: [2, 3, 6] },
    { text: '动员全国', sharedWith: [2, 3, 5, 6] },
    { text: '人民', sharedWith: [3, 6] },
  ])[0]!;
  const texts: Record<number, string[]> = {
    2: ['……对于进一步动员全国', '人民……'],
    3: ['对于进一步动员全国人民'],
    5: ['动员全国'],
    6: ['对于进一步动员全国人民'],
  };

  it('name those holding the whole text, and the part each other holds', () => {
    expect(sharersOf(run, (n) => texts[n] ?? [])).toEqual({
      whole: [3, 6],
      partly: [
        { speech: 2, parts: ['对于进一步动员全国'] },
        { speech: 5, parts: ['动员全国'] },
      ],
    });
  });

  it('leave a twin out without changing the text', () => {
    const segments = [
      { text: '甲', sharedWith: [6] },
      { text: '乙', sharedWith: [1, 6] },
      { text: '丙', sharedWith: [6] },
      { text: '丁', sharedWith: null },
    ];
    expect(without(segments, [6])).toEqual([
      { text: '甲', sharedWith: null },
      { text: '乙', sharedWith: [1] },
      { text: '丙丁', sharedWith: null },
    ]);
  });
});

describe('who shares a mark, on the corpus (issue 24 §5: parts shown whole and true)', () => {
  const corpus = JSON.parse(readFileSync('static/corpus.json', 'utf8')) as {
    speeches: { number: number; paragraphs: string[] }[];
  };
  const textOf = (n: number) => corpus.speeches[n - 1]?.paragraphs ?? [];
  const index = new ReuseIndex(corpus.speeches);
  const marks = (n: number) => marksFor(index, n).map((p) => markRuns(without(p, index.twins(n))));

  it('names two runs of another speech that touch in the mark as two parts', () => {
    // （三） has 结合起来，深刻领悟; （四） has 结合起来，更加深刻领悟: two passages, not one.
    const run = marks(3)[3]!.find((r) => r.parts.some((p) => p.text.includes('要把学习')))!;
    const { partly } = sharersOf(run, textOf, MIN_PASSAGE);
    expect(partly.find((p) => p.speech === 4)?.parts).toEqual([
      '要把学习贯彻习近平总书记重要讲话、全国两会精神同深入学习贯彻党的二十大精神紧密结合起来，',
      '深刻领悟“两个确立”的决定性意义，',
    ]);
    expect(partly.find((p) => p.speech === 2)?.parts).toEqual([
      '要把学习贯彻习近平总书记重要讲话、全国',
      '精神同深入学习贯彻党的二十大精神紧密结合起来，',
      '深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、坚决做到“两个维护”，',
    ]);
  });

  it('names only parts that stand whole in that speech and could not be longer there', () => {
    for (const s of corpus.speeches)
      for (const run of marks(s.number).flat()) {
        const text = run.parts.map((p) => p.text).join('');
        for (const { speech, parts } of sharersOf(run, textOf, MIN_PASSAGE).partly)
          for (const part of parts) {
            const at = text.indexOf(part);
            const [before, after] = [text.slice(0, at), text.slice(at + part.length)];
            const has = (t: string) => textOf(speech).some((p) => p.includes(t));
            expect([speech, part, has(part)]).toEqual([speech, part, true]);
            if (before) expect(has(Array.from(before).at(-1)! + part)).toBe(false);
            if (after) expect(has(part + Array.from(after)[0]!)).toBe(false);
          }
      }
  });
});
