import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalText } from '../../../src/lib/check/normalize.ts';
import { sharedPassages } from '../../../src/lib/collection/passages.ts';
import { buildIndex } from '../../../src/lib/index/index.ts';
import { corpus } from '../diff/corpus.ts';

const passagesOf = (texts: { paragraphs: string[] }[], minRun: number) =>
  sharedPassages(buildIndex(texts, { minRun })!, Infinity).passages;

describe('a kept collection’s shared passages', () => {
  it('show whole the three passages the bundled overview cut (issue 24 item 5)', () => {
    const passages = passagesOf(corpus.speeches, 12);
    const texts = (text: string) => passages.find((p) => p.text === text)?.texts;
    // （三）（四）（六）: speeches 3, 4 and 6, at places 2, 3 and 5; （二） shares a part of it.
    expect(
      texts(
        '要把学习贯彻习近平总书记重要讲话、全国两会精神同深入学习贯彻党的二十大精神紧密结合起来，',
      ),
    ).toEqual([2, 3, 5]);
    expect(
      texts('精神同深入学习贯彻党的二十大精神紧密结合起来，更加深刻领悟“两个确立”的决定性意义，'),
    ).toEqual([1, 3]);
    expect(
      texts('习近平总书记重要讲话和十四届全国人大一次会议、全国政协十四届一次会议精神'),
    ).toEqual([1, 2, 5]);
  });

  it('lie whole in every text they name, each at least K long', () => {
    const paragraph = fc
      .array(fc.constantFrom('甲', '乙', '丙', '丁', '，'), { maxLength: 14 })
      .map((xs) => xs.join(''));
    fc.assert(
      fc.property(
        fc.array(fc.record({ paragraphs: fc.array(paragraph, { maxLength: 3 }) }), {
          maxLength: 5,
        }),
        fc.integer({ min: 3, max: 6 }),
        (texts, minRun) => {
          const normal = texts.map((t) => t.paragraphs.map((p) => normalText([p])));
          for (const p of passagesOf(texts, minRun)) {
            expect(p.length).toBeGreaterThanOrEqual(minRun);
            expect(p.texts.length).toBeGreaterThanOrEqual(2);
            for (const t of p.texts) expect(normal[t]!.some((x) => x.includes(p.text))).toBe(true);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
