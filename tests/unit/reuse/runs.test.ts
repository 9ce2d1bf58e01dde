import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markRuns, sharersOf, without } from '../../../src/lib/reuse/runs.ts';
import type { MarkSegment } from '../../../src/lib/reuse/passages.ts';

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
